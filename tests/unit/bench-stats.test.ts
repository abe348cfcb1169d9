import { describe, expect, it } from 'vitest';
import { evenSample, median, percentile, summarize } from '../../scripts/lib/stats';

describe('median', () => {
  it('takes the middle of an odd count, whatever the order', () => {
    expect(median([9, 1, 5])).toBe(5);
  });

  it('averages the two middle values of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('is NaN for no values', () => {
    expect(median([])).toBeNaN();
  });

  it('leaves its input alone', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('percentile (nearest rank)', () => {
  const hundred = Array.from({ length: 100 }, (_, index) => 100 - index); // 100 … 1

  it('gives the 95th smallest of 100 values as p95', () => {
    expect(percentile(hundred, 95)).toBe(95);
  });

  it('gives the largest value when there are fewer than 20', () => {
    expect(percentile([1, 2, 3, 4, 50], 95)).toBe(50);
  });

  it('gives the value at rank ceil(p × n)', () => {
    expect(percentile([10, 20, 30, 40], 50)).toBe(20);
    expect(percentile([10, 20, 30, 40], 51)).toBe(30);
  });

  it('is NaN for no values and refuses a percent outside (0, 100]', () => {
    expect(percentile([], 95)).toBeNaN();
    expect(() => percentile([1], 0)).toThrow(RangeError);
    expect(() => percentile([1], 101)).toThrow(RangeError);
  });
});

describe('summarize', () => {
  it('reports median, p95 and the worst page, leaving out pages without a value', () => {
    const summary = summarize([
      { page: 'a', value: 1 },
      { page: 'b', value: 7 },
      { page: 'c', value: Number.NaN },
      { page: 'd', value: undefined },
      { page: 'e', value: 3 },
    ]);
    expect(summary).toEqual({ median: 3, p95: 7, worst: { page: 'b', value: 7 }, count: 3 });
  });

  it('has no worst page when nothing was measured', () => {
    expect(summarize([{ page: 'a', value: null }]).worst).toBeNull();
  });
});

describe('evenSample', () => {
  it('spreads the picks over the whole list, first item included', () => {
    expect(evenSample([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 4)).toEqual([0, 2, 5, 7]);
  });

  it('returns everything when asked for as many or more', () => {
    expect(evenSample([1, 2], 5)).toEqual([1, 2]);
  });
});
