// The ingest writer's batches (writerFor(lib).addMany), on both backends: every document of a batch all-or-nothing,
// a document the database refuses failing alone, a text given twice stored once, what is already stored unchanged;
// and the library a batch makes is the one a document at a time makes.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { openLibrary } from '../../src/store/db.js';
import { writerFor } from '../../src/store/ingest.js';
import { packRows, reportToRows, type PackedRows } from '../../src/store/rows.js';
import { handReport, tmpDir } from '../store/helpers.js';
import { count, dropLibraries, dumpLibrary, newLibrary } from '../support/backend.js';

const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((f) => f()));
afterAll(() => dropLibraries());
const NOW = '2026-01-01T00:00:00.000Z';

const packed = (region: string, year: number, sha: string): PackedRows =>
  packRows(reportToRows(handReport(region, year), { sha256: sha, sourcePath: `${sha}.txt` }, 'v1', NOW));

/** A document whose second fact repeats the first's ord: refused after its documents row is written. */
function refused(): PackedRows {
  const bad = packed('贵港市', 2024, 'bad');
  const facts = bad.tables.find((t) => t.table === 'facts')!;
  facts.values[facts.columns.indexOf('ord') + facts.columns.length] = 0;
  return bad;
}

describe('writer batches', () => {
  it('store each document all-or-nothing: a refused one fails alone, a repeated text is stored once', async () => {
    const t = tmpDir();
    cleanups.push(t.cleanup);
    const lib = await openLibrary(newLibrary(t.dir, 'batch'));
    try {
      const writer = writerFor(lib);
      const [a, b, c] = [packed('钦州市', 2024, 'a'), packed('北海市', 2023, 'b'), packed('防城港市', 2024, 'c')];
      const out = await writer.addMany([a, refused(), b, a, c]);
      writer.close();
      expect(out.map((o) => (typeof o === 'object' ? 'error' : o))).toEqual(['added', 'error', 'added', 'unchanged', 'added']);
      expect(await count(lib.db, 'documents')).toBe(3);
      expect(await count(lib.db, 'facts')).toBe(6);
      expect(await count(lib.db, 'documents', (q) => q.where('region', '=', '贵港市'))).toBe(0);
      // What is stored stays: a later batch finds it.
      const again = writerFor(lib);
      expect(await again.addMany([c, packed('崇左市', 2024, 'd')])).toEqual(['unchanged', 'added']);
      again.close();
    } finally {
      await lib.close();
    }
  });

  it('make the library that one document at a time makes', async () => {
    const t = tmpDir();
    cleanups.push(t.cleanup);
    const docs = () => [packed('钦州市', 2024, 'a'), packed('北海市', 2023, 'b'), packed('防城港市', 2024, 'c')];
    const dumps: string[] = [];
    for (const batched of [true, false]) {
      const lib = await openLibrary(newLibrary(t.dir, batched ? 'batched' : 'single'));
      try {
        const writer = writerFor(lib);
        if (batched) await writer.addMany(docs());
        else for (const d of docs()) await writer.add(d);
        writer.close();
        dumps.push(await dumpLibrary(lib.db));
      } finally {
        await lib.close();
      }
    }
    expect(dumps[0]).toBe(dumps[1]);
    expect(dumps[0]).toContain('防城港市');
  });
});
