import { describe, expect, it } from 'vitest';
import { cleanArticle, RemovalLog } from '@/utils/clean';
import { isTrackingParam, stripTrackingParams, trackingParamNames } from '@/utils/clean/tracking-params';

describe('tracking parameters', () => {
  it('strips campaign and click parameters and keeps the rest byte for byte', () => {
    expect(stripTrackingParams('https://news.example/a?utm_source=x&utm_medium=y&fbclid=IwAR0')).toBe('https://news.example/a');
    expect(stripTrackingParams('https://news.example/search?q=tram%20line&page=2&gclid=abc#results')).toBe(
      'https://news.example/search?q=tram%20line&page=2#results',
    );
    expect(stripTrackingParams('https://news.example/a?mc_eid=1&id=7&_hsenc=p2')).toBe('https://news.example/a?id=7');
  });

  it('leaves other URLs alone', () => {
    for (const href of ['https://news.example/a?id=7', 'mailto:desk@news.example?subject=utm_source', '#notes', 'not a url']) {
      expect(stripTrackingParams(href)).toBe(href);
    }
  });

  it('knows the families by prefix, case-insensitively', () => {
    expect(isTrackingParam('UTM_Campaign')).toBe(true);
    expect(isTrackingParam('pk_kwd')).toBe(true);
    expect(isTrackingParam('page')).toBe(false);
    // A platform's own names, all of them tracking: Facebook's, HubSpot's, Eloqua's.
    for (const name of ['fb_ref', 'fb_action_ids', '__hstc', '_hsmi', 'elqTrackId', 'elq']) expect(isTrackingParam(name), name).toBe(true);
    // A family's prefix inside another name is no match.
    for (const name of ['refb_id', 'shelq', 'dns_name']) expect(isTrackingParam(name), name).toBe(false);
    expect(trackingParamNames('https://x.example/?a=1&utm_source=2&fbclid=3')).toEqual(['utm_source', 'fbclid']);
  });

  it('cleans the links of an article and records what it stripped once', () => {
    const root = document.createElement('div');
    root.innerHTML = `<p><a href="https://a.example/1?utm_source=nl">one</a> <a href="https://a.example/2?fbclid=x&amp;id=2">two</a>
      <a href="https://a.example/3">three</a></p>`;
    const log = new RemovalLog();
    cleanArticle(root, log);
    expect([...root.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([
      'https://a.example/1',
      'https://a.example/2?id=2',
      'https://a.example/3',
    ]);
    expect(log.items).toEqual([{ kind: 'tracker', label: 'Tracking parameters on 2 links: utm_source, fbclid' }]);
  });
});
