/** Where the build writes the content script (WXT names an unlisted script after its entrypoint). */
export const INJECTED_SCRIPT = '/extract.js';
