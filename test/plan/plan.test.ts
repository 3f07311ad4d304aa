import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readReport } from '../../src/extract/report.js';
import { readPlan, type Commitment, type Plan } from '../../src/extract/plan/index.js';
import { splitClauses } from '../../src/extract/plan/clauses.js';
import type { Report } from '../../src/types.js';

const ROOT = join(import.meta.dirname, '..', '..', 'corpus');
const seedFiles = readdirSync(join(ROOT, 'seeds')).filter((f) => f.endsWith('.txt')).sort();
const seed = (n: string): Report => readReport(readFileSync(join(ROOT, 'seeds', seedFiles.find((f) => f.startsWith(n))!), 'utf8'));
const nationalRows = readFileSync(join(ROOT, 'national', 'government_work_reports.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as { title: string; content: string; year: string | null });

function grounded(r: Report, p: Plan): number {
  let bad = 0;
  const check = (x: { span: [number, number]; quote: string }): void => {
    if (r.text.slice(x.span[0], x.span[1]) !== x.quote) bad++;
  };
  for (const c of p.commitments) {
    check(c);
    for (const q of c.quantities) if (q.span[0] < c.span[0] || q.span[1] > c.span[1]) bad++;
  }
  p.achievements.forEach(check);
  p.problems.forEach(check);
  p.pledges.forEach(check);
  for (const pr of p.projects) pr.mentions.forEach(check);
  return bad;
}

describe('seed 000 (钦州): the issue examples', () => {
  const r = seed('000');
  const p = readPlan(r);
  const find = (s: string): Commitment => {
    const c = p.commitments.find((x) => x.quote.includes(s));
    expect(c, s).toBeDefined();
    return c!;
  };

  it('新增学位 6000 个 (at least), 2024, under 推动公共服务优质共享', () => {
    const c = find('新增学位6000个以上');
    expect(c.action).toBe('新增');
    expect(c.object).toBe('学位');
    expect(c.quantities).toHaveLength(1);
    expect(c.quantities[0]).toMatchObject({ value: 6000, unit: '个', qualifier: 'at_least' });
    expect(c.year).toBe(2024);
    expect(c.sectionPath).toEqual(['（八）聚力保障和改善民生，提升高品质生活成色', '推动公共服务优质共享']);
    expect(c.quantified).toBe(true);
  });

  it('平陆运河完成投资 200 亿元 (at least, stretch 力争), 全年', () => {
    const c = find('平陆运河全年完成投资200亿元以上');
    expect(c.action).toBe('完成');
    expect(c.stretch).toBe('力争');
    expect(c.deadline).toBe('全年');
    expect(c.quantities[0]).toMatchObject({ value: 200, unit: '亿元', qualifier: 'at_least' });
    expect(c.sectionPath[c.sectionPath.length - 1]).toBe('高效服务保障平陆运河建设');
  });

  it('建成 15 个集中安置点, 年内', () => {
    const c = find('年内建成15个集中安置点');
    expect(c.action).toBe('建成');
    expect(c.deadline).toBe('年内');
    expect(c.quantities.map((q) => q.value)).toEqual([15, 6, 6]);
  });

  it('开工建设 桐昆一期主体装置 (a project, stage 开工)', () => {
    const c = find('开工建设桐昆一期主体装置');
    expect(c.action).toBe('开工');
    expect(c.verb).toBe('开工建设');
    expect(c.projects).toContain('桐昆一期主体装置');
    const pr = p.projects.find((x) => x.name === '桐昆一期主体装置')!;
    expect(pr.stage).toBe('开工');
    expect(pr.related).toContain('桐昆');
    // "3个子项目" belongs to a project name, not the clause's quantities.
    expect(c.quantities).toHaveLength(0);
  });

  it('a clause with two quantities gives two, the trailing 以上 covering both', () => {
    const c = find('确保粮食面积、产量稳定在284.5万亩、18.98亿斤以上');
    expect(c.quantities.map((q) => [q.value, q.unit, q.qualifier])).toEqual([
      [284.5, '万亩', 'at_least'],
      [18.98, '亿斤', 'at_least'],
    ]);
  });

  it('projects are deduplicated, with stage and mentions', () => {
    const names = p.projects.map((x) => x.name);
    expect(new Set(names).size).toBe(names.length);
    const canal = p.projects.find((x) => x.name === '平陆运河')!;
    expect(canal.mentions.length).toBeGreaterThan(5);
    expect(p.projects.find((x) => x.name === '南宁至钦州铁路增建二线项目')?.stage).toBe('开工');
    expect(p.projects.find((x) => x.name === '龙门大桥')?.stage).toBe('建成');
  });

  it('livelihood pledges: 统筹资金65亿元, 十大惠民工程', () => {
    expect(p.pledges).toHaveLength(1);
    const pl = p.pledges[0];
    expect(pl.title).toBe('实施为民办实事工程');
    expect(pl.budget).toMatchObject({ value: 65, unit: '亿元' });
    expect(pl.count).toBe(10);
    expect(pl.items.map((i) => i.text)).toContain('兴农惠农');
  });

  it('achievements and problems from the review', () => {
    const a = p.achievements.find((x) => x.quote.includes('新增基础教育学位6570个'))!;
    expect(a.quantities[0]).toMatchObject({ value: 6570, unit: '个' });
    expect(a.action).toBe('新增');
    expect(p.problems.length).toBeGreaterThanOrEqual(5);
    expect(p.problems[0].quote.startsWith('去年主要经济指标完成情况不及预期')).toBe(true);
    expect(p.problems.some((x) => x.quote.startsWith('我们要'))).toBe(false);
  });
});

describe('clauses', () => {
  it('never cut inside quotes, book titles, brackets or a number', () => {
    const t = '按照“短期抓挖潜，中期抓项目”的思路，修订《贵港港总体规划，2024版》，做强北部湾（广西，钦州）平台，投资1,000亿元，完成。';
    const parts = splitClauses(t, 0, t.length).map(([a, b]) => t.slice(a, b));
    expect(parts).toEqual(['按照“短期抓挖潜，中期抓项目”的思路', '修订《贵港港总体规划，2024版》', '做强北部湾（广西，钦州）平台', '投资1,000亿元', '完成']);
  });

  it('no commitment on the seeds ends inside a project name or a number', () => {
    for (const f of seedFiles) {
      const r = seed(f.slice(0, 3));
      const p = readPlan(r);
      for (const c of p.commitments) {
        expect(/\d/.test(r.text[c.span[1]] ?? '') && /\d/.test(r.text[c.span[1] - 1])).toBe(false);
      }
      for (const pr of p.projects) {
        for (const m of pr.mentions) {
          const inside = p.commitments.filter((c) => c.span[0] < m.span[1] && m.span[0] < c.span[1]);
          for (const c of inside) expect(c.span[0] <= m.span[0] && m.span[1] <= c.span[1], `${pr.name} in ${c.quote}`).toBe(true);
        }
      }
    }
  });
});

describe('every seed', () => {
  for (const f of seedFiles) {
    it(`${f}: hundreds of commitments, all grounded`, () => {
      const r = seed(f.slice(0, 3));
      const p = readPlan(r);
      expect(p.commitments.length).toBeGreaterThanOrEqual(250);
      expect(p.commitments.filter((c) => c.quantified).length).toBeGreaterThanOrEqual(10);
      expect(p.projects.length).toBeGreaterThan(50);
      expect(p.achievements.length).toBeGreaterThan(20);
      expect(p.problems.length).toBeGreaterThan(0);
      expect(grounded(r, p)).toBe(0);
      for (const c of p.commitments) {
        expect(c.sectionPath.length).toBeGreaterThan(0);
        expect(c.quantified).toBe(c.quantities.length > 0);
      }
    });
  }
});

describe('national reports 1954–2025', () => {
  it('all rows go through without error, grounded; recent ones give hundreds of commitments', () => {
    for (const row of nationalRows) {
      const r = readReport(row.content, { year: row.year ? Number(row.year) : null });
      const p = readPlan(r);
      expect(grounded(r, p), row.title).toBe(0);
      if (row.year && Number(row.year) >= 1990 && row.year !== '2023' && row.year !== '2013' && row.year !== '2003') {
        expect(p.commitments.length, row.year).toBeGreaterThan(200);
      }
    }
  });

  it('2024: 中央预算内投资拟安排7000亿元 is a quantified commitment of 今年', () => {
    const row = nationalRows.find((x) => x.year === '2024')!;
    const p = readPlan(readReport(row.content, { year: 2024 }));
    const c = p.commitments.find((x) => x.quote.includes('中央预算内投资拟安排7000亿元'))!;
    expect(c.quantities[0]).toMatchObject({ value: 7000, unit: '亿元' });
    expect(c.deadline).toBe('今年');
    expect(p.problems.length).toBeGreaterThan(3);
  });
});

describe('plan quantities in less common units', () => {
  it('reads 口, 艘, 栋, 台套, 兆瓦 … so that a clause with two figures keeps both', () => {
    const r = readReport(
      '政府工作报告\n\n各位代表：\n\n一、2023年工作回顾\n\n过去一年，地区生产总值增长5%。\n\n二、2024年工作安排\n\n（一）发展海洋经济。新增深水网箱100口、养殖工船2艘，建设冷库12栋，新增设备300台套，新增光伏装机300兆瓦。\n',
    );
    const q = (quote: string) => r.commitments.find((c) => c.quote === quote)?.quantities.map((x) => [x.value, x.unit]);
    expect(q('新增深水网箱100口、养殖工船2艘')).toEqual([[100, '口'], [2, '艘']]);
    expect(q('建设冷库12栋')).toEqual([[12, '栋']]);
    expect(q('新增设备300台套')).toEqual([[300, '台套']]);
    expect(q('新增光伏装机300兆瓦')).toEqual([[300, '兆瓦']]);
  });
});

describe('commitments whose verb the lexicon lacked (follow9)', () => {
  const r = readReport(
    '政府工作报告\n\n各位代表：\n\n一、2023年工作回顾\n\n过去一年，地区生产总值增长5%。\n\n二、2024年工作安排\n\n（一）扩大有效投资。' +
      '开复工新能源装机规模1200万千瓦。补强冷链、跨境电商等货运设施。高标准筹备第十二届世界运动会，做好省运会筹备工作。\n',
  );
  const action = (quote: string) => r.commitments.find((c) => c.quote === quote)?.action;
  it('reads works started or resumed, a weak link reinforced and an event prepared (not yet held)', () => {
    expect(action('开复工新能源装机规模1200万千瓦')).toBe('开工');
    expect(action('补强冷链、跨境电商等货运设施')).toBe('推进');
    expect(action('高标准筹备第十二届世界运动会')).toBe('推进');
    // 筹备工作 is the preparation as a noun: 做好 governs it.
    expect(action('做好省运会筹备工作')).toBe('推进');
  });
});

describe('commitments whose verb the lexicon lacked (issue 24, follow7)', () => {
  const r = readReport(
    '政府工作报告\n\n各位代表：\n\n一、2023年工作回顾\n\n过去一年，地区生产总值增长5%。\n\n二、2024年工作安排\n\n（一）办好民生事业。' +
      '妇女“两癌”免费检查100万人，康复救助残疾儿童2万名，2024年重点筛查60岁以上人群。优化经营性用地结构和出让时序，收储13000亩、出让10300亩。' +
      '全市PM2.5平均浓度不高于29微克/立方米，力争获评“大禹鼎”金鼎。迭代项目全生命周期数字化管理系统，打响生物多样性友好城市品牌，放大基础设施投资。' +
      '高速公路服务区充电基础设施总车位达到小型客车停车位总数的10%，力争地表水质国控省控断面全部达到优良以上标准。' +
      '理清“五张项目清单”，当好产业链“首席服务官”。大健康产业紧扣中医药、现代医药、医疗器械等领域。\n',
  );
  const action = (quote: string) => r.commitments.find((c) => c.quote === quote)?.action;
  it('reads services, relief and land by their verbs', () => {
    expect(action('妇女“两癌”免费检查100万人')).toBe('实施');
    expect(action('康复救助残疾儿童2万名')).toBe('支持');
    expect(action('2024年重点筛查60岁以上人群')).toBe('实施');
    expect(action('收储13000亩、出让10300亩')).toBe('保障');
    // 出让时序 is read as no task of its own: the clause opens with 优化.
    expect(action('优化经营性用地结构和出让时序')).toBe('推进');
  });
  it('reads a ceiling, a title won, an iteration and a brand as commitments', () => {
    expect(action('全市PM2.5平均浓度不高于29微克/立方米')).toBe('推进');
    expect(action('力争获评“大禹鼎”金鼎')).toBe('创建');
    expect(action('迭代项目全生命周期数字化管理系统')).toBe('推进');
    expect(action('打响生物多样性友好城市品牌')).toBe('推进');
    expect(action('放大基础设施投资')).toBe('推进');
    // Verbs hidden before a quote: sorting out lists, acting well as a role.
    expect(action('理清“五张项目清单”')).toBe('推进');
    expect(action('当好产业链“首席服务官”')).toBe('推进');
    expect(action('大健康产业紧扣中医药、现代医药、医疗器械等领域')).toBe('推进');
  });
  it('reads a share of a whole or a standard reached as a target', () => {
    expect(action('高速公路服务区充电基础设施总车位达到小型客车停车位总数的10%')).toBe('推进');
    expect(action('力争地表水质国控省控断面全部达到优良以上标准')).toBe('推进');
  });
});
