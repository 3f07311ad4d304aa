// What makes a phrase one named project rather than a category, a statement or a policy phrase
// (test/fixtures/plan/README.md, "Named projects"), and the words trimmed before a name.
import type { Span } from '../../types.js';
import {
  ACTION_WORDS,
  CODE_SUFFIXES,
  GENERIC_PROJECT,
  POLICY_PHRASE,
  PROJECT_CATEGORY_WORDS,
  STRETCH_MARKERS,
} from '../../lexicon/actions.js';
import { GENRE_WORDS } from '../../lexicon/followup.js';
import { mentionNames } from '../../lexicon/divisions.js';
import { wordAt, wordIndex, type WordIndex } from '../../text/chars.js';
import type { VerbHit } from './clauses.js';

export interface ClauseInfo {
  span: Span;
  /** The clause with quoted text blanked, same length as the span. */
  masked: string;
  verbs: VerbHit[];
  kind: string;
}

export interface Found {
  /** The project's name: the text of the span, or with a shared list head restored (平漯周 + 高铁). */
  name: string;
  span: Span;
  clause: ClauseInfo;
}

const escapeAll = (ws: readonly string[]): string => [...ws].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
/** Leading quantities (12个, 20个以上), adverbs and verbs (力争, 推进实施): not part of the name. */
export const LEAD_TRIM = new RegExp(
  `^(?:\\*+|[一二三四五六七八九十]+是|聚焦|用于|抢抓|严控|严禁|限制|淘汰|筹建|洽谈|签约|落地|[\\d一二三四五六七八九十两百千万]+[个项批座条家所](?:以上|左右)?|${escapeAll(STRETCH_MARKERS)}|全面|加快|持续|深入|继续|实现|衔接|确保|重点|大力|积极|着力|全力|以|形成|让|统筹抓好|统筹|坚持|围绕|激活|设立|加入|精细化服务|独具|稳步|运营|我们|${escapeAll(ACTION_WORDS.map((a) => a.word))})+`,
);

let placeIndex: WordIndex<string> | null = null;
/** Division names (full names, and short names of cities and provinces) by first characters, built once on first use. */
function places(): WordIndex<string> {
  if (placeIndex) return placeIndex;
  const names = new Set<string>();
  for (const level of ['province', 'city', 'county'] as const) {
    for (const { name, division } of mentionNames(level)) {
      if (name.length < 2) continue;
      if (name !== division.name && level === 'county') continue; // short county names (城关, 东方) are too ambiguous
      names.add(name);
    }
  }
  placeIndex = wordIndex([...names].sort((a, b) => b.length - a.length), (n) => n);
  return placeIndex;
}

export function placesIn(s: string): string[] {
  const index = places();
  const out: string[] = [];
  for (let i = 0; i < s.length; ) {
    const hit = wordAt(index, s, i);
    if (hit) {
      out.push(hit);
      i += hit.length;
    } else i++;
  }
  return out;
}

/** Words that make a phrase a statement about a project, not its name (…产业园成为…园区, …获评为…). */
const NOT_NAME = /成为|获评|进入|享受|荣获|列入|入选|以.+为|为中心$|^修复|我们|的$|成功$/;

/** The words a category is made of: the genre's common words and the lexicon's category words. */
const CATEGORY_VOCABULARY = new Set([...GENRE_WORDS.keys(), ...PROJECT_CATEGORY_WORDS]);
const LONGEST_WORD = Math.max(...[...CATEGORY_VOCABULARY].map((w) => w.length));

/** Whether the head is made of category words alone (重大, 城市更新, 企业投资): DP over its characters. */
function categoryOnly(head: string): boolean {
  const ok = new Uint8Array(head.length + 1);
  ok[0] = 1;
  for (let i = 1; i <= head.length; i++) {
    for (let k = 1; k <= Math.min(LONGEST_WORD, i) && ok[i] === 0; k++) {
      if (ok[i - k] === 1 && (CATEGORY_VOCABULARY.has(head.slice(i - k, i)) || /^[\d.~～-]+$/.test(head.slice(i - k, i)))) ok[i] = 1;
    }
  }
  return ok[head.length] === 1;
}

/** A proper element: a place, a quoted name, a code or a phase (S2线, 三期, 3号). */
function hasProper(head: string): boolean {
  return /[A-Za-z“”《》「」"]|[一二三四五六七八九十\d]+[期号]/.test(head) || placesIn(head).length > 0;
}

/**
 * Whether a name is a category, a statement or a policy phrase rather than one project (test/fixtures/plan/README.md,
 * "Named projects"): its head (the name without its suffix) made of category words alone and with no proper element.
 */
export function notAName(name: string, suffixLen: number): boolean {
  const head = name.slice(0, name.length - suffixLen);
  if (NOT_NAME.test(name) || name.includes('等') || POLICY_PHRASE.test(name)) return true;
  if (head.length < 2 || GENERIC_PROJECT.test(head)) return true;
  if (CODE_SUFFIXES.test(name.slice(head.length)) && !/[A-Za-z\d]$/.test(head)) return true;
  return !hasProper(head) && categoryOnly(head);
}

