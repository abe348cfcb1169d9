import { describe, expect, it } from 'vitest';
import { sanitizeArticleHtml } from '@/utils/sanitize';

function sanitized(html: string, loadImages = true): HTMLElement {
  const container = document.createElement('div');
  container.append(sanitizeArticleHtml(html, { loadImages }));
  return container;
}

describe('sanitizeArticleHtml', () => {
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

  it('keeps http(s) links and opens them safely in a new tab', () => {
    const link = sanitized('<a href="https://example.com/page">x</a>').querySelector('a');
    expect(link?.getAttribute('href')).toBe('https://example.com/page');
    expect(link?.getAttribute('target')).toBe('_blank');
    expect(link?.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('drops styles, forms, frames and remote srcset', () => {
    const out = sanitized(`<style>body{background:url(https://t.example/x)}</style>
      <p style="background:url(https://t.example/y)">a</p><form action="https://t.example"><input></form>
      <iframe src="https://t.example"></iframe><img src="https://i.example/a.jpg" srcset="https://t.example/z 2x">`);
    expect(out.querySelector('style, form, input, iframe, [style], [srcset]')).toBeNull();
    expect(out.querySelector('img')?.getAttribute('referrerpolicy')).toBe('no-referrer');
  });

  it('keeps the structure of an article', () => {
    const html = '<h2>Head</h2><p>Text <em>em</em></p><figure><img src="https://i.example/a.jpg" alt="A"><figcaption>Cap</figcaption></figure><blockquote>Q</blockquote><ul><li>One</li></ul><table><tr><td>1</td></tr></table><pre><code>x  = 1</code></pre>';
    const out = sanitized(html);
    for (const selector of ['h2', 'em', 'figure img[alt="A"]', 'figcaption', 'blockquote', 'ul li', 'table td', 'pre code']) {
      expect(out.querySelector(selector), selector).not.toBeNull();
    }
    expect(out.querySelector('pre')?.textContent).toBe('x  = 1');
  });

  it('loads no images when images are turned off', () => {
    const out = sanitized('<p>a<img src="https://i.example/a.jpg"><picture><img src="https://i.example/b.jpg"></picture></p>', false);
    expect(out.querySelector('img, picture')).toBeNull();
    expect(out.textContent).toBe('a');
  });
});
