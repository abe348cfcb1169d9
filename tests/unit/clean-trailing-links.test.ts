import { describe, expect, it } from 'vitest';
import { RemovalLog } from '@/utils/clean/removal-log';
import { removeTrailingSiteLinks } from '@/utils/clean/trailing-links';
import { textOf } from '@/utils/text';
import { PROSE } from './clean-fixture';

/** An address on the site of the page under test (jsdom's document). */
const onSite = (path: string) => new URL(path, document.URL).href;
const item = (href: string, title: string) => `<li><a href="${href}">${title}</a></li>`;
const SERIES = `<ul>${item(onSite('/blog/winter-plumbing'), 'Winter Plumbing Tips')}${item(onSite('/blog/diy'), 'DIY Plumbing Advice')}${item(onSite('/blog/permits'), 'When Is a Permit Required')}</ul>`;

function clean(html: string) {
  const root = document.createElement('div');
  root.innerHTML = html;
  const log = new RemovalLog();
  removeTrailingSiteLinks(root, log);
  return { root, log, text: textOf(root) };
}

describe('links to the site’s other pages at the end of an article', () => {
  it('go, with the line that leads into them, logged as one promo', () => {
    const { root, log, text } = clean(`${PROSE}<p>Learn more in our plumbing series:</p>${SERIES}<figure><img src="https://cdn.example/pin.jpg"></figure>`);
    expect(text).toBe(textOf(clean(PROSE).root));
    expect(log.items).toEqual([{ kind: 'promo', label: 'Learn more in our plumbing series:' }]);
    // Nothing left of the list; the picture after it stays.
    expect(root.querySelector('ul')).toBeNull();
    expect(root.querySelector('img')).not.toBeNull();
  });

  it('go as paragraphs of one link each, or list items holding one, each counted once', () => {
    const lines = ['/travel/essentials', '/travel/save', '/travel/hacks'].map((path) => `<p><a href="${onSite(path)}">Guide ${path}</a></p>`).join('');
    expect(clean(`${PROSE}<h3>More travel guides</h3>${lines}`).text).toBe(textOf(clean(PROSE).root));
    const items = `<ol>${['/a', '/b', '/c'].map((path) => `<li><p><a href="${onSite(path)}">Story ${path}</a></p></li>`).join('')}</ol>`;
    const { log, text } = clean(`${PROSE}${items}`);
    expect(text).toBe(textOf(clean(PROSE).root));
    // No line leads into them: the promo is named by its first link.
    expect(log.items).toEqual([{ kind: 'promo', label: 'Story /a' }]);
  });

  it('stay when they lead elsewhere: an article’s sources', () => {
    const sources = `<p>Sources:</p><ul>${item('https://cdc.example/report', 'CDC report')}${item('https://who.example/data', 'WHO data')}${item('https://journal.example/paper', 'The study')}</ul>`;
    expect(clean(`${PROSE}${sources}`).log.items).toEqual([]);
  });

  it('stay when they are all there is: an index of the site’s pages', () => {
    expect(clean(SERIES).log.items).toEqual([]);
    expect(clean(`<h2>All our guides:</h2>${SERIES}`).log.items).toEqual([]);
  });

  it('stay anywhere but at the end, and when fewer than three', () => {
    expect(clean(`${PROSE}${SERIES}${PROSE}`).log.items).toEqual([]);
    expect(clean(`${PROSE}<ul>${item(onSite('/blog/a'), 'One')}${item(onSite('/blog/b'), 'Two')}</ul>`).log.items).toEqual([]);
  });

  it('stay when a line is more than its link, or links to the page itself (its notes)', () => {
    const inSentences = ['/a', '/b', '/c'].map((path) => `<p>See <a href="${onSite(path)}">the map ${path}</a> for stops.</p>`).join('');
    expect(clean(`${PROSE}${inSentences}`).log.items).toEqual([]);
    const notes = `${SERIES}<p><a href="${onSite(new URL(document.URL).pathname)}#notes">Notes</a></p>`;
    expect(clean(`${PROSE}${notes}`).log.items).toEqual([]);
  });
});
