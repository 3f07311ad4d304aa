// sections: the tree of a report's parts, flattened in pre-order (ord 0..), each row naming its parent.
import type { SectionNode } from '../../types.js';
import type { Section } from '../../model/api/index.js';
import type { SectionsTable } from '../schema.js';

/** The tree's sections as rows, parents before children. */
export function toRows(nodes: SectionNode[], documentId: string): SectionsTable[] {
  const rows: SectionsTable[] = [];
  const walk = (list: SectionNode[], parentOrd: number | null, path: string[]) => {
    for (const node of list) {
      if (node.type !== 'section') continue;
      const ord = rows.length;
      const p = [...path, node.title];
      rows.push({
        document_id: documentId,
        ord,
        parent_ord: parentOrd,
        kind: node.kind,
        level: node.level,
        marker: node.marker,
        title: node.title,
        span_start: node.span[0],
        span_end: node.span[1],
        path: JSON.stringify(p),
      });
      walk(node.children.filter((c): c is SectionNode => c.type === 'section'), ord, p);
    }
  };
  walk(nodes, null, []);
  return rows;
}

export type SectionRow = Pick<SectionsTable, 'ord' | 'parent_ord' | 'kind' | 'level' | 'marker' | 'title' | 'span_start' | 'span_end'>;

export function fromRow(s: SectionRow): Section {
  return { ord: s.ord, parent_ord: s.parent_ord, kind: s.kind, level: s.level, marker: s.marker, title: s.title, span: [s.span_start, s.span_end] };
}

/**
 * The innermost section containing `pos`. Sections are in pre-order and nest, so their starts never decrease:
 * take the last one starting at or before pos, then climb to the first ancestor that still contains it.
 */
export function innermostSection(sections: SectionsTable[], pos: number): number | null {
  let lo = 0;
  let hi = sections.length - 1;
  let at = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sections[mid].span_start <= pos) [at, lo] = [mid, mid + 1];
    else hi = mid - 1;
  }
  for (let s = at >= 0 ? sections[at] : undefined; s; s = s.parent_ord === null ? undefined : sections[s.parent_ord]) {
    if (pos < s.span_end) return s.ord;
  }
  return null;
}

/** A section's path from the top-level part down (marker and title, › between levels): 四、… › （八）…. */
export function sectionPath(sections: Section[], ord: number | null): string {
  const byOrd = new Map(sections.map((s) => [s.ord, s]));
  const out: string[] = [];
  for (let s = ord === null ? undefined : byOrd.get(ord); s; s = s.parent_ord === null ? undefined : byOrd.get(s.parent_ord)) out.unshift(`${s.marker ?? ''}${s.title}`);
  return out.join(' › ');
}
