import { describe, expect, it } from 'vitest';
import { distribute, groupFigures, pairFigures } from '../../src/extract/pairing.js';
import { findFigures } from '../../src/extract/numbers.js';

const figsOf = (t: string) => findFigures(t, 0, t.length);

describe('the pairing of figures', () => {
  it('groups figures written as one list, a bound before the first bounding them all', () => {
    const t = '分别增长5%、6.5%，增长7%';
    expect(groupFigures(t, figsOf(t)).map((g) => g.map((f) => f.value))).toEqual([[5, 6.5], [7]]);
    const b = '分别突破7亿吨、3000万标箱';
    expect(groupFigures(b, figsOf(b))[0].map((f) => f.qualifier)).toEqual(['at_least', 'at_least']);
  });

  it('pairs a list with the names one to one, one figure with them all, a 由…到 pair by its end', () => {
    const t = '5%、6.5%';
    const [a, b] = figsOf(t);
    expect(pairFigures(['x', 'y'], [a, b], '分别增长')).toEqual([['x', a], ['y', b]]);
    expect(pairFigures(['x', 'y'], [a], '均增长')).toEqual([['x', a], ['y', a]]);
    expect(pairFigures(['x'], [a, b], '由')).toEqual([['x', b]]);
    expect(pairFigures(['x'], [a, b], '增长')).toBeNull();
  });

  it('spreads a 分别 list over the subjects of the clauses before it', () => {
    const t = '分别增长13%和15.6%';
    const d = distribute(t, [0, t.length], t, figsOf(t), ['a', 'exports', 'imports']);
    expect(d?.gap).toBe('分别增长');
    expect(d?.pairs.map(([id, f]) => [id, f.value])).toEqual([['exports', 13], ['imports', 15.6]]);
    expect(distribute(t, [0, t.length], t, figsOf(t), ['exports'])).toBeNull();
  });
});
