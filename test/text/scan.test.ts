import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scanner, startTable } from '../../src/text/scan.js';
import { STATEMENT_OPENER } from '../../src/lexicon/grammar.js';

const units = (t: Uint8Array | null): string | null => {
  if (t === null) return null;
  let s = '';
  for (let c = 0; c < t.length; c++) if (t[c] === 1) s += String.fromCharCode(c);
  return s;
};

/** Every match of a global exec from 0, as index:text. */
function globalMatches(re: RegExp, text: string): string[] {
  const g = new RegExp(re.source, re.flags.replace('g', '') + 'g');
  const out: string[] = [];
  for (let m = g.exec(text); m !== null; m = g.exec(text)) {
    out.push(`${m.index}:${m[0]}`);
    if (m[0] === '') g.lastIndex++;
  }
  return out;
}

function scannedMatches(re: RegExp, text: string): string[] {
  const scan = scanner(re);
  const out: string[] = [];
  for (let m = scan(text, 0); m !== null; m = scan(text, m.index + Math.max(1, m[0].length))) out.push(`${m.index}:${m[0]}`);
  return out;
}

describe('start tables and scanners', () => {
  it('reads the code units a match can start with', () => {
    expect(units(startTable(/a|b\d/))).toBe('ab');
    expect(units(startTable(/(?<=x)y/))).toBe('y');
    expect(units(startTable(/a*b/))).toBe('ab');
    expect(units(startTable(/(?:ab){0,2}c/))).toBe('ac');
    expect(units(startTable(/\bfoo/))).toBe('f');
    expect(units(startTable(/[a-c\d]/))).toBe('0123456789abc');
    expect(units(startTable(/[\u4e00-\u4e02]z/))).toBe('一丁丂');
    expect(units(startTable(/(?=[^x])a[^，]b/))).toBe('a');
    expect(units(startTable(/x{2}|\{/))).toBe('x{');
  });

  it('gives none where any unit may open a match or the match may be empty', () => {
    for (const re of [/.a/, /[^a]/, /a?/, /(a)?\1b/, /\Da/, /a/i, /a/u, /(?:)/, /a|/]) expect(startTable(re)).toBeNull();
  });

  // A small alphabet holding the patterns' own characters, so that texts match often.
  const cases: Array<[RegExp, string[]]> = [
    [STATEMENT_OPENER, ['主要', '预期', '目标', '指标', '是', '为', '：', '，', '今年', '计划', '安排', '增长', '生产总值', '2019年', '建议', '实现', '初步', '确定', '发展', '分为', '三类', '\n', '达到', '主要预期目标是：', '增长目标为', '今年全省生产总值预期增长', '初步安排今年', '1993年计划安排：']],
    [/(?<=增长|增速)(?:预期)?目标为|年均|到20\d\d年/, ['增长', '增速', '预期', '目标', '为', '年', '均', '到', '2019', '20', '增长目标为', '到2020年']],
    [/(?:ab)*c|\bx+y|[^a-c]d/, [...'abcdxy ', 'é']],
  ];
  for (const [re, alphabet] of cases) {
    it(`finds what a global exec finds: /${re.source.slice(0, 30)}…/`, () => {
      const text = fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }).map((cs) => cs.join(''));
      let matched = 0;
      fc.assert(
        fc.property(text, (t) => {
          const expected = globalMatches(re, t);
          if (expected.length > 0) matched++;
          expect(scannedMatches(re, t)).toEqual(expected);
        }),
        { numRuns: 2000 },
      );
      expect(matched).toBeGreaterThan(100); // the texts do exercise the pattern
    });
  }
});
