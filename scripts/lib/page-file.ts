import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

/** Saved pages are `.html` or gzipped `.html.gz`, both UTF-8. */
export function isPageFile(file: string): boolean {
  return /\.html?(?:\.gz)?$/i.test(file);
}

/** Reads a saved page as text; throws when it cannot be read or decompressed. */
export function readPageFile(file: string): string {
  const bytes = readFileSync(file);
  const raw = file.toLowerCase().endsWith('.gz') ? gunzipSync(bytes) : bytes;
  return new TextDecoder('utf-8').decode(raw);
}
