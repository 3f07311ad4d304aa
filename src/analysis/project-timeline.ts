// Projects across years: the named projects of a region's successive reports grouped into one timeline each (the
// matching rule: project-keys.ts), with per report year the stages stated and the sentences that state them, and a
// status derived from all of them. A review states what happened (建成 in a review: completed); a plan states what
// is to happen (开工 in a plan: planned; 建成 this year in a plan: under way). Pure: the store gives the rows.
import { PROJECT_STATUSES, type ProjectStatus, type ProjectTimeline, type Span, type TimelineYear } from '../model/api/index.js';
import type { Table } from '../model/table.js';
import { readName, sameFamily, type ProjectName } from './project-keys.js';

/** One stored project of one report, with its mentions' sentences. */
export interface ProjectInput {
  project_id: string;
  document_id: string;
  year: number;
  name: string;
  mentions: Array<{ span: Span; kind: string; stage: string | null; quote: string; quote_span: Span }>;
}

const STAGE_ORDER = ['谋划', '前期', '开工', '在建', '建成', '投产'];

/** The sentence around a span: back and forward to 。！？； or a line break (at most `reach` characters each way). */
export function sentenceAround(text: string, span: Span, reach = 160): { quote: string; quote_span: Span } {
  const END = /[。！？；\n]/;
  let s = span[0];
  while (s > 0 && span[0] - s < reach && !END.test(text[s - 1])) s--;
  let e = span[1];
  while (e < text.length && e - span[1] < reach && !END.test(text[e])) e++;
  if (e < text.length && END.test(text[e]) && text[e] !== '\n') e++;
  while (s < span[0] && /\s/.test(text[s])) s++;
  return { quote: text.slice(s, e), quote_span: [s, e] };
}

const isReview = (kind: string) => kind.includes('review');

/** The furthest a project got, by what the reports state: completed, started, planned, or only mentioned. */
export function statusOf(mentions: Array<{ kind: string; stage: string | null }>): ProjectStatus {
  let rank = 3;
  for (const { kind, stage } of mentions) {
    if (!stage) continue;
    const done = stage === '建成' || stage === '投产';
    const r = done && isReview(kind) ? 0 : done || stage === '在建' || (stage === '开工' && isReview(kind)) ? 1 : 2;
    rank = Math.min(rank, r);
  }
  return PROJECT_STATUSES[rank];
}

/** Union-find over indices joined by the given pairs. */
function groups(n: number, pairs: Array<[number, number]>): number[][] {
  const parent = Array.from({ length: n }, (_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i])));
  for (const [i, j] of pairs) if (root(i) !== root(j)) parent[root(j)] = root(i);
  const out = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const r = root(i);
    const g = out.get(r);
    if (g) g.push(i);
    else out.set(r, [i]);
  }
  return [...out.values()];
}

/**
 * The pairs of the same family. Two names can only match when they share a pair of adjacent characters (equal keys,
 * an abbreviation written as the other's key, one key held in the other: all at least two characters), so only
 * those are compared rather than every pair.
 */
export function familyPairs(names: ProjectName[]): Array<[number, number]> {
  const byBigram = new Map<string, number[]>();
  names.forEach((n, i) => {
    const grams = new Set<string>();
    for (const f of [n.flat, ...n.aliases]) for (let k = 0; k + 2 <= f.length; k++) grams.add(f.slice(k, k + 2));
    for (const g of grams) {
      const list = byBigram.get(g);
      if (list) list.push(i);
      else byBigram.set(g, [i]);
    }
  });
  const seen = new Set<number>();
  const pairs: Array<[number, number]> = [];
  for (const list of byBigram.values())
    for (let x = 0; x < list.length; x++)
      for (let y = x + 1; y < list.length; y++) {
        const [i, j] = [list[x], list[y]];
        const id = i * names.length + j;
        if (seen.has(id)) continue;
        seen.add(id);
        if (sameFamily(names[i], names[j])) pairs.push([i, j]);
      }
  return pairs;
}

/** The name a timeline goes by: the display seen in most reports, then the shortest, then the first. */
function pickName(rows: Array<{ read: ProjectName; year: number }>): string {
  const count = new Map<string, number>();
  for (const r of rows) count.set(r.read.display, (count.get(r.read.display) ?? 0) + 1);
  return [...count.entries()].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length || a[0].localeCompare(b[0]))[0][0];
}

function yearsOf(rows: Array<{ input: ProjectInput; read: ProjectName }>): TimelineYear[] {
  const byYear = new Map<number, TimelineYear>();
  for (const { input, read } of [...rows].sort((a, b) => a.input.year - b.input.year || a.input.project_id.localeCompare(b.input.project_id))) {
    const y = byYear.get(input.year) ?? { year: input.year, document_id: input.document_id, stages: [], mentions: [] };
    for (const m of input.mentions) y.mentions.push({ project_id: input.project_id, name: read.display, kind: m.kind, stage: m.stage, span: m.span, quote: m.quote, quote_span: m.quote_span });
    byYear.set(input.year, y);
  }
  for (const y of byYear.values()) y.stages = STAGE_ORDER.filter((s) => y.mentions.some((m) => m.stage === s));
  return [...byYear.values()];
}

export interface TimelineResult {
  timelines: ProjectTimeline[];
  /** Names left out: a kind of project (高铁, 寄宿制学校), not one. */
  generic: number;
}

/** The region's projects as timelines, most report years first; `minYears` leaves out those seen in fewer. */
export function projectTimelines(inputs: ProjectInput[], minYears = 1): TimelineResult {
  const rows = inputs.map((input) => ({ input, read: readName(input.name) }));
  const named = rows.filter((r) => !r.read.generic && r.read.key.length > 0);
  // Distinct (key, phase) first: the pairwise matching runs over names, not rows.
  const byName = new Map<string, typeof named>();
  for (const r of named) {
    const k = `${r.read.key}\u0000${r.read.phase ?? ''}\u0000${r.read.aliases.join(',')}`;
    byName.set(k, [...(byName.get(k) ?? []), r]);
  }
  const names = [...byName.values()];
  const reads = names.map((n) => n[0].read);
  const family = familyPairs(reads);
  // The same project: the same family and the same phase (sameProject).
  const projects = groups(names.length, family.filter(([i, j]) => reads[i].phase === reads[j].phase));
  const families = groups(names.length, family);
  const familyOf = new Map<number, string>();
  for (const f of families) {
    const label = f.map((i) => names[i][0].read.key).sort((a, b) => a.length - b.length || a.localeCompare(b))[0];
    for (const i of f) familyOf.set(i, label);
  }
  const timelines: ProjectTimeline[] = projects.map((p) => {
    const members = p.flatMap((i) => names[i].map((r) => ({ ...r, year: r.input.year })));
    const years = yearsOf(members);
    const variants = [...new Set(members.sort((a, b) => a.year - b.year).map((m) => m.read.display))];
    return {
      name: pickName(members),
      // The shortest key the project's names have (三峡 of 长江三峡工程, 三峡工程): its core, whatever the input's order.
      key: p.map((i) => reads[i].key).sort((a, b) => a.length - b.length || a.localeCompare(b))[0],
      family: familyOf.get(p[0])!,
      phase: names[p[0]][0].read.phase,
      variants,
      status: statusOf(years.flatMap((y) => y.mentions)),
      first_year: years[0].year,
      last_year: years[years.length - 1].year,
      years,
    };
  });
  const kept = timelines.filter((t) => t.years.length >= minYears);
  kept.sort((a, b) => b.years.length - a.years.length || a.first_year - b.first_year || a.name.localeCompare(b.name));
  return { timelines: kept, generic: rows.length - named.length };
}

const STATUS_WORDS: Record<ProjectStatus, string> = { completed: '建成', started: '在建', planned: '规划', mentioned: '提及' };

/** One line a mention (csv, xlsx): the timeline's fields, the report year, the stage, the sentence and where it and the name are. */
export function projectsTable(timelines: ProjectTimeline[]): Table {
  const columns = [
    'project', 'family', 'phase', 'status', 'first_year', 'last_year', 'year', 'document_id', 'project_id', 'name', 'kind', 'stage', 'quote',
    'quote_start', 'quote_end', 'name_start', 'name_end',
  ];
  const rows = timelines.flatMap((t) =>
    t.years.flatMap((y) =>
      y.mentions.map((m) => [t.name, t.family, t.phase, t.status, t.first_year, t.last_year, y.year, y.document_id, m.project_id, m.name, m.kind, m.stage, m.quote, m.quote_span[0], m.quote_span[1], m.span[0], m.span[1]]),
    ),
  );
  return { columns, rows, widths: [20, 14, 8, 10, 10, 10, 6, 18, 20, 20, 16, 6, 80, 10, 10, 10, 10], filter: true, wrap: true };
}

/** A terminal's table: one line a project, its years with their stages (2019 谋划 → 2021 开工 → 2023 建成). */
export function projectsScreen(timelines: ProjectTimeline[]): Table {
  return {
    columns: ['project', 'status', 'years', 'timeline', 'also written'],
    rows: timelines.map((t) => [
      t.phase && !t.name.includes(t.phase) ? `${t.name}（${t.phase}）` : t.name,
      `${t.status} ${STATUS_WORDS[t.status]}`,
      t.years.length,
      t.years.map((y) => `${y.year}${y.stages.length ? ' ' + y.stages.join('/') : ''}`).join(' → '),
      t.variants.filter((v) => v !== t.name).join('、'),
    ]),
  };
}
