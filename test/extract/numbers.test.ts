import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findFigures, parseChineseNumeral } from '../../src/extract/numbers.js';

const CN = '零一二三四五六七八九';
function toChinese(n: number): string {
  // 1..9999 written the usual way: 十二, 一百零五, 三千零二十
  const units = ['', '十', '百', '千'];
  const digits = String(n).split('').map(Number);
  let out = '';
  let zero = false;
  digits.forEach((d, i) => {
    const u = units[digits.length - 1 - i];
    if (d === 0) zero = out.length > 0;
    else {
      if (zero) out += '零';
      zero = false;
      out += (d === 1 && u === '十' && out === '' ? '' : CN[d]) + u;
    }
  });
  return out;
}

describe('Chinese numerals', () => {
  it('reads every written numeral 1..9999 back to its value', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 9999 }), (n) => parseChineseNumeral(toChinese(n)) === n));
  });
  it('rejects what is not a numeral', () => {
    expect(parseChineseNumeral('一二')).toBeNull();
    expect(parseChineseNumeral('第一')).toBeNull();
    expect(parseChineseNumeral('')).toBeNull();
  });
});

const decimal = fc
  .tuple(fc.integer({ min: 0, max: 99999 }), fc.integer({ min: 0, max: 99 }))
  .map(([i, f]) => (f === 0 ? String(i) : `${i}.${String(f).padStart(2, '0').replace(/0$/, '')}`));
const unit = fc.constantFrom('%', '亿元', '万人', '万吨', '个百分点', '元', '亿美元', '万标箱', '万亿斤');
const suffix = fc.constantFrom(['', 'exact'], ['左右', 'about'], ['以上', 'at_least'], ['以内', 'at_most'], ['以下', 'at_most']);
const verb = fc.constantFrom('增长', '控制在', '达到', '下降', '为', '');

describe('figures', () => {
  it('finds value, unit and qualifier at exact offsets for any figure', () => {
    fc.assert(
      fc.property(verb, decimal, unit, suffix, (v, n, u, [suf, q]) => {
        const text = `地区生产总值${v}${n}${u}${suf}，其他。`;
        const figs = findFigures(text, 0, text.length);
        expect(figs).toHaveLength(1);
        const f = figs[0];
        expect(f.low).toBe(Number(n));
        expect(f.high).toBe(Number(n));
        expect(f.unit).toBe(u);
        // 控制在 with no suffix is a ceiling
        expect(f.qualifier).toBe(q === 'exact' && v === '控制在' ? 'at_most' : q);
        expect(text.slice(f.numStart, f.end)).toBe(`${n}${u}${suf}`);
      }),
    );
  });

  it('reads ranges in every dash style, low before high', () => {
    fc.assert(
      fc.property(decimal, decimal, fc.constantFrom('-', '－', '—', '~', '～'), fc.boolean(), (a, b, dash, firstUnit) => {
        fc.pre(a !== b);
        const text = `增长${a}${firstUnit ? '%' : ''}${dash}${b}%`;
        const [f] = findFigures(text, 0, text.length);
        expect(f.qualifier).toBe('range');
        expect(f.low).toBe(Math.min(Number(a), Number(b)));
        expect(f.high).toBe(Math.max(Number(a), Number(b)));
        expect(f.value).toBeNull();
        expect(f.end).toBe(text.length);
      }),
    );
  });

  it('reads prefix qualifiers', () => {
    const cases: Array<[string, string]> = [
      ['城镇新增就业不低于900万人', 'at_least'],
      ['国内生产总值超过126万亿元', 'at_least'],
      ['完成货物吞吐量约1.94亿吨', 'about'],
      ['城镇登记失业率低于4.6%', 'at_most'],
      ['城镇调查失业率控制在5.5%以内', 'at_most'],
      ['居民消费价格涨幅控制在3%左右', 'about'],
      ['贫困人口减少6800多万', 'at_least'],
    ];
    for (const [text, q] of cases) expect(findFigures(text, 0, text.length)[0]?.qualifier, text).toBe(q);
  });

  it('never takes years, dates, codes or ordinals for figures', () => {
    const text = '2023年3月5日，C919投入运营，5G基站，第十四届全国人民代表大会第一次会议，第三产业，第一批。';
    expect(findFigures(text, 0, text.length)).toEqual([]);
  });

  it('reads ranks in digits and Chinese numerals', () => {
    const text = '增速排全区第4位，总量居全区第二，排名第12名';
    const ranks = findFigures(text, 0, text.length).filter((f) => f.rank);
    expect(ranks.map((r) => r.value)).toEqual([4, 2, 12]);
    expect(ranks.every((r) => r.unit === '位')).toBe(true);
  });

  it('drops the digits inside a rank, among many ranks, in linear time', () => {
    const one = '增速居全国第14位、增长5%，总量第3位；';
    const figs = findFigures(one, 0, one.length);
    expect(figs.map((f) => [f.value, f.rank])).toEqual([[14, true], [5, false], [3, true]]);
    // 20,000 ranks in one sentence (a repeated line): each figure looks its rank up, never scans them all.
    const many = one.repeat(10_000);
    const t0 = performance.now();
    const all = findFigures(many, 0, many.length);
    expect(all.length).toBe(30_000);
    expect(all.filter((f) => !f.rank).every((f) => f.value === 5)).toBe(true);
    expect(performance.now() - t0).toBeLessThan(5_000);
  }, 30_000);

  it('keeps a from-to as two figures, not a range', () => {
    const text = '全市地区生产总值由103.97亿元增加到1117.56亿元';
    const figs = findFigures(text, 0, text.length);
    expect(figs.map((f) => f.low)).toEqual([103.97, 1117.56]);
    expect(figs.every((f) => f.qualifier === 'exact')).toBe(true);
  });
});

describe('percentages written in words', () => {
  it('reads 百分之八, 百分之七点五 and 百分之八至九', () => {
    const text = '国民生产总值计划增长百分之八，物价涨幅百分之七点五左右，经济增长速度定为百分之八至九。';
    const figs = findFigures(text, 0, text.length);
    expect(figs.map((f) => [f.low, f.high, f.unit, f.qualifier])).toEqual([
      [8, 8, '%', 'exact'],
      [7.5, 7.5, '%', 'about'],
      [8, 9, '%', 'range'],
    ]);
    for (const f of figs) expect(text.slice(f.numStart, f.end)).toMatch(/^百分之/);
  });
});
