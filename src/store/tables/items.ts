// items: pledges (为民办实事), achievements and problems, each a kind and its own fields as JSON (span, quote and
// section path are the columns' and the text's), and the item as the API gives it.
// An achievement's fields are stored as a tuple (migration 018): [action, verb, object, quantities], its object as
// [offset, length] in the quote when the quote holds it, its quantities as tables/quantities.ts packs them. Rows
// written before, and any item not shaped so, hold the fields' object.
import type { Span } from '../../types.js';
import type { Item, Quantity } from '../../model/api/index.js';
import type { ItemKind, ItemsTable } from '../schema.js';
import { packQuantities, unpackQuantities } from './quantities.js';

const ACHIEVEMENT = ['action', 'verb', 'object', 'quantities'];

export function toRow(
  kind: ItemKind,
  it: { span: Span; quote: string; sectionPath?: unknown },
  ord: number,
  documentId: string,
  sectionOrd: number | null,
  text: string,
): ItemsTable {
  const { span, quote: _quote, sectionPath: _path, ...own } = it;
  return { document_id: documentId, kind, ord, section_ord: sectionOrd, span_start: span[0], span_end: span[1], payload: JSON.stringify(packed(own, text, span)) };
}

function packed(own: Record<string, unknown>, text: string, [start, end]: Span): unknown {
  if (Object.keys(own).join() !== ACHIEVEMENT.join() || ACHIEVEMENT.some((k) => own[k] === undefined) || !Array.isArray(own.quantities)) return own;
  const object = own.object;
  if (object !== null && typeof object !== 'string') return own;
  const at = object ? text.slice(start, end).indexOf(object) : -1;
  return [own.action, own.verb, at < 0 ? object : [at, object!.length], packQuantities(own.quantities as Quantity[], start)];
}

/** The row with its quote from the report's text. */
export function fromRow(i: ItemsTable, text: string): Item {
  const own = JSON.parse(i.payload) as Record<string, unknown> | unknown[];
  return {
    kind: i.kind as ItemKind,
    span: [i.span_start, i.span_end],
    quote: text.slice(i.span_start, i.span_end),
    ...(Array.isArray(own) ? unpacked(own, text, i.span_start) : own),
  };
}

function unpacked([action, verb, object, quantities]: unknown[], text: string, start: number): Record<string, unknown> {
  const [at, n] = Array.isArray(object) ? (object as [number, number]) : [-1, 0];
  return {
    action,
    verb,
    object: at < 0 ? object : text.slice(start + at, start + at + n),
    quantities: unpackQuantities(quantities as Parameters<typeof unpackQuantities>[0], start),
  };
}
