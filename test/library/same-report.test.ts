// One report per region-year (issue 21, point 4), on both backends: a re-uploaded, slightly changed report is the
// same report (kept once, --replace swaps it); a draft beside the final is another report, kept and listed as a
// conflict, and the tables use one of them (the later-ingested).
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { openLibrary, type Library } from '../../src/store/db.js';
import { ingest, reindex } from '../../src/store/ingest.js';
import { runPanel } from '../../src/store/queries/panel.js';
import { selectFacts } from '../../src/store/queries/facts.js';
import { runCompare } from '../../src/store/queries/compare.js';
import { runTrackSeries } from '../../src/store/queries/track.js';
import { listConflicts } from '../../src/store/queries/documents.js';
import { markSuperseded } from '../../src/store/same-report.js';
import { SAME_REPORT } from '../../src/analysis/similarity.js';
import { tmpDir } from '../store/helpers.js';
import { count, dropLibraries, newLibrary } from '../support/backend.js';

const SEEDS = join(import.meta.dirname, '..', '..', 'corpus', 'seeds');
const seeds = readdirSync(SEEDS).sort().map((f) => join(SEEDS, f));
const GUIGANG = seeds[2];
const original = readFileSync(GUIGANG, 'utf8');

const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((f) => f()));
afterAll(() => dropLibraries());

/** A folder with the re-upload (one line changed) and a draft (every other sentence of the final). */
function variants(dir: string) {
  const lines = original.split('\n');
  const at = lines.findIndex((l, i) => i > lines.length / 2 && l.length > 30);
  lines[at] = lines[at].replace(/。/, '，重新上传时改动了这一句。');
  const reupload = join(dir, 'guigang-reupload.txt');
  writeFileSync(reupload, lines.join('\n'));
  const draft = join(dir, 'guigang-draft.txt');
  writeFileSync(draft, original.split('。').filter((_, i) => i % 2 === 0).join('。'));
  return { reupload, draft };
}

async function withLibrary(name: string, body: (lib: Library, files: ReturnType<typeof variants>) => Promise<void>): Promise<void> {
  const t = tmpDir();
  cleanups.push(t.cleanup);
  const lib = await openLibrary(newLibrary(t.dir, name));
  try {
    await body(lib, variants(t.dir));
  } finally {
    await lib.close();
  }
}

const guigangPanel = (lib: Library) => runPanel(lib.db, { regions: ['贵港市'] });
/** The reports the panel's rows of 贵港市 come from (its query: selectFacts). */
const panelReports = async (lib: Library) => [...new Set((await selectFacts(lib.db, { regions: ['贵港市'] })).map((r) => r.document_id))];
const idOf = async (lib: Library, path: string) =>
  (await lib.db.selectFrom('documents').select('id').where('source_path', '=', path).executeTakeFirstOrThrow()).id;

describe('one report per region-year', () => {
  it('a re-uploaded, slightly changed report is the same report: kept once, the panel not doubled', async () => {
    await withLibrary('same', async (lib, { reupload }) => {
      await ingest(lib, seeds, { jobs: 0 });
      const stored = await idOf(lib, GUIGANG);
      const before = await guigangPanel(lib);
      const s = await ingest(lib, [reupload], { jobs: 0 });
      expect(s).toMatchObject({ added: 0, unchanged: 1, failed: 0 });
      expect(s.sameReports).toHaveLength(1);
      expect(s.sameReports![0]).toMatchObject({ label: reupload, kind: 'same', kept: 'stored', other: { id: stored, source_path: GUIGANG }, region: '贵港市', level: 'city', year: 2024 });
      expect(s.sameReports![0].similarity).toBeGreaterThanOrEqual(SAME_REPORT);
      expect(await count(lib.db, 'documents')).toBe(5);
      expect(await guigangPanel(lib)).toEqual(before);
      expect((await listConflicts(lib.db)).conflicts).toEqual([]);
    });
  });

  it('in one run too: the later input of two copies is the same report as the earlier', async () => {
    await withLibrary('onerun', async (lib, { reupload }) => {
      const s = await ingest(lib, [...seeds, reupload], { jobs: 0 });
      expect(s).toMatchObject({ added: 5, unchanged: 1 });
      expect(s.sameReports!.map((r) => [r.label, r.kind, r.kept])).toEqual([[reupload, 'same', 'stored']]);
      expect(await panelReports(lib)).toHaveLength(1);
    });
  });

  it('--replace swaps it: the new text and its rows in place of the old', async () => {
    await withLibrary('replace', async (lib, { reupload }) => {
      await ingest(lib, seeds, { jobs: 0 });
      const old = await idOf(lib, GUIGANG);
      const s = await ingest(lib, [reupload], { jobs: 0, replace: true });
      expect(s).toMatchObject({ added: 1, unchanged: 0, failed: 0 });
      expect(s.sameReports![0]).toMatchObject({ kind: 'same', kept: 'new', other: { id: old } });
      const now = await idOf(lib, reupload);
      expect(await count(lib.db, 'documents')).toBe(5);
      for (const t of ['documents', 'document_texts'] as const) expect(await count(lib.db, t, (q) => q.where(t === 'documents' ? 'id' : 'document_id', '=', old))).toBe(0);
      expect(await count(lib.db, 'facts', (q) => q.where('document_id', '=', old))).toBe(0);
      expect(await count(lib.db, 'facts', (q) => q.where('document_id', '=', now))).toBeGreaterThan(0);
      expect(await panelReports(lib)).toEqual([now]);
    });
  });

  it('a draft and the final are both kept, listed as a conflict, and the tables use the later-ingested', async () => {
    await withLibrary('conflict', async (lib, { draft }) => {
      await ingest(lib, [draft], { jobs: 0 });
      const s = await ingest(lib, seeds, { jobs: 0 });
      expect(s).toMatchObject({ added: 5, failed: 0 });
      const [d, f] = [await idOf(lib, draft), await idOf(lib, GUIGANG)];
      expect(s.sameReports).toHaveLength(1);
      expect(s.sameReports![0]).toMatchObject({ label: GUIGANG, kind: 'conflict', kept: 'both', other: { id: d } });
      expect(s.sameReports![0].similarity).toBeLessThan(SAME_REPORT);
      const { conflicts } = await listConflicts(lib.db);
      expect(conflicts).toHaveLength(1);
      expect(conflicts[0]).toMatchObject({ region: '贵港市', region_code: '450800', level: 'city', year: 2024 });
      expect(conflicts[0].reports.map((r) => [r.id, r.used])).toEqual([[d, false], [f, true]]);
      expect(conflicts[0].reports[0].similarity).toBeLessThan(SAME_REPORT);
      // Both texts have facts; every table sends the final's only.
      expect(await count(lib.db, 'facts', (q) => q.where('document_id', '=', d))).toBeGreaterThan(0);
      expect(await panelReports(lib)).toEqual([f]);
      const compare = await runCompare(lib.db, { regions: ['贵港市'], kind: 'target', year: 2024, indicators: ['gdp'] });
      expect(compare.rows).toHaveLength(1);
      expect(JSON.stringify(compare)).not.toContain(d);
      const track = await runTrackSeries(lib.db, { regions: ['贵港市'], indicator: 'gdp' });
      expect(track.filter((r) => r.year === 2024)).toHaveLength(1);
      // A reindex keeps the choice.
      await reindex(lib, { jobs: 0, all: true });
      expect(await markSuperseded(lib.db)).toBe(0);
      const after = (await listConflicts(lib.db)).conflicts[0].reports;
      expect(after.map((r) => [r.id, r.used]).sort()).toEqual([[d, false], [f, true]].sort());
      expect(await panelReports(lib)).toEqual([f]);
    });
  });
});
