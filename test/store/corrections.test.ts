// Review and correction: a confirmed, edited or rejected fact (or commitment) keeps its review through reindex,
// the audit trail keeps every change, queries leave rejected rows out and exports flag edited ones.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openLibrary, type Library } from '../../src/store/db.js';
import { ingest, reindex } from '../../src/store/ingest.js';
import { listCorrections, reviewCommitment, reviewFact, ReviewError } from '../../src/store/corrections.js';
import { runCompare } from '../../src/store/queries/compare.js';
import { runPanel } from '../../src/store/queries/panel.js';
import { tmpDir } from './helpers.js';
import { dropLibraries, newLibrary } from '../support/backend.js';

const SEED = join(import.meta.dirname, '..', '..', 'corpus', 'seeds', '000_b10a9149f3afa1bd.txt');
const tmp = tmpDir('wr-corrections-');
let lib: Library;
const factId = async (indicator: string, kind: string) => {
  const f = await lib.db.selectFrom('facts').select(['document_id', 'ord']).where('indicator', '=', indicator).where('kind', '=', kind).where('headline', '=', 1).executeTakeFirstOrThrow();
  return `${f.document_id}:${f.ord}`;
};

beforeAll(async () => {
  lib = await openLibrary(newLibrary(tmp.dir));
  expect((await ingest(lib, [SEED], { jobs: 0 })).added).toBe(1);
});
afterAll(async () => {
  await lib.close();
  await dropLibraries();
  tmp.cleanup();
});

describe('corrections', () => {
  it('edits a value, rejects a fact, confirms a commitment: each kept with time, before, after and note', async () => {
    const gdp = await factId('gdp', 'target');
    const c = await reviewFact(lib.db, gdp, { action: 'edit', edit: { value: 7, qualifier: 'at_least' }, note: '核对原文' }, '2026-01-01T00:00:00.000Z');
    expect(c.before).toMatchObject({ value: 6.5, qualifier: 'exact' });
    expect(c.after).toMatchObject({ value: 7, low: 7, high: 7, qualifier: 'at_least' });
    await reviewFact(lib.db, await factId('cpi', 'target'), { action: 'reject' }, '2026-01-01T00:00:01.000Z');
    const commitment = await lib.db.selectFrom('commitments').select(['document_id', 'ord']).orderBy('ord').executeTakeFirstOrThrow();
    await reviewCommitment(lib.db, `${commitment.document_id}:${commitment.ord}`, { action: 'confirm' }, '2026-01-01T00:00:02.000Z');
    const audit = await listCorrections(lib.db);
    expect(audit.map((a) => [a.target, a.action])).toEqual([['commitment', 'confirm'], ['fact', 'reject'], ['fact', 'edit']]);
    expect(audit[2]).toMatchObject({ note: '核对原文', region: '钦州市', year: 2024 });
  });

  it('queries show the edit and leave out the rejected fact; the panel flags it as corrected', async () => {
    const result = await runCompare(lib.db, { kind: 'target', year: 2024, regions: ['钦州市'], indicators: ['gdp', 'cpi'] });
    expect(result.rows[0].cells['gdp:growth']?.text).toBe('≥7');
    expect(result.rows[0].cells['cpi:growth']).toBeNull();
    const panel = await runPanel(lib.db, { regions: ['钦州市'], indicators: ['gdp'], kinds: ['target'], headlineOnly: true });
    const corrected = panel.columns.indexOf('corrected');
    expect(panel.rows.map((r) => r[corrected])).toContain(1);
  });

  it('survives a reindex that rewrites every row', async () => {
    const r = await reindex(lib, { jobs: 0, all: true });
    expect(r.reindexed).toBe(1);
    const gdp = await lib.db.selectFrom('facts').selectAll().where('indicator', '=', 'gdp').where('kind', '=', 'target').where('headline', '=', 1).executeTakeFirstOrThrow();
    expect(gdp).toMatchObject({ value: 7, qualifier: 'at_least', review: 'edited' });
    const cpi = await lib.db.selectFrom('facts').select('review').where('indicator', '=', 'cpi').where('kind', '=', 'target').where('headline', '=', 1).executeTakeFirstOrThrow();
    expect(cpi.review).toBe('rejected');
    const first = await lib.db.selectFrom('commitments').select('review').orderBy('ord').executeTakeFirstOrThrow();
    expect(first.review).toBe('confirmed');
  });

  it('a second edit of the same fact follows the first (its anchor stays the extracted row)', async () => {
    const gdp = await factId('gdp', 'target');
    await reviewFact(lib.db, gdp, { action: 'edit', edit: { indicator: 'industrial_value_added' } }, '2026-01-02T00:00:00.000Z');
    await reviewFact(lib.db, gdp, { action: 'edit', edit: { value: 7.5 } }, '2026-01-02T00:00:01.000Z');
    await reindex(lib, { jobs: 0, all: true });
    const row = await lib.db.selectFrom('facts').selectAll().where('document_id', '=', gdp.split(':')[0]).where('span_start', '=', (await listCorrections(lib.db))[0].span_start).where('review', '=', 'edited').executeTakeFirstOrThrow();
    expect(row).toMatchObject({ indicator: 'industrial_value_added', value: 7.5 });
  });

  it('refuses what it cannot apply, with a reason', async () => {
    await expect(reviewFact(lib.db, 'nonsense', { action: 'confirm' })).rejects.toBeInstanceOf(ReviewError);
    await expect(reviewFact(lib.db, '0000000000000000:1', { action: 'confirm' })).rejects.toMatchObject({ status: 404 });
    await expect(reviewFact(lib.db, await factId('retail_sales', 'target'), { action: 'edit', edit: { indicator: 'no_such' } })).rejects.toMatchObject({ status: 400 });
  });
});
