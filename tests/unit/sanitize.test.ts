import DOMPurify from 'dompurify';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '@/utils/extract/extract-article';
import { SANITIZE_CONFIGS, sanitizeArticleHtml } from '@/utils/sanitize';
import { findUnsafeConstructs } from '../fixtures/hostile/invariants';
import { parsePage, seedHtml } from './helpers';

function sanitized(html: string, loadImages = true): HTMLElement {
  const container = document.createElement('div');
  container.append(sanitizeArticleHtml(html, { loadImages }));
  return container;
}

function isDeeplyFrozen(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  return Object.isFrozen(value) && Object.values(value).every(isDeeplyFrozen);
}

describe('sanitizeArticleHtml', () => {
  it('runs on DOMPurify 3.4', () => {
    expect(DOMPurify.version).toMatch(/^3\.4\.\d+$/);
  });

  it('uses configs frozen all the way down', () => {
    expect(isDeeplyFrozen(SANITIZE_CONFIGS)).toBe(true);
    expect(() => (SANITIZE_CONFIGS.withImages.ALLOWED_TAGS as string[]).push('script')).toThrow(TypeError);
    expect(() => Object.assign(SANITIZE_CONFIGS.withImages, { ALLOWED_ATTR: ['onclick'] })).toThrow(TypeError);
    expect(sanitized('<p onclick="alert(1)">x<script>alert(2)</script></p>').innerHTML).toBe('<p>x</p>');
  });

  it('removes scripts and event handlers', () => {
    const out = sanitized('<p onclick="alert(1)">Hi<script>alert(2)</script><img src="https://x.example/a.jpg" onerror="alert(3)"></p>');
    expect(out.querySelector('script')).toBeNull();
    expect(out.innerHTML).not.toMatch(/onclick|onerror|alert/);
    expect(out.querySelector('img')?.getAttribute('src')).toBe('https://x.example/a.jpg');
  });

  it('removes javascript: links in any spelling', () => {
    for (const href of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'java&#x09;script:alert(1)', 'vbscript:msgbox(1)']) {
      const link = sanitized(`<a href="${href}">x</a>`).querySelector('a');
      expect(link?.hasAttribute('href'), href).toBe(false);
    }
  });

  it('keeps http(s) links and opens them in a new tab without opener or referrer', () => {
    for (const href of ['https://example.com/page', 'http://example.com/page']) {
      const link = sanitized(`<a href="${href}" target="_self" rel="opener" ping="https://t.example/p">x</a>`).querySelector('a');
      expect(link?.getAttribute('href')).toBe(href);
      expect(link?.getAttribute('target')).toBe('_blank');
      expect(link?.getAttribute('rel')).toBe('noopener noreferrer');
      expect(link?.hasAttribute('ping')).toBe(false);
    }
  });

  it('keeps only absolute http(s) URLs: a relative one would point into the extension', () => {
    for (const href of ['/popup.html', 'popup.html', '//tracker.example/x', '#section', '?q=1', 'mailto:a@b.example', 'web+app1:x', 'chrome://settings']) {
      expect(sanitized(`<a href="${href}">x</a>`).querySelector('a')?.hasAttribute('href'), href).toBe(false);
    }
    expect(sanitized('<blockquote cite="javascript:alert(1)">q</blockquote>').querySelector('blockquote')?.hasAttribute('cite')).toBe(false);
    expect(sanitized('<blockquote cite="https://source.example/">q</blockquote>').querySelector('blockquote')?.getAttribute('cite')).toBe(
      'https://source.example/',
    );
  });

  it('gives images no referrer and lazy loading', () => {
    const image = sanitized('<img src="https://img.example/a.jpg" referrerpolicy="unsafe-url" loading="eager" alt="A">').querySelector('img');
    expect(image?.getAttribute('src')).toBe('https://img.example/a.jpg');
    expect(image?.getAttribute('referrerpolicy')).toBe('no-referrer');
    expect(image?.getAttribute('loading')).toBe('lazy');
    expect(image?.getAttribute('alt')).toBe('A');
  });

  it('drops plain-http images, which the CSP would refuse to load', () => {
    expect(sanitized('<p>a<img src="http://img.example/a.jpg" alt="A"></p>').innerHTML).toBe('<p>a</p>');
  });

  it('accepts data: URLs for images only, and only images', () => {
    const png = 'data:image/png;base64,iVBORw0KGgo=';
    expect(sanitized(`<img src="${png}">`).querySelector('img')?.getAttribute('src')).toBe(png);
    expect(sanitized('<img src="data:text/html,<script>alert(1)</script>">').querySelector('img')).toBeNull();
    expect(sanitized(`<a href="${png}">x</a>`).querySelector('a')?.hasAttribute('href')).toBe(false);
  });

  it('drops images whose source is refused rather than show a broken image', () => {
    expect(sanitized('<p>a<img src="javascript:alert(1)"><img src="relative.png"><img></p>').innerHTML).toBe('<p>a</p>');
  });

  it('drops styles, forms, frames, remote srcset and names', () => {
    const out = sanitized(`<style>body{background:url(https://t.example/x)}</style>
      <p style="background:url(https://t.example/y)" id="reader" class="error" role="alert" data-state="ready" aria-label="x">a</p>
      <form action="https://t.example"><input name="q"></form>
      <iframe src="https://t.example"></iframe><img src="https://i.example/a.jpg" srcset="https://t.example/z 2x">`);
    expect(out.querySelector('style, form, input, iframe, [style], [srcset], [id], [class], [role], [data-state], [aria-label]')).toBeNull();
    expect(out.querySelector('img')?.getAttribute('referrerpolicy')).toBe('no-referrer');
  });

  it('drops form controls and plugins with their content, but keeps the text of unknown wrappers', () => {
    const out = sanitized('<textarea>typed secret</textarea><button>Subscribe</button><object>fallback</object><x-card><font>kept</font></x-card>');
    expect(out.innerHTML).toBe('kept');
  });

  it('keeps the structure of an article', () => {
    const html =
      '<h2>Head</h2><p dir="rtl" lang="ar">Text <em>em</em> <time datetime="2024-05-05">May 5</time></p><figure><img src="https://i.example/a.jpg" alt="A" width="600" height="400"><figcaption>Cap</figcaption></figure><blockquote>Q</blockquote><ol start="3"><li>One</li></ol><table><thead><tr><th scope="col">H</th></tr></thead><tbody><tr><td colspan="2">1</td></tr></tbody></table><pre><code>x  = 1</code></pre><details open><summary>More</summary>Hidden</details>';
    const out = sanitized(html);
    for (const selector of [
      'h2', 'p[dir="rtl"][lang="ar"] em', 'time[datetime="2024-05-05"]', 'figure img[alt="A"][width="600"]', 'figcaption', 'blockquote',
      'ol[start="3"] li', 'th[scope="col"]', 'td[colspan="2"]', 'pre code', 'details[open] summary',
    ]) {
      expect(out.querySelector(selector), selector).not.toBeNull();
    }
    expect(out.querySelector('pre')?.textContent).toBe('x  = 1');
  });

  it('keeps formulas as MathML, set as the page set them, and nothing of MathML that acts, loads or moves', () => {
    const out = sanitized(
      '<p>When <math><mi>a</mi><mo lspace="0.2em">&ne;</mo><mn>0</mn></math>, then</p>' +
        '<math display="block"><mfrac linethickness="2px"><mi mathvariant="bold">x</mi><msqrt><mn>2</mn></msqrt></mfrac></math>' +
        '<math><mi href="https://x.example/" style="color:red" mathcolor="red" onclick="alert(1)">y</mi>' +
        '<maction actiontype="toggle"><mi>z</mi></maction><mpadded voffset="-9em"><mi>w</mi></mpadded>' +
        '<semantics><mi>v</mi><annotation encoding="application/x-tex">\\sqrt{v}</annotation></semantics></math>',
    );
    const [inline, block, last] = [...out.querySelectorAll('math')];
    expect(inline?.namespaceURI).toBe('http://www.w3.org/1998/Math/MathML');
    expect(inline?.parentElement?.localName).toBe('p');
    expect(inline?.textContent).toBe('a\u22600');
    expect(inline?.querySelector('mo')?.getAttribute('lspace')).toBe('0.2em');
    expect(block?.getAttribute('display')).toBe('block');
    expect(block?.querySelector('mfrac[linethickness="2px"] > mi[mathvariant="bold"] + msqrt > mn')).not.toBeNull();
    // The contents of a dropped wrapper stay (the letters z, w, v); the TeX source does not.
    expect(last?.textContent).toBe('yzwv');
    expect(last?.querySelector('maction, mpadded, semantics, annotation')).toBeNull();
    expect(last?.querySelector('mi')?.attributes).toHaveLength(0);
    expect(findUnsafeConstructs(out, { images: true })).toEqual([]);
  });

  it('drops MathML that is not inside a formula, and HTML hidden in one', () => {
    const out = sanitized('<mi>x</mi><math><mtext><svg><image href="https://t.example/p.gif"></image></svg></mtext><mrow><p>para</p></mrow></math>');
    expect(out.querySelector('mi, svg, image')).toBeNull();
    expect(findUnsafeConstructs(out, { images: true })).toEqual([]);
  });

  it('loads no images when images are turned off', () => {
    const out = sanitized('<p>a<img src="https://i.example/a.jpg"><picture><source srcset="https://i.example/c.webp"><img src="https://i.example/b.jpg"></picture></p>', false);
    expect(out.querySelector('img, picture, source')).toBeNull();
    expect(out.textContent).toBe('a');
    expect(out.querySelector('[src], [srcset], [href*="i.example"]')).toBeNull();
  });

  it('returns an empty fragment for markup without a body', () => {
    expect(sanitized('').childNodes).toHaveLength(0);
    expect(sanitized('<frameset><frame src="https://t.example/"></frameset>').querySelector('frameset, frame')).toBeNull();
  });

  it('keeps what the reader shows of a real article, and nothing unsafe', () => {
    const outcome = extractArticle(parsePage(seedHtml, 'https://theprint.in/world/us-strikes/379497/'));
    if (outcome.status !== 'ok') throw new Error('the seed page is an article');
    for (const loadImages of [true, false]) {
      const out = sanitized(outcome.article.html, loadImages);
      expect(findUnsafeConstructs(out, { images: loadImages })).toEqual([]);
      expect(out.textContent).toContain('Katyusha rockets struck Camp Taji');
      expect(out.querySelectorAll('p').length).toBeGreaterThan(5);
      expect(out.querySelectorAll('a[href^="https://"][target="_blank"]').length).toBeGreaterThan(0);
    }
  });
});
