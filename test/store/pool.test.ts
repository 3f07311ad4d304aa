import { describe, expect, it } from 'vitest';
import { join, resolve } from 'node:path';
import { workerPool } from '../../src/store/pool.js';

const SEED = join(resolve(__dirname, '../..'), 'corpus/seeds/000_b10a9149f3afa1bd.txt');

describe('worker pool', () => {
  it('extracts in a worker thread (TypeScript sources through tsx)', async () => {
    const pool = workerPool(1);
    const r = await pool.run({ kind: 'file', path: SEED }, 'now');
    await pool.close();
    expect(r.ok && r.rows.document.region).toBe('钦州市');
  });

  it('fails a document that takes too long, replaces the worker and goes on', async () => {
    const pool = workerPool(1, 1);
    const results = await Promise.all([pool.run({ kind: 'file', path: SEED }, 'now'), pool.run({ kind: 'file', path: SEED }, 'now')]);
    await pool.close();
    for (const r of results) expect(r).toEqual({ ok: false, error: 'extraction timed out after 0.001s' });
  });

  it('reports a loader error as one line without the path (the caller adds it)', async () => {
    const pool = workerPool(1);
    const r = await pool.run({ kind: 'file', path: '/nonexistent/file.txt' }, 'now');
    await pool.close();
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).not.toContain('\n');
      expect(r.error).not.toContain('/nonexistent/file.txt');
    }
  });
});

describe('a worker that extracted a large input is replaced', () => {
  it('the jobs around it all complete, in order', async () => {
    const { RECYCLE_BYTES } = await import('../../src/store/pool.js');
    const pool = workerPool(1);
    const report = '各位代表：地区生产总值增长6.5%左右。';
    const big = '增长'.repeat(RECYCLE_BYTES / 4 + 1);
    const row = (raw: string) => ({ kind: 'row' as const, raw, source: { sha256: String(raw.length), sourcePath: `r${raw.length}`, format: 'jsonl', encoding: null }, hints: null });
    try {
      const results = await Promise.all([row(report), row(big), row(report + '一'), row(report + '二')].map((t) => pool.run(t, '2026-01-01T00:00:00.000Z')));
      expect(results.map((r) => r.ok)).toEqual([true, true, true, true]);
    } finally {
      await pool.close();
    }
  }, 120_000);
  it('extracts large inputs one at a time, and small ones pass a large one that waits', async () => {
    const { RECYCLE_BYTES } = await import('../../src/store/pool.js');
    const pool = workerPool(2);
    const big = (c: string) => c.repeat(RECYCLE_BYTES / 2 + 1);
    const row = (raw: string) => ({ kind: 'row' as const, raw, source: { sha256: String(raw.length) + raw[0], sourcePath: `r${raw[0]}`, format: 'jsonl', encoding: null }, hints: null });
    const done: string[] = [];
    const run = (name: string, raw: string) => pool.run(row(raw), '2026-01-01T00:00:00.000Z').then((r) => (done.push(name), r));
    try {
      const results = await Promise.all([run('big1', big('增')), run('big2', big('长')), run('small', '各位代表：地区生产总值增长6.5%左右。')]);
      expect(results.map((r) => r.ok)).toEqual([true, true, true]);
      // With both large inputs at once, the small one would wait in a queue behind one of them.
      expect(done).toEqual(['small', 'big1', 'big2']);
    } finally {
      await pool.close();
    }
  }, 120_000);
});
