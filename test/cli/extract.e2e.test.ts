import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync, truncateSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { cli, NATIONAL, SEEDS } from './run-cli.js';
import { makePdf } from '../text/make-files.js';

const seed = (n: string) => join(SEEDS, `${n}.txt`);
const S001 = seed('001_7d300adec33de1ff');
const S000 = seed('000_b10a9149f3afa1bd');

describe('workreport extract', () => {
  it('--json gives the contract shape, grounded', () => {
    const r = cli(['extract', S001, '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['file', 'meta', 'text', 'sections', 'facts', ...Object.keys(out).slice(5)]);
    expect(out.meta).toEqual({
      region: '防城港市', regionCode: '450600', level: 'city', year: 2024, reviewYear: 2023,
      date: '2024-02-01', meeting: '防城港市第七届人民代表大会第五次会议', speaker: '黄江',
    });
    expect(out.sections[0]).toHaveProperty('kind');
    expect(out.sections.map((s: { kind: string }) => s.kind)).toContain('review');
    const gdp = out.facts.find((f: any) => f.indicator === 'gdp' && f.kind === 'target' && f.headline);
    expect(gdp).toMatchObject({ measure: 'growth', value: 7, low: 7, high: 7, unit: '%', qualifier: 'about', stretch: false, year: 2024, period: null, statement: null });
    for (const f of out.facts) expect(out.text.slice(f.span[0], f.span[1])).toBe(f.quote);
    const keys = ['indicator', 'kind', 'year', 'measure', 'value', 'low', 'high', 'unit', 'qualifier', 'stretch', 'headline', 'period', 'statement', 'span', 'quote'];
    expect(Object.keys(gdp)).toEqual(keys);
  });

  it('prints a readable summary with target and result side by side', () => {
    const r = cli(['extract', S000]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('钦州市 · 450700 · city');
    expect(r.stdout).toMatch(/地区生产总值 \(gdp\)\s+\+6\.5%\s+\+6%; rank 4位/);
  });

  it('gives JSON Lines for several files and reads standard input', () => {
    const r = cli(['extract', S000, S001, '--json']);
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).meta.region)).toEqual(['钦州市', '防城港市']);
    const s = cli(['extract', '-', '--json'], { input: readFileSync(S000) });
    expect(JSON.parse(s.stdout).meta.region).toBe('钦州市');
  });

  it('reads a collection: one object per row, every national report without an error', () => {
    const r = cli(['extract', NATIONAL, '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const rows = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(rows).toHaveLength(72);
    for (const row of rows) for (const f of row.facts) expect(row.text.slice(f.span[0], f.span[1])).toBe(f.quote);
  });

  it('reads GBK and UTF-16 files and HTML pages with site chrome', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wr-enc-'));
    const text = readFileSync(S000, 'utf8');
    writeFileSync(join(dir, 'gbk.txt'), iconv.encode(text, 'gb18030'));
    writeFileSync(join(dir, 'utf16.txt'), iconv.encode(text, 'utf16-le', { addBOM: true }));
    const html = `<html><head><meta charset="gbk"><title>政府工作报告</title></head><body><div class="nav">首页 | 政务公开</div>
      <div class="tools">下载 打印 全屏 收藏 【字号：加大 还原 减小】</div>
      <div id="zoom">${text.split('\n').filter(Boolean).map((p) => `<p>${p}</p>`).join('')}</div><div class="foot">打印本页 关闭窗口</div></body></html>`;
    writeFileSync(join(dir, 'page.html'), iconv.encode(html, 'gbk'));
    const r = cli(['extract', join(dir, 'gbk.txt'), join(dir, 'utf16.txt'), join(dir, 'page.html'), '--json']);
    expect(r.code).toBe(0);
    const docs = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    for (const d of docs) {
      expect(d.meta.region).toBe('钦州市');
      expect(d.facts.filter((f: any) => f.headline && f.kind === 'target')).toHaveLength(12);
    }
    expect(docs[2].text).not.toMatch(/【字号|打印本页|下载 打印 全屏|首页 \| 政务公开/);
  });

  it('reports each bad file in one line naming it, exits non-zero, and still extracts the rest', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wr-bad-'));
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const binary = join(dir, 'binary.txt');
    writeFileSync(binary, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
    const huge = join(dir, 'huge.txt');
    writeFileSync(huge, '');
    truncateSync(huge, 100 * 1024 * 1024);
    const mis = join(dir, 'sjis.txt');
    writeFileSync(mis, iconv.encode('政府の業務報告。経済成長率は6.5％程度とする。日本語のテキストです。'.repeat(40), 'shift_jis'));
    const scan = join(dir, 'scan.pdf');
    writeFileSync(scan, makePdf([[]]));
    const missing = join(dir, 'missing.txt');
    const r = cli(['extract', empty, binary, S000, huge, mis, scan, missing, '--json']);
    expect(r.code).not.toBe(0);
    const errors = r.stderr.trim().split('\n');
    expect(errors).toHaveLength(6);
    for (const [i, f] of [empty, binary, huge, mis, scan, missing].entries()) expect(errors[i]).toContain(f);
    expect(errors[0]).toMatch(/empty/);
    expect(errors[1]).toMatch(/binary/);
    expect(errors[2]).toMatch(/too large/);
    expect(errors[3]).toMatch(/encoding/);
    expect(errors[4]).toMatch(/no text layer/);
    expect(errors[5]).toMatch(/not found|no such/i);
    expect(JSON.parse(r.stdout.trim()).meta.region).toBe('钦州市');
  });
});

describe('workreport eval', () => {
  it('scores the seeds and the national reports against the gold', () => {
    const r = cli(['eval']);
    expect(r.code).toBe(0);
    const [seeds, national] = r.stdout.split('national');
    expect(seeds).toContain('F1 1.000');
    expect(seeds).toMatch(/recall 100\.0% \(59\/59\)\s+conflicts 0/);
    expect(seeds).toContain('metadata 5/5 right');
    expect(national).toContain('F1 1.000  (tp 20, fp 0, fn 0)');
    expect(national).toMatch(/recall 100\.0% \(16\/16\)\s+conflicts 0/);
    expect(national).toContain('metadata 43/43 right');
    expect(national).toContain('0 ungrounded facts; 0 unreadable documents');
  });
});
