// Texts on PostgreSQL in partitions of TEXTS_PER_PARTITION reports (migration 008): a schema-007 library's texts move
// into partitions, each trigram index without statistics; two ingests that cross a partition's end at once make the
// next partitions ahead of their texts (no insert finds none); search finds texts in any partition; a re-extraction
// leaves no stray text; and an export to SQLite carries no storage-order key. And the planner's statistics, kept
// fresh during a long ingest by the writer that makes a partition. Every trigram index with a long pending list (017).
import { afterAll, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { Migrator, sql, type MigrationProvider } from 'kysely';
import { openPostgres } from '../../src/store/postgres/open.js';
import { MIGRATIONS } from '../../src/store/migrations.js';
import { GIN_PENDING_KB, TEXTS_PER_PARTITION } from '../../src/store/postgres/text-partitions.js';
import { refreshStaleStatistics } from '../../src/store/postgres/statistics.js';
import { openLibrary } from '../../src/store/db.js';
import { search } from '../../src/store/search.js';
import { cli, ROOT, SEEDS } from '../cli/run-cli.js';
import { count, dropLibraries, newPostgresUrl } from '../support/backend.js';
import { tmpDir } from '../store/helpers.js';

const t = tmpDir('wr-pg-parts-');
afterAll(async () => {
  await dropLibraries();
  t.cleanup();
});

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

const ingest = (url: string) =>
  new Promise<{ code: number | null; stderr: string }>((res) => {
    const c = spawn(process.execPath, [join(ROOT, 'bin/workreport.js'), 'ingest', SEEDS, '--db', url, '-q']);
    let stderr = '';
    c.stderr.on('data', (d) => (stderr += d));
    c.on('exit', (code) => res({ code, stderr }));
  });

it('moves old texts into partitions, makes new ones ahead of two racing ingests, and searches them all', async () => {
  const url = newPostgresUrl('partitions');
  const old = await openPostgres(url, { migrate: false });
  expect((await new Migrator({ db: old.db, provider }).migrateTo('007_headline_facts')).error).toBeUndefined();
  const text = '2023年工作回顾\n平陆运河建设加快推进，西部陆海新通道加快建设。';
  await old.db
    .insertInto('documents')
    .values({ id: '00000000000000a0', text_hash: 'a0'.repeat(32), sha256: 'a0'.repeat(32), source_path: 't.txt', source_id: null, url: null, title: null, format: 'txt', encoding: 'utf-8', genre: 'work_report', region: '钦州市', region_code: '450700', level: 'city', parent_region: null, parent_code: null, year: 2023, review_year: null, date: null, meeting: null, speaker: null, chars: text.length, hints: null, extractor_version: 'old', ingested_at: '2024-01-01T00:00:00Z' })
    .execute();
  await old.db.insertInto('document_texts').values({ document_id: '00000000000000a0', text }).execute();
  await old.db.destroy();

  let lib = await openLibrary(url);
  const partitions = async () =>
    (await sql<{ p: string; n: number }>`SELECT c.relname AS p, (SELECT count(*)::int FROM document_texts d WHERE d.tableoid = c.oid) AS n
      FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = 'document_texts'::regclass ORDER BY c.relname`.execute(lib.db)).rows;
  expect(await partitions()).toEqual([{ p: 'document_texts_p0', n: 1 }]);
  const stats = await sql<{ s: number }>`SELECT a.attstattarget AS s FROM pg_inherits i JOIN pg_attribute a ON a.attrelid = i.inhrelid
    WHERE i.inhparent = 'document_texts_trigrams'::regclass`.execute(lib.db);
  expect(stats.rows.map((r) => r.s)).toEqual([0]);
  // The next texts are the last two of partition 0: the seeds cross into partition 1.
  await sql`SELECT setval('document_texts_seq', ${TEXTS_PER_PARTITION - 3})`.execute(lib.db);
  await lib.close();

  const [a, b] = await Promise.all([ingest(url), ingest(url)]);
  expect([a.stderr, b.stderr]).toEqual(['', '']);
  expect([a.code, b.code]).toEqual([0, 0]);

  lib = await openLibrary(url);
  try {
    const parts = await partitions();
    expect(parts.map((p) => p.p)).toEqual(['document_texts_p0', 'document_texts_p1', 'document_texts_p2']);
    expect(parts[0].n).toBe(3);
    expect(parts[1].n).toBe(3); // the 5 seeds, one copy each (the losing ingester's texts rolled back)
    expect(await count(lib.db, 'documents')).toBe(6);
    expect(await count(lib.db, 'document_texts')).toBe(6);
    // Every partition's trigram index keeps the longer pending list: the migrated one (017) and the new ones.
    const opts = await sql<{ o: string[] }>`SELECT c.reloptions AS o FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
      WHERE i.inhparent = 'document_texts_trigrams'::regclass`.execute(lib.db);
    expect(opts.rows.map((r) => r.o)).toEqual(parts.map(() => [`gin_pending_list_limit=${GIN_PENDING_KB}`]));
    // Search reads every partition's index: the old text and seeds on both sides of the boundary.
    const inP1 = await sql<{ id: string }>`SELECT document_id AS id FROM document_texts_p1`.execute(lib.db);
    const hits = new Set((await search(lib, { query: '平陆运河', limit: 50, perDocument: 1 })).hits.map((h) => h.document_id));
    expect(hits.has('00000000000000a0')).toBe(true);
    // Which seeds land in partition 1 depends on the race; 高质量发展 is in every seed (平陆运河 in two).
    const everySeed = new Set((await search(lib, { query: '高质量发展', limit: 50, perDocument: 1 })).hits.map((h) => h.document_id));
    expect(inP1.rows.length).toBeGreaterThan(0);
    expect(inP1.rows.every((r) => everySeed.has(r.id))).toBe(true);
  } finally {
    await lib.close();
  }

  // A re-extraction (another extractor version) replaces documents: their old texts go, wherever they were.
  await sql`UPDATE documents SET extractor_version = 'old'`.execute((lib = await openLibrary(url)).db);
  await lib.close();
  const re = cli(['reindex', '--db', url]);
  expect(re.code).toBe(0);
  lib = await openLibrary(url);
  try {
    expect(await count(lib.db, 'document_texts')).toBe(await count(lib.db, 'documents'));
  } finally {
    await lib.close();
  }

  const file = join(t.dir, 'copy.sqlite');
  const ex = cli(['export', '--db', url, '--to', file]);
  expect(ex.code).toBe(0);
  const copy = await openLibrary(file);
  try {
    // Not PostgreSQL's storage order (seq); the text packed, as SQLite keeps it (store/texts.ts).
    expect(Object.keys((await copy.db.selectFrom('document_texts').selectAll().executeTakeFirstOrThrow()) as object).sort()).toEqual(['document_id', 'packed', 'text']);
    expect(await count(copy.db, 'document_texts')).toBe(6);
  } finally {
    await copy.close();
  }
}, 120_000);

it('refreshes the statistics of the tables that changed by a fifth since they were taken, one writer at a time', async () => {
  const url = newPostgresUrl('stats');
  const lib = await openLibrary(url);
  try {
    expect(cli(['ingest', SEEDS, '--db', url, '--quiet']).code).toBe(0);
    // The ingest ends with VACUUM (ANALYZE), but its writers' counts may reach the server's statistics after it
    // (they are sent at most once a second): this may analyse again. Then all is fresh.
    await refreshStaleStatistics(lib.db);
    expect(await refreshStaleStatistics(lib.db)).toEqual([]);
    await sql`UPDATE commitments SET review = NULL`.execute(lib.db);
    // A backend sends its change counts when it goes idle, at most once a second; one that sent some within the
    // last second sends these within ten (PostgreSQL 15's idle flush). Under load that is what happens: wait until
    // the server shows the table as stale by refreshStaleStatistics's own rule.
    const counts = async () =>
      (await sql<{ mod: number; live: number }>`SELECT n_mod_since_analyze::int AS mod, n_live_tup::int AS live FROM pg_stat_user_tables WHERE relname = 'commitments'`.execute(lib.db)).rows[0];
    const isStale = (c: { mod: number; live: number }) => c.mod > 1000 + 0.2 * c.live;
    for (let i = 0; i < 200 && !isStale(await counts()); i++) await new Promise((r) => setTimeout(r, 100));
    const seen = await counts();
    expect(isStale(seen), JSON.stringify(seen)).toBe(true);
    // Another writer holds the lock: this one leaves it to them.
    await lib.db.connection().execute(async (c) => {
      await sql`SELECT pg_advisory_lock(hashtext('workreport_analyze'))`.execute(c);
      try {
        expect(await refreshStaleStatistics(lib.db)).toEqual([]);
      } finally {
        await sql`SELECT pg_advisory_unlock(hashtext('workreport_analyze'))`.execute(c);
      }
    });
    expect(await refreshStaleStatistics(lib.db)).toEqual(['commitments']);
    expect(await refreshStaleStatistics(lib.db)).toEqual([]);
  } finally {
    await lib.close();
  }
});
