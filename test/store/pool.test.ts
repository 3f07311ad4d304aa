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
