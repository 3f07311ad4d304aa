// The cap on items per report: the engine stops walking at it (memory never holds more), says what it kept, and
// a real report never reaches it. Small synthetic inputs with lowered caps.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/extract/report.js';
import { cappedNote, ITEM_LIMITS } from '../../src/extract/limits.js';
import { runTask } from '../../src/store/tasks.js';
import { segmentPieces } from '../../src/extract/segments.js';
import { seeds } from '../parse/corpus.js';

const HEAD = '政府工作报告\n\n——2024年1月10日在钦州市第十七届人民代表大会第四次会议上\n\n各位代表：\n\n一、2023年工作回顾\n\n';
/** A line dense in figures, as in issue 23 row 6 (there 40 MB of it). */
const dense = (n: number) => `${HEAD}${'地区生产总值增长6%左右，'.repeat(n)}\n\n二、2024年工作安排\n\n${'推进项目建设，'.repeat(n)}加快发展。\n`;

describe('items per report are capped while the engine walks', () => {
  it('keeps at most the cap of facts, plan clauses and commitments, and says so', () => {
    const all = readReport(dense(300));
    expect(all.capped).toBeUndefined();
    expect(all.facts.length).toBeGreaterThan(200);
    expect(all.commitments.length).toBeGreaterThan(200);
    const r = readReport(dense(300), {}, { limits: { facts: 50, clauses: 400, commitments: 40 } });
    expect(r.facts.length).toBe(50);
    expect(r.commitments.length).toBe(40);
    expect(r.capped).toMatchObject({ facts: 50, clauses: 400, commitments: 40 });
    // The facts kept are the first ones, grounded as any.
    expect(r.facts.map((f) => f.span)).toEqual(all.facts.slice(0, 50).map((f) => f.span));
    for (const f of r.facts) expect(r.text.slice(f.span[0], f.span[1])).toBe(f.quote);
  });

  it('a report at its cap exactly is not capped', () => {
    const n = readReport(dense(30)).facts.length;
    expect(readReport(dense(30), {}, { limits: { facts: n } }).capped).toBeUndefined();
  });

  it('no seed comes near a cap', () => {
    for (const s of seeds()) {
      const r = readReport(s.text);
      expect(r.capped).toBeUndefined();
      expect(r.facts.length).toBeLessThan(ITEM_LIMITS.facts / 10);
      expect(r.commitments.length).toBeLessThan(ITEM_LIMITS.commitments / 10);
    }
  });

  it('names what was kept', () => {
    expect(cappedNote({ facts: 5000, commitments: 20000 })).toBe(
      'only the first 5,000 facts and 20,000 commitments were kept (the most one report keeps; a real report holds a few hundred)',
    );
    expect(cappedNote({})).toBeNull();
  });

  it('ingest stores a capped report with a warning naming what was kept', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wr-cap-'));
    try {
      const path = join(dir, 'dense.txt');
      // The default caps: 5,000 facts from a line of 6,000 figures.
      writeFileSync(path, dense(ITEM_LIMITS.facts + 1000));
      const r = await runTask({ kind: 'file', path }, '2026-01-01T00:00:00Z');
      if (!r.ok) throw new Error(r.error);
      expect(r.warning).toMatch(/^stored, but only the first 5,000 facts were kept \(the most one report keeps/);
      const facts = r.rows.tables.find((t) => t.table === 'facts')!;
      expect(facts.values.length / facts.columns.length).toBe(ITEM_LIMITS.facts);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads a segment without 。 in pieces cut after a clause, covering it whole', () => {
    const text = '地区生产总值增长6%左右，'.repeat(100);
    const pieces = [...segmentPieces(text, [0, text.length], 100)];
    expect(pieces.length).toBeGreaterThan(10);
    expect(pieces[0][0]).toBe(0);
    expect(pieces[pieces.length - 1][1]).toBe(text.length);
    for (let i = 1; i < pieces.length; i++) expect(pieces[i][0]).toBe(pieces[i - 1][1]);
    for (const [a, b] of pieces.slice(0, -1)) {
      expect(b - a).toBeLessThanOrEqual(100);
      expect(text[b - 1]).toBe('，');
    }
    // No comma in reach: cut at the size.
    expect([...segmentPieces('增长'.repeat(100), [0, 200], 50)].map(([a, b]) => b - a)).toEqual([50, 50, 50, 50]);
  });
});
