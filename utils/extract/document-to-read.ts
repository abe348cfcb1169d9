import { isReaderable } from './readability-speedups';

/** How much more text a frame must hold than the page around it to be read instead of it. */
const FRAME_TEXT_RATIO = 2;

function textLength(doc: Document): number {
  return doc.body?.textContent?.length ?? 0;
}

function sameOriginDocument(frame: Element): Document | null {
  try {
    // Cross-origin frames throw or give null here: the browser keeps them out of reach, as it should.
    return (frame as HTMLIFrameElement).contentDocument;
  } catch {
    return null;
  }
}

/**
 * The document that holds the article: the page itself, or, when the page is only a shell around
 * a same-origin frame (old CMSes, archives, some intranets), the frame with the article.
 */
export function documentToRead(doc: Document): Document {
  // The page's text is copied only when a frame can be read at all (most are cross-origin ads).
  let pageText: number | undefined;
  const frames: Document[] = [];
  for (const frame of doc.querySelectorAll('iframe, frame')) {
    const inner = sameOriginDocument(frame);
    if (inner?.body && textLength(inner) >= (pageText ??= textLength(doc)) * FRAME_TEXT_RATIO) frames.push(inner);
  }
  // Readability's readerable check walks the whole page: asked only when a frame could win.
  if (frames.length === 0 || isReaderable(doc)) return doc;
  let best = doc;
  for (const inner of frames) {
    if (textLength(inner) >= textLength(best) * FRAME_TEXT_RATIO && isReaderable(inner)) best = inner;
  }
  return best;
}
