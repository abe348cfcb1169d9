import { describe, expect, it } from 'vitest';
import { articleOf } from '@/utils/article';
import { openCollapsedPanels } from '@/utils/extract/collapsed-panels';
import { isProbablyVisible } from '@/utils/extract/readability-speedups';
import { extractArticle } from '@/utils/extract/extract-article';
import { parsePage } from './helpers';

const step = (n: number) =>
  `<p>Step ${n} of the tram works: the crews close one lane of the harbour road, lay the track bed and reopen the lane before the morning traffic starts.</p>`;

/** An accordion of `count` sections as many themes build it: a header button, and a region hidden inline. */
function accordion(count: number): string {
  return Array.from(
    { length: count },
    (_, index) => `<div class="accordion-item"><h3><button id="s${index}-header" aria-expanded="false" aria-controls="s${index}-panel">Section ${index + 1}</button></h3>
      <div id="s${index}-panel" role="region" aria-labelledby="s${index}-header" style="display:none;">${step(index + 1)}${step(index + 11)}</div></div>`,
  ).join('');
}

describe('openCollapsedPanels', () => {
  it('opens the collapsed panels of prose: regions labelled by their headers, and what a control opens', () => {
    const page = parsePage(`<html><body><div id="root">${accordion(2)}
      <button aria-controls="more" aria-expanded="false">Show more</button><div id="more" hidden>${step(30)}</div></div></body></html>`);
    openCollapsedPanels(page.getElementById('root')!);
    expect(isProbablyVisible(page.getElementById('s0-panel')!)).toBe(true);
    expect(isProbablyVisible(page.getElementById('s1-panel')!)).toBe(true);
    expect(page.getElementById('more')!.hasAttribute('hidden')).toBe(false);
  });

  it('opens the block after a heading that is a toggle, when the accordion names no panel', () => {
    const page = parsePage(`<html><body><div id="root">
      <div class="collapsible"><h3><button aria-expanded="false"><p>Cushioning</p></button></h3><div id="panel" aria-hidden="true" hidden>${step(1)}</div></div>
      <div class="collapsible"><h3><button aria-expanded="false">Fit</button></h3><div id="links" hidden><a href="/fit">Fit guide</a></div></div>
      <nav><button aria-expanded="false">Menu</button><div id="menu" hidden>${step(2)}</div></nav></div></body></html>`);
    openCollapsedPanels(page.getElementById('root')!);
    expect(isProbablyVisible(page.getElementById('panel')!)).toBe(true);
    // No prose in it, or no heading as the toggle: it stays shut.
    expect(isProbablyVisible(page.getElementById('links')!)).toBe(false);
    expect(isProbablyVisible(page.getElementById('menu')!)).toBe(false);
  });

  it('leaves shut a menu of links, and panels outside the article', () => {
    const page = parsePage(`<html><body><div id="root"><button aria-controls="menu" aria-expanded="false">Menu</button>
      <ul id="menu" hidden><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul>${step(1)}</div>
      <div id="outside" role="region" aria-labelledby="x" style="display: none">${step(2)}</div></body></html>`);
    openCollapsedPanels(page.getElementById('root')!);
    expect(page.getElementById('menu')!.hasAttribute('hidden')).toBe(true);
    expect(page.getElementById('outside')!.getAttribute('style')).toBe('display: none');
    expect(isProbablyVisible(page.getElementById('menu')!)).toBe(false);
  });

  it('takes the folded state and layout names off an accordion, and only off an accordion', () => {
    const page = parsePage(`<html><body><div id="root">
      <div id="wrap" class="kt-accordion-wrap kt-pane-header-alignment-left"><div id="pane" class="kt-accordion-panel kt-accordion-panel-hidden">${step(1)}</div></div>
      <div id="masthead" class="site-header">${step(2)}</div><div id="folded" class="is-hidden">${step(3)}</div></div></body></html>`);
    openCollapsedPanels(page.getElementById('root')!);
    expect(page.getElementById('wrap')!.className).toBe('kt-accordion-wrap');
    expect(page.getElementById('pane')!.className).toBe('kt-accordion-panel');
    expect(page.getElementById('masthead')!.className).toBe('site-header');
    expect(page.getElementById('folded')!.className).toBe('is-hidden');
  });
});

describe('extractArticle on a guide whose sections are collapsed', () => {
  // Enough open text that Readability's own pick stands (no fallback to the content root).
  const intro = Array.from(
    { length: 8 },
    (_, index) => `<p>Part ${index + 1} of the introduction: the council published a guide to the works on the harbour tram line, section by section, for the old town.</p>`,
  ).join('');

  it('shows every section, as the reader would after opening each', () => {
    const page = parsePage(`<html><head><title>Tram works</title></head><body><main><h1>Tram works, step by step</h1>
      ${intro}<div class="accordion">${accordion(6)}</div></main></body></html>`);
    const text = articleOf(extractArticle(page))?.html ?? '';
    for (let n = 1; n <= 6; n += 1) expect(text).toContain(`Step ${n} of the tram works`);
  });

  it('shows every pane of an accordion whose layout names its headers', () => {
    // A WordPress (Kadence) accordion: "header" in the alignment of the panes' headers read to
    // Readability as a page header, and it dropped the whole accordion.
    const panes = Array.from(
      { length: 6 },
      (_, index) => `<div class="kt-accordion-pane"><div class="kt-accordion-header-wrap"><button class="kt-blocks-accordion-header">Section ${index + 1}</button></div>
        <div class="kt-accordion-panel kt-accordion-panel-hidden"><div class="kt-accordion-panel-inner">${step(index + 1)}${step(index + 11)}</div></div></div>`,
    ).join('');
    const page = parsePage(`<html><head><title>Tram works</title></head><body><main><h1>Tram works, step by step</h1>
      ${intro}<div class="wp-block-kadence-accordion"><div class="kt-accordion-wrap kt-pane-header-alignment-left">${panes}</div></div></main></body></html>`);
    const text = articleOf(extractArticle(page))?.html ?? '';
    for (let n = 1; n <= 6; n += 1) expect(text).toContain(`Step ${n} of the tram works`);
  });

  it('keeps the titles of the panels it opens: the toggle in a heading, the questions of an FAQ', () => {
    const faq = [1, 2, 3]
      .map(
        (n) => `<div class="faq-item"><button class="faq-question" aria-expanded="false" aria-controls="answer-${n}"><p>Can the tram run at night, question ${n}?</p></button>
          <div id="answer-${n}" style="height:0;overflow:hidden" aria-hidden="true">${step(n + 20)}</div></div>`,
      )
      .join('');
    const page = parsePage(`<html><head><title>Tram works</title></head><body><main><h1>Tram works, step by step</h1>
      ${intro}<div class="accordion">${accordion(2)}</div><section class="faq"><h2>Questions</h2>${faq}</section></main></body></html>`);
    const html = articleOf(extractArticle(page))?.html ?? '';
    expect(html).toMatch(/<h3>Section 1<\/h3>/);
    for (let n = 1; n <= 3; n += 1) {
      expect(html).toContain(`Can the tram run at night, question ${n}?`);
      expect(html.indexOf(`question ${n}?`)).toBeLessThan(html.indexOf(`Step ${n + 20} of the tram works`));
    }
  });

  it('drops the buttons that are not titles: "Show more", and a question that opens no prose', () => {
    const page = parsePage(`<html><head><title>Tram works</title></head><body><main><h1>Tram works, step by step</h1>
      ${intro}<button aria-controls="more" aria-expanded="false">Show more</button><div id="more" hidden>${step(30)}</div>
      <button aria-controls="help" aria-expanded="false">How can we help?</button><ul id="help" hidden><li><a href="/contact">Contact us</a></li></ul></main></body></html>`);
    const html = articleOf(extractArticle(page))?.html ?? '';
    expect(html).toContain('Step 30 of the tram works');
    expect(html).not.toContain('Show more');
    expect(html).not.toContain('How can we help?');
  });
});
