// The workbench in a real browser: Debian's Chromium (playwright-core, headless) against the real server,
// in-process on a free port, over a temporary library holding the bundled samples. Needs the built page
// (npm run build puts it in dist/web; npm test builds first).
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { openLibrary, type Library } from '../../src/store/db.js';
import { ingest } from '../../src/store/ingest.js';
import { startServer } from '../../src/server/http.js';
import { launchChromium } from '../../scripts/browser.js';
import { count, dropLibraries, newLibrary } from '../support/backend.js';

const ROOT = resolve(__dirname, '../..');
const WEB = join(ROOT, 'dist/web');
const SEEDS = join(ROOT, 'corpus/seeds');
const QINZHOU_FILE = join(SEEDS, readdirSync(SEEDS).find((f) => f.startsWith('000_'))!);
const GUIGANG_FILE = join(SEEDS, readdirSync(SEEDS).find((f) => f.startsWith('002_'))!);
const NATION = '中华人民共和国';

interface Served {
  url: string;
  lib: Library;
  close: () => Promise<void>;
}

async function serve(paths: string[]): Promise<Served> {
  const dir = mkdtempSync(join(tmpdir(), 'wr-web-'));
  const lib = await openLibrary(newLibrary(dir, 'library'));
  if (paths.length) await ingest(lib, paths, { jobs: 0 });
  const s = await startServer({ lib, port: 0, webDir: WEB });
  return {
    url: s.url.replace(/\/$/, ''),
    lib,
    close: async () => {
      await s.close();
      await lib.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

let main: Served;
let browser: Awaited<ReturnType<typeof launchChromium>>;
const pages: Page[] = [];
let foreign: string[] = [];
let pageErrors: string[] = [];

const docId = async (region: string, year: number): Promise<string> =>
  (await main.lib.db.selectFrom('documents').select('id').where('region', '=', region).where('year', '=', year).where('genre', '=', 'work_report').orderBy('id').executeTakeFirstOrThrow()).id;
const factOf = async (doc: string, indicator: string, kind: string): Promise<{ ord: number; quote: string }> =>
  main.lib.db.selectFrom('facts').select(['ord', 'quote']).where('document_id', '=', doc).where('indicator', '=', indicator).where('kind', '=', kind).where('headline', '=', 1).orderBy('ord').executeTakeFirstOrThrow();

async function open(path: string, ready: string, base = main.url): Promise<Page> {
  const page = await browser.context.newPage();
  pages.push(page);
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(base) && !u.startsWith('data:') && !u.startsWith('blob:')) foreign.push(u);
  });
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(`${base}/${path}`);
  await page.waitForSelector(`body[data-ready="${ready}"]`);
  await page.waitForLoadState('networkidle');
  return page;
}

/** Waits until the element is inside the window and inside its scrolling pane. */
async function waitInView(page: Page, selector: string): Promise<void> {
  await page.waitForFunction((sel) => {
    const el = document.querySelector(sel);
    if (!el) return false;
    const r = el.getBoundingClientRect();
    const pane = el.closest('.text-scroll')?.getBoundingClientRect();
    const top = Math.max(0, pane?.top ?? 0);
    const bottom = Math.min(window.innerHeight, pane?.bottom ?? window.innerHeight);
    return r.height > 0 && r.top >= top && r.bottom <= bottom;
  }, selector);
}

const inView = (page: Page, selector: string) =>
  page.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (!el) return false;
    const r = el.getBoundingClientRect();
    const pane = el.closest('.text-scroll')?.getBoundingClientRect();
    return r.top >= Math.max(0, pane?.top ?? 0) && r.bottom <= Math.min(window.innerHeight, pane?.bottom ?? window.innerHeight);
  }, selector);

beforeAll(async () => {
  if (!existsSync(join(WEB, 'index.html'))) throw new Error('dist/web is missing: run npm run build first');
  [main, browser] = await Promise.all([serve([SEEDS, join(ROOT, 'corpus/national/government_work_reports.jsonl')]), launchChromium()]);
});

afterEach(async () => {
  const f = foreign;
  const e = pageErrors;
  foreign = [];
  pageErrors = [];
  for (const p of pages.splice(0)) await p.close();
  // No page may ask anything of another origin, nor throw.
  expect(f).toEqual([]);
  expect(e).toEqual([]);
});

afterAll(async () => {
  await browser?.close();
  await main?.close();
  await dropLibraries();
});

describe('the workbench in Chromium', () => {
  it('the library lists the bundled reports', async () => {
    const total = await count(main.lib.db, 'documents', (q) => q.where('genre', '=', 'work_report'));
    expect(total).toBeGreaterThan(50);
    const page = await open('#/library', 'library');
    await expect(page.getByTestId('library-count').textContent()).resolves.toContain(`共 ${total} 份报告`);
    const regions = await page.locator('[data-testid=library-table] tbody tr td:nth-child(2)').allTextContents();
    expect(regions).toHaveLength(50);
    for (const city of ['北海市', '防城港市', '钦州市', '贵港市', '崇左市']) expect(regions).toContain(city);
    expect(regions.filter((r) => r === NATION).length).toBeGreaterThan(40);
    // The level filter narrows it to the five cities.
    await page.getByLabel('级别').first().selectOption('city');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=library-table] tbody tr').length === 5);
    expect(page.url()).toContain('level=city');
  });

  it('upload of a seed file shows it in the library', async () => {
    const empty = await serve([]);
    try {
      const page = await open('#/library', 'library', empty.url);
      await page.getByText('没有符合条件的报告。').waitFor();
      await page.getByTestId('file-input').setInputFiles(QINZHOU_FILE);
      const item = page.getByTestId('upload-item');
      await item.and(page.locator('[data-state=done]')).waitFor();
      expect(await item.locator('progress').count()).toBe(1);
      expect(await item.locator('.result').textContent()).toContain('已入库 1 份');
      await page.locator('[data-testid=library-table] tbody tr').first().waitFor();
      const rows = await page.locator('[data-testid=library-table] tbody tr').allTextContents();
      expect(rows).toHaveLength(1);
      expect(rows[0]).toContain('钦州市');
      expect(rows[0]).toContain('2024');
    } finally {
      await empty.close();
    }
  });

  it('upload of a re-uploaded report says it is the same report, of a draft that it is another one; the library lists the conflict', async () => {
    // The one report the uploads are compared with: a library of every seed made the test slower, not stricter.
    const lib = await serve([GUIGANG_FILE]);
    try {
      const text = readFileSync(GUIGANG_FILE, 'utf8');
      const page = await open('#/library', 'library', lib.url);
      const send = async (name: string, body: string, n: number) => {
        const drop = await page.evaluateHandle(([t, f]) => {
          const dt = new DataTransfer();
          dt.items.add(new File([t], f, { type: 'text/plain' }));
          return dt;
        }, [body, name]);
        await page.dispatchEvent('[data-testid=dropzone]', 'drop', { dataTransfer: drop });
        // Done or failed: a failed upload fails the test at once with its message, not after a wait for 'done'.
        await page.locator('[data-testid=upload-item]:is([data-state=done], [data-state=failed])').nth(n - 1).waitFor();
        const item = page.getByTestId('upload-item').first();
        expect(await item.getAttribute('data-state'), (await item.textContent()) ?? '').toBe('done');
        return item;
      };
      const same = await send('贵港-重新上传.txt', text.replace('。', '，重新上传时改动了这一句。'), 1);
      expect(await same.locator('[data-testid=same-report]').getAttribute('data-kind')).toBe('same');
      expect(await same.textContent()).toMatch(/库中已有贵港市 2024\u3000与库中已有的贵港市2024年报告是同一份报告（文本相同 \d+\.\d%）：保留库中原有的一份/);
      const draft = await send('贵港-草稿.txt', text.split('。').filter((_, i) => i % 2 === 0).join('。'), 2);
      expect(await draft.locator('[data-testid=same-report]').getAttribute('data-kind')).toBe('conflict');
      expect(await draft.textContent()).toContain('两份都保留，统计表格使用新入库的这一份');
      const conflicts = page.getByTestId('conflicts');
      await conflicts.waitFor();
      expect(await conflicts.textContent()).toMatch(/同一地区年份有多份报告（1 处）.*贵港市 2024年（市级）.*（未用于统计表格；与所用一份文本相同 \d+\.\d%）.*（统计表格使用此份）/);
      await page.getByTestId('superseded').first().waitFor();
      expect(await page.getByTestId('superseded').count()).toBe(1);
    } finally {
      await lib.close();
    }
  });

  it('the reader of 钦州 highlights 地区生产总值增长6.5% and clicking the GDP target scrolls to it', async () => {
    const id = await docId('钦州市', 2024);
    const gdp = await factOf(id, 'gdp', 'target');
    expect(gdp.quote).toBe('地区生产总值增长6.5%');
    const page = await open(`#/reader/${id}`, 'reader');
    const runs = `.doc-text [data-keys~="f${gdp.ord}"]`;
    const texts = await page.locator(runs).allTextContents();
    expect(texts.join('')).toBe('地区生产总值增长6.5%');
    expect(await page.locator(runs).evaluateAll((els) => els.every((e) => e.classList.contains('m-target')))).toBe(true);
    // Far below the top of the text, so not on screen before the click.
    await page.locator('.text-scroll').evaluate((el) => (el.scrollTop = 0));
    expect(await inView(page, runs)).toBe(false);
    await page.locator('[data-testid=fact-list] button[data-indicator=gdp][data-kind=target][data-headline]').click();
    await waitInView(page, runs);
    expect(await page.locator(runs).first().evaluate((el) => el.classList.contains('flash'))).toBe(true);
    expect(await page.getByTestId('detail-value').textContent()).toBe('6.5%');
  });

  it('the reader keeps its legend and its selection in the URL: a reload or a shared link shows the same', async () => {
    const id = await docId('钦州市', 2024);
    const gdp = await factOf(id, 'gdp', 'target');
    const page = await open(`#/reader/${id}`, 'reader');
    expect(await page.locator('.doc-text .m-commitment').count()).toBeGreaterThan(0);
    await page.getByRole('group', { name: '图例' }).getByText('任务').click();
    await page.waitForFunction(() => location.hash.includes('hide=commitment'));
    expect(await page.locator('.doc-text .m-commitment').count()).toBe(0);
    await page.locator('[data-testid=fact-list] button[data-indicator=gdp][data-kind=target][data-headline]').click();
    await page.waitForFunction((key) => location.hash.includes(`sel=${key}`), `f${gdp.ord}`);
    await page.reload();
    await page.waitForSelector('body[data-ready="reader"]');
    expect(await page.getByTestId('detail-value').textContent()).toBe('6.5%');
    expect(await page.locator('.doc-text .m-commitment').count()).toBe(0);
    expect(await page.getByRole('group', { name: '图例' }).getByRole('checkbox').nth(2).isChecked()).toBe(false);
    expect(await page.locator(`.doc-text [data-keys~="f${gdp.ord}"].selected`).count()).toBeGreaterThan(0);
  });

  it('the compare page charts the five seeds’ GDP targets', async () => {
    const page = await open('#/compare?indicator=gdp&kind=target&year=2024&level=city', 'compare');
    const canvas = page.locator('.chart canvas').first();
    await canvas.waitFor();
    const box = await canvas.boundingBox();
    expect(box!.width).toBeGreaterThan(300);
    expect(box!.height).toBeGreaterThan(200);
    const rows = await page.locator('[data-testid=compare-table] tbody tr').evaluateAll((trs) =>
      trs.map((tr) => [tr.querySelector('th')!.textContent, tr.querySelector('td[data-key="gdp:growth"] .cell-text')?.textContent ?? null]),
    );
    expect(Object.fromEntries(rows)).toEqual({ 北海市: '≥5.5', 防城港市: '7 左右', 钦州市: '6.5', 贵港市: '5 左右', 崇左市: '6.5 左右' });
  });

  it('the track page charts the national GDP target vs result', async () => {
    const page = await open(`#/track?region=${encodeURIComponent(NATION)}&indicator=gdp`, 'track');
    await page.locator('.chart canvas').first().waitFor();
    const row = (year: number) => page.locator(`[data-testid=track-table] tbody tr[data-year="${year}"]`);
    expect(await row(2022).locator('td').allTextContents()).toEqual(['2022', '增速', '5.5 左右', '3', '-2.5', '未完成', '≥ 5 (5.5 左右 − 0.5)']);
    expect(await row(2023).getAttribute('data-verdict')).toBe('met');
    expect(await row(2024).locator('td').nth(2).textContent()).toBe('5 左右');
    expect(await page.locator('[data-testid=track-table] tbody tr[data-verdict=met]').count()).toBeGreaterThan(15);
  });

  it('a corrected value persists after reload and appears in the CSV', async () => {
    const id = await docId('钦州市', 2024);
    const f = await factOf(id, 'industrial_value_added', 'target');
    expect(f.quote).toContain('9%左右');
    const factId = `${id}:${f.ord}`;
    const page = await open(`#/reader/${id}?fact=${factId}`, 'reader');
    expect(await page.getByTestId('detail-value').textContent()).toBe('9%左右');
    await page.getByTestId('review').getByRole('button', { name: '修改' }).click();
    await page.getByLabel('数值').fill('9.5');
    await page.getByTestId('review').locator('textarea').fill('核对原文后更正');
    await page.getByRole('button', { name: '保存修改' }).click();
    await page.getByRole('status').filter({ hasText: '已修改' }).waitFor();
    await page.getByTestId('detail-value').filter({ hasText: '9.5%左右' }).waitFor();

    await page.reload();
    await page.waitForSelector('body[data-ready="reader"]');
    expect(await page.getByTestId('detail-value').textContent()).toBe('9.5%左右');
    expect(await page.getByTestId('detail-review').textContent()).toBe('已修改');
    expect(await page.locator(`[data-fact-id="${factId}"] .fi-value`).textContent()).toBe('9.5%左右');

    const csv = await (await page.request.get(`${main.url}/api/panel?region=${encodeURIComponent('钦州市')}&indicator=industrial_value_added&format=csv`)).text();
    const [head, ...lines] = csv.replace(/^\ufeff/, '').trim().split('\r\n').map((l) => l.split(','));
    const row = Object.fromEntries(head.map((h, i) => [h, lines.find((l) => l[0] === factId)![i]]));
    expect(row).toMatchObject({ value: '9.5', low: '9.5', high: '9.5', qualifier: 'about', corrected: '1' });
    const compare = await (await page.request.get(`${main.url}/api/compare?indicator=industrial_value_added&year=2024&level=city&format=csv`)).text();
    expect(compare.split('\r\n').find((l) => l.startsWith('钦州市'))).toContain('9.5 左右');

    // The audit view lists the change with its note.
    await page.goto(`${main.url}/#/audit`);
    await page.waitForSelector('body[data-ready="audit"]');
    const audit = await page.locator('[data-testid=audit-table] tbody tr').first().textContent();
    expect(audit).toContain('钦州市');
    expect(audit).toContain('数值：9 → 9.5');
    expect(audit).toContain('核对原文后更正');
  });

  it('search for 平陆运河 finds 钦州 and the result opens the reader', async () => {
    const id = await docId('钦州市', 2024);
    const page = await open('#/search', 'search');
    await page.getByLabel('检索词').fill('平陆运河');
    await page.getByLabel('检索词').press('Enter');
    const hit = page.locator('[data-testid=search-hits] a.hit[data-region="钦州市"]').first();
    await hit.waitFor();
    expect(await hit.locator('mark').first().textContent()).toBe('平陆运河');
    await hit.click();
    await page.waitForURL(new RegExp(`#/reader/${id}\\?at=\\d+`));
    await page.waitForSelector('body[data-ready="reader"]');
    await waitInView(page, '.doc-text .m-hit');
    expect(await page.locator('.doc-text .m-hit').allTextContents().then((t) => t.join(''))).toBe('平陆运河');
  });

  it('the year-over-year view of the national 2023 and 2024 reports shows both years’ GDP targets', async () => {
    const page = await open(`#/yoy?region=${encodeURIComponent(NATION)}&year=2024`, 'yoy');
    const gdp = page.locator('[data-testid=yoy-targets] tr[data-indicator=gdp][data-measure=growth]');
    expect(await gdp.locator('td[data-year="2023"]').textContent()).toBe('5 左右');
    expect(await gdp.locator('td[data-year="2024"]').textContent()).toBe('5 左右');
    expect(await page.locator('[data-testid=yoy-followups] > li').count()).toBeGreaterThan(10);
    // A commitment with evidence shows its status and the sentence; one nothing reports on shows 未见回应.
    const reported = page.locator('[data-testid=yoy-followups] > li:has(.fu-candidates)').first();
    expect(await reported.locator('.fu-status').textContent()).toMatch(/^(已完成|有进展)$/);
    expect(await reported.locator('.fu-candidates a').first().getAttribute('href')).toMatch(/#\/reader\/[0-9a-f]+\?at=\d+/);
    await page.getByLabel('只看有对应语句的').uncheck();
    const unanswered = page.locator('[data-testid=yoy-followups] > li:has(.fu-status[data-status=未见回应])').first();
    expect(await unanswered.textContent()).toContain('未见回应');
    expect(await unanswered.locator('.fu-candidates').count()).toBe(0);
  });

  it('跨年项目 of the national reports: 青藏铁路 from 在建 to 建成, each year’s sentence a link into the reader', async () => {
    const page = await open(`#/projects?region=${encodeURIComponent(NATION)}`, 'projects');
    expect(await page.getByTestId('projects-summary').textContent()).toMatch(/^中华人民共和国：库中 \d+ 份报告（\d{4}–2025 年），\d+ 个项目在 2 年以上的报告中出现/);
    const row = page.locator('[data-testid=projects-table] tr[data-project=青藏铁路]');
    expect(await row.getAttribute('data-status')).toBe('completed');
    expect(await row.locator('.pj-status').textContent()).toBe('已建成');
    expect(await row.locator('.pj-years > li').count()).toBeGreaterThanOrEqual(4);
    expect(await row.locator('.pj-years > li[data-year="2008"] .pj-stage').allTextContents()).toContain('建成');
    expect(await row.locator('.pj-years > li[data-year="2001"] .pj-stage').allTextContents()).toContain('在建');
    // A project of many names keeps them: 三峡 as 长江三峡工程 and 三峡工程.
    expect(await page.locator('[data-testid=projects-table] tr[data-project=三峡工程] th small').first().textContent()).toContain('长江三峡工程');
    // The sentence of a year opens the reader at the name.
    const quote = row.locator('.pj-years > li[data-year="2008"] .pj-quote').first();
    expect(await quote.getAttribute('title')).toContain('青藏铁路');
    await quote.click();
    await page.waitForSelector('body[data-ready="reader"]');
    expect(page.url()).toMatch(/#\/reader\/[0-9a-f]{16}\?at=\d+&len=4$/);
    // The status filter leaves only what it names; the CSV is a download of the same query.
    const back = await open(`#/projects?region=${encodeURIComponent(NATION)}`, 'projects');
    await back.getByRole('button', { name: '规划中' }).click();
    const statuses = await back.locator('[data-testid=projects-table] tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-status')));
    expect(statuses.length).toBeGreaterThan(0);
    expect(new Set(statuses)).toEqual(new Set(['planned']));
    expect(await back.locator('.downloads a').first().getAttribute('href')).toMatch(/^\/api\/projects\?region=.+&min_years=2&format=csv$/);
  });

  it('a follow-up status confirmed on the yoy page persists after reload, in the audit view and in the ledger the task list offers', async () => {
    const page = await open(`#/yoy?region=${encodeURIComponent(NATION)}&year=2024`, 'yoy');
    await page.getByLabel('审核人').fill('王五');
    const first = page.locator('[data-testid=yoy-followups] > li').first();
    const quote = await first.locator('.fu-commitment > a').textContent();
    const matched = await first.locator('.fu-status').textContent();
    const other = matched === '未见回应' ? '有进展' : '未见回应';
    await first.getByLabel('落实情况').selectOption(other);
    await first.getByRole('button', { name: '更正' }).click();
    await first.locator('.fu-reviewed').filter({ hasText: `已人工更正（原：${matched}） · 王五` }).waitFor();

    await page.reload();
    await page.waitForSelector('body[data-ready="yoy"]');
    const again = page.locator('[data-testid=yoy-followups] > li').first();
    expect(await again.locator('.fu-commitment > a').textContent()).toBe(quote);
    expect(await again.locator('.fu-status').textContent()).toBe(other);
    expect(await again.getByTestId('status-review').getAttribute('data-reviewed')).toBe(other);
    expect(await again.locator('.fu-reviewed').textContent()).toContain('王五');

    await page.goto(`${main.url}/#/audit`);
    await page.waitForSelector('body[data-ready="audit"]');
    const audit = await page.locator('[data-testid=audit-table] tbody tr').first().textContent();
    expect(audit).toContain(`落实情况：${matched} → ${other}`);
    expect(audit).toContain('审核人：王五');

    // The task list of the 2023 report offers its ledger, which carries the corrected status.
    const id = await docId(NATION, 2023);
    await page.goto(`${main.url}/#/tasks/${id}`);
    await page.waitForSelector('body[data-ready="tasks"]');
    const links = page.getByTestId('ledger-downloads').locator('a');
    expect(await links.allTextContents()).toEqual(['XLSX', 'CSV', 'JSON']);
    const xlsx = await page.request.get(`${main.url}${await links.first().getAttribute('href')}`);
    expect(xlsx.headers()['content-type']).toContain('spreadsheetml');
    const json = await (await page.request.get(`${main.url}${await links.nth(2).getAttribute('href')}`)).json();
    const row = json.rows.find((r: { quote: string }) => r.quote === quote);
    expect(row).toMatchObject({ status: other, review: { author: '王五', matched } });
  });

  it('a report containing <script> and <img onerror> text shows them as text and runs nothing', async () => {
    const script = '<script>window.__pwned=1</script>';
    const img = '<img src=x onerror="window.__pwned=1">';
    const text = `示范县2031年政府工作报告${script}\n各位代表：\n一、2030年工作回顾\n地区生产总值增长6%。${img}\n二、2031年工作安排\n地区生产总值增长6.5%左右。\n`;
    const page = await open('#/library', 'library');
    // Dropped on the drop zone, as a user drags a file in.
    const drop = await page.evaluateHandle((t) => {
      const dt = new DataTransfer();
      dt.items.add(new File([t], 'xss.txt', { type: 'text/plain' }));
      return dt;
    }, text);
    await page.dispatchEvent('[data-testid=dropzone]', 'drop', { dataTransfer: drop });
    const item = page.getByTestId('upload-item').and(page.locator('[data-state=done]'));
    await item.waitFor();
    expect(await item.textContent()).toContain('已入库 1 份');
    await item.locator('.result a').first().click();
    await page.waitForSelector('body[data-ready="reader"]');
    await page.waitForLoadState('networkidle');
    const docText = page.getByTestId('doc-text');
    expect(await docText.textContent()).toContain(script);
    expect(await docText.textContent()).toContain(img);
    await page.getByText(script).first().waitFor({ state: 'visible' });
    await page.getByText('onerror="window.__pwned=1"').first().waitFor({ state: 'visible' });
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('script:not([src])').count()).toBe(0);
  });
});

/** Words of Latin letters in a text, but for the names the interface keeps as they are (CSV, API, GDP …). */
const KEPT = new Set(['CSV', 'XLSX', 'API', 'GDP', 'CPI', 'PDF', 'txt', 'md', 'html', 'docx', 'pdf', 'jsonl', 'csv', 'UTF']);
const english = (text: string): string[] => (text.replace(/CSV|XLSX/g, ' ').match(/[A-Za-z]{3,}/g) ?? []).filter((w) => !KEPT.has(w));

/** What a page says to the person: its alerts, notes and empty states, and the page as a whole when it has no report text. */
const messages = (page: Page) =>
  page.evaluate(() => {
    const main = document.querySelector('main')!.cloneNode(true) as HTMLElement;
    // The report's own words (its text, quotes, snippets) may hold Latin letters; the interface's may not.
    main.querySelectorAll('.doc-text, .fu-candidates, .fu-commitment a, [title], mark, .hit, option, code').forEach((el) => el.remove());
    return main.innerText;
  });

describe('the workbench speaks Chinese when something is wrong', () => {
  it('an unknown report id says so in Chinese and shows no report', async () => {
    for (const id of ['doesnotexist', '0123456789abcdef']) {
      const page = await open(`#/reader/${id}`, 'reader');
      const alert = await page.getByRole('alert').textContent();
      expect(alert).toMatch(id === 'doesnotexist' ? /报告编号无效/ : /库中没有这份报告/);
      expect(english(alert!)).toEqual([]);
      expect(await page.getByTestId('doc-text').count()).toBe(0);
      expect(await page.getByTestId('fact-list').count()).toBe(0);
    }
  });

  it('a region without a previous report: no comparison, a Chinese message', async () => {
    const page = await open(`#/yoy?region=${encodeURIComponent('钦州市')}&year=2024`, 'yoy');
    const msg = await page.getByTestId('yoy-missing').textContent();
    expect(msg).toContain('库中没有钦州市 2023 年的报告，无从对比');
    expect(english(msg!)).toEqual([]);
    // The report the library has is one click away; nothing is compared with nothing.
    expect(await page.getByTestId('yoy-missing').locator('a').getAttribute('href')).toMatch(/#\/reader\/[0-9a-f]{16}$/);
    expect(await page.getByTestId('yoy-targets').count()).toBe(0);
    expect(await page.getByTestId('yoy-followups').count()).toBe(0);
    expect(await page.locator('main').textContent()).not.toContain('新提出');
  });

  it('跨年项目 of a region with one report: nothing to follow across years, said in Chinese', async () => {
    const page = await open(`#/projects?region=${encodeURIComponent('钦州市')}`, 'projects');
    const msg = await page.getByTestId('projects-one-report').textContent();
    expect(msg).toBe('库中只有钦州市 2024 年一份报告，没有可以跨年跟踪的项目。');
    expect(await page.getByTestId('projects-one-report').locator('a').getAttribute('href')).toMatch(/#\/reader\/[0-9a-f]{16}$/);
    expect(await page.getByTestId('projects-table').count()).toBe(0);
  });

  it('a ranking with no region to rank: a Chinese message, no chart and no ranks', async () => {
    // The cities' first target year: their 2024 reports give 2023's results, but no 2023 report its targets.
    const page = await open('#/track?mode=ranking&level=city&year=2023&indicator=gdp', 'track');
    const msg = await page.locator('main p.empty').textContent();
    expect(msg).toContain('无法排名');
    expect(msg).toContain('0 个有目标');
    expect(await page.getByTestId('track-table').count()).toBe(0);
    expect(await page.locator('.chart').count()).toBe(0);
    // The default year of the ranking view is that year too.
    const first = await open('#/track?mode=ranking', 'track');
    expect(await first.locator('main p.empty').textContent()).toContain('无法排名');
    expect(await first.getByTestId('track-table').count()).toBe(0);
  });

  it('a ranking ranks only the regions with a gap', async () => {
    const page = await open(`#/track?mode=ranking&level=national&year=2023&indicator=gdp`, 'track');
    const ranks = await page.locator('[data-testid=track-table] tbody tr td:first-child').allTextContents();
    expect(ranks).toEqual(['1']);
  });

  it('the measure of a rate is 比率, not 总量', async () => {
    const page = await open(`#/yoy?region=${encodeURIComponent(NATION)}&year=2024`, 'yoy');
    const row = page.locator('[data-testid=yoy-targets] tr[data-indicator=surveyed_unemployment][data-measure=level]');
    expect(await row.locator('td').first().textContent()).toBe('比率');
    expect(await page.locator('[data-testid=yoy-targets] tr[data-measure=level]:not([data-indicator$=_rate]):not([data-indicator$=unemployment]) td').allTextContents()).toContain('总量');
  });

  it('no page shows the server’s English: every error and empty state is Chinese', async () => {
    const N = encodeURIComponent(NATION);
    const pagesToScan: Array<[string, string]> = [
      ['#/reader/doesnotexist', 'reader'],
      ['#/reader/0123456789abcdef', 'reader'],
      ['#/tasks/doesnotexist', 'tasks'],
      ['#/tasks/0123456789abcdef', 'tasks'],
      [`#/yoy?region=${encodeURIComponent('钦州市')}&year=2024`, 'yoy'],
      [`#/yoy?region=${encodeURIComponent('不存在市')}&year=2024`, 'yoy'],
      ['#/track?mode=ranking', 'track'],
      [`#/track?region=${encodeURIComponent('不存在市')}&indicator=gdp`, 'track'],
      [`#/track?region=${N}&indicator=${encodeURIComponent('没有的指标')}`, 'track'],
      [`#/compare?indicator=${encodeURIComponent('没有的指标')}&year=2024`, 'compare'],
      ['#/compare?indicator=gdp&year=1800', 'compare'],
      [`#/compare?indicator=gdp&year=2024&within=${encodeURIComponent('不存在省')}`, 'compare'],
      [`#/search?q=${encodeURIComponent('""')}`, 'search'],
      [`#/search?q=${encodeURIComponent('没有这个词语的报告')}`, 'search'],
      ['#/audit?document=xyz', 'audit'],
      [`#/library?region=${encodeURIComponent('不存在市')}`, 'library'],
      [`#/projects?region=${encodeURIComponent('钦州市')}`, 'projects'],
      [`#/projects?region=${encodeURIComponent('不存在市')}`, 'projects'],
    ];
    const found: Record<string, string[]> = {};
    for (const [path, ready] of pagesToScan) {
      const page = await open(path, ready);
      const words = english(await messages(page));
      if (words.length) found[path] = words;
      await page.close();
    }
    expect(found).toEqual({});
  });

  it('an upload that cannot be read says why in Chinese', async () => {
    const page = await open('#/library', 'library');
    await page.getByTestId('file-input').setInputFiles([
      { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) },
      { name: 'binary.txt', mimeType: 'text/plain', buffer: Buffer.from([0, 1, 2, 0, 0, 3, 4, 0, 0, 0, 5, 0]) },
    ]);
    const failed = page.getByTestId('upload-item').and(page.locator('[data-state=failed]'));
    await expect.poll(() => failed.count()).toBe(2);
    for (const text of await failed.locator('.result').allTextContents()) {
      expect(text).toMatch(/^失败：/);
      expect(english(text.replace(/[\w.]+\.txt/, ''))).toEqual([]);
    }
  });
});

describe('the map', () => {
  // Three provinces' reports, written here: 2024's targets, and 2025's reviews of 2024.
  const province = (name: string, all: string, year: number, review: string, target: string) =>
    `${name}${year}年政府工作报告\n各位代表：\n现在，我代表${name}人民政府向大会报告工作，请予审议。\n一、${year - 1}年工作回顾\n过去一年，${all}地区生产总值增长${review}。\n二、${year}年工作总体要求和主要目标\n今年经济社会发展的主要预期目标是：地区生产总值增长${target}。\n`;
  const REPORTS: Array<[string, string, string, string, string]> = [
    ['广西壮族自治区', '全区', '4.1%', '5.5%左右', '4.2%'],
    ['广东省', '全省', '4.8%', '5%左右', '3.5%'],
    ['云南省', '全省', '4.4%', '5%以上', '3.8%'],
  ];
  let provinces: Served;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'wr-provinces-'));
    for (const [name, all, review, target, next] of REPORTS) {
      writeFileSync(join(dir, `${name}2024.txt`), province(name, all, 2024, review, target));
      writeFileSync(join(dir, `${name}2025.txt`), province(name, all, 2025, next, '5%左右'));
    }
    provinces = await serve([dir]);
  });
  afterAll(async () => {
    await provinces?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** The most strongly shaded point of the map (left of it is the scale), in page coordinates. */
  const darkest = (page: Page) =>
    page.locator('.chart canvas').first().evaluate((c: HTMLCanvasElement) => {
      const ctx = c.getContext('2d')!;
      const { data } = ctx.getImageData(0, 0, c.width, c.height);
      const scale = c.width / c.getBoundingClientRect().width;
      let best = { x: 0, y: 0, blue: -1 };
      for (let y = 0; y < c.height; y += 2)
        for (let x = Math.round(140 * scale); x < c.width; x += 2) {
          const i = (y * c.width + x) * 4;
          const blue = data[i + 2] - data[i];
          if (blue > best.blue) best = { x, y, blue };
        }
      const r = c.getBoundingClientRect();
      return { x: r.left + best.x / scale, y: r.top + best.y / scale, blue: best.blue };
    });

  it('shades the provinces by their 2024 GDP targets, lists them beside, and a click opens the track', async () => {
    const page = await open('#/map?indicator=gdp&year=2024', 'map', provinces.url);
    await page.waitForSelector('.chart[data-chart-ready] canvas');
    const rows = await page.locator('[data-testid=map-table] tbody tr').evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll('td'), (td) => td.textContent)));
    expect(rows.map((r) => r[0])).toEqual(['广西壮族自治区', '广东省', '云南省']);
    expect(rows.map((r) => r[1])).toEqual(['5.5 左右', '5 左右', '≥5']);
    expect(await page.locator('[data-testid=map-table] thead').textContent()).toContain('目标（增速）');
    // The darkest area is the highest target, 广西's: a click on it opens its GDP track.
    const p = await darkest(page);
    expect(p.blue).toBeGreaterThan(60);
    await page.mouse.click(p.x, p.y);
    await page.waitForURL(/#\/track\?/);
    const q = new URL(page.url().replace('#/track', '')).searchParams;
    expect([q.get('region'), q.get('indicator')]).toEqual(['广西壮族自治区', 'gdp']);
    await page.waitForSelector('body[data-ready="track"]');
  });

  it('shows the gap between 2024 targets and results, and says so when a year has none', async () => {
    const page = await open('#/map?indicator=gdp&year=2024&show=gap', 'map', provinces.url);
    const rows = await page.locator('[data-testid=map-table] tbody tr').evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll('td'), (td) => td.textContent)));
    expect(Object.fromEntries(rows.map((r) => [r[0], [r[1], r[2]]]))).toEqual({ 广西壮族自治区: ['-1.3', '未完成'], 广东省: ['-1.5', '未完成'], 云南省: ['-1.2', '未完成'] });
    const none = await open('#/map?indicator=gdp&year=2025&show=gap', 'map', provinces.url);
    expect(await none.getByRole('status').textContent()).toBe('2025 年没有哪个地区有地区生产总值的差距。');
    expect(await none.getByTestId('map-table').count()).toBe(0);
  });

  it('draws a province’s cities: the seeds’ five 广西 cities', async () => {
    const page = await open('#/map?level=city&indicator=gdp', 'map');
    await page.waitForSelector('.chart[data-chart-ready] canvas');
    expect(await page.getByLabel('省份').inputValue()).toBe('广西壮族自治区');
    const rows = await page.locator('[data-testid=map-table] tbody tr td:first-child').allTextContents();
    expect(rows.sort()).toEqual(['北海市', '崇左市', '防城港市', '贵港市', '钦州市'].sort());
  });
});
