import { describe, expect, it } from 'vitest';
import { extractArticle } from '@/utils/extract/extract-article';
import { showXmpAsText } from '@/utils/extract/xmp-code';
import { sanitizeArticleHtml } from '@/utils/sanitize';
import { parsePage } from './helpers';

const CODE = '# Your Wi-Fi name and password\nwifi_ssid: "<home>"\nwifi_password: "a & b"';

const PROSE =
  'Paste the configuration below into the device builder, then copy the keys it generates into the file before you flash the board for the first time. ';

describe('showXmpAsText', () => {
  it('puts the code of an <xmp> in a <pre> as its text, unescaped characters and line breaks kept', () => {
    const page = parsePage(`<html><body><pre><code><xmp>${CODE}</xmp></code></pre><div><xmp>${CODE}</xmp></div></body></html>`);
    showXmpAsText(page);
    expect(page.querySelector('xmp')).toBeNull();
    const [inPre, alone] = [...page.querySelectorAll('pre')];
    expect(inPre?.querySelector('code')?.textContent).toBe(CODE);
    expect(inPre?.querySelector('pre')).toBeNull();
    expect(alone?.parentElement?.localName).toBe('div');
    expect(alone?.textContent).toBe(CODE);
  });
});

describe('extracting an article with code in <xmp>', () => {
  it('shows the code once sanitized, as the page showed it', () => {
    const page = parsePage(
      `<html><head><title>Flashing the sensor</title></head><body><article><h1>Flashing the sensor</h1>` +
        `<p>${PROSE}</p><pre class="language-yaml"><code><xmp>${CODE}</xmp></code></pre><p>${PROSE}</p><p>${PROSE}</p></article></body></html>`,
    );
    const outcome = extractArticle(page);
    expect(outcome.status).toBe('ok');
    const body = sanitizeArticleHtml(outcome.status === 'ok' ? outcome.article.html : '', { loadImages: true });
    expect(body.querySelector('pre code')?.textContent).toBe(CODE);
  });
});
