import { describe, expect, it } from 'vitest';
import { BUDGET, checkBudget, type EntrySize } from '../../bench/budget';

const size = (name: string, gzip: number): EntrySize => ({ name, gzip, raw: gzip * 3, files: 1 });

describe('checkBudget', () => {
  it('passes entries at or under their line', () => {
    const { lines, ok } = checkBudget([size('a.js', 100), size('b.html', 200)], { 'a.js': 100, 'b.html': 250 });
    expect(ok).toBe(true);
    expect(lines.map((l) => [l.name, l.limit, l.over])).toEqual([['a.js', 100, false], ['b.html', 250, false]]);
  });

  it('fails when one entry is a byte over', () => {
    const { lines, ok } = checkBudget([size('a.js', 101), size('b.html', 10)], { 'a.js': 100, 'b.html': 250 });
    expect(ok).toBe(false);
    expect(lines.filter((l) => l.over).map((l) => l.name)).toEqual(['a.js']);
  });

  it('fails an entry point the table does not name, so a new page needs a decision', () => {
    const { lines, ok } = checkBudget([size('new.html', 1)], { 'a.js': 100 });
    expect(ok).toBe(false);
    expect(lines[0]).toMatchObject({ name: 'new.html', limit: null, over: true });
  });

  it('ignores a table line whose entry is gone', () => {
    expect(checkBudget([size('a.js', 1)], { 'a.js': 100, 'gone.html': 5 }).ok).toBe(true);
  });

  it('keeps the content script under 40 kB gzip', () => {
    expect(BUDGET['content-scripts/social.js']).toBeLessThanOrEqual(40_000);
  });
});
