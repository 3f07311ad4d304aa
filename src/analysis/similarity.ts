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

/** A text's shingles (white space left out), each a 32-bit FNV-1a hash of its characters, with how often it occurs. */
export function shingles(text: string, n = SHINGLE): Map<number, number> {
  const s = text.replace(/\s+/gu, '');
  const out = new Map<number, number>();
  const last = Math.max(s.length - n, 0);
  for (let i = 0; i <= last && i < s.length; i++) {
    let h = 0x811c9dc5;
    for (let j = i; j < i + n && j < s.length; j++) h = Math.imul(h ^ s.charCodeAt(j), 0x01000193);
    h >>>= 0;
    out.set(h, (out.get(h) ?? 0) + 1);
  }
  return out;
}

const total = (m: ReadonlyMap<number, number>): number => {
  let n = 0;
  for (const c of m.values()) n += c;
  return n;
};

/** |A ∩ B| / |A ∪ B| of two multisets (each element counted min / max times); two empty ones are the same (1). */
export function jaccard(a: ReadonlyMap<number, number>, b: ReadonlyMap<number, number>): number {
  const all = total(a) + total(b);
  if (all === 0) return 1;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let both = 0;
  for (const [x, c] of small) both += Math.min(c, large.get(x) ?? 0);
  return both / (all - both);
}

/** The similarity of two texts, 0..1 (1: the same shingles). */
export function textSimilarity(a: string, b: string): number {
  return jaccard(shingles(a), shingles(b));
}

/** The most similar of `candidates` to `text` and its similarity (the first of equals), or null when there are none. */
export function mostSimilar<T extends { text: string }>(text: string, candidates: readonly T[]): { candidate: T; similarity: number } | null {
  const mine = shingles(text);
  let best: { candidate: T; similarity: number } | null = null;
  for (const candidate of candidates) {
    const similarity = jaccard(mine, shingles(candidate.text));
    if (!best || similarity > best.similarity) best = { candidate, similarity };
  }
  return best;
}
