// Projects across years (src/analysis/project-keys.ts, project-timeline.ts): the name key, the matching rule and
// its guard against category-level matches, phases as projects of one family, the timeline and its status.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readName, sameFamily, sameProject } from '../../src/analysis/project-keys.js';
import { familyPairs, projectTimelines, sentenceAround, statusOf, type ProjectInput } from '../../src/analysis/project-timeline.js';

const same = (a: string, b: string) => sameProject(readName(a), readName(b));

describe('name key', () => {
  it('leaves out generic words, the run’s verbs, quotes and brackets; keeps the phase apart', () => {
    expect(readName('长江三峡工程').key).toBe('长江三峡');
    expect(readName('搞好三峡工程').key).toBe('三峡');
    expect(readName('南水北调中线一期主体工程')).toMatchObject({ key: '南水北调中线', phase: '一期' });
    expect(readName('雄安新区建设').key).toBe('雄安新区');
    expect(readName('“西电东送”工程').key).toBe('西电东送');
    expect(readName('第二期农村中小学危房改造')).toMatchObject({ phase: '二期' });
    expect(readName('首届中国国际进口博览会')).toMatchObject({ key: '中国国际进口博览会', phase: '首届' });
    expect(readName('机场改扩建工程')).toMatchObject({ phase: '改扩建' });
    expect(readName('第二批山水林田湖生态保护工程')).toMatchObject({ key: '山水林田湖生态保护', phase: '第二批' });
  });

  it('one separator for dashes and 至; the abbreviation of the places', () => {
    expect(readName('成都至重庆高铁').key).toBe('成都-重庆高铁');
    expect(readName('成都—重庆高铁').key).toBe('成都-重庆高铁');
    expect(readName('成都-重庆高速铁路项目').key).toBe('成都-重庆高铁');
    expect(readName('成都至重庆高铁').aliases).toContain('成重高铁');
  });

  it('a kind of project is generic', () => {
    for (const n of ['高铁', '重大项目', '燃煤电厂', '寄宿制学校', '自贸试验区', '外送通道', '一批重点工程']) expect(readName(n).generic, n).toBe(true);
    for (const n of ['川藏铁路', '港珠澳大桥', '西部陆海新通道', '雄安新区', '三峡工程', '渝昆高铁']) expect(readName(n).generic, n).toBe(false);
  });
});

describe('matching', () => {
  it('names that vary: suffix, phrasing, dashes, abbreviation, short forms', () => {
    expect(same('川藏铁路', '川藏铁路项目')).toBe(true);
    expect(same('长江三峡工程', '三峡工程')).toBe(true);
    expect(same('成都至重庆高铁', '成都—重庆高铁')).toBe(true);
    expect(same('成都至重庆高铁', '成重高铁')).toBe(true);
    expect(same('中国上海自由贸易试验区', '上海自贸试验区')).toBe(true);
  });

  it('guards against a category: two 高铁 of one city, two 自贸试验区, a conjunction', () => {
    expect(same('渝昆高铁', '渝湘高铁')).toBe(false);
    expect(same('高铁', '渝昆高铁')).toBe(false);
    expect(same('自贸试验区', '海南自贸试验区')).toBe(false);
    expect(same('海南自贸试验区', '上海自贸试验区')).toBe(false);
    expect(same('天然林保护和京津风沙源治理', '京津风沙源治理')).toBe(false);
    expect(same('南宁国际铁路', '南宁国际铁路物流中心')).toBe(false);
    expect(same('中国—东盟经贸中心', '中国-东盟医疗保健合作中心')).toBe(false);
    expect(same('江西工程', '江西内陆开放型经济试验区')).toBe(false);
    // Without a project suffix a short key is held in nothing (钢铁 is not 包头钢铁公司's project).
    expect(same('钢铁', '包头钢铁公司')).toBe(false);
  });

  it('another phase: another project of the same family', () => {
    expect(same('南水北调东线一期工程', '南水北调东线二期工程')).toBe(false);
    expect(sameFamily(readName('南水北调东线一期工程'), readName('南水北调东线二期工程'))).toBe(true);
    expect(same('三峡二期工程', '三峡工程')).toBe(false);
  });

  const names = fc.array(fc.constantFrom(...'三峡南水北调川藏铁路高速公路至—一二期工程项目建设自贸试验区海南上成都重庆和'), { minLength: 0, maxLength: 12 }).map((cs) => cs.join(''));

  it('property: a name matches itself', () => {
    fc.assert(fc.property(names, (n) => sameProject(readName(n), readName(n)) && sameFamily(readName(n), readName(n))));
  });

  it('property: matching is symmetric', () => {
    fc.assert(
      fc.property(names, names, (a, b) => {
        const [x, y] = [readName(a), readName(b)];
        return sameProject(x, y) === sameProject(y, x) && sameFamily(x, y) === sameFamily(y, x);
      }),
    );
  });

  it('property: comparing only names that share two adjacent characters finds every pair of one family', () => {
    fc.assert(
      fc.property(fc.array(names, { maxLength: 12 }), (list) => {
        const reads = list.map(readName).filter((n) => !n.generic);
        const all: string[] = [];
        for (let i = 0; i < reads.length; i++) for (let j = i + 1; j < reads.length; j++) if (sameFamily(reads[i], reads[j])) all.push(`${i},${j}`);
        return familyPairs(reads).map(([i, j]) => `${i},${j}`).sort().join(' ') === all.sort().join(' ');
      }),
    );
  });

  it('property: the same project is the same family', () => {
    fc.assert(fc.property(names, names, (a, b) => !same(a, b) || sameFamily(readName(a), readName(b))));
  });
});

describe('timeline', () => {
  const text = '加快川藏铁路前期工作。川藏铁路开工建设。川藏铁路雅安至林芝段建成通车。';
  const mention = (name: string, year: number, kind: string, stage: string | null): ProjectInput => {
    const start = text.indexOf(name);
    const span: [number, number] = [start, start + name.length];
    return { project_id: `d${year}:0`, document_id: `d${year}`, year, name, mentions: [{ span, kind, stage, ...sentenceAround(text, span) }] };
  };

  it('planned, started, completed over three reports; a different project apart; quotes are slices', () => {
    const { timelines, generic } = projectTimelines([
      mention('川藏铁路', 2023, 'plan', '前期'),
      mention('川藏铁路', 2024, 'review', '开工'),
      { ...mention('川藏铁路', 2025, 'review', '建成'), name: '川藏铁路项目' },
      mention('雅安', 2025, 'review', null),
      { ...mention('川藏铁路', 2024, 'plan', null), name: '高铁', project_id: 'd2024:1' },
    ]);
    // 高铁 is a kind of project, 雅安 a region's name.
    expect(generic).toBe(2);
    const t = timelines.find((x) => x.key === '川藏铁路')!;
    expect(t.years.map((y) => [y.year, y.stages])).toEqual([
      [2023, ['前期']],
      [2024, ['开工']],
      [2025, ['建成']],
    ]);
    expect(t.status).toBe('completed');
    expect(t.variants).toEqual(['川藏铁路', '川藏铁路项目']);
    for (const y of t.years) for (const m of y.mentions) expect(text.slice(m.quote_span[0], m.quote_span[1])).toBe(m.quote);
    expect(t.years[0].mentions[0].quote).toBe('加快川藏铁路前期工作。');
    expect(projectTimelines([mention('川藏铁路', 2023, 'plan', '前期')], 2).timelines).toEqual([]);
  });

  it('status: a plan’s 建成 is under way, a review’s is done; a plan’s 开工 is planned', () => {
    expect(statusOf([{ kind: 'plan', stage: '开工' }])).toBe('planned');
    expect(statusOf([{ kind: 'plan', stage: '建成' }])).toBe('started');
    expect(statusOf([{ kind: 'review', stage: '开工' }])).toBe('started');
    expect(statusOf([{ kind: 'five_year_review', stage: '投产' }])).toBe('completed');
    expect(statusOf([{ kind: 'plan', stage: null }])).toBe('mentioned');
  });
});
