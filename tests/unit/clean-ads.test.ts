import { describe, expect, it } from 'vitest';
import { cleanFragment, PROSE } from './clean-fixture';

describe('ad rule', () => {
  it('removes ad slots and their labels', () => {
    const { text, kinds, root } = cleanFragment(`${PROSE}
      <div class="ad-slot"><span>Advertisement</span></div>
      <ins class="adsbygoogle" data-ad-slot="1"></ins>
      <p>Story continues below advertisement</p>
      <div class="td-a-rec"><div>Sponsored</div></div>
      <p><b>In partnership with</b></p>
      <p>Paid content</p>
      <div>Promoted By Zergnet</div>
      <h3>Sponsored Links</h3>
      <div><a href="#after-ad-1">Skip Advertisement</a></div>
      <a href="#story-continues-1">Continue reading the main story</a>`);
    expect(text).not.toMatch(/Advertisement|Sponsored|continues below|partnership|Paid content|Promoted|main story/i);
    expect(root.querySelector('ins')).toBeNull();
    expect(kinds).toEqual(['ad', 'ad', 'ad', 'ad', 'ad', 'ad', 'ad', 'ad', 'ad', 'ad']);
  });

  it('keeps editorial insertions and prose that talks about advertising', () => {
    const html = `<p>The law was amended to read <ins>no later than June</ins>.</p>
      <p>Advertising revenue fell by a third, the company said, as brands moved their budgets to video.</p>
      <p>The festival was presented by the city in partnership with the harbour museum.</p>
      <p>Sponsored by the council, trams run free.</p>
      <div class="advertising-feature-story">${PROSE}${PROSE}${PROSE}</div>`;
    const { text, kinds } = cleanFragment(html);
    expect(kinds).toEqual([]);
    expect(text).toContain('no later than June');
    expect(text).toContain('Advertising revenue fell');
    expect(text).toContain('in partnership with the harbour museum');
    expect(text).toContain('Sponsored by the council');
    expect(text).toContain('tram line');
  });
});
