import { describe, expect, it } from 'vitest';
import { InvalidReplyError, REPLY_LIMITS, parseExtractReply } from '@/utils/article';
import { extractArticle } from '@/utils/extract/extract-article';
import { parsePage } from './helpers';

function validArticle(): Record<string, unknown> {
  return {
    url: 'https://news.example/2024/story',
    title: 'A story | News',
    headline: 'A story',
    byline: 'By A. Writer',
    siteName: 'News',
    lang: 'en-GB',
    dir: 'ltr',
    publishedTime: '2024-05-05T10:00:00Z',
    excerpt: 'Short',
    html: '<p>Body</p>',
    wordCount: 120,
    removed: [{ kind: 'share', label: 'Share bar' }],
  };
}

function withArticle(changes: Record<string, unknown>): unknown {
  return { status: 'ok', article: { ...validArticle(), ...changes } };
}

function refusal(reply: unknown): string {
  try {
    parseExtractReply(reply);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidReplyError);
    return (error as Error).message;
  }
  throw new Error('the reply was accepted');
}

describe('parseExtractReply', () => {
  it('accepts a well-formed reply and copies its fields', () => {
    expect(parseExtractReply({ status: 'ok', article: validArticle() })).toEqual({ status: 'ok', article: validArticle() });
    expect(parseExtractReply({ status: 'not-article', article: null })).toEqual({ status: 'not-article', article: null });
    expect(parseExtractReply({ status: 'not-article' })).toEqual({ status: 'not-article', article: null });
  });

  it('refuses anything that is not a reply object', () => {
    for (const reply of [undefined, null, 'ok', 42, true, [], [{ status: 'ok' }], () => 'ok']) {
      expect(refusal(reply), String(reply)).toMatch(/reply is not an object/);
    }
  });

  it('refuses forged or unknown statuses', () => {
    for (const status of ['OK', 'ok ', 'error', 'ready', '', null, 1, ['ok'], { toString: () => 'ok' }, undefined]) {
      expect(refusal({ status, article: validArticle() }), String(status)).toMatch(/unknown status/);
    }
  });

  it('reads own fields only, never a prototype', () => {
    const reply = Object.create({ status: 'ok', article: validArticle() }) as object;
    expect(refusal(reply)).toMatch(/unknown status/);
    const article = Object.create(validArticle()) as object;
    expect(refusal({ status: 'ok', article })).toMatch(/not a string/);
  });

  it('refuses fields of the wrong type', () => {
    const wrong: [string, unknown, RegExp][] = [
      ['article', 'html', /article is not an object/],
      ['article', [validArticle()], /article is not an object/],
      ['title', 42, /title is not a string/],
      ['title', undefined, /title is not a string/],
      ['html', { toString: () => '<p>x</p>' }, /html is not a string/],
      ['html', ['<p>x</p>'], /html is not a string/],
      ['url', null, /url is not a string/],
      ['byline', 7, /byline is not a string/],
      ['wordCount', '120', /wordCount/],
      ['wordCount', 1.5, /wordCount/],
      ['wordCount', -1, /wordCount/],
      ['wordCount', Number.NaN, /wordCount/],
      ['wordCount', Number.POSITIVE_INFINITY, /wordCount/],
      ['removed', 'share', /removed is not a list/],
      ['removed', [{ kind: 'script', label: 'x' }], /unknown removal kind/],
      ['removed', [{ kind: 'ad' }], /label is not a string/],
      ['removed', ['ad'], /removed item is not an object/],
    ];
    for (const [field, value, message] of wrong) {
      const reply = field === 'article' ? { status: 'ok', article: value } : withArticle({ [field]: value });
      expect(refusal(reply), field).toMatch(message);
    }
  });

  it('refuses oversized fields', () => {
    const tooLong = (limit: number) => 'x'.repeat(limit + 1);
    expect(refusal(withArticle({ html: tooLong(REPLY_LIMITS.html) }))).toMatch(/html is too long/);
    expect(refusal(withArticle({ title: tooLong(REPLY_LIMITS.shortText) }))).toMatch(/title is too long/);
    expect(refusal(withArticle({ byline: tooLong(REPLY_LIMITS.shortText) }))).toMatch(/byline is too long/);
    expect(refusal(withArticle({ headline: tooLong(REPLY_LIMITS.shortText) }))).toMatch(/headline is too long/);
    expect(refusal(withArticle({ url: `https://news.example/${tooLong(REPLY_LIMITS.url)}` }))).toMatch(/url is too long/);
    expect(refusal(withArticle({ publishedTime: tooLong(REPLY_LIMITS.date) }))).toMatch(/publishedTime is too long/);
    expect(refusal(withArticle({ wordCount: REPLY_LIMITS.wordCount + 1 }))).toMatch(/wordCount/);
    const removed = Array.from({ length: REPLY_LIMITS.removedItems + 1 }, () => ({ kind: 'ad', label: 'Ad' }));
    expect(refusal(withArticle({ removed }))).toMatch(/removed is too long/);
    // At the limit, it is accepted.
    expect(parseExtractReply(withArticle({ html: 'x'.repeat(REPLY_LIMITS.html) })).status).toBe('ok');
  });

  it('refuses an address that is not a page the content script can read', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,x', 'chrome-extension://abc/popup.html', 'not a url', '/relative']) {
      expect(refusal(withArticle({ url })), url).toMatch(/url is not/);
    }
    for (const url of ['http://news.example/', 'file:///home/me/page.html']) {
      const outcome = parseExtractReply(withArticle({ url }));
      expect(outcome.status === 'ok' && outcome.article.url).toBe(url);
    }
  });

  it('drops unknown fields, here and in removed items', () => {
    const outcome = parseExtractReply({
      status: 'ok',
      extra: '<script>',
      article: { ...validArticle(), onclick: 'alert(1)', innerHTML: '<img>', removed: [{ kind: 'ad', label: 'Ad', html: '<b>' }] },
    });
    expect(Object.keys(outcome).sort()).toEqual(['article', 'status']);
    if (outcome.status !== 'ok') throw new Error('accepted as ok');
    expect(Object.keys(outcome.article).sort()).toEqual(Object.keys(validArticle()).sort());
    expect(outcome.article.removed).toEqual([{ kind: 'ad', label: 'Ad' }]);
  });

  it('drops a malformed language or direction instead of refusing the article', () => {
    for (const lang of ['en" onclick="x', 'x'.repeat(9), 'en_US', '']) {
      const outcome = parseExtractReply(withArticle({ lang }));
      expect(outcome.status === 'ok' && outcome.article.lang, lang).toBeNull();
    }
    for (const dir of ['auto', 'RTL', 1, null]) {
      const outcome = parseExtractReply(withArticle({ dir }));
      expect(outcome.status === 'ok' && outcome.article.dir, String(dir)).toBeNull();
    }
  });

  it('treats blank optional texts as absent', () => {
    const outcome = parseExtractReply(withArticle({ byline: '   ', siteName: null, excerpt: undefined }));
    if (outcome.status !== 'ok') throw new Error('accepted as ok');
    expect([outcome.article.byline, outcome.article.siteName, outcome.article.excerpt]).toEqual([null, null, null]);
  });

  it('checks a not-article reply’s best guess like any article', () => {
    expect(refusal({ status: 'not-article', article: { ...validArticle(), html: 5 } })).toMatch(/html is not a string/);
  });
});

describe('a page with overlong metadata', () => {
  it('still gets its article through the check: long texts are cut, a long language tag dropped', () => {
    const description = 'A description that goes on and on. '.repeat(200);
    const story = Array.from({ length: 8 }, (_, index) => `<p>Paragraph ${index + 1} of the story about the harbour tram, the vote, the cost and what the residents said.</p>`).join('');
    const doc = parsePage(`<html lang="${'x'.repeat(100)}"><head><title>${'Long title '.repeat(300)}</title>
      <meta name="description" content="${description}"><meta property="article:published_time" content="${'2024-05-05 '.repeat(20)}"></head>
      <body><article><h1>${'Long headline '.repeat(300)}</h1>${story}</article></body></html>`);
    const outcome = extractArticle(doc, { url: 'https://news.example/2024/story' });
    const reply = parseExtractReply(JSON.parse(JSON.stringify(outcome)));
    expect(reply.status).toBe('ok');
    const article = reply.status === 'ok' ? reply.article : null;
    expect(article?.excerpt?.length).toBe(REPLY_LIMITS.shortText);
    expect(article?.excerpt?.endsWith('…')).toBe(true);
    expect(article?.title.length).toBeLessThanOrEqual(REPLY_LIMITS.shortText);
    expect(article?.headline?.length).toBe(REPLY_LIMITS.shortText);
    expect(article?.lang).toBeNull();
    expect(article?.publishedTime).toBeNull();
    expect(article?.html).toContain('Paragraph 8 of the story');
  });
});

describe('a page past the limits of the reply', () => {
  it('still gets its article through: thousands of pixels listed up to the limit, a very long address cut', () => {
    const paragraphs = Array.from(
      { length: REPLY_LIMITS.removedItems + 100 },
      (_, index) => `<p>Paragraph ${index + 1} of the long story.<img src="https://www.google-analytics.com/collect?v=1&amp;z=${index}" width="1" height="1"></p>`,
    ).join('');
    const doc = parsePage(`<html><head><title>Pixels</title></head><body><article><h1>Pixels</h1>${paragraphs}</article></body></html>`);
    const url = `https://news.example/2024/story?state=${'x'.repeat(REPLY_LIMITS.url)}`;
    const outcome = extractArticle(doc, { url });
    const reply = parseExtractReply(JSON.parse(JSON.stringify(outcome)));
    expect(reply.status).toBe('ok');
    const article = reply.status === 'ok' ? reply.article : null;
    expect(article?.removed).toHaveLength(REPLY_LIMITS.removedItems);
    expect(article?.removed.every((item) => item.kind === 'tracker')).toBe(true);
    expect(article?.url.startsWith('https://news.example/2024/story?state=xxx')).toBe(true);
    expect(article?.html).toContain(`Paragraph ${REPLY_LIMITS.removedItems + 100} of the long story.`);
    expect(article?.html).not.toContain('google-analytics');
  });
});
