// Follow-up in the library: a region's commitments of one year against the next report's review, as the yoy page,
// the API and `track --commitments` read them (src/store/queries/followup.ts). Runs on SQLite and on PostgreSQL.
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Library } from '../../src/store/db.js';
import { followUpTable, runFollowUp } from '../../src/store/queries/followup.js';
import { runYearOverYear } from '../../src/store/queries/yoy.js';
import { libraryOf, textOf } from '../support/backend.js';

const REPORTS = resolve(__dirname, '../fixtures/plan/followup/reports');
let lib: Library;
let remove: () => Promise<void>;

beforeAll(async () => {
  ({ lib, remove } = await libraryOf([join(REPORTS, '郑州市-2024.md'), join(REPORTS, '郑州市-2025.md')]));
}, 120_000);

afterAll(async () => remove?.());

describe('follow-up in the library', () => {
  it('every commitment of 2024 has a status; evidence is a span of the 2025 report; 未见回应 shows nothing', async () => {
    const r = await runFollowUp(lib, { regions: ['郑州市'], year: 2024 });
    expect(r.note).toBeNull();
    expect(r.items.length).toBeGreaterThan(500);
    const jobs = r.items.find((i) => i.commitment.includes('新增城镇就业12.65万人'))!;
    expect(jobs).toMatchObject({ status: '已完成' });
    expect(jobs.candidates[0].text).toContain('新增城镇就业13.93万人');
    const next = await textOf(lib.db, jobs.next_document!);
    for (const c of jobs.candidates) expect(next.slice(c.span[0], c.span[1])).toBe(c.text);
    const none = r.items.find((i) => i.commitment.includes('严格新增项目审核准入'))!;
    expect(none).toMatchObject({ status: '未见回应', candidates: [] });
    // Most commitments get no follow-up: the review reports on some, not on all 600.
    const unanswered = r.items.filter((i) => i.status === '未见回应').length;
    expect(unanswered).toBeGreaterThan(r.items.length / 2);
    for (const i of r.items) expect(i.status === '未见回应').toBe(i.candidates.length === 0);
  });

  it('the table gives 未见回应 a row of its own, and the year-over-year view carries the same statuses', async () => {
    const r = await runFollowUp(lib, { regions: ['郑州市'], year: 2024, limit: 40 });
    const t = followUpTable(r.items);
    expect(t.columns).toEqual(['region', 'year', 'commitment_id', 'commitment', 'status', 'rank', 'score', 'evidence sentence (next review)']);
    expect(t.rows.some((row) => row[4] === '未见回应' && row[7] === null)).toBe(true);
    const yoy = await runYearOverYear(lib, { region: '郑州市', year: 2025 });
    const jobs = yoy.followUp.find((i) => i.commitment.includes('新增城镇就业12.65万人'))!;
    expect(jobs.status).toBe('已完成');
  });
});
