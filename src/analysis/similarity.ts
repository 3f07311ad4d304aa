// How much of two texts is the same: the Jaccard index of their multisets of character 5-grams (shingles), white
// space left out; a multiset, so that a text and the same text five times over are not the same (a set would
// make them 0.999 alike). Ingest asks it of a new report and the reports already stored for its region, level and year
// (store/same-report.ts): at SAME_REPORT or above the new text is the same report again (a re-upload, another
// copy with a line changed), below it another report (a draft beside the final, a mis-filed source). Pure.

/** Characters a shingle. Five Chinese characters rarely recur by chance in a report, so a changed line removes
 * only the shingles that overlap it. */
export const SHINGLE = 5;

/**
 * The least similarity of the same report. A changed line in a report of 30,000 characters moves the index by
 * well under 0.01 and a changed paragraph by a few hundredths, while two reports of one region and year that are
 * not copies share far less (the final text edits the draft in most paragraphs; two regions' reports share their
 * genre's phrases only, about 0.1): 0.8 keeps both apart with room on either side.
 */
export const SAME_REPORT = 0.8;

/**
 * A text's shingles (white space left out), each a 32-bit FNV-1a hash of its characters, sorted: a multiset, each
 * as often as it occurs. Sorted integers rather than a map of counts: a 19,000-character report takes a sort of
 * 19,000 numbers, and two are compared in one merge.
 */
export function shingles(text: string, n = SHINGLE): Uint32Array {
  const s = text.replace(/\s+/gu, '');
  const out = new Uint32Array(s.length === 0 ? 0 : Math.max(s.length - n + 1, 1));
  for (let i = 0; i < out.length; i++) {
    let h = 0x811c9dc5;
    for (let j = i; j < i + n && j < s.length; j++) h = Math.imul(h ^ s.charCodeAt(j), 0x01000193);
    out[i] = h >>> 0;
  }
  return out.sort();
}

/** |A ∩ B| / |A ∪ B| of two sorted multisets (each element counted min / max times); two empty ones are the same (1). */
export function jaccard(a: Uint32Array, b: Uint32Array): number {
  const all = a.length + b.length;
  if (all === 0) return 1;
  let both = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) {
      both++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return both / (all - both);
}

/** The similarity of two texts, 0..1 (1: the same shingles). */
export function textSimilarity(a: string, b: string): number {
  return jaccard(shingles(a), shingles(b));
}

/**
 * The most similar of `candidates` to `text` and its similarity (the first of equals), or null when there are none
 * (then no shingles are made: ingest asks this of every report, and most have no other report of their region-year).
 * `shinglesOf` gives a candidate's shingles: a caller comparing many texts with the same candidates memoises them
 * (store/same-report.ts); this function keeps nothing.
 */
export function mostSimilar<T extends { text: string }>(
  text: string,
  candidates: readonly T[],
  shinglesOf: (candidate: T) => Uint32Array = (c) => shingles(c.text),
): { candidate: T; similarity: number } | null {
  if (candidates.length === 0) return null;
  const mine = shingles(text);
  let best: { candidate: T; similarity: number } | null = null;
  for (const candidate of candidates) {
    const similarity = jaccard(mine, shinglesOf(candidate));
    if (!best || similarity > best.similarity) best = { candidate, similarity };
  }
  return best;
}
