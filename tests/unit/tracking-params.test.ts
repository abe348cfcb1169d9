import { describe, expect, it } from 'vitest';
import { stripTrackingParams } from '@/utils/clean/tracking-params';

describe('stripTrackingParams', () => {
  it('removes click and campaign parameters and keeps the rest', () => {
    expect(stripTrackingParams('https://news.example/story?id=3&utm_source=tw&fbclid=abc#top')).toBe('https://news.example/story?id=3#top');
    expect(stripTrackingParams('https://news.example/story?utm_source=a&utm_source=b&UTM_Medium=c')).toBe('https://news.example/story');
  });

  it('leaves an address without tracking exactly as written', () => {
    expect(stripTrackingParams('https://news.example/story?b=1&a=%20')).toBe('https://news.example/story?b=1&a=%20');
    expect(stripTrackingParams('mailto:desk@news.example?utm_source=x')).toBe('mailto:desk@news.example?utm_source=x');
    expect(stripTrackingParams('not a url')).toBe('not a url');
  });
});
