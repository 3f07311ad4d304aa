// Texts between the backends (store/texts.ts): SQLite keeps them packed, PostgreSQL plain. An export copies each
// text in the target's form, both ways, and the texts, the rows and the searches come back the same.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join, resolve } from 'node:path';
import { sql } from 'kysely';
import { openLibrary, type Library, type SqliteLibrary } from '../../src/store/db.js';
import { ingest } from '../../src/store/ingest.js';
import { copyLibrary } from '../../src/store/transfer.js';
import { search } from '../../src/store/search.js';
import { textOf } from '../../src/store/texts.js';
import { dropLibraries, dumpLibrary, newPostgresUrl } from '../support/backend.js';
import { tmpDir } from '../store/helpers.js';

const ROOT = resolve(__dirname, '../..');
const SEEDS = join(ROOT, 'corpus/seeds');
const NATIONAL = join(ROOT, 'corpus/national/government_work_reports.jsonl');
const t = tmpDir('wr-pg-packed-');
let file: SqliteLibrary;
let pg: Library;
let back: SqliteLibrary;

/** Every text of a SQLite library as stored: its two columns, by document id. */
const sqliteTexts = (lib: SqliteLibrary) =>
  new Map((lib.sqlite.prepare('SELECT document_id, text, packed FROM document_texts').all() as Array<{ document_id: string; text: string | null; packed: Buffer | null }>).map((r) => [r.document_id, r]));

beforeAll(async () => {
  file = (await openLibrary(join(t.dir, 'file.sqlite'))) as SqliteLibrary;
  await ingest(file, [SEEDS, NATIONAL], { jobs: 0 });
  pg = await openLibrary(newPostgresUrl('packed'));
  await copyLibrary(file, pg);
  back = (await openLibrary(join(t.dir, 'back.sqlite'))) as SqliteLibrary;
  await copyLibrary(pg, back);
}, 240_000);

afterAll(async () => {
  for (const lib of [file, pg, back]) await lib?.close();
  await dropLibraries();
  t.cleanup();
});

describe('export of packed texts', () => {
  it('PostgreSQL gets each text plain, and SQLite packed again, the same text', async () => {
    const source = sqliteTexts(file);
    const onPg = (await sql<{ document_id: string; text: string | null; packed: Uint8Array | null }>`SELECT document_id, text, packed FROM document_texts`.execute(pg.db)).rows;
    expect(onPg).toHaveLength(source.size);
    for (const r of onPg) {
      expect(r.packed).toBeNull();
      expect(r.text).toBe(textOf(source.get(r.document_id)!));
    }
    const again = sqliteTexts(back);
    expect(again.size).toBe(source.size);
    for (const [id, r] of again) {
      expect(r.text).toBeNull();
      expect(Buffer.compare(r.packed!, source.get(id)!.packed!)).toBe(0);
    }
    expect(await dumpLibrary(back.db)).toBe(await dumpLibrary(file.db));
    expect(await dumpLibrary(pg.db)).toBe(await dumpLibrary(file.db));
  });

  it('searches give the same hits on the three, the 1–2 character scan included', async () => {
    for (const query of ['平陆运河', '港口', '港']) {
      const want = JSON.stringify(await search(file, { query, limit: 30 }));
      expect(JSON.stringify(await search(pg, { query, limit: 30 }))).toBe(want);
      expect(JSON.stringify(await search(back, { query, limit: 30 }))).toBe(want);
    }
  });
});
