import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import { openLibrary as openAnyLibrary, resolveDbPath, dataDir, type SqliteLibrary } from '../../src/store/db.js';

// SQLite files themselves (WAL, pragmas, the batched writer): PostgreSQL has its own tests in test/postgres.
const openLibrary = async (path: string) => (await openAnyLibrary(path)) as SqliteLibrary;
import { appliedMigrations, MIGRATIONS } from '../../src/store/migrations.js';
import { addDocument, countRows, knownSha256, replaceDocument, staleDocumentIds } from '../../src/store/repo.js';
import { packRows, reportToRows, sha256Hex } from '../../src/store/rows.js';
import { objectOf, topicOf as commitmentTopic } from '../../src/store/tables/commitments.js';
import { packQuantities, quantitiesOf, unpackQuantities } from '../../src/store/tables/quantities.js';
import { fromRow as itemFromRow } from '../../src/store/tables/items.js';
import { documentDetail } from '../../src/store/queries/documents.js';
import { reviewCommitment } from '../../src/store/corrections.js';
import { parentOf } from '../../src/lexicon/divisions.js';
import { sqliteWriter } from '../../src/store/sqlite-writer.js';
import { addAsWritten, canonicalDump, handReport, tmpDir } from './helpers.js';
import { textOf } from '../../src/store/texts.js';

const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((f) => f()));
function tmp() {
  const t = tmpDir();
  cleanups.push(t.cleanup);
  return t.dir;
}
const NOW = '2026-01-01T00:00:00.000Z';

/** Rows as a library before migration 018 held them: objects written out, quantities and item fields as objects. */
function asWrittenBefore018(rows: ReturnType<typeof reportToRows>, text: string): any {
  return {
    ...rows,
    commitments: rows.commitments.map(({ object_offset, object_length, ...c }) => ({
      ...c,
      object: objectOf({ ...c, object_offset, object_length }, text),
      quantities: JSON.stringify(quantitiesOf(c.quantities, c.span_start)),
    })),
    items: rows.items.map((i) => {
      const { kind: _k, span: _s, quote: _q, ...own } = itemFromRow(i, text);
      return { ...i, payload: JSON.stringify(own) };
    }),
    projects: rows.projects.map((p) => ({ ...p, payload: JSON.stringify({ investment: null, related: [], ...JSON.parse(p.payload) }) })),
  };
}

describe('library', () => {
  it('resolves the path: flag, then env, then default', () => {
    expect(resolveDbPath('/x/a.sqlite', {})).toBe('/x/a.sqlite');
    expect(resolveDbPath(undefined, { WORKREPORT_DB: '/y/b.sqlite' })).toBe('/y/b.sqlite');
    expect(resolveDbPath(undefined, { HOME: '/home/u' })).toBe('/home/u/.local/share/workreport/library.sqlite');
    expect(resolveDbPath(undefined, { HOME: '/home/u', XDG_DATA_HOME: '/data' })).toBe('/data/workreport/library.sqlite');
    expect(dataDir({ HOME: '/Users/u' }, 'darwin')).toBe('/Users/u/Library/Application Support/workreport');
  });

  it('creates the directory, migrates, uses WAL and foreign keys; reopening is idempotent', async () => {
    const path = join(tmp(), 'deep', 'dir', 'lib.sqlite');
    const lib = await openLibrary(path);
    expect(existsSync(path)).toBe(true);
    expect(await appliedMigrations(lib.db)).toEqual(Object.keys(MIGRATIONS));
    expect(lib.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(lib.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    await lib.close();
    const again = await openLibrary(path);
    expect(await appliedMigrations(again.db)).toEqual(Object.keys(MIGRATIONS));
    await again.close();
    const raw = new BetterSqlite3(path);
    const tables = (raw.prepare("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name").all() as any[]).map((r) => r.name);
    raw.close();
    expect(tables).toEqual(expect.arrayContaining(['documents', 'document_texts', 'sections', 'facts', 'commitments', 'projects', 'items']));
  });

  it('stores a report with all its rows, dedups by text hash, replaces in one go', async () => {
    const lib = await openLibrary(join(tmp(), 'lib.sqlite'));
    const report = handReport();
    const rows = reportToRows(report, { sha256: sha256Hex('raw bytes'), sourcePath: '/in/a.txt', format: 'txt' }, 'v1', NOW);
    expect(rows.document.id).toBe(sha256Hex(report.text).slice(0, 16));
    expect(rows.document.parent_code).toBe('450000');
    expect(rows.sections.map((s) => [s.ord, s.parent_ord, JSON.parse(s.path)])).toEqual([
      [0, null, ['2023年工作回顾']],
      [1, null, ['2024年工作安排']],
      [2, 1, ['2024年工作安排', '教育']],
    ]);
    expect(rows.facts.map((f) => f.section_ord)).toEqual([0, 1]);
    expect(rows.commitments[0].section_ord).toBe(2);
    expect(await addDocument(lib.db, rows)).toBe('added');
    expect(await addDocument(lib.db, { ...rows, document: { ...rows.document, source_path: '/in/b.txt' } })).toBe('unchanged');
    expect(await countRows(lib.db)).toEqual({ documents: 1, facts: 2, sections: 3, commitments: 1, projects: 0, items: 1 });
    expect([...(await knownSha256(lib.db))]).toEqual([sha256Hex('raw bytes')]);

    const fact = await lib.db.selectFrom('facts').selectAll().where('kind', '=', 'target').executeTakeFirstOrThrow();
    expect(fact).toMatchObject({ indicator: 'gdp', value: 6.5, qualifier: 'about', headline: 1, stretch: 0 });
    expect(report.text.slice(fact.span_start, fact.span_end)).toBe(fact.quote);

    expect(await staleDocumentIds(lib.db, 'v2')).toEqual([rows.document.id]);
    expect(await staleDocumentIds(lib.db, 'v1')).toEqual([]);
    const v2 = reportToRows({ ...report, facts: report.facts.slice(1) }, { sha256: rows.document.sha256, sourcePath: '/in/a.txt' }, 'v2', NOW);
    expect(await replaceDocument(lib.db, rows.document.id, v2)).toBe('replaced');
    expect((await countRows(lib.db)).facts).toBe(1);
    expect(await staleDocumentIds(lib.db, 'v2')).toEqual([]);
    await lib.close();
  });

  it('a failing write leaves nothing behind (one transaction per document)', async () => {
    const path = join(tmp(), 'lib.sqlite');
    const lib = await openLibrary(path);
    const rows = reportToRows(handReport(), { sha256: 'x', sourcePath: 'a' }, 'v1', NOW);
    // Duplicate fact ord violates the primary key after the document and sections were inserted.
    const bad = { ...rows, facts: [rows.facts[0], { ...rows.facts[1], ord: 0 }] };
    await expect(addDocument(lib.db, bad)).rejects.toThrow();
    expect(await countRows(lib.db)).toEqual({ documents: 0, facts: 0, sections: 0, commitments: 0, projects: 0, items: 0 });
    await lib.close();
    expect(canonicalDump(path)).toBe('');
  });

  it('stores many facts in one document (chunked inserts)', async () => {
    const lib = await openLibrary(join(tmp(), 'lib.sqlite'));
    const r = handReport();
    const many = { ...r, facts: Array.from({ length: 5000 }, () => r.facts[0]) };
    await addDocument(lib.db, reportToRows(many, { sha256: 'y', sourcePath: 'b' }, 'v1', NOW));
    expect((await countRows(lib.db)).facts).toBe(5000);
    await lib.close();
  });

  it('the SQLite fast writer stores exactly what the portable repository stores', async () => {
    const a = join(tmp(), 'a.sqlite');
    const b = join(tmp(), 'b.sqlite');
    // The third report has 70 facts: two full 32-row inserts and a remainder of single rows.
    const big = handReport('防城港市', 2022);
    const reports = [handReport('钦州市', 2024), handReport('北海市', 2023), { ...big, facts: Array.from({ length: 70 }, () => big.facts[0]) }];
    const rows = reports.map((r, i) =>
      reportToRows(r, { sha256: `s${i}`, sourcePath: `p${i}`, url: null, hints: { year: 2024 } }, 'v1', NOW),
    );
    const la = await openLibrary(a);
    for (const r of rows) await addDocument(la.db, r);
    await replaceDocument(la.db, rows[1].document.id, rows[1]);
    await la.close();
    const lb = await openLibrary(b);
    const w = sqliteWriter(lb.sqlite);
    const packed = rows.map(packRows);
    expect(packed.map((r) => w.add(r))).toEqual(['added', 'added', 'added']);
    expect(w.add(packed[0])).toBe('unchanged');
    expect(w.replace(rows[1].document.id, packed[1])).toBe('replaced');
    w.close();
    await lb.close();
    expect(canonicalDump(b)).toBe(canonicalDump(a));
    expect(canonicalDump(a)).toContain('北海市');
    expect(canonicalDump(a).match(/^facts /gm)).toHaveLength(74);
  });

  it('the fast writer batches commits but keeps each document all-or-nothing', async () => {
    const path = join(tmp(), 'lib.sqlite');
    const lib = await openLibrary(path);
    const w = sqliteWriter(lib.sqlite, { documents: 10, ms: 60_000 });
    const [good1, good2] = [handReport('钦州市', 2024), handReport('北海市', 2023)].map((r, i) =>
      packRows(reportToRows(r, { sha256: `s${i}`, sourcePath: `p${i}` }, 'v1', NOW)),
    );
    const bad = packRows(reportToRows(handReport('贵港市', 2024), { sha256: 'b', sourcePath: 'b' }, 'v1', NOW));
    // Duplicate fact ord: fails after the document and its sections are written.
    const facts = bad.tables.find((t) => t.table === 'facts')!;
    facts.values[facts.columns.indexOf('ord') + facts.columns.length] = 0;
    expect(w.add(good1)).toBe('added');
    expect(() => w.add(bad)).toThrow();
    expect(w.add(good2)).toBe('added');
    expect(lib.sqlite.inTransaction).toBe(true); // still one open batch
    w.close();
    expect(await countRows(lib.db)).toMatchObject({ documents: 2, facts: 4 });
    await lib.close();
    expect(canonicalDump(path)).not.toContain('贵港市');
  });

  it('migrations 002 and 003 turn a 001 library\'s commitment payloads into columns, keep the heading as topic, move texts out', async () => {
    const path = join(tmp(), 'old.sqlite');
    const raw = new BetterSqlite3(path);
    const old = new Kysely<any>({ dialect: new SqliteDialect({ database: raw }) });
    const only001 = { getMigrations: async () => ({ '001_initial': MIGRATIONS['001_initial'] }) };
    expect((await new Migrator({ db: old, provider: only001 }).migrateToLatest()).error).toBeUndefined();
    raw.prepare("INSERT INTO documents (id, text_hash, sha256, source_path, text, chars, extractor_version, ingested_at) VALUES ('d', 'h', 's', 'p', '加快港航信息化步伐', 9, '2', 'now')").run();
    const commitment = raw.prepare(
      'INSERT INTO commitments (document_id, ord, section_ord, section_path, action, object, quantities, deadline, stretch, span_start, span_end, quote, payload) VALUES (?, ?, 0, ?, ?, ?, ?, null, 0, 0, 9, ?, ?)',
    );
    commitment.run('d', 0, '["（二）建大港","建设大港口"]', '推进', '港航信息化步伐', '[]', '加快港航信息化步伐', '{"part":"plan","verb":"加快","year":2021,"quantified":false,"projects":[]}');
    commitment.run('d', 1, '[]', '建设', '平陆运河', '[]', '加快港航信息化步伐', '{"part":"self_building","verb":"建设","year":2021,"quantified":false,"projects":["平陆运河"]}');
    await old.destroy();

    const lib = await openLibrary(path);
    expect(await appliedMigrations(lib.db)).toEqual(Object.keys(MIGRATIONS));
    const rows = await lib.db.selectFrom('commitments').selectAll().orderBy('ord').execute();
    expect(rows.map(({ topic, part, verb, year, projects }) => ({ topic, part, verb, year, projects }))).toEqual([
      { topic: '建设大港口', part: 'plan', verb: '加快', year: 2021, projects: null },
      { topic: null, part: 'self_building', verb: '建设', year: 2021, projects: '["平陆运河"]' },
    ]);
    expect(Object.keys(rows[0])).not.toContain('quote');
    // 003: the text moved to its own table.
    expect(lib.sqlite.prepare('SELECT workreport_text(text, packed) FROM document_texts WHERE document_id = ?').pluck().get('d')).toBe('加快港航信息化步伐');
    expect(Object.keys(lib.sqlite.prepare('SELECT * FROM documents').get() as object)).not.toContain('text');
    await lib.close();
  });

  it('migration 014 stores the keyed tables by their key (no rowid), keeps every row, and topics read back from their spans', async () => {
    const path = join(tmp(), 'm013.sqlite');
    const raw = new BetterSqlite3(path);
    const old = new Kysely<any>({ dialect: new SqliteDialect({ database: raw }) });
    const upTo013 = { getMigrations: async () => Object.fromEntries(Object.entries(MIGRATIONS).filter(([name]) => name < '014')) };
    expect((await new Migrator({ db: old, provider: upTo013 }).migrateToLatest()).error).toBeUndefined();
    const report = handReport('钦州市', 2024);
    const rows = reportToRows(report, { sha256: 's', sourcePath: 'p' }, 'v1', NOW);
    // As a 013 library held it: the topic written out, no topic span columns.
    const { topic_start: _s, topic_end: _e, ...c } = asWrittenBefore018(rows, report.text).commitments[0];
    await addAsWritten(old, { ...rows, commitments: [{ ...c, topic: '教育' } as any] });
    const before = canonicalDump(path);
    await old.destroy();

    const lib = await openLibrary(path);
    const ddl = lib.sqlite.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table'").all() as Array<{ name: string; sql: string }>;
    for (const t of ['sections', 'facts', 'commitments', 'projects', 'items']) expect(ddl.find((d) => d.name === t)!.sql).toMatch(/WITHOUT ROWID$/);
    expect(ddl.find((d) => d.name === 'documents')!.sql).not.toMatch(/WITHOUT ROWID/);
    expect(lib.sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'facts' ORDER BY name").pluck().all()).toEqual(['facts_filter', 'facts_headline_kind_year']);
    // Every row as it was, with the new columns empty; the old topic still reads.
    expect(canonicalDump(path).replace(/,"topic_start":null,"topic_end":null/g, '').replace(/,"object_offset":null,"object_length":null/g, '').replace(/,"superseded_by":null/g, '')).toBe(before);
    const [old013] = await lib.db.selectFrom('commitments').selectAll().execute();
    expect(commitmentTopic(old013, report.text)).toBe('教育');
    // A new document stores a topic the text holds (here its part's title) as its place in the text: the same back.
    const headed = handReport('北海市', 2023);
    headed.commitments[0].sectionPath = ['2023年工作安排'];
    await addDocument(lib.db, reportToRows(headed, { sha256: 's2', sourcePath: 'p2' }, 'v1', NOW));
    const fresh = await lib.db.selectFrom('commitments').innerJoin('document_texts', 'document_texts.document_id', 'commitments.document_id').selectAll().where('commitments.document_id', '!=', old013.document_id).executeTakeFirstOrThrow();
    expect(fresh.topic).toBeNull();
    expect(fresh.topic_start).not.toBeNull();
    expect(commitmentTopic(fresh, textOf(fresh))).toBe('2023年工作安排');
    await lib.close();
  });

  it('migration 015 settles a library holding two reports of one region-year: the later-ingested is used', async () => {
    const path = join(tmp(), 'm014.sqlite');
    const raw = new BetterSqlite3(path);
    const old = new Kysely<any>({ dialect: new SqliteDialect({ database: raw }) });
    const upTo014 = { getMigrations: async () => Object.fromEntries(Object.entries(MIGRATIONS).filter(([name]) => name < '015')) };
    expect((await new Migrator({ db: old, provider: upTo014 }).migrateToLatest()).error).toBeUndefined();
    const draft = handReport('钦州市', 2024);
    const final = { ...handReport('钦州市', 2024), text: handReport('钦州市', 2024).text + '\n（定稿）' };
    const other = handReport('钦州市', 2023);
    const a = reportToRows(draft, { sha256: 'a', sourcePath: 'draft' }, 'v1', '2025-01-01T00:00:00.000Z');
    const b = reportToRows(final, { sha256: 'b', sourcePath: 'final' }, 'v1', '2025-02-01T00:00:00.000Z');
    const c = reportToRows(other, { sha256: 'c', sourcePath: 'other' }, 'v1', NOW);
    for (const [rows, text] of [[b, final.text], [a, draft.text], [c, other.text]] as const) await addAsWritten(old, asWrittenBefore018(rows, text));
    await old.destroy();

    const lib = await openLibrary(path);
    const rows = await lib.db.selectFrom('documents').select(['source_path', 'superseded_by']).orderBy('source_path').execute();
    expect(rows).toEqual([
      { source_path: 'draft', superseded_by: b.document.id },
      { source_path: 'final', superseded_by: null },
      { source_path: 'other', superseded_by: null },
    ]);
    await lib.close();
  });

  it('migration 018: objects, quantities and achievements stored as places and tuples read back as the rows written before', async () => {
    const report = handReport('钦州市', 2024);
    const rows = reportToRows(report, { sha256: 's', sourcePath: 'p' }, 'v1', NOW);
    expect(rows.commitments.some((c) => c.object === null && c.object_offset !== null)).toBe(true);
    const old017 = asWrittenBefore018(rows, report.text);
    const path = join(tmp(), 'm017.sqlite');
    const raw = new BetterSqlite3(path);
    const old = new Kysely<any>({ dialect: new SqliteDialect({ database: raw }) });
    const upTo017 = { getMigrations: async () => Object.fromEntries(Object.entries(MIGRATIONS).filter(([name]) => name < '018')) };
    expect((await new Migrator({ db: old, provider: upTo017 }).migrateToLatest()).error).toBeUndefined();
    await addAsWritten(old, old017);
    await old.destroy();
    const migrated = await openLibrary(path);
    const fresh = await openLibrary(join(tmp(), 'fresh.sqlite'));
    await addDocument(fresh.db, rows);
    const id = rows.document.id;
    const a = await documentDetail(migrated.db, id);
    const b = await documentDetail(fresh.db, id);
    expect(a!.commitments.length).toBeGreaterThan(0);
    expect(a).toEqual(b);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    // A reader's edit of an object writes the column and clears the place; confirming keeps the object.
    const c = b!.commitments.find((x) => x.object)!;
    await reviewCommitment(fresh.db, c.id, { action: 'confirm' });
    expect((await documentDetail(fresh.db, id))!.commitments.find((x) => x.id === c.id)!.object).toBe(c.object);
    await reviewCommitment(fresh.db, c.id, { action: 'edit', edit: { object: null } });
    expect((await documentDetail(fresh.db, id))!.commitments.find((x) => x.id === c.id)!.object).toBeNull();
    await migrated.close();
    await fresh.close();
  });

  it('quantities pack into tuples and back, each form as it was', () => {
    const list = [
      { value: 20, low: 20, high: 20, unit: '个', qualifier: 'exact', span: [105, 108] as [number, number] },
      { value: null, low: 3, high: 5, unit: null, qualifier: 'range', span: [90, 99] as [number, number] },
    ];
    const packed = packQuantities(list, 100);
    expect(packed).toEqual([
      [20, '个', 'exact', 5, 3],
      [null, 3, 5, null, 'range', -10, 9],
    ]);
    expect(unpackQuantities(JSON.parse(JSON.stringify(packed)), 100)).toEqual(list);
    expect(unpackQuantities(list, 0)).toEqual(list);
  });

  it('a topic the text does not hold before its commitment is stored as written', () => {
    const report = handReport('钦州市', 2024);
    report.commitments[0].sectionPath = ['2024年工作安排', '不在正文中的标题'];
    const rows = reportToRows(report, { sha256: 's', sourcePath: 'p' }, 'v1', NOW);
    expect(rows.commitments[0]).toMatchObject({ topic: '不在正文中的标题', topic_start: null, topic_end: null });
    expect(commitmentTopic(rows.commitments[0], report.text)).toBe('不在正文中的标题');
  });

  it('derives parent regions from codes', () => {
    expect(parentOf('450700')).toMatchObject({ code: '450000', name: '广西壮族自治区' });
    expect(parentOf('450000')).toMatchObject({ code: '100000', name: '中华人民共和国' });
    expect(parentOf('450702')).toMatchObject({ code: '450700', name: '钦州市' });
    expect(parentOf('100000')).toBeNull();
  });
});
