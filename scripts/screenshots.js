// `npm run screenshots`: every page of the workbench at 1440×900 in Chromium, over a temporary library of the
// bundled samples, written to docs/screenshots/<page>.png (the README shows them). Needs `npm run build`
// (the npm script runs it) and, for legible Chinese, a CJK font (Debian: fonts-noto-cjk).
import { mkdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { startSampleServer, ROOT } from './sample-server.js';
import { launchChromium } from './browser.js';

const OUT = join(ROOT, 'docs/screenshots');
const NATION = encodeURIComponent('中华人民共和国');

// Without a CJK font Chromium draws every Chinese character as a box: refuse rather than write such pictures.
let cjkFonts = '';
try {
  cjkFonts = execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' }).trim();
} catch {
  // no fontconfig: Chromium finds no font either
}
if (!cjkFonts) {
  console.error('error: no Chinese font installed, so the screenshots would show boxes; install one: apt-get install -y fonts-noto-cjk');
  process.exit(1);
}

const s = await startSampleServer();
const browser = await launchChromium({ width: 1440, height: 900 });
try {
  const doc = (region, year) => s.docs.find((d) => d.region === region && d.year === year).id;
  const qinzhou = doc('钦州市', 2024);
  const fact = (indicator) =>
    `${qinzhou}:${s.lib.sqlite.prepare("SELECT ord FROM facts WHERE document_id = ? AND indicator = ? AND kind = 'target' AND headline = 1 ORDER BY ord").pluck().get(qinzhou, indicator)}`;
  // A few reviews, so that the audit view has something to show.
  const review = (id, body) => fetch(`${s.url}/api/facts/${id}/review`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  await review(fact('gdp'), { action: 'confirm', note: '与原文一致' });
  await review(fact('industrial_value_added'), { action: 'edit', edit: { value: 9.5 }, note: '示例：更正数值' });
  await review(fact('cpi'), { action: 'confirm' });

  const shots = [
    ['library', '#/library'],
    ['reader', `#/reader/${qinzhou}?fact=${fact('gdp')}`],
    ['compare', '#/compare?indicator=gdp,fixed_asset_investment,cpi&kind=target&year=2024&level=city'],
    ['track', `#/track?region=${NATION}&indicator=gdp&from=2005`],
    ['tasks', `#/tasks/${qinzhou}?quantified=true`],
    ['search', `#/search?q=${encodeURIComponent('平陆运河')}`],
    ['yoy', `#/yoy?region=${NATION}&year=2024`],
    ['projects', `#/projects?region=${NATION}`],
    ['audit', '#/audit'],
    // The samples hold no province's report: the cities of 广西.
    ['map', '#/map?level=city&indicator=gdp'],
  ];
  mkdirSync(OUT, { recursive: true });
  for (const [name, path] of shots) {
    const page = await browser.context.newPage();
    await page.goto(`${s.url}/${path}`);
    await page.waitForSelector(`body[data-ready="${name}"]`);
    await page.waitForLoadState('networkidle');
    if (await page.locator('.chart').count()) await page.waitForSelector('.chart[data-chart-ready] canvas');
    await page.evaluate(() => document.fonts.ready);
    const file = join(OUT, `${name}.png`);
    await page.screenshot({ path: file });
    console.log(`docs/screenshots/${name}.png`);
    await page.close();
  }
} finally {
  await browser.close();
  await s.close();
}
