// A search snippet as text with <mark> elements around the hits (never HTML).
import type { ReactNode } from 'react';
import { splitMarks } from './marks';

export function Marked({ snippet, terms }: { snippet: string; terms: string[] }): ReactNode {
  return splitMarks(snippet, terms).map((p, i) => (p.hit ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>));
}
