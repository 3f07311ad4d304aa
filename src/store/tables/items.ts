// items: pledges (为民办实事), achievements and problems, each a kind and its own fields as JSON (span, quote and
// section path are the columns' and the text's), and the item as the API gives it.
import type { Span } from '../../types.js';
import type { Item } from '../../model/api/index.js';
import type { ItemKind, ItemsTable } from '../schema.js';

export function toRow(kind: ItemKind, it: { span: Span; quote: string; sectionPath?: unknown }, ord: number, documentId: string, sectionOrd: number | null): ItemsTable {
  const { span, quote: _quote, sectionPath: _path, ...own } = it;
  return { document_id: documentId, kind, ord, section_ord: sectionOrd, span_start: span[0], span_end: span[1], payload: JSON.stringify(own) };
}

/** The row with its quote from the report's text. */
export function fromRow(i: ItemsTable, text: string): Item {
  return {
    kind: i.kind as ItemKind,
    span: [i.span_start, i.span_end],
    quote: text.slice(i.span_start, i.span_end),
    ...(JSON.parse(i.payload) as Record<string, unknown>),
  };
}
