import { describe, expect, it } from 'vitest';
import { createRemovedSummary, summarizeRemoved } from '@/components/removed-summary';

describe('summarizeRemoved', () => {
  it('counts what was removed by kind, with plurals', () => {
    expect(summarizeRemoved([
      { kind: 'tracker', label: 'a' }, { kind: 'tracker', label: 'b' },
      { kind: 'share', label: 'c' }, { kind: 'share', label: 'd' }, { kind: 'share', label: 'e' },
      { kind: 'comments', label: 'f' },
    ])).toBe('Removed 2 trackers, 3 share bars, 1 comment section');
  });

  it('says nothing when nothing was removed', () => {
    expect(summarizeRemoved([])).toBeNull();
    expect(createRemovedSummary([])).toBeNull();
  });

  it('lists each removed item as text', () => {
    const details = createRemovedSummary([{ kind: 'promo', label: '<b>Also read</b>' }]);
    expect(details?.querySelector('summary')?.textContent).toBe('Removed 1 promo');
    expect(details?.querySelector('li')?.textContent).toBe('promo: <b>Also read</b>');
    expect(details?.querySelector('b')).toBeNull();
  });
});
