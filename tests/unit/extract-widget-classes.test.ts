import { describe, expect, it } from 'vitest';
import { articleOf } from '@/utils/article';
import { extractArticle } from '@/utils/extract/extract-article';
import { dropWidgetFromProseClasses } from '@/utils/extract/widget-classes';
import { parsePage } from './helpers';

const prose = (what: string) =>
  `<p>${what} keeps food cold for a week without power, holds a family's shopping for a fortnight and runs quietly enough to sleep beside, the testers found.</p>`;

describe('dropWidgetFromProseClasses', () => {
  it('drops "widget" from the names of prose blocks built as widgets, and from nothing else', () => {
    const page = parsePage(`<html><body><div id="root">
      <div class="c-product-widget__content">${prose('The Bosch fridge')}</div>
      <div class="c-product-widget__price">$899</div>
      <div class="widget widget_text">${prose('The sidebar')}</div>
      <aside><div class="elementor-widget-container">${prose('The aside')}</div></aside></div></body></html>`);
    dropWidgetFromProseClasses(page.getElementById('root')!);
    const classes = [...page.querySelectorAll('#root div')].map((element) => element.getAttribute('class'));
    expect(classes).toEqual(['c-product-w__content', 'c-product-widget__price', 'widget widget_text', 'elementor-widget-container']);
  });
});

describe('extractArticle on a buying guide whose products are "widgets"', () => {
  it('keeps every product, not just the intro', () => {
    const product = (name: string) => `<div class="c-product-widget"><h2>${name}</h2><div class="c-product-widget__content">${prose(`The ${name}`)}${prose(`Its ${name} freezer`)}</div></div>`;
    const names = ['Bosch 800', 'LG Studio', 'Hisense Smart', 'GE Profile', 'Samsung Bespoke'];
    // Enough plain prose before the cards that Readability's own pick stands (no fallback to the content root).
    const intro = ['A good fridge', 'The right size', 'A quiet compressor', 'An ice maker', 'A deep drawer', 'A cheap model', 'An old fridge'].map(prose).join('');
    const page = parsePage(`<html><head><title>Best fridges</title></head><body><main><h1>The best fridges of the year</h1>
      ${intro}${names.map(product).join('')}</main>
      <aside class="sidebar"><div class="widget widget_text"><p>Sign up for deals on fridges and freezers and more.</p></div></aside></body></html>`);
    const html = articleOf(extractArticle(page))?.html ?? '';
    for (const name of names) expect(html).toContain(`The ${name} keeps food cold`);
  });
});
