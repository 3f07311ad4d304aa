// Injection (issue 11, point 3), over real SQLite libraries, no mocks:
// - through the CLI and the HTTP API, every filter value and every search word is data: hostile values give an
//   answer (exit 0, 200) or a one-line refusal (exit 2, 400 with a JSON error), never a crash, a stack trace or
//   SQL/FTS error text, and the library is the same afterwards;
// - CSV and XLSX exports neutralise cells a spreadsheet would run as formulas (OWASP CSV injection), and an XLSX
//   never holds a formula.
// (A NUL byte cannot reach the CLI through argv, which the OS ends at the first NUL: it is tried through the API
// and a --dict file.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import ExcelJS from 'exceljs';
import { parse as parseCsv } from 'csv-parse/sync';
import { cli, cliAsync, ROOT, SEEDS } from '../cli/run-cli.js';
import { tmpDir } from '../store/helpers.js';
import { dropLibraries, dumpAt, dumpLibrary, newLibrary } from '../support/backend.js';

import { openLibrary, type Library } from '../../src/store/db.js';
import { ingest } from '../../src/store/ingest.js';
import { createApp } from '../../src/server/app.js';
import { neutralise, renderCsv, renderXlsx, xlsxCell } from '../../src/model/render.js';
import { queryTerms } from '../../src/analysis/search.js';

const LONG = '平陆运河'.repeat(2500); // 10,000 characters

/** The values tried in every filter and as search words. */
const HOSTILE = [
  "'", '"', "' OR 1=1 --", '"; DROP TABLE documents; --', "x'); ATTACH DATABASE '/tmp/wr-evil' AS e; --", '%', '_', '\\', '*',
  'NEAR(', 'NEAR(a b)', 'OR', 'AND', 'NOT', '-', '-钦州', '"钦州', '钦州"', '^', ':', 'col:钦州', 'text:平陆运河', '(', ')', '{}',
  '平陆运河 OR 1', '平陆*', '"平陆运河"', 'x'.repeat(10_000), LONG, '😀🇨🇳👨‍👩‍👧', '\u202e钦州\u200f', '\u200f平陆运河',
];
/** The ones a validated filter (level, year, kind, indicator, within) is tried with: its refusal is one check. */
const REFUSED = ["'", "' OR 1=1 --", '"; DROP TABLE documents; --', '%', 'NEAR(a b)', '-钦州', LONG, '😀🇨🇳👨‍👩‍👧', '\u202e钦州\u200f'];
/** The API takes what argv cannot: NUL and other control characters. */
const HOSTILE_API = [...HOSTILE, '\0', '平陆\0运河', '钦州\0', '\u0001\u001f\u007f'];

const label = (v: string) => (v.length > 40 ? `${JSON.stringify(v.slice(0, 12))}… (${v.length} chars)` : JSON.stringify(v));

/** What must never reach a user: SQL or FTS errors, a WebAssembly trap, a stack trace, an internal error. */
const LEAK = /syntax error|fts5|SQLITE_|near "|unterminated|unreachable|internal error|URI malformed|\n\s+at \S.*:\d+:\d+/i;

type Run = { code: number | null; stdout: string; stderr: string };

/** Exit 0, or 2 with one line of `error: …` (commander) or the same prefix from bin/workreport.js (a refused value); nothing leaked. */
function expectClean(r: Run, what: string): void {
  expect(r.stderr, what).not.toMatch(LEAK);
  expect(r.stdout, what).not.toMatch(LEAK);
  expect([0, 2], `${what}: exit ${r.code}, ${r.stderr.slice(0, 300)}`).toContain(r.code);
  if (r.code === 2) {
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines, what).toHaveLength(1);
    expect(lines[0], what).toMatch(/^(?:error|workreport): \S/);
  }
}

const json = (r: Run) => JSON.parse(r.stdout);

// Every describe names its library when it is collected: the databases go once all have run.
afterAll(() => dropLibraries());

describe('the CLI: every filter value and search word is data', () => {
  const tmp = tmpDir('wr-inject-cli-');
  const db = newLibrary(tmp.dir);
  let before = '';
  // --db right after the command: after a -- everything is a search word.
  const q = ([command, ...args]: string[]) => cliAsync([command, '--db', db, ...args]);

  beforeAll(async () => {
    expect(cli(['ingest', SEEDS, '--db', db, '--quiet']).code).toBe(0);
    // The first search builds the index (its own tables, outside the dump): done before the dump is taken.
    expect(cli(['search', '平陆运河', '--db', db]).code).toBe(0);
    before = await dumpAt(db);
  });
  afterAll(() => tmp.cleanup());

  it.each(HOSTILE.map((v) => [label(v), v]))('%s as a search query and in every data filter', async (_, v) => {
    const [query, region, panel, terms] = await Promise.all([
      q(['search', '--format', 'json', '--', v]),
      q(['search', '平陆运河', '--format', 'json', `--region=${v}`, `--kind-of-part=${v}`]),
      q(['panel', '--format', 'json', `--region=${v}`, `--within=450000`, `--kind=${v}`, `--measure=${v}`, `--indicator=gdp`]),
      q(['terms', '--format', 'json', `--words=${v}`]),
    ]);
    for (const [what, r] of Object.entries({ query, region, panel, terms })) expectClean(r, what);

    // The query's words are its terms, as queryTerms reads them; only quotes alone leave nothing (exit 2).
    const words = queryTerms(v);
    expect(query.code).toBe(words.length ? 0 : 2);
    if (words.length) {
      const r = json(query);
      expect(r.terms).toEqual(words);
      // Every hit is the longest term as written (marked in its snippet), not read as syntax.
      const anchor = [...words].sort((a, b) => b.length - a.length)[0];
      for (const h of r.hits) expect(h.snippet).toContain(`【${anchor}】`);
    }
    // A filter value that names nothing matches nothing.
    expect(region.code).toBe(0);
    expect(json(region).hits).toEqual([]);
    expect(panel.code).toBe(0);
    expect(json(panel)).toEqual([]);
    // A word is counted as written, in every report.
    expect(terms.code).toBe(0);
    // (The JSON the API gives: { rows }.)
    const rows = json(terms).rows;
    expect(rows).toHaveLength(5);
    const word = v.trim();
    for (const row of rows) expect(Number.isInteger(row.counts[word])).toBe(true);
    if (v === '%') expect(rows.every((row: any) => row.counts['%'] > 0)).toBe(true);
  });

  it.each(REFUSED.map((v) => [label(v), v]))('%s in a validated filter: exit 2 with one line naming the option (and as a track region: nothing)', async (_, v) => {
    const [track, ...runs] = await Promise.all([
      q(['track', '--format', 'json', `--region=${v}`, `--measure=${v}`, `--year=2020-2024`]),
      q(['compare', '--year', '2024', `--indicator=${v}`]),
      q(['compare', '--year', '2024', `--level=${v}`]),
      q(['compare', '--year', '2024', `--kind=${v}`]),
      q(['compare', '--year', '2024', `--within=${v}`]),
      q(['compare', `--year=${v}`]),
      q(['panel', `--year=${v}`]),
      q(['track', '--level', 'city', `--year=${v}`]),
    ]);
    const said = ['unknown indicator', '--level: ', '--kind: ', '--within: unknown region', '--year: ', '--year: ', '--year: '];
    runs.forEach((r, i) => {
      expectClean(r, said[i]);
      expect(r.code, said[i]).toBe(2);
      expect(r.stderr, said[i]).toContain(said[i]);
      expect(r.stdout).toBe('');
    });
    // An unknown indicator comes with the way to the known ones.
    expect(runs[0].stderr).toContain('workreport indicators');
    // (The track series of a region that is not one: nothing, as data.)
    expectClean(track, 'track');
    expect(track.code).toBe(0);
    expect(json(track)).toEqual({ mode: 'series', indicator: 'gdp', rows: [] });
  });

  describe('search syntax is data (queryTerms: words split at spaces, quotes stripped, every word in one paragraph)', () => {
    const hits = async (query: string) => {
      const r = await q(['search', '--format', 'json', '--limit', '200', '--', query]);
      expectClean(r, query);
      expect(r.code).toBe(0);
      return json(r) as { terms: string[]; hits: Array<{ region: string; document_id: string; span: [number, number]; snippet: string }> };
    };

    it('quotes are not phrase marks: "平陆运河" finds what 平陆运河 finds, 钦州 among it', async () => {
      const plain = await hits('平陆运河');
      expect(plain.hits.length).toBeGreaterThan(0);
      expect(plain.hits.map((h) => h.region)).toContain('钦州市');
      const quoted = ['"平陆运河"', '“平陆运河”', "'平陆运河'", '""平陆运河""'];
      const [two, words, ...same] = await Promise.all(['"平陆 运河"', '平陆 运河', ...quoted].map(hits));
      same.forEach((r, i) => {
        expect(r.terms, quoted[i]).toEqual(['平陆运河']);
        expect(r.hits, quoted[i]).toEqual(plain.hits);
      });
      // Quoting two words does not make a phrase of them: the same as the two words.
      expect(two.terms).toEqual(['平陆', '运河']);
      expect(two.hits).toEqual(words.hits);
      expect(two.hits.length).toBeGreaterThan(0);
    });

    it('operators, prefixes, columns and NEAR are words to find: here they find nothing', async () => {
      const cases = [
        ['平陆运河 OR 1', ['平陆运河', 'OR', '1']],
        ['平陆运河 NOT 钦州', ['平陆运河', 'NOT', '钦州']],
        ['平陆运河 AND', ['平陆运河', 'AND']],
        ['平陆*', ['平陆*']],
        ['平陆运河*', ['平陆运河*']],
        ['NEAR(平陆运河 钦州)', ['NEAR(平陆运河', '钦州)']],
        ['text:平陆运河', ['text:平陆运河']],
        ['^平陆运河', ['^平陆运河']],
        ['-平陆运河', ['-平陆运河']],
        ['{平陆运河}', ['{平陆运河}']],
      ] as const;
      const results = await Promise.all(cases.map(([query]) => hits(query)));
      cases.forEach(([query, terms], i) => {
        expect(results[i].terms, query).toEqual(terms);
        expect(results[i].hits, query).toEqual([]);
      });
    });

    it('a word that starts with - is an option unless after --: exit 2 with commander’s one line', async () => {
      const r = await q(['search', '-钦州']);
      expect(r.code).toBe(2);
      expect(r.stderr.trim()).toBe("error: unknown option '-钦州'");
      expect((await hits('-钦州')).terms).toEqual(['-钦州']);
    });

    it('a --dict word holding a NUL (jieba-wasm would trap for the rest of the process) leaves the counting intact', () => {
      const dict = join(tmp.dir, 'words.txt');
      writeFileSync(dict, '\0\n平陆\0运河\n平陆运河\n');
      const r = cli(['terms', '--dict', dict, '--format', 'json', '--db', db]);
      expectClean(r, 'terms --dict');
      expect(r.code).toBe(0);
      const qinzhou = json(r).rows.find((row: any) => row.region === '钦州市');
      expect(qinzhou.counts['平陆运河']).toBeGreaterThan(0);
    });
  });

  it('afterwards the library is unchanged and `workreport info` still reads it', async () => {
    expect(await dumpAt(db)).toBe(before);
    const r = cli(['info', '--json', '--db', db]);
    expect(r.code).toBe(0);
    const info = JSON.parse(r.stdout);
    expect(info.counts.documents).toBe(5);
    expect(info.library).toBe(db);
    expect(cli(['info', '--db', db]).stdout).toMatch(/^documents\s+5$/m);
  });
});

describe('the HTTP API: every query parameter is data', () => {
  const tmp = tmpDir('wr-inject-api-');
  const path = newLibrary(tmp.dir);
  let lib: Library;
  let app: ReturnType<typeof createApp>;
  let web: ReturnType<typeof createApp>;
  let before = '';
  let doc = '';

  beforeAll(async () => {
    lib = await openLibrary(path);
    await ingest(lib, [SEEDS], { jobs: 0 });
    app = createApp({ lib });
    web = createApp({ lib, webDir: join(ROOT, 'dist', 'web') });
    doc = (await lib.db.selectFrom('documents').select('id').where('region', '=', '钦州市').executeTakeFirstOrThrow()).id;
    // The first search builds the index (outside the dump).
    expect((await app.request('/api/search?q=' + encodeURIComponent('平陆运河'))).status).toBe(200);
    before = await dumpLibrary(lib.db);
  });
  afterAll(async () => {
    await lib.close();
    tmp.cleanup();
  });

  const routes = (v: string): string[] => {
    const e = encodeURIComponent(v);
    return [
      `/api/documents?q=${e}`,
      `/api/documents?region=${e}&within=${e}`,
      `/api/documents?level=${e}`,
      `/api/documents?year=${e}`,
      `/api/documents?limit=${e}&offset=${e}`,
      `/api/documents/${e}`,
      `/api/documents/${e}/tasks`,
      `/api/documents/${doc}/tasks?action=${e}&section=${e}&quantified=${e}`,
      `/api/documents/${doc}/tasks?format=${e}`,
      `/api/regions?level=${e}`,
      `/api/regions?within=${e}`,
      `/api/search?q=${e}`,
      `/api/search?q=${e}&format=csv`,
      `/api/search?q=${e}&format=xlsx`,
      `/api/search?q=${encodeURIComponent('平陆运河')}&region=${e}&part=${e}&level=${e}`,
      `/api/search?q=${encodeURIComponent('平陆运河')}&year=${e}&limit=${e}`,
      `/api/compare?year=2024&indicator=${e}`,
      `/api/compare?year=2024&region=${e}&format=csv`,
      `/api/compare?year=2024&within=${e}`,
      `/api/compare?year=2024&kind=${e}&measure=${e}`,
      `/api/compare?year=${e}`,
      `/api/panel?region=${e}&kind=${e}&measure=${e}`,
      `/api/panel?indicator=${e}&format=xlsx`,
      `/api/panel?year=${e}&report_year=${e}&headline=${e}`,
      `/api/track?indicator=${e}&region=${encodeURIComponent('钦州市')}`,
      `/api/track?region=${e}&measure=${e}&format=csv`,
      `/api/track?level=city&year=${e}&tolerance=${e}`,
      `/api/track/commitments?year=2024&region=${e}`,
      `/api/track/commitments?year=${e}&top=${e}`,
      `/api/terms?words=${e}`,
      `/api/terms?words=${e}&format=xlsx`,
      `/api/terms?words=${encodeURIComponent('平陆运河')}&region=${e}&exact=${e}`,
      `/api/yoy?region=${e}&year=2024`,
      `/api/yoy?region=${encodeURIComponent('钦州市')}&year=${e}&words=${e}`,
      `/api/corrections?document=${e}&target=${e}`,
    ];
  };

  /** 200, or 400 with one line of JSON error; never 500, never SQL text or a stack. */
  async function expectAnswer(a: ReturnType<typeof createApp>, url: string, allowed = [200, 400]): Promise<Response> {
    const r = await a.request(url);
    const what = `${url.slice(0, 120)} → ${r.status}`;
    expect(allowed, what).toContain(r.status);
    const type = r.headers.get('content-type') ?? '';
    if (type.includes('spreadsheetml')) return r;
    const body = await r.clone().text();
    expect(body, what).not.toMatch(LEAK);
    if (r.status !== 200) {
      expect(type, what).toContain('application/json');
      const err = JSON.parse(body).error;
      expect(typeof err, what).toBe('string');
      expect(err, what).not.toContain('\n');
    }
    return r;
  }

  it.each(HOSTILE_API.map((v) => [label(v), v]))('%s in every parameter of every GET endpoint', async (_, v) => {
    for (const url of routes(v)) await expectAnswer(app, url);
    // As an endpoint's name: none such, in JSON.
    await expectAnswer(app, `/api/${encodeURIComponent(v)}`, [404]);
  });

  it('search: a NUL separates words as a space does; quotes and NUL alone are a 400', async () => {
    const body = async (q: string) => (await (await expectAnswer(app, '/api/search?q=' + encodeURIComponent(q))).json()) as any;
    const plain = await body('平陆运河');
    expect(plain.hits.map((h: any) => h.region)).toContain('钦州市');
    expect((await body('"平陆运河"')).hits).toEqual(plain.hits);
    expect((await body('平陆\0运河')).terms).toEqual(['平陆', '运河']);
    expect((await body('平陆运河\0')).hits).toEqual(plain.hits);
    for (const q of ['"', "'", '\0', '" "']) {
      const r = await app.request('/api/search?q=' + encodeURIComponent(q));
      expect(r.status, q).toBe(400);
      expect(((await r.json()) as any).error).toMatch(/^q: nothing to find/);
    }
  });

  it('the library list’s q is a literal substring: % _ and \\ match only themselves', async () => {
    const total = async (q: string) => ((await (await expectAnswer(app, '/api/documents?q=' + encodeURIComponent(q))).json()) as any).total;
    // Every seed's file name (000_b10a9149f3afa1bd.txt) has one _; none has a % or a \.
    expect(await total('_')).toBe(5);
    expect(await total('000_b')).toBe(1);
    expect(await total('0_0')).toBe(0);
    expect(await total('%')).toBe(0);
    expect(await total('\\')).toBe(0);
    expect(await total('000%b')).toBe(0);
    expect(await total('钦州')).toBe(1);
  });

  it('terms and year-over-year still segment after NUL words (jieba-wasm is never handed one)', async () => {
    for (const w of ['\0', '平陆\0运河', '\0\0', '平陆运河']) await expectAnswer(app, '/api/terms?words=' + encodeURIComponent(w));
    const r = await expectAnswer(app, '/api/terms?words=' + encodeURIComponent('平陆运河'));
    const rows = ((await r.json()) as any).rows;
    expect(rows.find((x: any) => x.region === '钦州市').counts['平陆运河']).toBeGreaterThan(0);
    expect((await app.request('/api/yoy?region=' + encodeURIComponent('钦州市') + '&year=2024')).status).toBe(200);
  });

  it('raw, malformed and repeated parameters: a 4xx or an answer, never a 500', async () => {
    const raw = [
      '/api/search?q=%', '/api/search?q=%E0%A4%A', '/api/search?q=%%%', '/api/search?q=%00', '/api/search?q=a&q=b', '/api/search?q[]=x',
      '/api/documents?q=%', '/api/documents?q=%zz', '/api/documents/%', '/api/documents/%00/tasks', '/api/compare?year=2024&year=2025',
      '/api/compare?year=1e3', '/api/compare?year=0x7e8', '/api/documents?limit=-1', '/api/documents?limit=1e9', '/api/documents?offset=NaN',
      '/api/%', '/api/..%2f..%2fetc%2fpasswd', '/api/track?tolerance=Infinity&region=x',
    ];
    for (const url of raw) await expectAnswer(app, url, [200, 400, 404]);
    // The workbench's files: a path that does not decode, or leads outside, is the page (and never a file).
    for (const url of ['/%', '/%E0%A4%A', '/assets/%', '/%00', '/..%2f..%2fpackage.json', '/%2e%2e/%2e%2e/package.json', '/..%2fweb-x/index.html']) {
      const r = await web.request(url);
      expect(r.status, url).toBeLessThan(500);
      if (existsSync(join(ROOT, 'dist', 'web', 'index.html'))) {
        expect(r.status, url).toBe(200);
        expect(r.headers.get('content-type'), url).toContain('text/html');
      }
      expect(await r.text(), url).not.toContain('"name": "workreport"');
    }
  });

  it('a write that is refused (bad JSON, wrong type, unknown field or value) is a 4xx and changes nothing', async () => {
    const fact = (await lib.db.selectFrom('facts').select(['document_id', 'ord']).executeTakeFirstOrThrow());
    const commitment = (await lib.db.selectFrom('commitments').select(['document_id', 'ord']).executeTakeFirstOrThrow());
    const fid = `${fact.document_id}:${fact.ord}`;
    const cid = `${commitment.document_id}:${commitment.ord}`;
    const post = (url: string, body: string, type = 'application/json') => app.request(url, { method: 'POST', headers: { 'Content-Type': type }, body });
    const cases: Array<[string, string, string?]> = [
      [`/api/facts/${fid}/review`, '{'],
      [`/api/facts/${fid}/review`, '{"action":"confirm"'],
      [`/api/facts/${fid}/review`, 'null'],
      [`/api/facts/${fid}/review`, '[]'],
      [`/api/facts/${fid}/review`, '"confirm"'],
      [`/api/facts/${fid}/review`, '{"action":"confirm"}', 'text/plain'],
      [`/api/facts/${fid}/review`, '{"action":"confirm"}', 'application/x-www-form-urlencoded'],
      [`/api/facts/${fid}/review`, JSON.stringify({ action: "confirm' OR 1=1 --" })],
      [`/api/facts/${fid}/review`, JSON.stringify({ action: 'edit', edit: { indicator: "' OR 1=1 --" } })],
      [`/api/facts/${fid}/review`, JSON.stringify({ action: 'edit', edit: { qualifier: '"; DROP TABLE facts; --' } })],
      [`/api/facts/${fid}/review`, JSON.stringify({ action: 'edit', edit: { value: '1; DROP TABLE facts' } })],
      [`/api/facts/${fid}/review`, '{"action":"edit","edit":{"value":1e999}}'],
      [`/api/facts/${fid}/review`, JSON.stringify({ action: 'edit', edit: { low: 5, high: 1 } })],
      [`/api/facts/${fid}/review`, JSON.stringify({ action: 'confirm', sql: 'DROP TABLE facts' })],
      [`/api/facts/${fid}/review`, '{"action":"confirm","constructor":{"prototype":{"polluted":true}}}'],
      [`/api/facts/${fid}/review`, '{"action":"confirm","__proto__":{"polluted":true}}'],
      [`/api/facts/${fid}/review`, JSON.stringify({ action: 'confirm', note: 'x'.repeat(2001) })],
      [`/api/facts/${encodeURIComponent("' OR 1=1 --")}/review`, JSON.stringify({ action: 'confirm' })],
      [`/api/facts/${fact.document_id}:99999999999999999999/review`, JSON.stringify({ action: 'confirm' })],
      [`/api/facts/ffffffffffffffff:0/review`, JSON.stringify({ action: 'reject' })],
      [`/api/commitments/${cid}/review`, JSON.stringify({ action: 'edit', edit: { object: 'x'.repeat(201) } })],
      [`/api/commitments/${cid}/review`, JSON.stringify({ action: 'edit', edit: { review: 'confirmed' } })],
      ['/api/documents', 'x'],
      ['/api/documents?name=a.txt', '', 'multipart/form-data; boundary=zz'],
      ['/api/documents?name=a.txt', 'garbage', 'multipart/form-data'],
      ['/api/documents?name=a.txt', '--zz\r\nContent-Disposition: form-data; name="file"\r\n\r\nabc\r\n--zz--\r\n', 'multipart/form-data; boundary=zz'],
    ];
    for (const [url, body, type] of cases) {
      const r = await post(url, body, type);
      const what = `POST ${url} ${body.slice(0, 60)} → ${r.status}`;
      expect([400, 404, 413, 415], what).toContain(r.status);
      const text = await r.text();
      expect(text, what).not.toMatch(LEAK);
      expect(typeof JSON.parse(text).error, what).toBe('string');
    }
    expect(({} as any).polluted).toBeUndefined();
    expect(await dumpLibrary(lib.db)).toBe(before);
  });

  it('afterwards the library is unchanged and /api/health counts it as before', async () => {
    expect(await dumpLibrary(lib.db)).toBe(before);
    const health = (await (await app.request('/api/health')).json()) as any;
    expect(health.counts.documents).toBe(5);
  });
});

describe('uploads: the file name is data', () => {
  const tmp = tmpDir('wr-inject-upload-');
  let lib: Library;
  let app: ReturnType<typeof createApp>;
  const seed = (i: number) => readFileSync(join(SEEDS, readdirSync(SEEDS).sort()[i]), 'utf8');
  const upload = async (name: string, body: string) => {
    const r = await app.request(`/api/documents?name=${encodeURIComponent(name)}`, { method: 'POST', body });
    expect(r.status, name).toBe(200);
    return (await r.json()) as { file: string; added: number; documents: Array<{ id: string }> };
  };

  beforeAll(async () => {
    lib = await openLibrary(newLibrary(tmp.dir));
    app = createApp({ lib });
  });
  afterAll(async () => {
    await lib.close();
    tmp.cleanup();
  });

  it('a name with %, a path, control or bidi characters is stored as given (its last part) and nothing else', async () => {
    for (const [i, name] of ['100%.txt', '%', 'a%2', '../../../etc/passwd.txt', '\u202etxt.exe', "'; DROP TABLE documents; --.txt"].entries()) {
      // Six reports: the sixth another text of the first one's region-year (the same text with a line changed would
      // be the same report, kept once).
      const text = i < 5 ? seed(i) : seed(0).split('。').filter((_, k) => k % 2 === 0).join('。');
      const r = await upload(name, text + '\n'.repeat(i + 1) + `（第${i}份）`);
      expect(r.file).toBe(name);
      expect(r.added).toBe(1);
      expect(r.documents).toHaveLength(1);
    }
    const paths = (await lib.db.selectFrom('documents').select('source_path').orderBy('source_path').execute()).map((d) => d.source_path);
    expect(paths).toEqual(["upload:%", "upload:'; DROP TABLE documents; --.txt", 'upload:100%.txt', 'upload:a%2', 'upload:passwd.txt', 'upload:\u202etxt.exe'].sort());
    // The header form, percent-encoded UTF-8 (and a bare % as it is).
    for (const [header, stored] of [[encodeURIComponent('钦州 报告.txt'), 'upload:钦州 报告.txt'], ['50%.txt', 'upload:50%.txt']]) {
      // The same report as one stored: replace=true stores it under its own name.
      const r = await app.request('/api/documents?replace=true', { method: 'POST', headers: { 'X-Filename': header }, body: seed(0) + `（${header}）` });
      expect(r.status).toBe(200);
      const ids = ((await r.json()) as any).documents.map((d: any) => d.id);
      const row = await lib.db.selectFrom('documents').select('source_path').where('id', '=', ids[0]).executeTakeFirstOrThrow();
      expect(row.source_path).toBe(stored);
    }
  });

  // Known bug in src/store/ingest.ts (ingestUpload matches `source_path LIKE 'upload:<name>#%'` with the name's own %
  // and _ unescaped), left to the branch that owns that file: the answer to an upload named %.jsonl lists the rows
  // of every other uploaded collection. Flip to `it` when fixed.
  it('an upload answers with its own documents only, whatever its name', async () => {
    const row = (i: number) => JSON.stringify({ content: seed(i) });
    await upload('a.jsonl', `${row(0)}\n${row(1)}\n`);
    const r = await upload('%.jsonl', `${row(2)}\n`);
    expect(r.documents).toHaveLength(1);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Exports: cells that start a formula.

const TRIGGER = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?\d+(?:\.\d+)?%?$/;
/** Characters XML 1.0 cannot hold (C0 controls but tab, LF, CR; U+FFFE, U+FFFF; lone surrogates). */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** A cell a spreadsheet would run: starts with a trigger and is not a plain signed number. */
const runnable = (c: unknown) => typeof c === 'string' && TRIGGER.test(c) && !PLAIN_NUMBER.test(c);

function csvCells(text: string): string[] {
  expect(text.startsWith('\ufeff')).toBe(true);
  return (parseCsv(text, { bom: true }) as string[][]).flat();
}

/** Every cell value of every sheet, and how many cells hold a formula. */
async function xlsxCells(buf: Buffer | Uint8Array): Promise<{ values: unknown[]; formulas: number }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(buf) as any);
  const values: unknown[] = [];
  let formulas = 0;
  wb.eachSheet((ws) =>
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        const v = cell.value as any;
        if (cell.type === ExcelJS.ValueType.Formula || cell.formula || (v && typeof v === 'object' && ('formula' in v || 'sharedFormula' in v))) formulas++;
        values.push(v);
      }),
    ),
  );
  return { values, formulas };
}

/** No cell runnable; each expected (neutralised) cell present. */
function expectNeutralised(cells: unknown[], expected: string[], what: string): void {
  expect(cells.filter(runnable), what).toEqual([]);
  for (const e of expected) expect(cells, what).toContain(e);
}

describe('CSV and XLSX exports neutralise formula cells', () => {
  const tmp = tmpDir('wr-inject-export-');
  const db = newLibrary(tmp.dir);
  const report = join(tmp.dir, 'evil.txt');
  let lib: Library;
  let app: ReturnType<typeof createApp>;
  let doc = '';

  // A report whose lines open with formula characters: commitment quotes and objects, and snippets, start with them.
  const TEXT = [
    '钦州市2030年政府工作报告',
    '各位代表：',
    '一、2029年工作回顾',
    '=HYPERLINK("http://evil.example/","平陆运河")全市地区生产总值增长6%。',
    '-2+3+cmd|\'/C calc\'!A0，全年接待游客1000万人次。',
    '二、2030年工作安排',
    '今年经济社会发展的主要预期目标是：地区生产总值增长6.5%左右。',
    '+SUM(1,2)建设平陆运河配套工程。',
    '@SUM(A1:A9)推进西部陆海新通道建设。',
    '开工建设=HYPERLINK("http://evil.example/","港口")工程。',
  ].join('\n');

  beforeAll(async () => {
    writeFileSync(report, TEXT);
    const r = cli(['ingest', report, '--db', db, '--quiet']);
    expect(r.code, r.stderr).toBe(0);
    lib = await openLibrary(db);
    app = createApp({ lib });
    doc = (await lib.db.selectFrom('documents').select('id').executeTakeFirstOrThrow()).id;
  });
  afterAll(async () => {
    await lib.close();
    tmp.cleanup();
  });

  it('neutralise: a string starting with = + - @ tab or CR gets a leading apostrophe; plain numbers and other strings stay', () => {
    const trigger = fc.constantFrom('=', '+', '-', '@', '\t', '\r');
    fc.assert(
      fc.property(trigger, fc.string({ unit: 'binary', maxLength: 40 }), (t, rest) => {
        const s = t + rest;
        expect(neutralise(s)).toBe(PLAIN_NUMBER.test(s) ? s : `'${s}`);
        expect(runnable(neutralise(s))).toBe(false);
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }).filter((s) => !TRIGGER.test(s)), (s) => {
        expect(neutralise(s)).toBe(s);
      }),
      { numRuns: 2000 },
    );
    // Signed figures (declines, changes) stay what they are: numbers a spreadsheet reads as numbers.
    fc.assert(
      fc.property(fc.constantFrom('', '+', '-'), fc.nat(), fc.option(fc.nat(), { nil: undefined }), fc.boolean(), (sign, a, b, pct) => {
        const s = `${sign}${a}${b === undefined ? '' : `.${b}`}${pct ? '%' : ''}`;
        expect(neutralise(s)).toBe(s);
      }),
    );
    // Idempotent, and only strings change.
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => neutralise(neutralise(s)) === neutralise(s)));
    fc.assert(fc.property(fc.oneof(fc.double(), fc.integer(), fc.boolean(), fc.constant(null)), (c) => Object.is(neutralise(c), c)));
    for (const s of ['=1+1', '+1+1', '-1+1', '@SUM(A1)', '\t=1', '\r=1', '=HYPERLINK("http://x")', '-', '+', '=']) expect(neutralise(s)).toBe(`'${s}`);
    for (const s of ['-5', '+3.2', '-0.5%', '12', '地区生产总值', "'=1", ' =1', '']) expect(neutralise(s)).toBe(s);
  });

  it('CSV: every cell comes back whole (no field breaks out into another) and neutralised', () => {
    const cell = fc.oneof(fc.string({ unit: 'binary', maxLength: 20 }), fc.constantFrom('=1+1', '"=1"', '\r\n=1+1', ',=1', '-2+3', '@x', '\t=1'));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { maxLength: 6 }), (rows) => {
        const parsed = parseCsv(renderCsv({ columns: ['a', '=b', 'c'], rows }), { bom: true }) as string[][];
        expect(parsed).toEqual([['a', "'=b", 'c'], ...rows.map((r) => r.map((c) => neutralise(c) as string))]);
        expect(parsed.flat().filter(runnable)).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('XLSX: no formula, every cell neutralised, characters XML cannot hold replaced (the file always opens)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(fc.string({ unit: 'binary', maxLength: 20 }), fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n)), maxLength: 8 }), fc.constantFrom('=1+1', '\t=1', '\r@x', '_x003D_1', 'a\u0000b')), { minLength: 1, maxLength: 8 }), async (cells) => {
        const { values, formulas } = await xlsxCells(await renderXlsx({ columns: ['c'], rows: cells.map((c) => [c]) }));
        expect(formulas).toBe(0);
        expect(values.filter(runnable)).toEqual([]);
        // The sheet shows the neutralised text, _x0041_ as written, what XML cannot hold as U+FFFD (and a CR as
        // a line feed, as XML reads it).
        const shown = cells.map((c) => (neutralise(c) as string).replace(NOT_XML, '\ufffd').replace(/\r\n?/g, '\n'));
        for (const c of cells) expect(String(xlsxCell(c)).match(NOT_XML)).toBeNull();
        expect(values.slice(1).map((v) => String(v).replace(/\r\n?/g, '\n'))).toEqual(shown);
      }),
      { numRuns: 40 },
    );
  });

  it('the CLI: plan task sheets, search snippets and terms headers, as CSV and as XLSX', async () => {
    const object = `'=HYPERLINK("http://evil.example/","港口")工程`;
    const quotes = [`'+SUM(1,2)建设平陆运河配套工程`, `'@SUM(A1:A9)推进西部陆海新通道建设`];
    const plan = cli(['plan', report, '--format', 'csv']);
    expect(plan.code, plan.stderr).toBe(0);
    expectNeutralised(csvCells(plan.stdout), [object, ...quotes], 'plan csv');
    const planXlsx = join(tmp.dir, 'plan.xlsx');
    expect(cli(['plan', report, '--format', 'xlsx', '--output', planXlsx]).code).toBe(0);
    const p = await xlsxCells(readFileSync(planXlsx));
    expect(p.formulas).toBe(0);
    expectNeutralised(p.values, [object, ...quotes], 'plan xlsx');

    const snippet = (text: string) => csvCells(text).filter((c) => c.includes('【'));
    const hyper = cli(['search', 'HYPERLINK', '--db', db, '--format', 'csv']);
    expect(hyper.code, hyper.stderr).toBe(0);
    const hs = snippet(hyper.stdout);
    expect(hs.length).toBeGreaterThan(0);
    expect(hs.some((c) => c.startsWith(`'=【HYPERLINK】`))).toBe(true);
    expectNeutralised(csvCells(hyper.stdout), [], 'search csv');
    const calc = join(tmp.dir, 'search.xlsx');
    expect(cli(['search', 'calc', '--db', db, '--format', 'xlsx', '--output', calc]).code).toBe(0);
    const s = await xlsxCells(readFileSync(calc));
    expect(s.formulas).toBe(0);
    expect(s.values.some((v) => typeof v === 'string' && v.startsWith(`'-2+3+cmd|'/C 【calc】`))).toBe(true);
    expectNeutralised(s.values, [], 'search xlsx');

    const words = '--words==1+1,+A1,-1+1,@SUM(A1)';
    const heads = ["'=1+1", "'+A1", "'-1+1", "'@SUM(A1)", "'=1+1/万字"];
    const terms = cli(['terms', words, '--db', db, '--format', 'csv']);
    expect(terms.code, terms.stderr).toBe(0);
    expectNeutralised(csvCells(terms.stdout), heads, 'terms csv');
    const termsXlsx = join(tmp.dir, 'terms.xlsx');
    expect(cli(['terms', words, '--db', db, '--format', 'xlsx', '--output', termsXlsx]).code).toBe(0);
    const t = await xlsxCells(readFileSync(termsXlsx));
    expect(t.formulas).toBe(0);
    expectNeutralised(t.values, heads, 'terms xlsx');
    // A control character in a word: the sheet still opens.
    const ctl = join(tmp.dir, 'ctl.xlsx');
    expect(cli(['terms', '--words=\u0001=1', '--db', db, '--format', 'xlsx', '--output', ctl]).code).toBe(0);
    expect((await xlsxCells(readFileSync(ctl))).values).toContain('\ufffd=1');
  });

  it('the API: corrections and notes with formula text, then task, panel, compare, search and terms downloads', async () => {
    const post = async (url: string, body: unknown) => {
      const r = await app.request(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
      expect(r.status, await r.clone().text()).toBe(200);
    };
    const commitment = await lib.db.selectFrom('commitments').select('ord').where('document_id', '=', doc).where('verb', '=', '新增').executeTakeFirst()
      ?? await lib.db.selectFrom('commitments').select('ord').where('document_id', '=', doc).executeTakeFirstOrThrow();
    await post(`/api/commitments/${doc}:${commitment.ord}/review`, {
      action: 'edit',
      edit: { object: '=HYPERLINK("http://evil.example/","点此")', deadline: '\t=1+1', action: '\r@SUM(A1)' },
      note: '=1+1',
    });
    const fact = await lib.db.selectFrom('facts').select('ord').where('document_id', '=', doc).where('indicator', '=', 'gdp').where('kind', '=', 'target').executeTakeFirstOrThrow();
    await post(`/api/facts/${doc}:${fact.ord}/review`, { action: 'edit', edit: { unit: '=1+1', value: 7 }, note: '@SUM(A1)' });

    const download = async (url: string) => {
      const r = await app.request(url);
      expect(r.status, url).toBe(200);
      return r;
    };
    // (Response.text() drops a byte-order mark: the bytes keep it.)
    const csvOf = async (url: string) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(await (await download(url)).arrayBuffer());
    const tasks = [`'=HYPERLINK("http://evil.example/","点此")`, "'\t=1+1", "'\r@SUM(A1)", `'+SUM(1,2)建设平陆运河配套工程`];
    const tasksCsv = csvCells(await csvOf(`/api/documents/${doc}/tasks?format=csv`));
    expectNeutralised(tasksCsv, tasks, 'tasks csv');
    const tx = await xlsxCells(new Uint8Array(await (await download(`/api/documents/${doc}/tasks?format=xlsx`)).arrayBuffer()));
    expect(tx.formulas).toBe(0);
    // (XML reads a CR as a line feed.)
    expectNeutralised(tx.values, tasks.map((c) => c.replace('\r', '\n')), 'tasks xlsx');

    expectNeutralised(csvCells(await csvOf('/api/panel?format=csv')), ["'=1+1"], 'panel csv');
    const px = await xlsxCells(new Uint8Array(await (await download('/api/panel?format=xlsx')).arrayBuffer()));
    expect(px.formulas).toBe(0);
    expectNeutralised(px.values, ["'=1+1"], 'panel xlsx');
    // The CLI's panel reads the same corrected row.
    const panel = cli(['panel', '--db', db, '--format', 'csv']);
    expect(panel.code, panel.stderr).toBe(0);
    expectNeutralised(csvCells(panel.stdout), ["'=1+1"], 'cli panel csv');

    expectNeutralised(csvCells(await csvOf('/api/compare?year=2030&format=csv')), [], 'compare csv');
    expect((await xlsxCells(new Uint8Array(await (await download('/api/compare?year=2030&format=xlsx')).arrayBuffer()))).formulas).toBe(0);
    const hits = csvCells(await csvOf('/api/search?q=HYPERLINK&format=csv'));
    expect(hits.some((c) => c.startsWith(`'=【HYPERLINK】`))).toBe(true);
    expectNeutralised(hits, [], 'search csv');
    const words = encodeURIComponent('=1+1,@A1,\u0001=2');
    expectNeutralised(csvCells(await csvOf(`/api/terms?words=${words}&format=csv`)), ["'=1+1", "'@A1"], 'terms csv');
    const wx = await xlsxCells(new Uint8Array(await (await download(`/api/terms?words=${words}&format=xlsx`)).arrayBuffer()));
    expect(wx.formulas).toBe(0);
    expectNeutralised(wx.values, ["'=1+1", "'@A1", '\ufffd=2'], 'terms xlsx');
  });
});
