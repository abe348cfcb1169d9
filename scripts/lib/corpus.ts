import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One saved page of a development corpus, with the address it was fetched from. */
export interface CorpusPage {
  id: string;
  file: string;
  url: string;
}

export interface ExpectedMetadata {
  title: string | null;
  byline: string | null;
  lang: string | null;
  dir: string | null;
  readerable: boolean;
}

export interface ReadabilityPage extends CorpusPage {
  expected: ExpectedMetadata;
}

/**
 * The header of a WCXB article as its human-reviewed ground truth gives it (either may be
 * missing), and the passages the reviewers marked as ones its text must include.
 */
export interface WcxbPage extends CorpusPage {
  expected: { title: string | null; author: string | null };
  mustInclude: string[];
}

/** WCXB articles: `html/NNNN.html.gz`, their URL, title and author in `ground-truth/NNNN.json`. */
export function wcxbPages(folder: string): WcxbPage[] {
  const truthFolder = join(folder, 'ground-truth');
  return readdirSync(truthFolder)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const id = name.slice(0, -'.json'.length);
      const truth = JSON.parse(readFileSync(join(truthFolder, name), 'utf8')) as {
        url: string;
        ground_truth: { title?: string | null; author?: string | null; with?: string[] };
      };
      const { title, author } = truth.ground_truth;
      return {
        id,
        file: join(folder, 'html', `${id}.html.gz`),
        url: truth.url,
        expected: { title: title || null, author: author || null },
        mustInclude: truth.ground_truth.with ?? [],
      };
    });
}

/** Readability's regression pages: `NAME.html` beside `NAME.expected-metadata.json`, all served from fakehost. */
export function readabilityPages(folder: string): ReadabilityPage[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.html') && !name.endsWith('.expected.html'))
    .sort()
    .map((name) => {
      const id = name.slice(0, -'.html'.length);
      const expected = JSON.parse(readFileSync(join(folder, `${id}.expected-metadata.json`), 'utf8')) as ExpectedMetadata;
      // The address Readability's own test harness gives every page.
      return { id, file: join(folder, name), url: 'http://fakehost/test/page.html', expected };
    });
}
