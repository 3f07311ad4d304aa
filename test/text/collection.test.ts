import iconv from 'iconv-lite';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCollection, type CollectionRow } from '../../src/text/collection.js';
import { InputError } from '../../src/text/errors.js';
import { byteRecords } from '../../src/text/records.js';

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

const REPORT = '各位代表：现在，我代表市人民政府，向大会报告政府工作，请予审议。地区生产总值增长6.5%左右。';

describe('rows in another encoding and rows over the limit (issue 23, rows 2 and 5)', () => {
  it('JSON Lines: a GBK row in a UTF-8 file is decoded when certain; a row of other bytes is "not valid UTF-8"; the rest kept', async () => {
    const path = join(dir, 'mixed.jsonl');
    const gbkRow = iconv.encode(JSON.stringify({ title: '北海市gbk', content: REPORT.repeat(20) }), 'gbk');
    const junk = Buffer.concat([Buffer.from('{"title": "x", "content": "'), Buffer.from(Array.from({ length: 300 }, (_, i) => 0x80 + ((i * 37) % 0x7f))), Buffer.from('"}')]);
    await writeFile(path, Buffer.concat([Buffer.from(JSON.stringify({ title: '钦州市', content: REPORT }) + '\n'), gbkRow, Buffer.from('\n'), junk, Buffer.from('\n' + JSON.stringify({ title: '玉林市', content: REPORT }) + '\n')]));
    const { rows, errors } = await all(path);
    expect(rows.map((r) => [r.row, r.title])).toEqual([[1, '钦州市'], [2, '北海市gbk'], [4, '玉林市']]);
    expect(rows[1].raw).toBe(REPORT.repeat(20));
    expect(rows.every((r) => !r.raw.includes('\ufffd'))).toBe(true);
    expect(errors.map((e) => e.message)).toEqual([`${path}#3: not valid UTF-8`]);
  });

  it('a short GBK row is not certain: rejected, never stored as U+FFFD', async () => {
    const path = join(dir, 'short-gbk.jsonl');
    await writeFile(path, Buffer.concat([Buffer.from(JSON.stringify({ content: REPORT }) + '\n'), iconv.encode(JSON.stringify({ content: '增长6%' }), 'gbk')]));
    const { rows, errors } = await all(path);
    expect(rows).toHaveLength(1);
    expect(errors.map((e) => e.message)).toEqual([`${path}#2: not valid UTF-8`]);
  });

  it('a UTF-8 row in a GBK CSV is read as UTF-8', async () => {
    const path = join(dir, 'gbk-utf8.csv');
    const head = iconv.encode(`title,content\n广西,"${REPORT}"\n`, 'gbk');
    await writeFile(path, Buffer.concat([head, Buffer.from(`云南,"${REPORT}"\n`, 'utf8')]));
    const { rows, errors } = await all(path);
    expect(errors).toEqual([]);
    expect(rows.map((r) => [r.title, r.raw])).toEqual([['广西', REPORT], ['云南', REPORT]]);
  });

  it('JSON Lines: a row over the limit is rejected with its row number, the next rows read', async () => {
    const path = join(dir, 'big.jsonl');
    const big = JSON.stringify({ content: '增长'.repeat(400_000) }); // 2.4 MB
    await writeFile(path, [JSON.stringify({ content: REPORT }), big, JSON.stringify({ content: REPORT + '2' })].join('\n'));
    const { rows, errors } = await all(path, { maxRowBytes: 1024 * 1024 });
    expect(rows.map((r) => r.row)).toEqual([1, 3]);
    expect(errors.map((e) => e.message)).toEqual([`${path}#2: row too large (2.3 MB; the limit is 1.0 MB)`]);
  });

  it('CSV: a quoted field over the limit, across lines, is one rejected record; a malformed last record is one error', async () => {
    const path = join(dir, 'big.csv');
    const field = ('地区生产总值增长6%。\n"引号""内"\n').repeat(100_000);
    await writeFile(path, `title,content\nA,"${REPORT}"\nB,"${field.replace(/"/g, '""')}"\nC,"${REPORT}"\nD,"unclosed`);
    const { rows, errors } = await all(path, { maxRowBytes: 1024 * 1024 });
    expect(rows.map((r) => [r.row, r.title, r.raw])).toEqual([[1, 'A', REPORT], [3, 'C', REPORT]]);
    expect(errors.map((e) => e.file)).toEqual([`${path}#2`, `${path}#4`]);
    expect(errors[0].reason).toMatch(/^row too large \(\d\.\d MB; the limit is 1\.0 MB\)$/);
    expect(errors[1].reason).toMatch(/^malformed CSV record \(Quote Not Closed/);
  });
});

describe('byteRecords', () => {
  const collect = async (chunks: Buffer[], quoted: boolean, max = 1 << 20) => {
    const out: Array<string | null> = [];
    for await (const r of byteRecords(chunks, quoted, max)) out.push(r.bytes ? r.bytes.toString('utf8') : null);
    return out;
  };
  const cut = (b: Buffer, at: number[]) => {
    const points = [...new Set(at.map((x) => x % (b.length + 1)))].sort((x, y) => x - y);
    const out: Buffer[] = [];
    let p = 0;
    for (const x of points) {
      out.push(b.subarray(p, x));
      p = x;
    }
    out.push(b.subarray(p));
    return out;
  };

  it('property: lines and CSV records come back whole however the bytes are chunked', async () => {
    const field = fc.oneof(fc.constantFrom('', '增长6%', 'a,b', '"', '""', '\n', '\r\n', '各位代表'), fc.string({ maxLength: 6 }));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(field, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 8 }), fc.array(fc.nat(), { maxLength: 10 }), async (records, at) => {
        const csv = records.map((fields) => fields.map((f) => `"${f.replace(/"/g, '""')}"`).join(',')).join('\n');
        expect(await collect(cut(Buffer.from(csv), at), true)).toEqual(records.map((fields) => fields.map((f) => `"${f.replace(/"/g, '""')}"`).join(',')));
        const lines = records.map((fields) => fields.join('').replace(/\n/g, ' '));
        expect(await collect(cut(Buffer.from(lines.join('\n')), at), false)).toEqual(lines.at(-1) === '' ? lines.slice(0, -1) : lines);
      }),
      { numRuns: 300 },
    );
  });

  it('a record over the limit comes back as null with its size, and holds nothing', async () => {
    const rs: Array<{ bytes: Buffer | null; size: number }> = [];
    for await (const r of byteRecords([Buffer.from('ab\nabcdef'), Buffer.from('gh\nx')], false, 4)) rs.push(r);
    expect(rs.map((r) => [r.bytes?.toString() ?? null, r.size])).toEqual([['ab', 2], [null, 8], ['x', 1]]);
  });
});
