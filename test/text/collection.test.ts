import iconv from 'iconv-lite';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCollection, type CollectionRow } from '../../src/text/collection.js';
import { InputError } from '../../src/text/errors.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'workreport-coll-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function all(path: string, opts?: Parameters<typeof readCollection>[1]) {
  const rows: CollectionRow[] = [];
  const errors: InputError[] = [];
  for await (const r of readCollection(path, opts)) (r instanceof InputError ? errors : rows).push(r as never);
  return { rows, errors };
}

const CSV = [
  'province,year,title,source_url,publish_date,full_text',
  '广西壮族自治区,2024,2024年广西壮族自治区政府工作报告,http://gx.gov.cn/1,2024-01-28,"各位代表：',
  '',
  '现在，我代表自治区人民政府，向大会报告工作，""请予审议""。"',
  '广东省,2024年,广东省政府工作报告,http://gd.gov.cn/2,2024-01-25,',
  '云南省,,云南省政府工作报告,,,"地区生产总值增长5%左右，一般公共预算收入增长3%。"',
].join('\r\n');

describe('readCollection', () => {
  it('reads the national JSON Lines corpus as is', async () => {
    const path = 'corpus/national/government_work_reports.jsonl';
    const { rows, errors } = await all(path);
    expect(errors).toEqual([]);
    expect(rows).toHaveLength(72);
    expect(rows[0]).toMatchObject({
      file: `${path}#1`,
      row: 1,
      title: '2025年中华人民共和国国务院政府工作报告',
      year: 2025,
      region: null,
    });
    expect(rows[0].url).toMatch(/^https:\/\/zh\.wikisource\.org/);
    expect(rows[0].raw.length).toBeGreaterThan(10_000);
    expect(rows[1].year).toBeNull(); // a resolution: null year in the file
  });

  it('reads the scraped CSV layout, quoted multi-line fields included, and reports an empty row', async () => {
    const path = join(dir, 'scraped.csv');
    await writeFile(path, '\uFEFF' + CSV);
    const { rows, errors } = await all(path);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ file: `${path}#1`, region: '广西壮族自治区', year: 2024, url: 'http://gx.gov.cn/1' });
    expect(rows[0].raw).toBe('各位代表：\r\n\r\n现在，我代表自治区人民政府，向大会报告工作，"请予审议"。');
    expect(rows[1]).toMatchObject({ file: `${path}#3`, region: '云南省', year: null, url: null });
    expect(errors.map((e) => e.message)).toEqual([`${path}#2: empty text in column "full_text"`]);
  });

  it('detects a GBK-encoded CSV', async () => {
    const path = join(dir, 'gbk.csv');
    await writeFile(path, iconv.encode(CSV, 'gbk'));
    const { rows } = await all(path);
    expect(rows.map((r) => r.region)).toEqual(['广西壮族自治区', '云南省']);
  });

  it('takes a column mapping and reports bad JSON lines without stopping', async () => {
    const path = join(dir, 'custom.ndjson');
    await writeFile(
      path,
      [
        JSON.stringify({ 正文: '地区生产总值增长6%。', 地区: '钦州市', 年份: '2024', 编号: 7 }),
        '{"正文": broken',
        '',
        '[1,2]',
        JSON.stringify({ 正文: '  ', 地区: '北海市' }),
        JSON.stringify({ 正文: '增长5%。', 地区: '北海市', 年份: 2023 }),
      ].join('\n'),
    );
    const { rows, errors } = await all(path, { columns: { text: '正文', region: '地区', year: '年份', id: '编号' } });
    expect(rows.map((r) => [r.file, r.region, r.year, r.id])).toEqual([
      [`${path}#1`, '钦州市', 2024, '7'],
      [`${path}#6`, '北海市', 2023, null],
    ]);
    expect(errors.map((e) => e.file)).toEqual([`${path}#2`, `${path}#4`, `${path}#5`]);
    expect(errors[0].reason).toMatch(/^invalid JSON/);
    for (const e of errors) expect(e.message).not.toMatch(/\n/);
  });

  it('throws one InputError for an unusable file', async () => {
    const missing = join(dir, 'missing.jsonl');
    await expect(all(missing)).rejects.toThrow(`${missing}: file not found`);
    const noText = join(dir, 'notext.csv');
    await writeFile(noText, 'a,b\n1,2\n');
    await expect(all(noText)).rejects.toThrow(/no text column in the CSV header/);
    await expect(all(join(dir, 'x.xml'))).rejects.toThrow(/unknown collection format/);
  });
});
