// The readable summary of `workreport extract`: who wrote the report, its parts, and per indicator the
// year's target beside last year's result.
import type { Fact, SectionNode } from '../../types.js';
import type { FullReport } from '../../extract/report.js';
import { INDICATOR_BY_ID } from '../../lexicon/indicators.js';
import { formatFact } from '../../analysis/format.js';
import { displayWidth } from '../output.js';

const pad = (s: string, n: number): string => s + ' '.repeat(Math.max(1, n - displayWidth(s)));

function parts(sections: SectionNode[]): string[] {
  return sections
    .filter((s) => s.kind !== 'preamble')
    .map((s) => `  ${pad(s.kind, 18)}${(s.marker ?? '') + s.title}  [${s.span[0]}–${s.span[1]}]`);
}

export function summarise(file: string, r: FullReport, opts: { all?: boolean } = {}): string {
  const m = r.meta;
  const lines: string[] = [];
  lines.push(`${file}`);
  const who = [m.region ?? '(region unknown)', m.regionCode, m.level].filter(Boolean).join(' · ');
  lines.push(`  ${who}`);
  lines.push(
    `  plans for ${m.year ?? '?'}, reviews ${m.reviewYear ?? '?'}` +
      (m.date ? ` · delivered ${m.date}` : '') +
      (m.meeting ? ` · ${m.meeting}` : '') +
      (m.speaker ? ` · ${m.speaker}` : ''),
  );
  lines.push('', 'Parts');
  lines.push(...parts(r.sections));
  const headline = r.facts.filter((f) => f.headline);
  const ids = [...new Set(headline.map((f) => f.indicator))];
  const col = (fs: Fact[]): string => fs.map(formatFact).join('; ') || '—';
  lines.push('', `  ${pad('indicator', 46)}${pad(`${m.year ?? ''} target`, 30)}${m.reviewYear ?? ''} result`);
  for (const id of ids) {
    const name = `${INDICATOR_BY_ID.get(id)?.name ?? id} (${id})`;
    const t = headline.filter((f) => f.indicator === id && f.kind === 'target');
    const a = headline.filter((f) => f.indicator === id && f.kind === 'actual');
    lines.push(`  ${pad(name, 46)}${pad(col(t), 30)}${col(a)}`);
  }
  const targets = r.facts.filter((f) => f.kind === 'target').length;
  lines.push('', `  ${r.facts.length} facts: ${targets} targets, ${r.facts.length - targets} results; ${headline.length} headline`);
  const quantified = r.commitments.filter((c) => c.quantified).length;
  lines.push(
    `  plan: ${r.commitments.length} commitments (${quantified} quantified), ${r.projects.length} projects, ` +
      `${r.pledges.length} pledge lists, ${r.achievements.length} achievements, ${r.problems.length} problems (workreport plan)`,
  );
  if (opts.all) {
    lines.push('', 'All facts');
    for (const f of r.facts) lines.push(`  [${f.span[0]}–${f.span[1]}] ${f.kind} ${f.year ?? ''} ${f.indicator} ${formatFact(f)}${f.headline ? ' *' : ''}  «${f.quote}»`);
  }
  return lines.join('\n');
}
