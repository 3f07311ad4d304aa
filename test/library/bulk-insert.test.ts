// insertRows, the bulk insert every writer uses (a VALUES list on SQLite, one JSON parameter spread by
// json_populate_recordset on PostgreSQL), and copyRows, PostgreSQL's ingest writer's COPY: what goes in comes back,
// on both backends, whatever the characters, and COPY stores what the JSON route stores.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { openLibrary } from '../../src/store/db.js';
import { copyLines, copyRows, insertRows } from '../../src/store/bulk-insert.js';
import { addDocument } from '../../src/store/repo.js';
import { reportToRows, sha256Hex } from '../../src/store/rows.js';
import { handReport, tmpDir } from '../store/helpers.js';
import { dropLibraries, newLibrary, onPostgres } from '../support/backend.js';

const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((f) => f()));
afterAll(() => dropLibraries());

const TRICKY = ['引号"与\'撇号', '反斜杠\\u0000不是NUL', '换行\n制表\t', 'emoji 🚢 与 \u{20000}', '{"像":"JSON"}', '', '%_\\', '\\.', '回车\r\n\\N'];

describe('insertRows', () => {
  it('stores strings, numbers and nulls exactly, a NUL as U+FFFD on PostgreSQL (its text cannot hold one), in many rows at once', async () => {
    const t = tmpDir();
    cleanups.push(t.cleanup);
    const lib = await openLibrary(newLibrary(t.dir, 'bulk'));
    try {
      const rows = reportToRows(handReport(), { sha256: sha256Hex('bulk'), sourcePath: 'bulk.txt', format: 'txt' }, 'v1', '2026-01-01T00:00:00.000Z');
      await addDocument(lib.db, { ...rows, sections: [], facts: [], commitments: [], projects: [], items: [] });
      const sections = Array.from({ length: 2500 }, (_, i) => ({
        document_id: rows.document.id,
        ord: i,
        parent_ord: i % 3 === 0 ? null : i - 1,
        kind: 'other',
        level: 1 + (i % 4),
        marker: i % 2 ? null : `${i}、`,
        title: TRICKY[i % TRICKY.length] + (i === 7 ? 'NUL\u0000在此' : ''),
        span_start: i * 1000,
        span_end: i * 1000 + 999,
        path: JSON.stringify([TRICKY[(i + 1) % TRICKY.length]]),
      }));
      await lib.db.transaction().execute((trx) => insertRows(trx, 'sections', sections));
      const back = await lib.db.selectFrom('sections').selectAll().where('document_id', '=', rows.document.id).orderBy('ord').execute();
      expect(back.length).toBe(2500);
      const nul = onPostgres ? '\uFFFD' : '\u0000';
      const want = sections.map((s) => ({ ...s, title: s.title.replace(/\u0000/g, nul) }));
      expect(back.map((r) => ({ ...r, span_start: Number(r.span_start), span_end: Number(r.span_end) }))).toEqual(want);
      expect(back[7].title).toContain(`NUL${nul}在此`);
    } finally {
      await lib.close();
    }
  });
});

describe('copyRows', () => {
  it('writes COPY text lines: NULL for null, undefined and numbers JSON cannot hold; escapes; U+FFFD for NUL', () => {
    expect(copyLines(3, ['a\tb', null, 1.5, '\\.', undefined, Number.NaN, 'x\u0000\r\n', -0, { k: ['v'] }])).toBe(
      'a\\tb\t\\N\t1.5\n\\\\.\t\\N\t\\N\nx\uFFFD\\r\\n\t0\t{"k":["v"]}\n',
    );
  });

  it.runIf(onPostgres)('stores on PostgreSQL exactly what the JSON route stores', async () => {
    const t = tmpDir();
    cleanups.push(t.cleanup);
    const lib = await openLibrary(newLibrary(t.dir, 'copy'));
    try {
      if (lib.backend !== 'postgres') throw new Error('not PostgreSQL');
      const docs = ['copy-a', 'copy-b'].map((k) => reportToRows(handReport(), { sha256: sha256Hex(k), sourcePath: `${k}.txt`, format: 'txt' }, 'v1', '2026-01-01T00:00:00.000Z'));
      docs[1].document = { ...docs[1].document, id: 'b'.repeat(16), text_hash: 'b'.repeat(64) };
      for (const d of docs) await addDocument(lib.db, { ...d, sections: [], facts: [], commitments: [], projects: [], items: [] });
      const columns = ['document_id', 'ord', 'parent_ord', 'kind', 'level', 'marker', 'title', 'span_start', 'span_end', 'path'];
      const rowsOf = (id: string) =>
        Array.from({ length: 300 }, (_, i) => [id, i, i % 3 === 0 ? null : i - 1, 'other', 1 + (i % 4), i % 2 ? undefined : `${i}、`, TRICKY[i % TRICKY.length] + (i === 7 ? 'NUL\u0000在此' : ''), i * 1000, i * 1000 + 999, JSON.stringify([TRICKY[(i + 1) % TRICKY.length]])]);
      const [viaJson, viaCopy] = docs.map((d) => rowsOf(d.document.id));
      await lib.db.transaction().execute((trx) => insertRows(trx, 'sections', viaJson.map((r) => Object.fromEntries(columns.map((c, k) => [c, r[k]])))));
      const client = await lib.pool.connect();
      try {
        await copyRows(lib.db, client, 'sections', columns, [viaCopy.slice(0, 100).flat(), [], viaCopy.slice(100).flat()]);
      } finally {
        client.release();
      }
      const back = async (id: string) =>
        (await lib.db.selectFrom('sections').selectAll().where('document_id', '=', id).orderBy('ord').execute()).map(({ document_id: _d, ...r }) => r);
      const [a, b] = [await back(docs[0].document.id), await back(docs[1].document.id)];
      expect(b.length).toBe(300);
      expect(b).toEqual(a);
      expect(b[7].title).toContain('NUL\uFFFD在此');
      expect(b.map((r) => r.title)).toContain('\\.');
    } finally {
      await lib.close();
    }
  });
});
