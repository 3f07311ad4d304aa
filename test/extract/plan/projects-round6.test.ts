// Named projects: the classes of a precision reading on ten unannotated reports (issue 24, point 2,
// test/fixtures/plan/projects/precision), one test per class.
import { describe, expect, it } from 'vitest';
import { notAName } from '../../../src/extract/plan/projects.js';
import { reportWith } from './report.js';

const names = (plan: string): string[] => reportWith(plan).projects.map((p) => p.name);

describe('named projects, precision reading on unannotated reports', () => {
  it('a name inside 《》 is a document’s title, not a work (实施《杭州铁路枢纽规划（2016-2030年）》)', () => {
    const got = names('（一）加快交通建设。实施《杭州铁路枢纽规划（2016-2030年）》，开通杭黄铁路。');
    expect(got).not.toContain('杭州铁路枢纽');
  });

  it('a phrase that runs over a sentence verb is a statement (…女足夺得全国锦标赛, …动车组上线京张高铁, 滨湖筹建省级高新区)', () => {
    expect(notAName('长春大众卓越女足夺得全国锦标赛', 3)).toBe(true);
    expect(notAName('新型奥运版复兴号智能动车组上线京张高铁', 2)).toBe(true);
    expect(notAName('滨湖筹建省级高新区', 3)).toBe(true);
    expect(notAName('京张高铁', 2)).toBe(false);
  });

  it('an existing zone followed by a noun of what it gives is a modifier, no work on it (产业带龙头机遇, 开发区赋权)', () => {
    expect(names('（一）推进改革。做好无锡经济开发区赋权工作。')).toEqual([]);
    expect(names('（一）发展制造业。抢抓珠江西岸先进装备制造产业带龙头机遇，加快建设产业基地。')).not.toContain('珠江西岸先进装备制造产业带');
  });

  it('a national title followed by 创建 is sought, not built (深化国家全域旅游示范区创建); a place’s park stays (推动西南岩溶国家公园创建)', () => {
    expect(names('（一）发展旅游。深化国家全域旅游示范区创建，推进旅游公共服务体系建设。')).toEqual([]);
  });

  it('a descriptor of rank before a name is not part of it (首个陆港型国家物流枢纽 → 陆港型国家物流枢纽)', () => {
    expect(names('（一）扩大开放。加快建设首个陆港型国家物流枢纽。')).not.toContain('首个陆港型国家物流枢纽');
  });

  it('a count or a rank inside a list’s head is its kind, not restored (等防汛重点工程 → the item names itself)', () => {
    const got = names('（一）加强防灾。推进京杭大运河堤防加固等防汛重点工程，提升应对能力。');
    expect(got).toContain('京杭大运河堤防加固');
    expect(got).not.toContain('京杭大运河堤防加固防汛重点工程');
  });

  it('an organisation in a list shares no head (成立合肥演艺集团、庐剧艺术传承中心)', () => {
    expect(names('（一）繁荣文化。成立合肥演艺集团、庐剧艺术传承中心。')).not.toContain('合肥演艺集团中心');
  });

  it('a round count with its measure at the start is a count slogan (抓好百场造商圈)', () => {
    expect(notAName('百场造商圈', 2)).toBe(true);
  });

  it('a lead of a round or an act (新一轮, 认定) is no part of a name; the shared kind is restored (新一轮太湖、洪泽湖治理工程)', () => {
    const got = names('（一）治理河湖。实施新一轮太湖、洪泽湖治理工程，加快生态岛建设。');
    expect(got).toContain('太湖治理工程');
    expect(got).not.toContain('新一轮太湖工程');
  });

  it('an extension line of a road is written with its 线 (魁奇路东延线)', () => {
    expect(names('（一）完善路网。力争打通魁奇路东延线、汾江路南延线等20条“断头路”。')).toContain('魁奇路东延线');
  });

  it('a kind followed by 示范点 is the point’s modifier; 过江 is a kind of crossing (村（社区）综合性文化服务中心示范点, 过江通道)', () => {
    expect(names('（一）繁荣文化。建成村（社区）综合性文化服务中心示范点24个。')).toEqual([]);
    expect(notAName('过江通道', 2)).toBe(true);
  });

  it('a list closed by 等改革 is of reforms, its quoted items no names (“不见面审批”“一件事”等改革)', () => {
    expect(names('（一）深化改革。“不见面审批”“一件事”等改革深入推进。')).toEqual([]);
  });

  it('a head per administrative unit makes the items places (桐庐、建德、淳安等县（市）的新城建设)', () => {
    expect(names('（一）统筹城乡。协调推进桐庐、建德、淳安等县（市）的新城建设。')).toEqual([]);
  });

  it('names joined by 及 or 以及 are two (锡宜及沪武高速扩建; 禅城老城区改造以及听音湖片区、顺德新城等片区)', () => {
    const got = names('（一）完善交通。锡宜及沪武高速扩建、锡太高速开工建设。');
    expect(got).toEqual(expect.arrayContaining(['锡宜高速扩建', '沪武高速扩建', '锡太高速']));
    const parts = names('（一）统筹片区。加快禅城老城区改造以及听音湖片区、顺德新城、北江新区等片区建设。');
    expect(parts).toContain('听音湖片区');
    expect(parts.some((n) => n.includes('以及'))).toBe(false);
    expect(parts).not.toContain('禅城老城区改造片区');
  });

  it('an existing zone as the subject acting on something else is no work on it (新站高新区加快提升…能级)', () => {
    expect(names('（一）壮大园区。新站高新区加快提升新一代信息技术产业发展能级。')).toEqual([]);
    expect(names('（一）壮大园区。新站高新区加快建设。')).toContain('新站高新区');
  });

  it('a quoted count of kinds abbreviated heading a campaign is no name (“两违”综合治理); “三北”工程 stays', () => {
    expect(notAName('“两违”综合治理', 4)).toBe(true);
    expect(notAName('“三北”工程', 2)).toBe(false);
  });

  it('a city’s frame is a statement (东至莲花山、西至公主岭、南至永春新城)', () => {
    expect(notAName('西至公主岭新城', 2)).toBe(true);
  });

  it('a city role of category words is none (全力建设科技创新城)', () => {
    expect(names('（一）创新驱动。全力建设科技创新城。')).toEqual([]);
  });

  it('a verb followed by a word-final morpheme is inside a noun, and an event item names itself (全球1024开发者节、青少年科技创新大赛)', () => {
    const got = names('（一）营造氛围。办好全国“双创”活动周、全球1024开发者节、青少年科技创新大赛。');
    expect(got.some((n) => n.startsWith('者节'))).toBe(false);
    expect(got).not.toContain('全球1024开发者节大赛');
  });

  it('a green corridor names its own kind in a list (桃花山至观音山绿廊、大坪山步行环线)', () => {
    const got = names('（一）提升景观。建成桃花山至观音山绿廊、大坪山步行环线、绿道二期工程。');
    expect(got).toContain('桃花山至观音山绿廊');
    expect(got).not.toContain('桃花山至观音山绿廊步行环线');
  });

  it('a count opening a name (200余项子工程, 60余条小街小巷雨污分流工程) is no name, its figure the commitment’s; a project’s 3个子项目 stays inside it', () => {
    expect(notAName('200余项子工程', 2)).toBe(true);
    expect(notAName('60余条小街小巷雨污分流工程', 2)).toBe(true);
    const r = reportWith('（一）水利。实施好十项骨干工程和200余项子工程。');
    expect(r.commitments[0]?.quantities).toMatchObject([{ value: 200, unit: '项', qualifier: 'at_least' }]);
  });
});
