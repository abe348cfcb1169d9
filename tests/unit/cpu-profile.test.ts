import { describe, expect, it } from 'vitest';
import { addProfile, emptyTimes, topFunctions, type CpuProfile } from '../../scripts/lib/cpu-profile';

const frame = (functionName: string, url = 'chrome-extension://id/bench-probe.js') => ({ functionName, url });

/** (root) → parse → walk → walk (recursion) and parse → querySelectorAll (a built-in), plus idle time. */
const PROFILE: CpuProfile = {
  nodes: [
    { id: 1, callFrame: frame('(root)', ''), children: [2, 6] },
    { id: 2, callFrame: frame('parse'), children: [3, 5] },
    { id: 3, callFrame: frame('walk'), children: [4] },
    { id: 4, callFrame: frame('walk') },
    { id: 5, callFrame: frame('querySelectorAll', '') },
    { id: 6, callFrame: frame('(idle)', '') },
  ],
  // Microseconds spent in the sampled node.
  samples: [2, 3, 4, 4, 5, 6, 6],
  timeDeltas: [1000, 2000, 3000, 1000, 4000, 9000, 9000],
};

describe('addProfile', () => {
  const times = addProfile(emptyTimes(), PROFILE);

  it('gives each function the time of its own samples as self time', () => {
    expect(times.self.get('parse')).toBe(1);
    expect(times.self.get('walk')).toBe(6);
    expect(times.self.get('querySelectorAll [native]')).toBe(4);
  });

  it('gives each function the time of every sample under it, counting a recursive function once', () => {
    expect(times.total.get('parse')).toBe(11);
    expect(times.total.get('walk')).toBe(6);
  });

  it('leaves out idle time and the root', () => {
    expect(times.total.has('(idle)')).toBe(false);
    expect(times.total.has('(root)')).toBe(false);
  });

  it('sums several profiles and reads per run', () => {
    const twoPages = addProfile(addProfile(emptyTimes(), PROFILE, 2), PROFILE, 2);
    expect(twoPages.total.get('parse')).toBe(11);
  });
});

describe('topFunctions', () => {
  it('lists the largest first, rounded to a tenth of a millisecond', () => {
    const times = new Map([['a', 1.04], ['b', 7.26], ['c', 3]]);
    expect(topFunctions(times, 2)).toEqual([
      { name: 'b', ms: 7.3 },
      { name: 'c', ms: 3 },
    ]);
  });
});
