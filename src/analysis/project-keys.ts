// One named project under the names successive reports give it. A name's key is its words without what varies
// between mentions: the run's leading verbs and particles (搞好三峡工程), quotes and brackets, the generic words
// 项目/工程/建设 (长江三峡工程 = 长江三峡), dashes and 至 between places as one separator (成都至重庆 = 成都—重庆),
// and its phase or edition (一期, 第二期, 首届, 扩建), kept apart. Two names are one project when their phases are
// equal and their keys are equal, abbreviate one another (成都-重庆高铁 = 成重高铁), or one key holds the other
// and the shorter is specific (written as a project, 三峡工程, or of four characters or more): its head (the key without a project suffix such as 铁路, 电站) is not made of
// category words alone nor a region's name (高铁, 寄宿制学校, 自贸试验区 name a kind of project, so 渝昆高铁 and 渝湘高铁 never meet
// through 高铁). A different phase is a different project of the same family (matching keys, any phase).
import { lookupDivision } from '../lexicon/divisions.js';
import { GENERIC_PROJECT, PROJECT_CATEGORY_WORDS, PROJECT_SUFFIXES } from '../lexicon/actions.js';
import { CATEGORY_HEADS, CONJUNCTION, GENERIC_END, GENERIC_INFIX, LEADING_NOISE, PHASE, PLACE_SEPARATOR, SHORT_FORMS, TRAILING_NOISE } from '../lexicon/project-keys.js';

export interface ProjectName {
  /** The name as extracted. */
  name: string;
  /** The name as shown: the run's leading verbs, quotes and brackets left out; suffix and phase kept. */
  display: string;
  /** The key: no phase, no generic words, one separator between places. */
  key: string;
  /** The phase or edition as written (二期, 首届, 扩建), null for the project as a whole. */
  phase: string | null;
  /** Other spellings of the key that mean the same project: the abbreviation of places joined by a separator. */
  aliases: string[];
  /** The key names a kind of project (高铁, 燃煤电厂), not one: it matches nothing but itself, and has no timeline. */
  generic: boolean;
  /** The key may be held in another's: written with a project suffix (三峡工程, 川藏铁路) or of four characters or more. */
  holdable: boolean;
  /** The key joins two projects (天然林保护和京津风沙源治理): it holds no other. */
  compound: boolean;
  /** The key without separators (what containment compares), and the project suffix it ends with ('' for none). */
  flat: string;
  suffix: string;
}

const SUFFIXES = [...PROJECT_SUFFIXES].sort((a, b) => b.length - a.length);
const CATEGORY = new Set([...PROJECT_CATEGORY_WORDS, ...CATEGORY_HEADS]);
const LONGEST_CATEGORY = Math.max(...[...CATEGORY].map((w) => w.length));
const QUOTES = /[“”"'‘’「」『』《》〈〉\s]/g;
const BRACKETED = /[（(][^）)]*[）)]/g;

/**
 * The name as shown: NFKC, brackets and quotes out, the run's leading verbs and particles, a modifier ending in
 * 的 (举世瞩目的长江三峡…) and trailing adverbs (…胜利, …全线) out, as long as a name of two characters or more is left.
 */
export function displayName(name: string): string {
  const bare = name.normalize('NFKC').replace(BRACKETED, '').replace(QUOTES, '');
  let cut = bare;
  for (const noise of [LEADING_NOISE, /^.*的(?=.{3,}$)/u, TRAILING_NOISE]) {
    const next = cut.replace(noise, '');
    if (next.length >= 2) cut = next;
  }
  return cut;
}

/** The project suffix a key ends with (铁路, 电站 …), longest first; '' when none. */
export function suffixOf(key: string): string {
  return SUFFIXES.find((s) => key.endsWith(s) && key.length > s.length) ?? '';
}

/** Can the text be cut into category words alone? */
function allCategory(text: string): boolean {
  const ok: boolean[] = [true];
  for (let i = 1; i <= text.length; i++) {
    ok[i] = false;
    for (let l = 1; l <= Math.min(LONGEST_CATEGORY, i) && !ok[i]; l++) ok[i] = ok[i - l] && CATEGORY.has(text.slice(i - l, i));
  }
  return ok[text.length];
}

/** A key that names a kind of project: empty, or a head of generic or category words only. */
export function isGenericKey(key: string): boolean {
  let head = key.replace(PLACE_SEPARATOR, '');
  for (let s = suffixOf(head); s; s = suffixOf(head)) head = head.slice(0, -s.length);
  if (SUFFIXES.includes(head)) head = '';
  // A region's name alone (江西工程, 合肥项目) is no project either.
  return head.length < 2 || GENERIC_PROJECT.test(head) || allCategory(head) || lookupDivision(head).length > 0;
}

/** 成都-重庆高铁 -> 成重高铁 (each place's first character, the last place's suffix kept). */
function abbreviation(key: string): string | null {
  const parts = key.split('-').filter(Boolean);
  if (parts.length < 2 || parts.slice(0, -1).some((p) => p.length < 2)) return null;
  const last = parts[parts.length - 1];
  const suffix = suffixOf(last);
  if (!suffix || last.length - suffix.length < 2) return null;
  return parts.map((p) => p[0]).join('') + suffix;
}

/** A name read for matching. */
export function readName(name: string): ProjectName {
  const display = displayName(name);
  const phase = PHASE.exec(display)?.[0] ?? null;
  let key = display.replace(PHASE, '').replace(GENERIC_INFIX, '');
  for (const [long, short] of SHORT_FORMS) key = key.split(long).join(short);
  key = key.replace(PLACE_SEPARATOR, '-').replace(/^-+|-+$/g, '');
  for (let prev = ''; prev !== key; ) {
    prev = key;
    key = key.replace(GENERIC_END, '').replace(GENERIC_INFIX, '');
  }
  const aliases = new Set<string>();
  if (key.includes('-')) {
    aliases.add(key.replace(/-/g, ''));
    const abbr = abbreviation(key);
    if (abbr) aliases.add(abbr);
  }
  const suffixed = /工程|项目/.test(display) || suffixOf(key) !== '';
  return {
    name,
    display,
    key,
    phase: phase && phase.replace(/^第(?=.+期$)/, ''),
    aliases: [...aliases],
    generic: isGenericKey(key),
    holdable: suffixed || key.replace(/-/g, '').length >= 4,
    compound: CONJUNCTION.test(key),
    flat: key.replace(/-/g, ''),
    suffix: suffixOf(key),
  };
}

/**
 * Same family: keys equal, one written as the other's abbreviation, or one held in the other with the shorter
 * specific and, when both end in a project suffix, the same one (南宁国际铁路 is not 南宁国际铁路物流中心). Any phase.
 */
export function sameFamily(a: ProjectName, b: ProjectName): boolean {
  if (a.key === b.key) return true;
  if (a.generic || b.generic) return false;
  if (a.flat === b.flat || a.aliases.includes(b.flat) || b.aliases.includes(a.flat)) return true;
  const [short, long] = a.key.length <= b.key.length ? [a, b] : [b, a];
  if (short.key.length === long.key.length || !short.holdable || long.compound) return false;
  if (short.suffix && long.suffix && short.suffix !== long.suffix) return false;
  return long.flat.includes(short.flat);
}

/** Same project: the same family and the same phase (二期 and 一期, or 二期 and the whole, are two projects). */
export function sameProject(a: ProjectName, b: ProjectName): boolean {
  return a.phase === b.phase && sameFamily(a, b);
}
