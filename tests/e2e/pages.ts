import { createServer, type Server } from 'node:http';

/** Pages for the reliability tests, generated on request: huge, a book, deep, framed, lazy, built in shadow roots, slow, hostile to globals, garbled; and files that are not pages. */

const SENTENCES = [
  'The committee met on Tuesday to discuss the new harbour timetable and its effect on night workers.',
  'Residents who depend on the late crossing said the proposal would leave them without a way home.',
  'Officials answered that the route had lost money for eleven years in a row and could not continue as it is.',
  'A compromise, published on Friday, keeps the weekend crossings and adds a bookable water taxi.',
  'Several nurses wrote to the council to say that shifts rarely end at the hour they are planned to.',
];

export function paragraphs(count: number, marker = 'Paragraph'): string {
  return Array.from({ length: count }, (_, i) => `<p>${marker} ${i + 1}. ${SENTENCES[i % SENTENCES.length]} ${SENTENCES[(i + 2) % SENTENCES.length]}</p>`).join('\n');
}

/** An article headed `title`; `documentTitle` is the page's <title>, which sites often end with their name. */
export function articlePage(title: string, body: string, head = '', documentTitle = title): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${documentTitle}</title>${head}</head>
<body><header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<article><h1>${title}</h1><p class="byline">By Test Writer</p>${body}</article>
<footer>© Test</footer></body></html>`;
}

/** `text` as a page would show it after saving it as UTF-8 and reading it back as Latin-1. */
function garbled(text: string): string {
  return Buffer.from(text, 'utf8').toString('latin1');
}

function hugePage(): string {
  const nav = Array.from({ length: 15_000 }, (_, i) => `<li><a href="/topic/${i}">Topic ${i}</a></li>`).join('');
  const filler = Array.from({ length: 12_000 }, (_, i) => `<div class="card"><span>Item</span><span>${i}</span></div>`).join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Huge page</title></head><body>
<nav><ul>${nav}</ul></nav><main><article><h1>Huge page</h1>${paragraphs(40, 'Huge')}</article></main>
<aside>${filler}</aside></body></html>`;
}

/** A whole book in one page: more article HTML (over 9 MB) than the reader takes from a page. */
function bookPage(): string {
  return articlePage('A whole book', paragraphs(45_000, 'Book'));
}

function deepPage(depth: number): string {
  return articlePage('Deep page', `${'<div>'.repeat(depth)}${paragraphs(12, 'Deep')}${'</div>'.repeat(depth)}`);
}

const LAZY_BODY = `${paragraphs(6, 'Lazy')}
<figure><img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" data-src="https://images.example/lazy-real.jpg" alt="Lazy photo"><figcaption>A lazy-loaded photo</figcaption></figure>
${paragraphs(2, 'Stand-in')}
<figure><img src="data:image/svg+xml,%3Csvg%20xmlns='http://www.w3.org/2000/svg'%20viewBox='0%200%201024%20768'%3E%3C/svg%3E" data-lazy-src="https://images.example/svg-stand-in.jpg" width="1024" height="768" alt="Photo behind an SVG stand-in"><figcaption>A photo behind an SVG stand-in</figcaption></figure>
<figure><img src="data:image/svg+xml,%3Csvg%20xmlns='http://www.w3.org/2000/svg'%20viewBox='0%200%201024%20768'%3E%3C/svg%3E" width="1024" height="768" alt="Stand-in whose address the page lost"><figcaption>A stand-in with no address</figcaption></figure>
${paragraphs(4, 'More')}
<figure><picture><source srcset="https://images.example/picture.webp" type="image/webp"><img src="https://images.example/picture.jpg" alt="Picture photo"></picture><figcaption>A picture element</figcaption></figure>
${paragraphs(3, 'End')}`;

/**
 * A page built of web components, as MSN builds its articles: the light DOM holds empty hosts,
 * each draws its part in an open shadow root (a nested one for the story's body), and the
 * lead paragraph is the page's own, shown through a slot.
 */
const SHADOW_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Shadow story</title></head><body>
<news-header></news-header><news-article><p>Slotted lead. ${SENTENCES[3]}</p></news-article><news-footer></news-footer>
<script>
  function component(name, html) {
    customElements.define(name, class extends HTMLElement {
      connectedCallback() { if (!this.shadowRoot) this.attachShadow({ mode: 'open' }).innerHTML = html; }
    });
  }
  component('news-header', '<nav><a href="/">Home</a> <a href="/world">World</a></nav>');
  component('story-body', \`${paragraphs(8, 'Shadow')}\`);
  component('news-article', '<article><h1>Shadow story</h1><slot></slot><story-body></story-body></article>');
  component('news-footer', '<footer>© Shadow News</footer>');
</script></body></html>`;

const MUTATING_SCRIPT = `<script>
  // Tamper with the globals a content script might lean on, in the page's own world.
  Node.prototype.cloneNode = function () { return null; };
  Document.prototype.querySelectorAll = function () { return []; };
  Array.prototype.filter = function () { return []; };
  JSON.stringify = function () { return 'tampered'; };
  window.Readability = function () { throw new Error('page-provided Readability'); };
  setInterval(function () {
    var extra = document.createElement('p');
    extra.textContent = 'Live ticker ' + Date.now();
    document.body.appendChild(extra);
    if (document.body.children.length > 40) document.body.removeChild(document.body.lastChild);
  }, 5);
</script>`;

/** Documents that are not web pages, served as what they are. */
const OTHER_DOCUMENTS: Record<string, { type: string; body: string | Buffer }> = {
  '/notes.txt': { type: 'text/plain; charset=utf-8', body: SENTENCES.join('\n\n').repeat(8) },
  '/drawing.svg': { type: 'image/svg+xml', body: '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100"><text x="10" y="50">A drawing</text></svg>' },
  '/feed.xml': { type: 'application/xml', body: `<?xml version="1.0"?><rss version="2.0"><channel><title>Feed</title><item><title>${SENTENCES[0]}</title></item></channel></rss>` },
  '/data.json': { type: 'application/json', body: JSON.stringify({ sentences: SENTENCES }) },
  '/pixel.gif': { type: 'image/gif', body: Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64') },
};

export interface PageServer {
  url(path: string): string;
  close(): Promise<void>;
}

export async function servePages(): Promise<PageServer> {
  const routes: Record<string, () => string> = {
    '/huge.html': hugePage,
    '/book.html': bookPage,
    '/deep.html': () => deepPage(3_000),
    '/frame.html': () =>
      '<!doctype html><html><head><meta charset="utf-8"><title>Archive viewer</title></head><body><p>Archive</p><iframe src="/framed-article.html" width="800" height="600"></iframe></body></html>',
    '/framed-article.html': () => articlePage('Framed article', paragraphs(12, 'Framed')),
    '/lazy.html': () => articlePage('Lazy images', LAZY_BODY),
    '/shadow.html': () => SHADOW_PAGE,
    '/mutating.html': () => articlePage('Busy page', paragraphs(12, 'Busy'), MUTATING_SCRIPT),
    // Stored as UTF-8 and read back as Latin-1: the page itself is garbled ("â\u0080\u0099" for "’"), its title too.
    '/mojibake.html': () =>
      garbled(articlePage('The mayor’s plan', `<p>The mayor’s plan costs €5 million — a café à la carte.</p>${paragraphs(10, 'Garbled')}`, '', 'The mayor’s plan – Harbour Times')),
  };
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    if (path === '/slow.html') {
      // The first half now, the rest after a pause: the page is still loading when the reader opens.
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      response.write(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Slow page</title></head><body><article><h1>Slow page</h1>${paragraphs(3, 'Early')}`);
      setTimeout(() => response.end(`${paragraphs(10, 'Late')}</article></body></html>`), 1_500);
      return;
    }
    const other = OTHER_DOCUMENTS[path];
    if (other) {
      response.writeHead(200, { 'Content-Type': other.type }).end(other.body);
      return;
    }
    const route = routes[path];
    if (!route) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(route());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return {
    url: (path) => `http://127.0.0.1:${address.port}${path}`,
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
