// Quantities as stored in commitments.quantities and in an achievement's payload (migration 018): each a tuple
// instead of an object with its keys, its span relative to the row's, and low and high left out when they are
// the value. Rows written before hold the objects; both read back to the same.
//   [value, unit, qualifier, start, length]              value = low = high
//   [value, low, high, unit, qualifier, start, length]   otherwise
// start is the quantity's span start less the row's span start, length its span's length.
import type { Quantity } from '../../model/api/index.js';

const KEYS = 'value,low,high,unit,qualifier,span';

type Packed = [number | null, string | null, string, number, number] | [number | null, number, number, string | null, string, number, number];

/** The quantities to store: tuples, or any that is not shaped as the extractor makes them as it is. */
export function packQuantities(list: readonly Quantity[], base: number): Array<Packed | Quantity> {
  return list.map((q) => {
    if (Object.keys(q).join() !== KEYS || !Array.isArray(q.span) || q.span.length !== 2) return q;
    const [s, e] = q.span;
    return q.value === q.low && q.value === q.high
      ? [q.value, q.unit, q.qualifier, s - base, e - s]
      : [q.value, q.low, q.high, q.unit, q.qualifier, s - base, e - s];
  });
}

/** The quantities as the API gives them, from either form. */
export function unpackQuantities(list: ReadonlyArray<Packed | Quantity>, base: number): Quantity[] {
  return list.map((q): Quantity => {
    if (!Array.isArray(q)) return q;
    if (q.length === 5) {
      const [value, unit, qualifier, s, n] = q;
      return { value, low: value as number, high: value as number, unit, qualifier, span: [base + s, base + s + n] } as Quantity;
    }
    const [value, low, high, unit, qualifier, s, n] = q;
    return { value, low, high, unit, qualifier, span: [base + s, base + s + n] } as Quantity;
  });
}

/** A JSON column's quantities, as the API gives them. */
export const quantitiesOf = (json: string, base: number): Quantity[] => unpackQuantities(JSON.parse(json) as Array<Packed | Quantity>, base);
