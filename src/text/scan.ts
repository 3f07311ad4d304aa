// Regular expressions tried only where a match can start. A global exec of a pattern that opens with a lookbehind or
// a long alternation runs its matcher at every position of a report; read from the pattern's own source, the code
// units a match can start with make a table, and the pattern (sticky) is tried only at those positions. The matches
// are the global exec's, in the same order: the leftmost position where the pattern matches, that match.
// Pure; tables built once per pattern.

type Units = Set<number>;

const range = (from: string, to: string): number[] => Array.from({ length: to.charCodeAt(0) - from.charCodeAt(0) + 1 }, (_, k) => from.charCodeAt(0) + k);
/** Code units matched by a class escape (\s read from the engine itself: it holds some twenty). */
function escapeUnits(esc: string): number[] {
  if (esc === 'd') return range('0', '9');
  if (esc === 'w') return [...range('0', '9'), ...range('A', 'Z'), ...range('a', 'z'), 95];
  const out: number[] = [];
  for (let c = 0; c < 0x10000; c++) if (/\s/.test(String.fromCharCode(c))) out.push(c);
  return out;
}
const escapes = new Map<string, number[]>();
const classEscape = (e: string): number[] | null =>
  e === 'd' || e === 's' || e === 'w' ? (escapes.get(e) ?? (escapes.set(e, escapeUnits(e)), escapes.get(e)!)) : null;
const CONTROL: Record<string, number> = { n: 10, t: 9, r: 13, f: 12, v: 11, '0': 0 };

/** Thrown inside the reader: source it does not read (an unclosed group or class). */
class Unbounded extends Error {}
/** In a set: any code unit (., [^…], \D, \p{…}). */
const ANY_UNIT = -1;
const anyUnit = (): First => ({ set: new Set([ANY_UNIT]), nullable: false });

interface First {
  /** Code units a non-empty match of this part can start with. */
  set: Units;
  /** The part can match the empty string. */
  nullable: boolean;
}

/** A recursive-descent reader of a pattern's source, non-unicode and case-sensitive. */
class Reader {
  i = 0;
  constructor(readonly src: string) {}

  alternation(): First {
    const set: Units = new Set();
    let nullable = false;
    for (;;) {
      const f = this.sequence();
      union(set, f.set);
      nullable ||= f.nullable;
      if (this.src[this.i] !== '|') return { set, nullable };
      this.i++;
    }
  }

  sequence(): First {
    const set: Units = new Set();
    let open = true; // every atom so far may be empty: the next one's first units count
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const atom = this.atom();
      const optional = this.quantifier();
      if (open) union(set, atom.set);
      if (!atom.nullable && !optional) open = false;
    }
    return { set, nullable: open };
  }

  /** A quantifier after an atom, if any: true when it allows none ({0,n}, *, ?). */
  quantifier(): boolean {
    const rest = this.src.slice(this.i);
    const m = /^(?:[*+?]|\{(\d+)(?:,\d*)?\})/.exec(rest);
    if (!m) return false;
    this.i += m[0].length;
    if (this.src[this.i] === '?') this.i++; // lazy
    return m[0] === '*' || m[0] === '?' || (m[1] !== undefined && Number(m[1]) === 0);
  }

  atom(): First {
    const c = this.src[this.i];
    if (c === '(') return this.group();
    if (c === '[') return { set: this.charClass(), nullable: false };
    if (c === ')' || c === undefined) throw new Unbounded();
    if (c === '.') {
      this.i++;
      return anyUnit();
    }
    if (c === '^' || c === '$') {
      this.i++;
      return EMPTY;
    }
    if (c === '\\') return this.escape();
    this.i++;
    return { set: new Set([c.charCodeAt(0)]), nullable: false };
  }

  group(): First {
    const head = /^\((\?(?:<?[=!]|:|<[A-Za-z_$][\w$]*>))?/.exec(this.src.slice(this.i))!;
    this.i += head[0].length;
    const inner = this.alternation();
    if (this.src[this.i] !== ')') throw new Unbounded();
    this.i++;
    // A lookaround matches no text: what follows it opens the match (a superset, as its condition is not read).
    return head[1] !== undefined && /[=!]/.test(head[1]) ? EMPTY : inner;
  }

  escape(): First {
    const e = this.src[this.i + 1];
    if (e === 'b' || e === 'B') {
      this.i += 2;
      return EMPTY;
    }
    // A backreference may match nothing (its group unmatched) or anything.
    if (/[1-9k]/.test(e ?? '')) {
      this.i += 2;
      while (/[\d]/.test(this.src[this.i] ?? '')) this.i++;
      if (e === 'k' && this.src[this.i] === '<') this.i = this.src.indexOf('>', this.i) + 1;
      return { set: new Set([ANY_UNIT]), nullable: true };
    }
    return { set: this.escapedUnits(false), nullable: false };
  }

  /** The code units of the escape at i (in a class, \b is a backspace). */
  escapedUnits(inClass: boolean): Units {
    const e = this.src[this.i + 1];
    if (e === undefined) throw new Unbounded();
    const cls = classEscape(e);
    if (cls) {
      this.i += 2;
      return new Set(cls);
    }
    const unit = this.escapedUnit(inClass);
    return new Set([unit]);
  }

  /** The one code unit of a character escape at i (\u4e00, \n, \-); in a class, \b is a backspace. */
  escapedUnit(inClass: boolean): number {
    const e = this.src[this.i + 1];
    const hex = /^\\(?:u([0-9A-Fa-f]{4})|x([0-9A-Fa-f]{2}))/.exec(this.src.slice(this.i, this.i + 6));
    if (hex) {
      this.i += hex[0].length;
      return parseInt(hex[1] ?? hex[2], 16);
    }
    // \D, \S, \W, \p{…}, \c…: any code unit (read by the caller as unbounded).
    if (/[DSWpPc]/.test(e)) {
      this.i += 2;
      if ((e === 'p' || e === 'P') && this.src[this.i] === '{') this.i = this.src.indexOf('}', this.i) + 1;
      if (e === 'c') this.i++;
      return ANY_UNIT;
    }
    this.i += 2;
    if (inClass && e === 'b') return 8;
    return CONTROL[e] ?? e.charCodeAt(0);
  }

  charClass(): Units {
    this.i++;
    const negated = this.src[this.i] === '^';
    if (negated) this.i++;
    const set: Units = new Set();
    while (this.i < this.src.length && this.src[this.i] !== ']') {
      const lo = this.classAtom();
      if (this.src[this.i] === '-' && this.src[this.i + 1] !== ']' && this.i + 1 < this.src.length && lo.unit !== null) {
        this.i++;
        const hi = this.classAtom();
        if (hi.unit === null || hi.unit === ANY_UNIT || lo.unit === ANY_UNIT) throw new Unbounded();
        for (let u = lo.unit; u <= hi.unit; u++) set.add(u);
      } else union(set, lo.set);
    }
    if (this.src[this.i] !== ']') throw new Unbounded();
    this.i++;
    return negated ? new Set([ANY_UNIT]) : set;
  }

  /** One member of a class: a code unit (which may open a range) or a class escape. */
  classAtom(): { set: Units; unit: number | null } {
    if (this.src[this.i] === '\\') {
      const cls = classEscape(this.src[this.i + 1]);
      if (cls) {
        this.i += 2;
        return { set: new Set(cls), unit: null };
      }
      const unit = this.escapedUnit(true);
      return { set: new Set([unit]), unit };
    }
    const unit = this.src.charCodeAt(this.i++);
    return { set: new Set([unit]), unit };
  }
}

const EMPTY: First = { set: new Set(), nullable: true };

function union(into: Units, from: Units): void {
  for (const u of from) into.add(u);
}

/**
 * The code units a match of `re` can start with, as a table; null when the reader cannot bound them (., [^…], a
 * backreference, the i, u or v flag) or the pattern can match the empty string.
 */
export function startTable(re: RegExp): Uint8Array | null {
  if (/[iuv]/.test(re.flags)) return null;
  try {
    const r = new Reader(re.source);
    const f = r.alternation();
    if (r.i !== re.source.length || f.nullable || f.set.has(ANY_UNIT)) return null;
    const table = new Uint8Array(0x10000);
    for (const u of f.set) table[u] = 1;
    return table;
  } catch (e) {
    if (e instanceof Unbounded) return null;
    throw e;
  }
}

/** The leftmost match of a pattern at or after `from`, as its global exec with lastIndex = from would return it. */
export type Scan = (text: string, from: number) => RegExpExecArray | null;

/** A scan of `re` that tries the pattern only where its start table allows (the plain global exec when it has none). */
export function scanner(re: RegExp): Scan {
  const flags = re.flags.replace(/[gy]/g, '');
  const table = startTable(re);
  if (table === null) {
    const g = new RegExp(re.source, flags + 'g');
    return (text, from) => {
      g.lastIndex = from;
      return g.exec(text);
    };
  }
  const sticky = new RegExp(re.source, flags + 'y');
  return (text, from) => {
    for (let i = from; i < text.length; i++) {
      if (table[text.charCodeAt(i)] !== 1) continue;
      sticky.lastIndex = i;
      const m = sticky.exec(text);
      if (m !== null) return m;
    }
    return null;
  };
}
