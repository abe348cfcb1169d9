/**
 * Short names for private members in the content script, which is injected on every read.
 * Readability names its internals `_likeThis` (`this._getInnerText(…)`, `node._readabilityDataTable`),
 * hundreds of times over, its constants `LIKE_THIS` (`this.REGEXPS`, `this.FLAG_STRIP_UNLIKELYS`),
 * and keeps each node's score as `node.readability.contentScore`; the minifier keeps property
 * names as written: 5 kB of the script. The build's own minifier (oxc, through rolldown) gives
 * them short names instead, the same name for the same member everywhere in the bundle, so the
 * pipeline's own uses of them (readability-speedups, the content-root fallback, the accordion
 * and heading names Readability reads as chrome) still reach them.
 *
 * Safe because nothing outside the bundle reads these names: the page cannot see the content
 * script's objects (isolated world), the reply to the popup is plain data whose keys have no
 * underscore, no DOM or JavaScript built-in is named `_x` (`__proto__` is never mangled), and
 * none is named like Readability's constants but the two it copies from the DOM (ELEMENT_NODE,
 * TEXT_NODE), which stay as they are, nor like its patterns (a unit test checks the DOM's and
 * JavaScript's own names, and the reply's). The score's holder, `readability`, is an expando on the
 * clone's elements: its short name is never one the bundle reads as a property anywhere (the
 * minifier skips those, `id` among them), and HTML elements have no other one- or two-letter
 * property it could take the place of.
 * The end-to-end tests run the bundle built this way.
 */
import { Readability } from '@mozilla/readability';
import { defineWxtModule } from 'wxt/modules';

/** The content script's entrypoint (entrypoints/extract.ts). */
const CONTENT_SCRIPT = 'extract';

/** Readability's constants, read from the pinned version, but those the DOM's nodes have too. */
const READABILITY_CONSTANTS = Object.keys(Readability.prototype).filter((name) => /^[A-Z][A-Z_]+$/.test(name) && !name.endsWith('_NODE'));

/**
 * The names Readability keeps its patterns under (`this.REGEXPS.unlikelyCandidates`), but those
 * that name something else in the bundle too: the article's `byline`, strings' `normalize`.
 */
const PATTERN_NAMES = Object.keys((Readability.prototype as unknown as { REGEXPS: object }).REGEXPS).filter(
  (name) => name !== 'byline' && !(name in String.prototype),
);

/** Readability's members renamed besides `_private` ones: its constants, its patterns, and the score it keeps on nodes. */
export const READABILITY_MEMBERS: readonly string[] = [...READABILITY_CONSTANTS, ...PATTERN_NAMES, 'readability', 'contentScore'];

/**
 * The options the pipeline hands Readability and its readerable check, which only their code in
 * the same bundle reads, and the members of the pipeline's own working objects (a block's
 * measures in utils/clean/block.ts, a paragraph map's chains): names no DOM object, built-in or
 * reply has, read and written only by the bundle's own code.
 */
export const PIPELINE_MEMBERS: readonly string[] = [
  'maxElemsToParse', 'nbTopCandidates', 'charThreshold', 'classesToPreserve', 'keepClasses', 'serializer', 'disableJSONLD',
  'allowedVideoRegex', 'linkDensityModifier', 'minContentLength', 'minScore', 'visibilityChecker',
  'linkDensity', 'inFurniture', 'inCode', 'firstLinked', 'isLink', 'linked', 'readTags', 'furniture', 'furnitureOf', 'contentOf',
  'contents', 'markLong', 'addLink', 'addElement', 'addText', 'paragraphs', 'chains',
];

/** Members named with one underscore and a letter, Readability's other members and the pipeline's: the bundle's private API. */
const PRIVATE_MEMBER = new RegExp(`^(_[A-Za-z]|(${[...READABILITY_MEMBERS, ...PIPELINE_MEMBERS].join('|')})$)`);

/** How the content script is minified: as Vite does by default, private members renamed too. */
export const CONTENT_SCRIPT_MINIFY = { compress: true, mangle: true, mangleProps: { include: PRIVATE_MEMBER } };

export default defineWxtModule({
  setup(wxt) {
    wxt.hook('vite:build:extendConfig', (entrypoints, config) => {
      if (!entrypoints.some((entrypoint) => entrypoint.name === CONTENT_SCRIPT)) return;
      // Development builds stay unminified, for readable stack traces.
      if (config.build?.minify === false || wxt.config.mode === 'development') return;
      config.build ??= {};
      config.build.rolldownOptions ??= {};
      const output = config.build.rolldownOptions.output;
      if (Array.isArray(output)) throw new Error('private-names: the content script has one output');
      config.build.rolldownOptions.output = {
        ...output,
        minify: CONTENT_SCRIPT_MINIFY,
      };
    });
  },
});
