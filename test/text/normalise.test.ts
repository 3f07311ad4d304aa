import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../src/text/normalise.js';

const LONG = '在以习近平同志为核心的党中央坚强领导下，全国各族人民顽强拼搏，疫情防控取得重大战略成果，交出一份人';

describe('normaliseText: characters', () => {
  it('turns CRLF and CR into LF and strips the BOM', () => {
    expect(normaliseText('\uFEFF各位代表：\r\n\r\n现在。\r\r好。')).toBe('各位代表：\n\n现在。\n\n好。');
  });

  it('removes zero-width characters everywhere, including inside numbers', () => {
    expect(normaliseText('增长6\u200b.5\u200c%\u200d，达\u20601035\uFEFF.61亿元')).toBe('增长6.5%，达1035.61亿元');
  });

  it('drops lines made only of zero-width characters (wiki artefacts) and joins the broken word', () => {
    expect(normaliseText(`${LONG}\n\u200b\n民满意、世界瞩目的答卷。`)).toBe(`${LONG}民满意、世界瞩目的答卷。`);
  });

  it('converts full-width digits, letters and number signs, keeps structuring CJK punctuation', () => {
    expect(normaliseText('增长７．３％，ＧＤＰ＋５～６／１０＜＞＝')).toBe('增长7.3%，GDP+5~6/10<>=');
    expect(normaliseText('（一）目标：增长，稳定；好！吗？“六稳”、‘双’')).toBe('（一）目标：增长，稳定；好！吗？“六稳”、‘双’');
    expect(normaliseText('6.5％－7％')).toBe('6.5%-7%');
    expect(normaliseText('5%—5.5%')).toBe('5%—5.5%');
    expect(normaliseText('下降\u22128.8%')).toBe('下降-8.8%');
  });

  it('reads a full stop typed for a decimal point between digits before a unit, never one that ends a sentence', () => {
    expect(normaliseText('财政收入301。2亿元，失业率控制在4。5%以内。')).toBe('财政收入301.2亿元，失业率控制在4.5%以内。');
    expect(normaliseText('排名第3。2024年增长5%。')).toBe('排名第3。2024年增长5%。');
    expect(normaliseText('完成投资12。2亿')).toBe('完成投资12。2亿');
  });

  it('folds Kangxi radicals and compatibility ideographs from PDF extraction', () => {
    expect(normaliseText('第⼀产业增加值')).toBe('第一产业增加值');
  });

  it('removes control characters and soft hyphens', () => {
    expect(normaliseText('增\u0007长\u00AD5%')).toBe('增长5%');
  });
});

describe('normaliseText: spaces', () => {
  it('cleans the speaker line of national reports', () => {
    expect(normaliseText('国务院总理\u3000\n李\u3000强')).toBe('国务院总理\n李强');
    expect(normaliseText('国务院总理\n\u3000李克强')).toBe('国务院总理\n李克强');
  });

  it('closes up spaced-out names but keeps the space between title and name', () => {
    expect(normaliseText('市长 黄 江')).toBe('市长 黄江');
    expect(normaliseText('市长\u2003黄\u2003江')).toBe('市长 黄江');
    expect(normaliseText('市长\u2003\u2002林海波')).toBe('市长 林海波');
  });

  it('closes up letter-spaced PDF text', () => {
    expect(normaliseText('政 府 工 作 报 告')).toBe('政府工作报告');
  });

  it('keeps spaces between multi-character words, drops them next to CJK punctuation and digits', () => {
    expect(normaliseText('打响“露营天堂\u2003自在贵港”品牌')).toBe('打响“露营天堂 自在贵港”品牌');
    expect(normaliseText('支持“专精特新”\u2002企业发展')).toBe('支持“专精特新”企业发展');
    expect(normaliseText('增长 8.6 %，达 1\u2009035.61 亿元，5\u30002%')).toBe('增长8.6%，达1035.61亿元，52%');
    expect(normaliseText('地区生产总值 1035.61 8.6')).toBe('地区生产总值1035.61 8.6'); // table cells stay apart
    expect(normaliseText('2023 年')).toBe('2023年');
  });

  it('trims lines and collapses runs of spaces', () => {
    expect(normaliseText('\u3000\u3000各位代表：   \n\n  现在，我代表市人民政府。\t ')).toBe('各位代表：\n\n现在，我代表市人民政府。');
    expect(normaliseText('Public   domain')).toBe('Public domain');
  });
});

describe('normaliseText: line breaks', () => {
  it('joins a stray break inside a sentence', () => {
    expect(normaliseText(`${LONG}\n民满意、世界瞩目的答卷。`)).toBe(`${LONG}民满意、世界瞩目的答卷。`);
    expect(normaliseText(`${LONG}增长\n8.6%，排全区第一。`)).toBe(`${LONG}增长8.6%，排全区第一。`);
  });

  it('joins breaks left by wiki links and sub/superscripts', () => {
    expect(normaliseText('根据《\n中华人民共和国著作权法\n》第五条第一项')).toBe('根据《中华人民共和国著作权法》第五条第一项');
    expect(normaliseText('地级及以上城市细颗粒物（PM\n2.5\n）平均浓度下降9.1%。')).toBe(
      '地级及以上城市细颗粒物（PM2.5）平均浓度下降9.1%。',
    );
  });

  it('keeps breaks after sentence punctuation', () => {
    const t = `一是稳住了经济基本盘。\n面对历史罕见的冲击，我们明确提出“六保”任务。`;
    expect(normaliseText(t)).toBe(t);
    expect(normaliseText('各位代表：\n现在，我代表市人民政府，向大会报告政府工作')).toBe('各位代表：\n现在，我代表市人民政府，向大会报告政府工作');
  });

  it('keeps breaks before and after headings', () => {
    for (const t of [
      `${LONG}\n一、2023年工作回顾`,
      '一、2023年工作回顾\n2023年，是防城港市发展历程上具有里程碑意义的一年。',
      '（一）着力扩大有效需求\n加快推进重大项目建设，全年完成投资200亿元以上。',
      `${LONG}\n（二）着力扩大有效需求`,
      `${LONG}\n1.加快推进重大项目建设`,
      `${LONG}\n——努力接续奋斗，取得十项历史性突破。`,
    ])
      expect(normaliseText(t)).toBe(t);
  });

  it('keeps title, dateline and speaker lines apart', () => {
    const t = '政府工作报告\n——2024年2月1日在防城港市第七届人民代表大会第五次会议上\n市长 黄江\n各位代表：';
    expect(normaliseText(t)).toBe(t);
  });

  it('keeps paragraph breaks and collapses 3+ newlines to one blank line', () => {
    expect(normaliseText('第一段。\n\n\n\n\n第二段。\n\n\n')).toBe('第一段。\n\n第二段。');
    expect(normaliseText(`${LONG}\n\n民满意。`)).toBe(`${LONG}\n\n民满意。`);
  });

  it('never joins Latin words', () => {
    expect(normaliseText('Public domain\nPublic domain')).toBe('Public domain\nPublic domain');
  });
});

describe('normaliseText: traditional characters', () => {
  it('converts traditional text to simplified', () => {
    expect(normaliseText('我們這個經濟發展得很好，地區生產總值增長5%。')).toBe('我们这个经济发展得很好，地区生产总值增长5%。');
  });

  it('leaves simplified text alone (no OpenCC pass: 乾隆, 著 stay)', () => {
    expect(normaliseText('乾隆年间，成效显著')).toBe('乾隆年间，成效显著');
  });
});

describe('normaliseText: real corpus', () => {
  const seeds = readdirSync('corpus/seeds').map((f) => readFileSync(`corpus/seeds/${f}`, 'utf8'));
  const national = readFileSync('corpus/national/government_work_reports.jsonl', 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { content: string }).content);

  it('is idempotent on every corpus text and keeps the seeds essentially unchanged', () => {
    for (const t of [...seeds, ...national]) {
      const once = normaliseText(t);
      expect(normaliseText(once)).toBe(once);
    }
    for (const t of seeds) expect(Math.abs(normaliseText(t).length - t.trim().length)).toBeLessThan(5);
  });

  it('normalises 50 KB of simplified text in a few milliseconds', () => {
    const all = [...seeds, ...national].filter((t) => !/[們這個經濟]/.test(t));
    for (const t of all) normaliseText(t); // warm up
    const bytes = all.reduce((n, t) => n + Buffer.byteLength(t), 0);
    const t0 = performance.now();
    for (const t of all) normaliseText(t);
    const msPer50k = ((performance.now() - t0) / bytes) * 50_000;
    expect(msPer50k).toBeLessThan(10); // ~1 ms on the dev machine; loose bound for loaded CI
  });
});

// Alphabet of the things that normalisation treats specially, so random strings hit its rules often.
const TOKENS = [
  '中', '国', '经', '济', '增', '长', '李', '强', '黄', '江', '市长', '会议', '2024年', '亿元',
  '５', '％', '．', 'Ａ', '７', '0', '1', '.', '%', '-', '+', 'a', 'P', 'M',
  '\n', '\n\n', '\n\n\n', '\r\n', '\r', ' ', '  ', '\u3000', '\u00a0', '\u2003', '\t',
  '\u200b', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u0007',
  '，', '。', '：', '；', '、', '！', '？', '“', '”', '《', '》', '（', '）', '—', '——', '…', '−', '－', '⼀',
  '（一）', '一、', '1.', '2.5', '各位代表', '這', '個', '發', '展', '們', '乾', '著',
];
const textArb = fc.array(fc.constantFrom(...TOKENS), { maxLength: 60 }).map((a) => a.join(''));

describe('normaliseText: properties', () => {
  it('is idempotent', () => {
    fc.assert(
      fc.property(textArb, (s) => normaliseText(normaliseText(s)) === normaliseText(s)),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (s) => normaliseText(normaliseText(s)) === normaliseText(s)),
      { numRuns: 1000 },
    );
  });

  it('turns full-width digits into ASCII digits', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 1, maxLength: 12 }), (ds) => {
        const full = ds.map((d) => String.fromCharCode(0xff10 + d)).join('');
        return normaliseText(`增长${full}％`) === `增长${ds.join('')}%`;
      }),
    );
  });

  it('leaves no zero-width characters, CRs, trailing spaces or triple newlines', () => {
    fc.assert(
      fc.property(textArb, (s) => {
        const t = normaliseText(s);
        return !/[\u200b-\u200d\u2060\ufeff\r]/.test(t) && !/ \n|\n | $|^ /.test(t) && !t.includes('\n\n\n');
      }),
      { numRuns: 2000 },
    );
  });
});
