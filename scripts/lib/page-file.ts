import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import sniffHTMLEncoding from 'html-encoding-sniffer';

/**
 * Reads a saved page as text, decoded as a browser decodes a page served as UTF-8 (as the bench
 * serves them): a byte-order mark wins, so a page saved as UTF-16 reads as the words it holds,
 * not as replacement characters. Throws when the file cannot be read or decompressed.
 */
export function readPageFile(file: string): string {
  const bytes = readFileSync(file);
  const raw = file.toLowerCase().endsWith('.gz') ? gunzipSync(bytes) : bytes;
  return new TextDecoder(sniffHTMLEncoding(raw, { transportLayerEncodingLabel: 'UTF-8' })).decode(raw);
}
