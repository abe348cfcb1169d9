import { describe, expect, it } from 'vitest';
import { RemovalLog } from '@/utils/clean/removal-log';
import { isTrackingImage, removeTrackers } from '@/utils/clean/trackers';

function image(attributes: string): Element {
  const root = document.createElement('div');
  root.innerHTML = `<img ${attributes}>`;
  return root.firstElementChild as Element;
}

describe('tracker rule', () => {
  it('recognizes pixels, beacons and analytics hosts', () => {
    expect(isTrackingImage(image('src="https://www.google-analytics.com/collect?v=1&tid=UA-1"'))).toBe(true);
    expect(isTrackingImage(image('src="https://stats.news.example/pixel.gif"'))).toBe(true);
    expect(isTrackingImage(image('src="https://news.example/p?id=1&ev=view"'))).toBe(true);
    expect(isTrackingImage(image('src="https://news.example/a.jpg" width="1" height="1"'))).toBe(true);
    expect(isTrackingImage(image('src="https://news.example/a.jpg" style="display: none"'))).toBe(true);
  });

  it('keeps article images, also small ones and ones with query strings', () => {
    expect(isTrackingImage(image('src="https://img.news.example/2024/tram.jpg?w=800&q=80" width="800"'))).toBe(false);
    expect(isTrackingImage(image('src="https://img.news.example/icons/flag.png" width="16" height="12"'))).toBe(false);
  });

  it('removes tracker images, beacon fallbacks and tracker frames, and counts them', () => {
    const root = document.createElement('div');
    root.innerHTML = `<p>Text <img src="https://img.news.example/tram.jpg" alt="Tram"></p>
      <noscript><img src="https://sb.scorecardresearch.com/p?c1=2" width="1" height="1"></noscript>
      <img src="https://www.facebook.com/tr?id=1&ev=PageView" alt="">
      <iframe src="https://www.googletagmanager.com/ns.html?id=GTM-1" height="0" width="0"></iframe>`;
    const log = new RemovalLog();
    removeTrackers(root, log);
    expect(root.querySelectorAll('img')).toHaveLength(1);
    expect(root.querySelector('noscript, iframe')).toBeNull();
    expect(log.items.map((item) => item.kind)).toEqual(['tracker', 'tracker', 'tracker']);
  });
});
