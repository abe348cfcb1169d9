// html-encoding-sniffer ships no types; this is the call scripts/lib/page-file.ts makes.
declare module 'html-encoding-sniffer' {
  /** The encoding's name ("UTF-8", "UTF-16LE", "windows-1252", ...), as the HTML standard's sniffing algorithm finds it. */
  export default function sniffHTMLEncoding(
    bytes: Uint8Array,
    options?: { transportLayerEncodingLabel?: string; defaultEncoding?: string; xml?: boolean },
  ): string;
}
