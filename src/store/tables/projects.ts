// projects: one row per named project, pointing at its first mention (every mention in `mentions`), and the project
// as the API gives it.
import type { Project as Extracted } from '../../extract/plan/types.js';
import type { Project } from '../../model/api/index.js';
import type { ProjectsTable } from '../schema.js';

export function toRow(p: Extracted, ord: number, documentId: string, sectionOrd: number | null): ProjectsTable {
  return {
    document_id: documentId,
    ord,
    name: p.name,
    stage: p.stage,
    // Mentions as [start, end, kind, stage]: their quotes are slices of the document text.
    mentions: JSON.stringify(p.mentions.map((m) => [m.span[0], m.span[1], m.kind, m.stage])),
    section_ord: sectionOrd,
    span_start: p.mentions[0].span[0],
    span_end: p.mentions[0].span[1],
    // No investment and no related names (most projects): an empty payload (migration 018).
    payload: p.investment === null && Array.isArray(p.related) && p.related.length === 0 ? '{}' : JSON.stringify({ investment: p.investment, related: p.related }),
  };
}

export function fromRow(p: ProjectsTable): Project {
  const payload = { investment: null, related: [], ...(JSON.parse(p.payload) as Partial<Pick<Project, 'investment' | 'related'>>) };
  return {
    id: `${p.document_id}:${p.ord}`,
    name: p.name,
    stage: p.stage,
    mentions: (JSON.parse(p.mentions) as Array<[number, number, string, string | null]>).map(([s, e, kind, stage]) => ({ span: [s, e], kind, stage })),
    span: [p.span_start, p.span_end],
    ...payload,
  };
}
