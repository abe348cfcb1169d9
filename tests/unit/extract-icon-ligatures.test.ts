import { describe, expect, it } from 'vitest';
import { articleOf } from '@/utils/article';
import { extractArticle } from '@/utils/extract/extract-article';
import { removeIconLigatures } from '@/utils/extract/icon-ligatures';
import { parsePage } from './helpers';

describe('removeIconLigatures', () => {
  it('removes the icons of Material Icons and Material Symbols, whatever their style', () => {
    const page = parsePage(`<html><body><p id="q">Which sites use the extension? <span class="material-icons">chevron_right</span></p>
      <button id="b"><i class="material-symbols-outlined notranslate">check_circle</i> Saved</button>
      <span id="n" class="Material-Icons-Round"> looks_3 </span></body></html>`);
    removeIconLigatures(page);
    expect(page.getElementById('q')!.textContent).toBe('Which sites use the extension? ');
    expect(page.getElementById('b')!.textContent).toBe(' Saved');
    expect(page.getElementById('n')).toBeNull();
  });

  it('keeps what so named holds more than an icon: words, sentences and other elements', () => {
    const page = parsePage(`<html><body>
      <p id="caption" class="material-icons-caption">Material icons on a phone's home screen.</p>
      <div id="wrap" class="material-icons-list"><span>home</span></div>
      <span id="name" class="material-symbols">Home</span><span id="plain" class="icon">chevron_right</span></body></html>`);
    removeIconLigatures(page);
    for (const id of ['caption', 'wrap', 'name', 'plain']) expect(page.getElementById(id)).not.toBeNull();
  });
});

describe('extractArticle on a page with icon-font icons', () => {
  it('shows the questions of an FAQ without the names of their icons', () => {
    const questions = Array.from(
      { length: 8 },
      (_, index) =>
        `<h3>Question ${index + 1}: how does the harbour tram change the timetable of the bus routes? <span class="material-icons">chevron_right</span></h3>
        <p>Answer ${index + 1}: the buses along the harbour road run every twenty minutes instead of every ten, and the night bus keeps its timetable.</p>`,
    ).join('');
    const page = parsePage(`<html><head><title>Tram FAQ</title></head><body><main><h1>Tram FAQ</h1>${questions}</main></body></html>`);
    const html = articleOf(extractArticle(page))?.html ?? '';
    expect(html).toContain('Question 8');
    expect(html).not.toContain('chevron_right');
  });
});
