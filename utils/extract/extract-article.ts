import { type Article, type ExtractOutcome, extractFailure, REPLY_LIMITS, withinReplyLimits } from '../article';
import { cleanArticle, cleanPage, findByline, RemovalLog } from '../clean';
import { blockText, countWords, isLegible } from '../text';
import { unclobberedClone } from './defuse-clobbering';
import { contentRoot, narrowToContentRoot, paragraphText } from './content-root';
import { openCollapsedPanels } from './collapsed-panels';
import { dropWidgetFromProseClasses } from './widget-classes';
import { unwrapProseAsides } from './prose-asides';
import { findDek, restoreDek } from './dek';
import { findLeadFigure, restoreLeadFigure } from './lead-image';
import { restoreSiblingSections } from './sibling-sections';
import { mapParagraphs, type ParagraphMap } from './paragraph-map';
import { restoreLeadIn } from './lead-in';
import { revealStreamedContent } from './streamed-content';
import { dropMisleadingClassNames } from './misleading-classes';
import { isReaderable, readabilityWithReplacements } from './readability-speedups';
import { showLazyImages } from './lazy-images';
import { flattenDeepNesting } from './deep-nesting';
import { headline, headlineText } from './headline';
import { authorName, pageAuthor } from './page-author';
import { removeIconLigatures } from './icon-ligatures';
import { removeInlineSvg } from './inline-svg';
import { removePageCode } from './page-code';
import { removeRepeatedBlocks } from './repeated-blocks';
import { showMathAsMathML } from './math';
import { showXmpAsText } from './xmp-code';
import { withShadowContent } from './shadow-content';

/**
 * What a browser shows as a page: HTML (or XHTML), and plain text (wrapped in a `<pre>`), which
 * reads well enough. JSON, XML, images and the like are files in a viewer, never an article.
 */
const PAGE_TYPES = /^text\/(?:html|plain|markdown)$|xhtml/;

/** Below this many words a page that Readability does not call readerable is not treated as an article. */
const MIN_ARTICLE_WORDS = 80;

/**
 * Readability's own cap on elements it will score; past it, parse() throws instead of taking
 * many seconds. A page over the cap is narrowed to its main container when it has one.
 */
export const MAX_ELEMS_TO_PARSE = 60_000;

const MAIN_CONTAINERS = ['article', 'main', '[role="main"]', '#content', '#main', '.content'];

function elementCount(root: Document | Element): number {
  return root.getElementsByTagName('*').length;
}

/** For a page too big to score whole: a document holding only its main container, or null. */
function narrowToMainContainer(doc: Document, maxElements: number): Document | null {
  for (const selector of MAIN_CONTAINERS) {
    const candidates = [...doc.querySelectorAll(selector)].filter((element) => elementCount(element) < maxElements);
    const largest = candidates.sort((a, b) => (b.textContent?.length ?? 0) - (a.textContent?.length ?? 0))[0];
    if (!largest) continue;
    doc.body.replaceChildren(largest);
    return doc;
  }
  return null;
}

/**
 * Readability kept the wrong part of the page when it kept less paragraph text than this (a
 * couple of its own 500-character minimums)...
 */
const FEW_PARAGRAPH_CHARACTERS = 1000;
/** ...and less than this share of what the content root holds. */
const MIN_KEPT_SHARE = 0.4;

/**
 * Puts a clone of the page in the state every reading of it starts from: no nesting deeper than
 * a real page's, no inline SVG or icon-font names (the reader shows no icons), formulas as
 * MathML, code held in `<xmp>` as plain text, streamed content where the page's scripts would
 * have put it, then no scripts or styles (their text is no paragraph's), no class names that
 * mislead Readability (a story's publishing state, a hidden label or overflow, "media" around a
 * whole story), and one version of a block a responsive page draws per screen size.
 */
function prepareToRead(doc: Document): void {
  flattenDeepNesting(doc.body);
  removeInlineSvg(doc);
  removeIconLigatures(doc);
  showMathAsMathML(doc);
  showXmpAsText(doc);
  revealStreamedContent(doc);
  removePageCode(doc.body);
  dropMisleadingClassNames(doc);
  removeRepeatedBlocks(doc.body);
}

/**
 * Narrows the (cloned) page to its content root, removes the chrome in what is left, and readies
 * the rest for Readability (collapsed panels opened, builder "widget" names dropped, asides of
 * prose made plain blocks). The byline stays for Readability, wherever it sits (share bars,
 * author boxes). Returns the content root, or null when the page has none.
 */
function narrowAndClean(doc: Document, log: RemovalLog): Element | null {
  const byline = findByline(doc.body);
  const keep = byline ? [byline] : [];
  const root = narrowToContentRoot(doc.body, keep);
  cleanPage(doc, log, keep);
  if (root?.isConnected) {
    openCollapsedPanels(root);
    dropWidgetFromProseClasses(root);
    unwrapProseAsides(root);
  }
  return root;
}

/** The two steps Readability runs on the container it picks; not in its typings, pinned with its version. */
interface ReadabilityCleanup {
  _prepArticle(content: Element): void;
  _postProcessContent(content: Element): void;
}

/** Called by (patched) Readability each time it puts back a fresh copy of the page for another attempt. */
interface ReadabilityRestoreHook {
  _pageRestored(page: Element): void;
}

/**
 * The page's content root as an article: narrowed and cleaned like the page Readability read,
 * then put through Readability's own clean-up of the container it picks (forms, absolute
 * addresses; lazy images are shown later, on the finished article). Read from a fresh clone,
 * as Readability has taken the first one apart, with the map of that clone's paragraphs, for
 * what is restored around it.
 */
function contentRootArticle(page: Document): { article: Element; paragraphs: ParagraphMap } | null {
  const doc = unclobberedClone(page);
  if (!doc.body) return null;
  prepareToRead(doc);
  narrowAndClean(doc, new RemovalLog());
  // Found again after cleaning, which may have taken chrome out of the root it had.
  const root = contentRoot(doc.body);
  if (!root) return null;
  const paragraphs = mapParagraphs(doc);
  const article = doc.createElement('div');
  article.append(root);
  const cleanup = readabilityWithReplacements(doc) as unknown as ReadabilityCleanup;
  cleanup._prepArticle(article);
  cleanup._postProcessContent(article);
  return { article, paragraphs };
}

/** The steps of the pipeline, in order. */
export type ExtractStep = 'clone' | 'clean-page' | 'readability' | 'clean-article' | 'count-words' | 'serialize' | 'readerable';

export interface ExtractOptions {
  /** The page's address; defaults to the document's own. */
  url?: string;
  /** Most elements scored at once; defaults to MAX_ELEMS_TO_PARSE. */
  maxElements?: number;
  /** Called as each step ends, so the benchmark can time the steps of this very code. */
  onStepEnd?: (step: ExtractStep) => void;
}

/**
 * Finds the article in a page. Pure DOM code: it runs in the content script, under jsdom in
 * the tests and in the command-line tools. The page itself is never modified: all work
 * happens on clones.
 */
export function extractArticle(page: Document, options: ExtractOptions = {}): ExtractOutcome {
  const outcome = readPage(page, options);
  if (outcome.status !== 'not-article') return outcome;
  // Copied as it is, a page built of web components may be empty components: read it as shown.
  const composed = withShadowContent(page);
  return composed ? readPage(composed, options) : outcome;
}

/** Reads the article in a page, all of it on one clone. */
function readPage(page: Document, options: ExtractOptions): ExtractOutcome {
  // Everything below reads this one clone, which the page's markup cannot clobber.
  const stepEnded = options.onStepEnd ?? (() => {});
  const clone = unclobberedClone(page);
  stepEnded('clone');
  const url = options.url ?? clone.URL;
  // The browser's PDF viewer shows the file inside an almost empty HTML document.
  if (clone.contentType === 'application/pdf') return extractFailure('pdf', 'PDF document');
  if (!clone.body || !PAGE_TYPES.test(clone.contentType)) return { status: 'not-article', article: null };
  const log = new RemovalLog();
  prepareToRead(clone);
  // Readability takes apart the page it reads, and the narrowing may leave these out: note them first.
  const leadFigure = findLeadFigure(clone)?.cloneNode(true) as Element | undefined;
  const title = headline(clone);
  const dek = findDek(title);
  const heading = headlineText(title);
  const author = pageAuthor(clone);
  const root = narrowAndClean(clone, log);
  // Measured after cleaning: comments and promos beside the article are not its text.
  const rootText = root?.isConnected ? paragraphText(root) : 0;
  stepEnded('clean-page');
  let paragraphs = mapParagraphs(clone);
  const maxElements = options.maxElements ?? MAX_ELEMS_TO_PARSE;
  const scored = elementCount(clone) < maxElements ? clone : narrowToMainContainer(clone, maxElements);
  if (!scored) {
    return extractFailure('too-large', `${elementCount(clone)} elements after cleaning`);
  }

  const reader = readabilityWithReplacements<Element>(scored, {
    maxElemsToParse: maxElements,
    // Hand back the element itself: it is cleaned further and serialized once, below.
    serializer: (element) => element as Element,
  });
  // When its first reading finds too little, Readability reads a fresh copy of the page (our
  // patch of it says so): the map must note that copy's paragraphs, the ones it will keep.
  (reader as unknown as ReadabilityRestoreHook)._pageRestored = () => (paragraphs = mapParagraphs(scored));
  const parsed = reader.parse();
  stepEnded('readability');
  if (!parsed?.content) return { status: 'not-article', article: null };

  // Readability sometimes keeps a small part of the page (a disclosure note, a menu) and leaves
  // out the container that holds the article's text: then that container is the article.
  const kept = paragraphText(parsed.content);
  const rootArticle = kept < FEW_PARAGRAPH_CHARACTERS && kept < rootText * MIN_KEPT_SHARE ? contentRootArticle(page) : null;
  let body = parsed.content;
  // Readability's clean-up may have found the root to be chrome after all: then its pick stands.
  if (rootArticle && paragraphText(rootArticle.article) > kept) ({ article: body, paragraphs } = rootArticle);
  restoreSiblingSections(body, paragraphs);
  restoreLeadIn(body, paragraphs);
  if (leadFigure) restoreLeadFigure(body, leadFigure);
  if (dek) restoreDek(body, dek);
  // Before the clean-up, which then judges the images by their real addresses (a tracker's among them).
  showLazyImages(body);
  cleanArticle(body, log);
  stepEnded('clean-article');
  const text = blockText(body);
  const wordCount = countWords(text);
  stepEnded('count-words');
  const html = body.innerHTML;
  stepEnded('serialize');
  // More than the reader takes (a book in one page): say so, rather than have the reply refused.
  if (html.length > REPLY_LIMITS.html) return extractFailure('too-large', `${html.length} characters of HTML`);
  const article: Article = withinReplyLimits({
    url,
    title: parsed.title?.trim() || clone.title.trim(),
    headline: heading,
    byline: authorName(parsed.byline) ?? author,
    siteName: parsed.siteName?.trim() || null,
    lang: parsed.lang?.trim() || clone.documentElement.lang.trim() || null,
    dir: parsed.dir === 'rtl' || parsed.dir === 'ltr' ? parsed.dir : null,
    publishedTime: parsed.publishedTime?.trim() || null,
    excerpt: parsed.excerpt?.trim() || null,
    html,
    wordCount,
    removed: log.items,
  });
  // A file that is not text, served as a page, reads as replacement characters: whatever its
  // length, it is no article (the reader can still be asked to show it).
  if (!isLegible(text)) return { status: 'not-article', article };
  if (wordCount >= MIN_ARTICLE_WORDS) return { status: 'ok', article };
  // Readability's verdict matters only for short texts, so it is asked only then, of a fresh
  // unclobbered clone (the one above has been cleaned and taken apart).
  const readerable = isReaderable(unclobberedClone(page));
  stepEnded('readerable');
  return readerable ? { status: 'ok', article } : { status: 'not-article', article };
}
