// Read-only walks over a parsed tree, for the extractors.
import type { ParagraphNode, SectionNode, SentenceNode } from '../types.js';

/** Path from the top-level section down to the deepest section whose span contains offset. */
export function sectionAt(sections: SectionNode[], offset: number): SectionNode[] {
  const path: SectionNode[] = [];
  let level: Array<SectionNode | ParagraphNode> = sections;
  for (;;) {
    let next: SectionNode | null = null;
    for (const n of level) {
      if (n.type === 'section' && n.span[0] <= offset && offset < n.span[1]) {
        next = n;
        break;
      }
    }
    if (!next) return path;
    path.push(next);
    level = next.children;
  }
}

/** All paragraphs in document order. */
export function paragraphs(sections: SectionNode[]): ParagraphNode[] {
  const out: ParagraphNode[] = [];
  const walk = (nodes: Array<SectionNode | ParagraphNode>): void => {
    for (const n of nodes) {
      if (n.type === 'paragraph') out.push(n);
      else walk(n.children);
    }
  };
  walk(sections);
  return out;
}

/** All sentences in document order. */
export function sentences(sections: SectionNode[]): SentenceNode[] {
  const out: SentenceNode[] = [];
  for (const p of paragraphs(sections)) for (const s of p.children) out.push(s);
  return out;
}

/** All sections, depth first in document order. */
export function allSections(sections: SectionNode[]): SectionNode[] {
  const out: SectionNode[] = [];
  const walk = (nodes: Array<SectionNode | ParagraphNode>): void => {
    for (const n of nodes) {
      if (n.type === 'section') {
        out.push(n);
        walk(n.children);
      }
    }
  };
  walk(sections);
  return out;
}
