// Which backend the library tests run on: SQLite files (default), or PostgreSQL databases when
// WORKREPORT_TEST_BACKEND=postgres (npm test runs the library suites both ways). Each test file makes its own
// libraries — temporary files, or databases with unique names that it drops — and reads them back through
// Kysely, so one test body checks both backends.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { dropDatabase } from '../../src/store/postgres/open.js';
import { openLibrary, type Library } from '../../src/store/db.js';
import { ingest } from '../../src/store/ingest.js';
import { getText } from '../../src/store/repo.js';
import { textOf as storedTextOf, type TextRow } from '../../src/store/texts.js';
import type { Database } from '../../src/store/schema.js';

export const BACKEND: 'sqlite' | 'postgres' = process.env.WORKREPORT_TEST_BACKEND === 'postgres' ? 'postgres' : 'sqlite';
export const onPostgres = BACKEND === 'postgres';
/** The server tests create databases on (trust auth on this machine). */
export const PG_SERVER = process.env.WORKREPORT_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432';

const made: string[] = [];

/** A new, empty library location: `dir/name.sqlite`, or a fresh database on PG_SERVER. */
export function newLibrary(dir: string, name = 'lib'): string {
  if (!onPostgres) return join(dir, `${name}.sqlite`);
  const url = `${PG_SERVER}/wr_test_${name.replace(/\W/g, '_').toLowerCase()}_${randomBytes(5).toString('hex')}`;
  made.push(url);
  return url;
}

/** A PostgreSQL database URL (for tests of PostgreSQL itself, whatever the backend). */
export function newPostgresUrl(name: string): string {
  const url = `${PG_SERVER}/wr_test_${name}_${randomBytes(5).toString('hex')}`;
  made.push(url);
  return url;
}

/** A new library holding the given reports (ingested in-process), and how to close and remove it. */
export async function libraryOf(inputs: string[]): Promise<{ lib: Library; remove: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'wr-lib-'));
  const lib = await openLibrary(newLibrary(dir));
  const s = await ingest(lib, inputs, { jobs: 0 });
  if (s.failed > 0) throw new Error(`${s.failed} of the test's reports failed to ingest`);
  return {
    lib,
    remove: async () => {
      await lib.close();
      await dropLibraries();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Drops the databases this file made (SQLite files go with their temporary folder). */
export async function dropLibraries(): Promise<void> {
  for (const url of made.splice(0)) await dropDatabase(url).catch(() => {});
}

export async function count(db: Kysely<Database>, table: keyof Database, where?: (q: any) => any): Promise<number> {
  let q: any = db.selectFrom(table).select((eb: any) => eb.fn.countAll().as('n'));
  if (where) q = where(q);
  return Number((await q.executeTakeFirstOrThrow()).n);
}

/** A document's text as stored (plain or packed: store/texts.ts). */
export async function textOf(db: Kysely<Database>, id: string): Promise<string> {
  return getText(db, id);
}

/**
 * Every row of every table except ingested_at (and correction times), ordered: equal dumps = equal libraries.
 * PostgreSQL's texts also carry their place in storage order (seq, migration 008), which depends on who wrote first;
 * a text is dumped as its text, whichever form the backend keeps it in (store/texts.ts: packed on SQLite).
 */
export async function dumpLibrary(db: Kysely<Database>): Promise<string> {
  const out: string[] = [];
  const tables: Array<[keyof Database, string[]]> = [
    ['documents', ['id']],
    ['document_texts', ['document_id']],
    ['sections', ['document_id', 'ord']],
    ['facts', ['document_id', 'ord']],
    ['commitments', ['document_id', 'ord']],
    ['projects', ['document_id', 'ord']],
    ['items', ['document_id', 'kind', 'ord']],
    ['corrections', ['id']],
  ];
  for (const [t, key] of tables) {
    let q: any = db.selectFrom(t).selectAll();
    for (const k of key) q = q.orderBy(sql.ref(k));
    for (const row of await q.execute()) {
      const { ingested_at: _i, seq: _s, ...stored } = row as Record<string, unknown>;
      const rest = t === 'document_texts' ? { document_id: stored.document_id, text: storedTextOf(stored as TextRow) } : stored;
      // Doubles print alike whichever driver read them.
      out.push(`${t}\t${JSON.stringify(rest, (_k, v) => (typeof v === 'number' && !Number.isInteger(v) ? Number(v.toPrecision(15)) : v))}`);
    }
  }
  return out.join('\n');
}

/** dumpLibrary of the library at `location`, through a connection of its own. */
export async function dumpAt(location: string): Promise<string> {
  const lib = await openLibrary(location, { create: false });
  try {
    return await dumpLibrary(lib.db);
  } finally {
    await lib.close();
  }
}
