// Texts packed on SQLite (migration 019, store/texts.ts): the format round-trips every code unit; a library made
// before the migration opens, is converted, and gives the same texts, quotes and search hits as one made after;
// search's 1–2 character scan reads packed texts through the SQL function; migrating down gives plain texts back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import { openLibrary, type SqliteLibrary } from '../../src/store/db.js';
import { ingest } from '../../src/store/ingest.js';
import { MIGRATIONS } from '../../src/store/migrations.js';
import { CHILD_TABLES, type DocumentRows } from '../../src/store/rows.js';
import { documentDetail } from '../../src/store/queries/documents.js';
import { search } from '../../src/store/search.js';
import { pack, storedTexts, textOf, textTableFor, unpack } from '../../src/store/texts.js';
import { addAsWritten, canonicalDump, tmpDir } from './helpers.js';

const ROOT = resolve(__dirname, '../..');
const SEEDS = join(ROOT, 'corpus/seeds');
const NATIONAL = join(ROOT, 'corpus/national/government_work_reports.jsonl');
const t = tmpDir('wr-packed-');
const FRESH = join(t.dir, 'fresh.sqlite');
const OLD = join(t.dir, 'old.sqlite');
let fresh: SqliteLibrary;
/** Every text as the library before the migration held it, by document id. */
const plain = new Map<string, string>();

/** A library at migration 018 holding the fresh library's rows, each text plain as it was then. */
async function libraryBefore019(from: SqliteLibrary, path: string): Promise<void> {
  const raw = new BetterSqlite3(path);
  const old = new Kysely<any>({ dialect: new SqliteDialect({ database: raw }) });
  const upTo018 = { getMigrations: async () => Object.fromEntries(Object.entries(MIGRATIONS).filter(([name]) => name < '019')) };
  expect((await new Migrator({ db: old, provider: upTo018 }).migrateToLatest()).error).toBeUndefined();
  for (const d of await from.db.selectFrom('documents').selectAll().orderBy('id').execute()) {
    const rows = { document: d } as unknown as Record<string, unknown>;
    for (const table of CHILD_TABLES) rows[table] = await from.db.selectFrom(table).selectAll().where('document_id', '=', d.id).execute();
    const text = textOf((rows.document_texts as Array<{ text: string | null; packed: Uint8Array | null }>)[0]);
    rows.document_texts = [{ document_id: d.id, text }];
    plain.set(d.id, text);
    await addAsWritten(old, rows as unknown as DocumentRows);
  }
  await old.destroy();
}

beforeAll(async () => {
  fresh = (await openLibrary(FRESH)) as SqliteLibrary;
  await ingest(fresh, [SEEDS, NATIONAL], { jobs: 0 });
  await libraryBefore019(fresh, OLD);
}, 240_000);

afterAll(async () => {
  await fresh.close();
  t.cleanup();
});

describe('the packed format', () => {
  it('gives back every code unit: Chinese, ASCII, U+0000, a lone surrogate, nothing', () => {
    for (const s of ['', '二、2024年工作安排\n地区生产总值增长5%左右。', 'a\u0000b', 'x\uD800y\uDC00', '😀'.repeat(3), plain.values().next().value!]) {
      const p = pack(s);
      expect(p[0]).toBe(1);
      expect(unpack(p)).toBe(s);
    }
    expect(() => unpack(new Uint8Array([9, 0]))).toThrow(/unknown format 9/);
  });

  it('rows take the form of the backend they go to, from either form', () => {
    const p = storedTexts([{ document_id: 'a', text: '加快建设' }], 'sqlite');
    expect(p).toEqual([{ document_id: 'a', text: null, packed: pack('加快建设') }]);
    expect(storedTexts(p, 'postgres')).toEqual([{ document_id: 'a', text: '加快建设' }]);
    const table = { table: 'document_texts' as const, columns: ['document_id', 'text'], values: ['a', '加快建设'] };
    const packed = textTableFor(table, 'sqlite');
    expect(packed).toEqual({ table: 'document_texts', columns: ['document_id', 'text', 'packed'], values: ['a', null, pack('加快建设')] });
    expect(textTableFor(packed, 'sqlite')).toBe(packed);
    expect(textTableFor(packed, 'postgres')).toEqual(table);
  });
});

describe('migration 019 on a library made before it', () => {
  let old: SqliteLibrary;
  beforeAll(async () => {
    old = (await openLibrary(OLD)) as SqliteLibrary;
  }, 60_000);
  afterAll(async () => old.close());

  it('packs every text, and each unpacks to the text it was, byte for byte', () => {
    const rows = old.sqlite.prepare('SELECT document_id, text, packed FROM document_texts').all() as Array<{ document_id: string; text: string | null; packed: Buffer | null }>;
    expect(rows).toHaveLength(plain.size);
    expect(plain.size).toBeGreaterThan(70);
    for (const r of rows) {
      expect(r.text).toBeNull();
      expect(textOf(r)).toBe(plain.get(r.document_id));
      expect(Buffer.from(textOf(r), 'utf8').equals(Buffer.from(plain.get(r.document_id)!, 'utf8'))).toBe(true);
    }
    // The same table as a new library's (one of the two columns holds the text), and the same rows.
    const ddl = (p: SqliteLibrary) => p.sqlite.prepare("SELECT sql FROM sqlite_master WHERE name = 'document_texts'").pluck().get() as string;
    expect(ddl(old).replace('"document_texts_new"', '"document_texts"')).toBe(ddl(fresh));
    expect(() => old.sqlite.prepare("INSERT INTO document_texts (document_id, text, packed) VALUES (?, NULL, NULL)").run([...plain.keys()][0])).toThrow(/CHECK/);
    expect(canonicalDump(OLD)).toBe(canonicalDump(FRESH));
  });

  it('gives the same reports, quotes and search hits as a library made after it', async () => {
    for (const id of [...plain.keys()].slice(0, 12)) {
      const a = (await documentDetail(old.db, id))!;
      expect(a.text).toBe(plain.get(id));
      expect(JSON.stringify(a)).toBe(JSON.stringify(await documentDetail(fresh.db, id)));
      for (const c of a.commitments) expect(c.quote).toBe(a.text.slice(c.span[0], c.span[1]));
    }
    // A trigram search (FTS5), a two-character and a one-character scan (instr over workreport_text).
    for (const query of ['平陆运河', '港口', '港']) {
      const a = await search(old, { query, limit: 30 });
      expect(a.mode).toBe(query.length >= 3 ? 'fts' : 'scan');
      expect(a.hits.length).toBeGreaterThan(0);
      expect(JSON.stringify(a)).toBe(JSON.stringify(await search(fresh, { query, limit: 30 })));
    }
  });
});

describe('search on packed texts', () => {
  it('the 1–2 character scan finds every report holding the word, and only those, within a filter', async () => {
    const holding = [...plain].filter(([, text]) => text.includes('运河')).map(([id]) => id);
    expect(holding.length).toBeGreaterThan(0);
    const r = await search(fresh, { query: '运河', limit: 1000, perDocument: 1 });
    expect(r.mode).toBe('scan');
    expect(new Set(r.hits.map((h) => h.document_id))).toEqual(new Set(holding));
    const national = await search(fresh, { query: '运河', regions: ['中华人民共和国'], limit: 1000, perDocument: 1 });
    expect(national.hits.every((h) => h.region === '中华人民共和国')).toBe(true);
  });
});

describe('migrating down', () => {
  it('gives the texts back plain, as a library before 019 held them', async () => {
    const path = join(t.dir, 'down.sqlite');
    const lib = (await openLibrary(FRESH)) as SqliteLibrary;
    await lib.sqlite.backup(path);
    await lib.close();
    const raw = new BetterSqlite3(path);
    const db = new Kysely<any>({ dialect: new SqliteDialect({ database: raw }) });
    const all = { getMigrations: async () => MIGRATIONS };
    const down = await new Migrator({ db, provider: all }).migrateDown();
    expect(down.error).toBeUndefined();
    expect(down.results?.map((r) => r.migrationName)).toEqual(['019_packed_texts']);
    const rows = raw.prepare('SELECT * FROM document_texts').all() as Array<Record<string, unknown>>;
    expect(Object.keys(rows[0]).sort()).toEqual(['document_id', 'text']);
    for (const r of rows) expect(r.text).toBe(plain.get(r.document_id as string));
    await db.destroy();
  });
});
