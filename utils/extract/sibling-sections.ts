/**
 * Readability keeps one container and the siblings of it that score well. A page that splits
 * its article into sections of the same kind (`div.sect1` after `div.sect1`, page-builder rows)
 * loses every section but the best one: the sections are siblings of an ancestor of the kept
 * container, not of the container itself. From where each paragraph sat before Readability ran
 * (the paragraph map), this module brings back the sections that are the kept one's twins,
 * each in its place in the page, those left out between sections it did keep too. Right beside
 * the kept container, a section of another kind comes back when it is plainly more of the
 * article: titled, and several paragraphs of prose (a Drupal story's "additional sections"
 * field next to its body field, an FAQ after the text). Readability passes over such a sibling
 * because its paragraphs sit deeper than the levels it scores.
 */
import { type Ancestor, type ParagraphMap } from './paragraph-map';
import { contentContainer } from './readability-content';
import { proseIn, readsAsArticleProse } from './section-prose';

/** How far up from the kept container the twin sections may be. */
const LEVELS = 8;
/**
 * Past this many levels up, a twin must also hold a heading (h2, h3): sections of an article
 * that far apart are titled ones (a site builder's sections, each in rows of its own); a grid
 * of other stories under a title set in a styled div is not.
 */
const UNTITLED_LEVELS = 5;
/** A twin section holds at least this much paragraph text... */
const MIN_SECTION_TEXT = 100;
/** ...in at least this many paragraphs (a single one is a teaser of another story). */
const MIN_PARAGRAPHS = 2;
/**
 * A section of another kind beside the kept container holds more: an author box, a disclaimer,
 * a sign-up form or a row of teasers has a title and a paragraph or two.
 */
const MIN_UNLIKE_PARAGRAPHS = 3;
const MIN_UNLIKE_TEXT = 600;
/**
 * Paragraph text past which a section's form controls are a widget inside the article (a
 * bookmark button, a poll), not what the section is for (a sign-up form and its short pitch).
 */
const MIN_PROSE_AROUND_CONTROLS = 1000;

/** An element's tag and class names without digits (page builders number their rows). */
function kindOf(tagName: string, classAttribute: string | null): string {
  const classes = (classAttribute ?? '')
    .split(/\s+/)
    // Page builders number their rows ("et_pb_row_4", "sect2"); generated hashes ("e-73c82273") say nothing.
    .map((name) => name.replace(/[-_]?\d+$/, ''))
    .filter((name, index, names) => name && !/\d/.test(name) && names.indexOf(name) === index)
    .sort();
  return classes.length > 0 ? `${tagName} ${classes.join(' ')}` : tagName;
}

/** The deepest ancestor all `chains` share, as its index in the first chain, or -1. */
function commonAncestor(chains: Ancestor[][]): number {
  const [first, ...rest] = chains;
  if (!first) return -1;
  return first.findIndex(({ element }) => rest.every((chain) => chain.some((ancestor) => ancestor.element === element)));
}

/**
 * Whether `section` is another part of the article beside the kept one: a twin of the kept
 * branch (of its `kind`), or, when `unlike` is allowed, a titled section of prose of any kind.
 */
function isArticleSection(section: Element, kind: string, unlike: boolean): boolean {
  if (section.tagName === 'ARTICLE') return false;
  // Blocks with no class names are too common to be twins by their kind.
  const twin = kind.includes(' ') && kindOf(section.tagName, section.getAttribute('class')) === kind;
  if (!twin && !(unlike && section.querySelector('h2, h3'))) return false;
  // Another story (its own h1), a price table: not the article's sections.
  if (section.querySelector('h1, article, table')) return false;
  // Prose, in two paragraphs or more (more for a section of another kind).
  const prose = proseIn(section);
  if (prose.count < MIN_PARAGRAPHS || prose.length < MIN_SECTION_TEXT) return false;
  if (!twin && (prose.count < MIN_UNLIKE_PARAGRAPHS || prose.length < MIN_UNLIKE_TEXT)) return false;
  // A sign-up or feedback form.
  if (prose.length < MIN_PROSE_AROUND_CONTROLS && section.querySelector('input, select, textarea, button')) return false;
  return readsAsArticleProse(section, prose.length);
}

/**
 * Adds to `article` (Readability's content) the sections that are twins of those it kept:
 * siblings of them or of one of their ancestors with the same tag and class names (or, right
 * beside the kept container, titled sections of more prose), holding paragraphs and few links,
 * never an `<article>` or a block with its own h1 (the next story of an endless page). The first
 * level up that has such sections is the one restored.
 */
export function restoreSiblingSections(article: Element, map: ParagraphMap): number {
  const kept = map.paragraphs.filter((paragraph) => article.contains(paragraph));
  if (kept.length === 0) return 0;
  const chains = kept.map((paragraph) => map.chains.get(paragraph) ?? []);
  const firstChain = chains[0] ?? [];
  const top = commonAncestor(chains);
  if (top < 0) return 0;
  const container = contentContainer(article);
  for (let level = top; level <= top + LEVELS && level < firstChain.length; level += 1) {
    const parent = firstChain[level]?.element;
    const branch = firstChain[level - 1];
    if (!parent || !branch || !parent.isConnected) continue;
    const kind = kindOf(branch.element.tagName, branch.classes);
    const titled = level > top + UNTITLED_LEVELS;
    const sections = [...parent.children].filter(
      (child) =>
        child !== branch.element &&
        !child.contains(article) &&
        isArticleSection(child, kind, level === top + 1) &&
        (!titled || child.querySelector('h2, h3') !== null),
    );
    if (sections.length === 0) continue;
    // In page order: before the block of the article that holds the first kept paragraph after it.
    for (const section of sections) {
      const start = map.ancestors.get(section)?.first ?? -1;
      let next: Element | null | undefined = map.paragraphs.find((paragraph, index) => index > start && article.contains(paragraph));
      while (next && next.parentElement !== container) next = next.parentElement;
      container.insertBefore(section, next ?? null);
    }
    return sections.length;
  }
  return 0;
}
