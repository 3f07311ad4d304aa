// The hostile and broken inputs of issue 11, made on the spot (nothing binary is committed): bad files of every
// kind a scraped folder holds, files built to make the grammar backtrack, and fast-check-generated text. Each
// must give one `error: <file>: <reason>` line or a correct extraction: never a stack trace, a hang or a crash.
import { chmodSync, closeSync, mkdirSync, openSync, symlinkSync, writeFileSync, writeSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import iconv from 'iconv-lite';
import fc from 'fast-check';
import { makeDocx, makePdf } from '../../test/text/make-files.js';

export type Expect = 'error' | 'ok' | 'either';

export interface Kind {
  kind: string;
  /** File (or FIFO, link, folder) name inside the corpus folder. */
  name: string;
  expect: Expect;
  /** Runs in the short form inside `npm test` (the long form is `npm run fuzz`). */
  quick: boolean;
  make(path: string): void;
  /** Run as an unprivileged user (the unreadable file: root reads everything). */
  asNobody?: boolean;
  /** The row of issue 23's table this kind reproduces. */
  row?: number;
  /** Each error line (after `error: <file>`) must match, and there must be as many as patterns. */
  errors?: RegExp[];
  /** What the output must show (a problem, or null): e.g. facts found, no U+FFFD. */
  check?(stdout: string): string | null;
}

const REPORT =
  '政府工作报告\n\n——2024年1月10日在钦州市第十七届人民代表大会第四次会议上\n\n各位代表：\n\n一、2023年工作回顾\n\n过去一年，全市地区生产总值增长6%。\n\n二、2024年工作安排\n\n今年经济社会发展的主要预期目标是：地区生产总值增长6.5%左右，城镇调查失业率控制在5.5%以内。\n\n（一）抓项目。开工建设项目100个。\n';

const big = (target: number, unit: string): string => unit.repeat(Math.ceil(target / unit.length)).slice(0, target);
const MB = 1024 * 1024;
const para = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;

/** Writes `head`, then `unit` until `bytes`, then `tail`, a megabyte at a time (never held whole). */
function writeRepeated(path: string, head: string, unit: string, bytes: number, tail: string): void {
  const fd = openSync(path, 'w');
  try {
    writeSync(fd, head);
    const chunk = Buffer.from(unit.repeat(Math.ceil(MB / Buffer.byteLength(unit))));
    for (let n = 0; n < bytes; n += chunk.length) writeSync(fd, chunk, 0, Math.min(chunk.length, bytes - n));
    writeSync(fd, tail);
  } finally {
    closeSync(fd);
  }
}

const facts = (stdout: string) => (/"indicator":"gdp"/.test(stdout) ? null : 'no GDP fact found: the text was not read as it is');
const noReplacement = (stdout: string) => (/\ufffd|\\ufffd|�/i.test(stdout) ? 'U+FFFD in the output: a row decoded with replacement characters' : null);

/** fast-check text: report fragments, digits, units, punctuation and any Unicode, deterministic per seed. */
function generated(seed: number, n: number): string {
  const piece = fc.oneof(
    fc.constantFrom('地区生产总值', '增长', '6.5%', '左右', '以上', '、', '，', '。', '；', '（', '）', '分别', '第', '位', '万亿元', '1.1.', '———', '\n', '\n\n', '一、', '（一）', '各位代表：'),
    fc.string({ unit: 'binary', maxLength: 8 }),
    fc.integer({ min: 0, max: 1e9 }).map(String),
  );
  const [text] = fc.sample(fc.array(piece, { minLength: n, maxLength: n }).map((a) => a.join('')), { seed, numRuns: 1 });
  return text;
}

export const KINDS: Kind[] = [
  { kind: 'empty file', name: 'empty.txt', expect: 'error', quick: true, make: (p) => writeFileSync(p, '') },
  { kind: 'whitespace only', name: 'blank.txt', expect: 'error', quick: true, make: (p) => writeFileSync(p, '\n\n \u3000\t\n') },
  { kind: 'binary as .txt', name: 'binary.txt', expect: 'error', quick: true, make: (p) => writeFileSync(p, randomBytes(64 * 1024)) },
  { kind: 'binary as .pdf', name: 'binary.pdf', expect: 'error', quick: true, make: (p) => writeFileSync(p, randomBytes(32 * 1024)) },
  { kind: 'binary as .docx', name: 'binary.docx', expect: 'error', quick: true, make: (p) => writeFileSync(p, randomBytes(32 * 1024)) },
  { kind: 'binary as .html', name: 'binary.html', expect: 'error', quick: true, make: (p) => writeFileSync(p, randomBytes(32 * 1024)) },
  { kind: 'binary as .md', name: 'binary.md', expect: 'error', quick: true, make: (p) => writeFileSync(p, randomBytes(32 * 1024)) },
  { kind: 'file of 100 MB+', name: 'huge.txt', expect: 'error', quick: false, make: (p) => writeRepeated(p, '', '增', 105 * MB, '') },
  { kind: 'one 20 MB line without punctuation', name: 'longline.txt', expect: 'either', quick: false, make: (p) => writeFileSync(p, big(7_000_000, '地区生产总值增长经济')) },
  { kind: 'truncated UTF-8', name: 'truncated.txt', expect: 'either', quick: true, make: (p) => writeFileSync(p, Buffer.from(REPORT, 'utf8').subarray(0, Buffer.byteLength(REPORT) - 1)) },
  { kind: 'Big5', name: 'big5.txt', expect: 'ok', quick: true, make: (p) => writeFileSync(p, iconv.encode(REPORT.replace('钦州市', '臺北市').replace(/报告/g, '報告').replace(/经济/g, '經濟'), 'big5')) },
  { kind: 'Shift-JIS', name: 'sjis.txt', expect: 'error', quick: true, make: (p) => writeFileSync(p, iconv.encode('政府の業務報告。経済成長率は６．５％程度とする。日本語のテキストです。'.repeat(20), 'shift_jis')) },
  { kind: 'short GBK', name: 'gbk-short.txt', expect: 'either', quick: true, make: (p) => writeFileSync(p, iconv.encode('增长6%', 'gbk')) },
  { kind: 'GBK report', name: 'gbk.txt', expect: 'ok', quick: true, make: (p) => writeFileSync(p, iconv.encode(REPORT, 'gbk')) },
  { kind: 'UTF-16 without BOM', name: 'utf16.txt', expect: 'ok', quick: true, make: (p) => writeFileSync(p, Buffer.from(REPORT, 'utf16le')) },
  {
    kind: 'UTF-8 report with two NUL bytes',
    name: 'nul2.txt',
    expect: 'ok',
    quick: true,
    row: 1,
    check: facts,
    make: (p) => {
      const b = Buffer.from(REPORT + REPORT.replace('钦州市', '北海市'), 'utf8');
      writeFileSync(p, Buffer.concat([b.subarray(0, 99), Buffer.from([0]), b.subarray(99, 300), Buffer.from([0]), b.subarray(300)]));
    },
  },
  {
    kind: 'JSONL: a GBK row and a row of other bytes in UTF-8',
    name: 'gbk-row.jsonl',
    expect: 'ok',
    quick: true,
    row: 2,
    errors: [/#3: not valid UTF-8$/],
    check: noReplacement,
    make: (p) =>
      writeFileSync(p, Buffer.concat([
        Buffer.from(JSON.stringify({ title: '钦州市', content: REPORT }) + '\n'),
        iconv.encode(JSON.stringify({ title: '北海市gbk', content: REPORT.replace('钦州市', '北海市').repeat(10) }) + '\n', 'gbk'),
        Buffer.concat([Buffer.from('{"title": "x", "content": "'), Buffer.from(Array.from({ length: 400 }, (_, i) => 0x80 + ((i * 37) % 0x7f))), Buffer.from('"}\n')]),
        Buffer.from(JSON.stringify({ title: '玉林市', content: REPORT.replace('钦州市', '玉林市') }) + '\n'),
      ])),
  },
  {
    kind: '.docx whose directory understates 1 GB as 4 KB',
    name: 'liar.docx',
    expect: 'error',
    quick: false,
    row: 3,
    errors: [/^not a readable \.docx file \(an entry inflates to another size than the zip declares/],
    make: (p) => writeFileSync(p, makeDocx({ repeat: para('增'.repeat(340 * 1024)), times: 1024 }, { declare: { 'word/document.xml': 4096 } })),
  },
  {
    kind: '.docx bomb behind 64 junk bytes',
    name: 'junk.docx',
    expect: 'error',
    quick: false,
    row: 3,
    errors: [/^not a readable \.docx file \(corrupt or not a zip archive/],
    make: (p) => writeFileSync(p, Buffer.concat([Buffer.alloc(64, 0x41), makeDocx({ repeat: para('增'.repeat(340 * 1024)), times: 1024 })])),
  },
  {
    kind: '.docx of 300 KB inflating to 180 MB of text',
    name: 'textbomb.docx',
    expect: 'error',
    quick: false,
    row: 4,
    errors: [/^the \.docx holds more than 50 MB of text; the limit is 50 MB$/],
    make: (p) => writeFileSync(p, makeDocx({ repeat: para('增长'.repeat(512 * 1024 / 6)), times: 180 * 2 })),
  },
  {
    kind: 'JSONL with a row of 60 MB',
    name: 'bigrow.jsonl',
    expect: 'ok',
    quick: false,
    row: 5,
    errors: [/#2: row too large \(60 MB; the limit is 50 MB\)$/],
    make: (p) =>
      writeRepeated(p, JSON.stringify({ title: '钦州市', content: REPORT }) + '\n{"title": "big", "content": "', '增长', 60 * MB, '"}\n' + JSON.stringify({ title: '北海市', content: REPORT.replace('钦州市', '北海市') }) + '\n'),
  },
  {
    kind: '40 MB of one repeated line',
    name: 'line40.txt',
    expect: 'either',
    quick: false,
    row: 6,
    make: (p) => writeRepeated(p, '', '地区生产总值增长经济', 40 * MB, ''),
  },
  {
    // Every clause a figure: uncapped, 1.3 million facts and 437,000 commitments held at once (1.6 GB). The engine
    // keeps ITEM_LIMITS of each kind and says so; the bound is the run's: peak RSS within RSS_LIMIT_MB.
    kind: '40 MB of one line dense in figures',
    name: 'dense40.txt',
    expect: 'ok',
    quick: false,
    row: 6,
    // (No check of the facts: extract --json prints the 40 MB text first, the checks read the first 8 MB.)
    make: (p) => writeRepeated(p, '', '地区生产总值增长6%左右，', 40 * MB, ''),
  },
  { kind: 'NUL bytes inside text', name: 'nul.txt', expect: 'either', quick: true, make: (p) => writeFileSync(p, REPORT.replace(/增长/g, '增\u0000长').replace(/6\.5/g, '6\u0000.5')) },
  { kind: 'PDF without text', name: 'notext.pdf', expect: 'error', quick: true, make: (p) => writeFileSync(p, makePdf([[]])) },
  {
    kind: 'encrypted PDF',
    name: 'encrypted.pdf',
    expect: 'error',
    quick: true,
    make: (p) => {
      const pdf = Buffer.from(makePdf([['政府工作报告']])).toString('latin1');
      // An /Encrypt dictionary in the trailer: the file claims encryption it cannot be read without.
      writeFileSync(p, Buffer.from(pdf.replace('trailer\n<<', 'trailer\n<< /Encrypt << /Filter /Standard /V 2 /R 3 /O (xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx) /U (xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx) /P -4 >> '), 'latin1'));
    },
  },
  { kind: 'corrupt PDF', name: 'corrupt.pdf', expect: 'error', quick: true, make: (p) => writeFileSync(p, Buffer.from(makePdf([['政府工作报告', '各位代表：']])).subarray(0, 300)) },
  {
    kind: '.docx zip bomb',
    name: 'bomb.docx',
    expect: 'error',
    quick: false,
    row: 3,
    errors: [/^the \.docx unpacks to 10\d\d MB \(a zip bomb\?\); the limit is 200 MB$/],
    // 1 GB of XML that deflates to about 1 MB, made a piece at a time.
    make: (p) => writeFileSync(p, makeDocx({ repeat: para('增'.repeat(340 * 1024)), times: 1024 })),
  },
  { kind: '.docx that is no zip', name: 'notzip.docx', expect: 'error', quick: true, make: (p) => writeFileSync(p, REPORT) },
  { kind: 'legacy .doc', name: 'old.doc', expect: 'error', quick: true, make: (p) => writeFileSync(p, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), randomBytes(4096)])) },
  { kind: 'HTML nested 100,000 deep', name: 'deep.html', expect: 'either', quick: true, make: (p) => writeFileSync(p, `<html><body>${'<div>'.repeat(100_000)}${REPORT}${'</div>'.repeat(100_000)}</body></html>`) },
  { kind: 'Markdown nested 50,000 deep', name: 'deep.md', expect: 'either', quick: true, make: (p) => writeFileSync(p, `${'> '.repeat(50_000)}${REPORT}\n${'- '.repeat(30_000)}x\n`) },
  {
    kind: 'JSONL: malformed, huge and field-less rows',
    name: 'rows.jsonl',
    expect: 'either',
    quick: true,
    make: (p) =>
      writeFileSync(p, [JSON.stringify({ title: 'ok', year: 2024, content: REPORT }), '{not json', '[1,2,3]', '{}', JSON.stringify({ content: '' }), JSON.stringify({ content: big(3_000_000, '增长') }), 'null', ''].join('\n')),
  },
  {
    kind: 'CSV with embedded newlines, quotes and a BOM',
    name: 'rows.csv',
    expect: 'either',
    quick: true,
    make: (p) => writeFileSync(p, '\ufeffprovince,year,title,full_text\n"广西","2024","a ""quoted"" title","' + REPORT.replace(/"/g, '""') + '"\n"x","abc","broken\n'),
  },
  {
    kind: 'symlink loop',
    name: 'loop.txt',
    expect: 'error',
    quick: true,
    make: (p) => symlinkSync(p, p),
  },
  { kind: 'FIFO', name: 'fifo.txt', expect: 'error', quick: true, make: (p) => execFileSync('mkfifo', [p]) },
  {
    kind: 'unreadable file',
    name: 'unreadable.txt',
    expect: 'error',
    quick: true,
    asNobody: true,
    make: (p) => {
      writeFileSync(p, REPORT);
      chmodSync(p, 0o000);
    },
  },
  { kind: 'a folder named .txt', name: 'folder.txt', expect: 'either', quick: true, make: (p) => mkdirSync(p) },
  { kind: 'name with spaces', name: '钦州 2024 政府 工作报告.txt', expect: 'ok', quick: true, make: (p) => writeFileSync(p, REPORT) },
  { kind: 'name with a newline', name: 'line\nbreak.txt', expect: 'ok', quick: true, make: (p) => writeFileSync(p, REPORT) },
  { kind: 'name with a leading dash', name: '-rf.txt', expect: 'ok', quick: true, make: (p) => writeFileSync(p, REPORT) },
  { kind: 'name with emoji', name: '📄报告🎉.txt', expect: 'ok', quick: true, make: (p) => writeFileSync(p, REPORT) },
  { kind: 'long runs of digits', name: 'digits.txt', expect: 'either', quick: true, make: (p) => writeFileSync(p, REPORT + '地区生产总值增长' + '9'.repeat(2_000_000) + '%') },
  { kind: 'long runs of 、', name: 'commas.txt', expect: 'either', quick: true, make: (p) => writeFileSync(p, REPORT + '城镇' + '、'.repeat(1_000_000) + '农村居民人均可支配收入分别增长' + '5%、'.repeat(100_000)) },
  { kind: 'unclosed （ runs', name: 'parens.txt', expect: 'either', quick: true, make: (p) => writeFileSync(p, REPORT + '（'.repeat(500_000) + '地区生产总值增长6%' + '（一）'.repeat(100_000)) },
  { kind: 'repeated 增长', name: 'growth.txt', expect: 'either', quick: true, make: (p) => writeFileSync(p, REPORT + '地区生产总值' + '增长'.repeat(1_000_000) + '6%') },
  { kind: '1.1.1.1…', name: 'dots.txt', expect: 'either', quick: true, make: (p) => writeFileSync(p, REPORT + '增长' + '1.'.repeat(1_000_000) + '%') },
  { kind: 'ranges and dashes', name: 'dashes.txt', expect: 'either', quick: true, make: (p) => writeFileSync(p, REPORT + '增长' + '5%-'.repeat(300_000) + '6%') },
  { kind: 'report headings only', name: 'headings.txt', expect: 'either', quick: true, make: (p) => writeFileSync(p, '各位代表：\n' + Array.from({ length: 50_000 }, (_, i) => `（${i % 10 ? '一' : '二'}）2024年工作安排`).join('\n')) },
  { kind: 'fast-check text (seed 1)', name: 'generated-1.txt', expect: 'either', quick: true, make: (p) => writeFileSync(p, REPORT + generated(1, 20_000)) },
  { kind: 'fast-check text (seed 2)', name: 'generated-2.txt', expect: 'either', quick: true, make: (p) => writeFileSync(p, generated(2, 60_000)) },
  { kind: 'fast-check text (seed 3, HTML)', name: 'generated-3.html', expect: 'either', quick: true, make: (p) => writeFileSync(p, `<html><body><p>${generated(3, 20_000)}</p></body></html>`) },
  { kind: 'a normal report (baseline)', name: 'baseline.txt', expect: 'ok', quick: true, make: (p) => writeFileSync(p, REPORT) },
];

/** Makes every kind (or the quick ones) under `dir`; returns them with their paths. */
export function makeCorpus(dir: string, quick: boolean): Array<Kind & { path: string }> {
  mkdirSync(dir, { recursive: true });
  return corpusKinds(dir, quick).map((k) => {
    k.make(k.path);
    return k;
  });
}

/** The kinds of a corpus and where each one's file is (written by makeCorpus, here or in another process). */
export function corpusKinds(dir: string, quick: boolean): Array<Kind & { path: string }> {
  return KINDS.filter((k) => !quick || k.quick).map((k) => ({ ...k, path: join(dir, k.name) }));
}
