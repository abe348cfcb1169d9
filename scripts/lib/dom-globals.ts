import { JSDOM } from 'jsdom';

/**
 * Extraction code reaches the DOM through the prototypes of Node, Document and Element (see
 * utils/extract/defuse-clobbering.ts), which a browser and vitest's jsdom environment provide as
 * globals and plain Node.js does not. The command-line tools import this module before the
 * extraction code so that those globals exist; jsdom's methods work on nodes of any of its windows.
 */
const { window } = new JSDOM('');
const globals = globalThis as unknown as Record<string, unknown>;
for (const name of ['Node', 'Document', 'Element'] as const) {
  globals[name] ??= window[name];
}
