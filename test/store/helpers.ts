import type { FullReport } from '../../src/extract/report.js';
// Shared test helpers: temp libraries, hand-built reports, canonical dumps.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { Database } from '../../src/store/schema.js';
import { insertRows } from '../../src/store/bulk-insert.js';
import { CHILD_TABLES, type DocumentRows } from '../../src/store/rows.js';
import { textOf, type TextRow } from '../../src/store/texts.js';

export function tmpDir(prefix = 'wr-store-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function handReport(region = '钦州市', year = 2024): FullReport {
  const text = `${region}${year}年政府工作报告\n各位代表：\n一、${year - 1}年工作回顾\n地区生产总值增长6%。\n二、${year}年工作安排\n地区生产总值增长6.5%左右。新增学位6000个以上。`;
  const gdpActual = text.indexOf('地区生产总值增长6%');
  const gdpTarget = text.indexOf('地区生产总值增长6.5%左右');
  const review = text.indexOf('一、');
  const plan = text.indexOf('二、');
  const seats = text.indexOf('新增学位');
  return {
    meta: { region, regionCode: '450700', level: 'city', year, reviewYear: year - 1, date: null, meeting: null, speaker: null },
    text,
    sections: [
      { type: 'section', kind: 'review', level: 1, marker: '一、', title: `${year - 1}年工作回顾`, titleSpan: null, span: [review, plan], children: [] },
      {
        type: 'section', kind: 'plan', level: 1, marker: '二、', title: `${year}年工作安排`, titleSpan: null, span: [plan, text.length],
        children: [{ type: 'section', kind: 'plan', level: 2, marker: null, title: '教育', titleSpan: null, span: [seats, text.length], children: [] }],
      },
    ],
    facts: [
      { indicator: 'gdp', kind: 'actual', year: year - 1, measure: 'growth', value: 6, low: null, high: null, unit: '%', qualifier: 'exact', stretch: false, headline: true, period: null, statement: null, span: [gdpActual, gdpActual + 10], quote: '地区生产总值增长6%' },
      { indicator: 'gdp', kind: 'target', year, measure: 'growth', value: 6.5, low: null, high: null, unit: '%', qualifier: 'about', stretch: false, headline: true, period: null, statement: null, span: [gdpTarget, gdpTarget + 14], quote: '地区生产总值增长6.5%左右' },
    ],
    commitments: [
      {
        part: 'plan', sectionPath: [`${year}年工作安排`, '教育'], action: '新增', verb: '新增', object: '学位',
        quantities: [{ value: 6000, low: 6000, high: 6000, unit: '个', qualifier: 'at_least', span: [seats + 4, seats + 12] }],
        deadline: null, year, stretch: null, quantified: true, projects: [], span: [seats, seats + 12], quote: '新增学位6000个以上',
      },
    ],
    projects: [],
    pledges: [{ title: null, announced: { span: [seats, seats + 4], quote: '新增学位' }, budget: null, count: null, items: [], span: [seats, seats + 12], quote: '新增学位6000个以上' }],
    achievements: [],
    problems: [],
  };
}

/**
 * A document's rows written as given, into a library made with an older schema (migration tests): addDocument
 * would write the text as today's library keeps it (packed on SQLite: store/texts.ts).
 */
export async function addAsWritten(db: Kysely<Database>, rows: DocumentRows): Promise<void> {
  await db.transaction().execute(async (trx: Kysely<any>) => {
    await insertRows(trx, 'documents', [rows.document]);
    for (const t of CHILD_TABLES) await insertRows(trx, t, rows[t]);
  });
}

/** Every row of every table except ingested_at, ordered: equal dumps = equal libraries (a text as its text, plain or packed). */
export function canonicalDump(path: string): string {
  const db = new BetterSqlite3(path, { readonly: true });
  try {
    const out: string[] = [];
    const tables: Array<[string, string]> = [
      ['documents', 'id'],
      ['document_texts', 'document_id'],
      ['sections', 'document_id, ord'],
      ['facts', 'document_id, ord'],
      ['commitments', 'document_id, ord'],
      ['projects', 'document_id, ord'],
      ['items', 'document_id, kind, ord'],
      ['corrections', 'document_id, created_at, id'],
    ];
    for (const [t, order] of tables) {
      for (const row of db.prepare(`SELECT * FROM ${t} ORDER BY ${order}`).all() as Record<string, unknown>[]) {
        delete row.ingested_at;
        out.push(`${t} ${JSON.stringify(t === 'document_texts' ? { document_id: row.document_id, text: textOf(row as TextRow) } : row)}`);
      }
    }
    return out.join('\n');
  } finally {
    db.close();
  }
}
