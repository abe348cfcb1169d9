/** Order statistics for the benchmark: medians and nearest-rank percentiles. */

/** The middle value; the mean of the two middle values for an even count; NaN for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * The nearest-rank percentile: the smallest value with at least `percent` % of the values at or
 * below it. Always a value that was measured (no interpolation); NaN for none.
 */
export function percentile(values: readonly number[], percent: number): number {
  if (values.length === 0) return Number.NaN;
  if (percent <= 0 || percent > 100) throw new RangeError(`percent must be in (0, 100], got ${percent}`);
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((percent / 100) * sorted.length);
  return sorted[rank - 1]!;
}

export interface Summary {
  median: number;
  p95: number;
  /** The page with the largest value. */
  worst: { page: string; value: number } | null;
  /** How many pages had a value. */
  count: number;
}

/** Median, p95 and worst page of one measure over pages; pages without a value are left out. */
export function summarize(samples: ReadonlyArray<{ page: string; value: number | null | undefined }>): Summary {
  const measured = samples.filter((sample): sample is { page: string; value: number } => Number.isFinite(sample.value));
  const values = measured.map((sample) => sample.value);
  const worst = measured.reduce<Summary['worst']>((max, sample) => (!max || sample.value > max.value ? sample : max), null);
  return { median: median(values), p95: percentile(values, 95), worst, count: values.length };
}

/** Picks `count` items spread evenly over the list (first item included), keeping their order. */
export function evenSample<T>(items: readonly T[], count: number): T[] {
  if (count >= items.length) return [...items];
  if (count <= 0) return [];
  return Array.from({ length: count }, (_, index) => items[Math.floor((index * items.length) / count)]!);
}
