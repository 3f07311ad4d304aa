// The lexicon checks itself: every rule that the extractor relies on silently (an amount in a unit an indicator
// is never counted in is dropped; the first of two indicators that share a name wins; a special case that names
// an id the table lacks never fires) is checked here, and a broken table stops the engine at load with the list.
// Pure: the check reads the tables it is given.
import { INDICATORS, COORDINATED, TOPIC_PARTS, LEAD_REDIRECTS, type IndicatorEntry } from './indicators.js';
import { UNITS } from './grammar.js';

/** The tables the check reads: the live ones by default, others in tests. */
export interface LexiconTables {
  indicators: readonly IndicatorEntry[];
  units: ReadonlyArray<readonly [string, number, string]>;
  coordinated: ReadonlyMap<string, readonly string[]>;
  topicParts: ReadonlyArray<{ topic: string; parts: Readonly<Record<string, string>> }>;
  leadRedirects: ReadonlyArray<{ id: string; becomes: string }>;
}

export const LIVE_TABLES: LexiconTables = { indicators: INDICATORS, units: UNITS, coordinated: COORDINATED, topicParts: TOPIC_PARTS, leadRedirects: LEAD_REDIRECTS };

const ID = /^[a-z][a-z0-9_]*$/;

/** The base units of the unit table (元 for 亿元, 吨 for 万吨 …). */
function baseUnits(units: LexiconTables['units']): Set<string> {
  return new Set(units.map(([, , base]) => base).filter((b) => b !== ''));
}

/** Ids: well formed and unique; units: base units of the unit table; weak forms: the entry's own names. */
function checkEntries(t: LexiconTables, problems: string[]): void {
  const bases = baseUnits(t.units);
  const seen = new Set<string>();
  for (const e of t.indicators) {
    if (!ID.test(e.id)) problems.push(`indicator id ${JSON.stringify(e.id)}: not a lower-case identifier`);
    if (seen.has(e.id)) problems.push(`indicator id ${e.id}: defined twice`);
    seen.add(e.id);
    if (e.aliases.length === 0) problems.push(`${e.id}: no aliases`);
    for (const u of e.units ?? []) {
      if (!bases.has(u)) problems.push(`${e.id}: unit ${u} is not a base unit of the unit table (its amounts would never be read; bases: ${[...bases].slice(0, 12).join(' ')} …)`);
    }
    if (e.units?.length === 0) problems.push(`${e.id}: units is empty (leave it unset for any unit)`);
    if (e.rate && e.units) problems.push(`${e.id}: a rate has no amount units`);
    for (const w of e.weak ?? []) if (!e.aliases.includes(w) && !(e.needsValue ?? []).includes(w)) problems.push(`${e.id}: weak form ${w} is not one of its names`);
  }
}

/** Every written form names one indicator: no alias twice, none shared by two entries or by a coordinated phrase. */
function checkNames(t: LexiconTables, problems: string[]): void {
  const owner = new Map<string, string>();
  const ids = new Set(t.indicators.map((e) => e.id));
  for (const e of t.indicators) {
    for (const name of [...e.aliases, ...(e.needsValue ?? [])]) {
      const before = owner.get(name);
      if (before === e.id) problems.push(`${e.id}: name ${name} listed twice`);
      else if (before !== undefined) problems.push(`name ${name}: both ${before} and ${e.id} (ambiguous; the first would win silently)`);
      else owner.set(name, e.id);
      // resolveIndicator reads ids before names, case aside: a name that spells another id would never reach its own.
      const asId = name.toLowerCase();
      if (ids.has(asId) && asId !== e.id) problems.push(`name ${name} of ${e.id} spells the id ${asId}`);
    }
  }
  for (const phrase of t.coordinated.keys()) {
    if (owner.has(phrase)) problems.push(`coordinated phrase ${phrase}: also a name of ${owner.get(phrase)}`);
  }
}

/** Every id named outside the table (coordinated phrases, topic parts, the subject's special cases) exists. */
function checkReferences(t: LexiconTables, problems: string[]): void {
  const ids = new Set(t.indicators.map((e) => e.id));
  const need = (id: string, where: string): void => {
    if (!ids.has(id)) problems.push(`${where}: unknown indicator ${id}`);
  };
  for (const [phrase, list] of t.coordinated) for (const id of list) need(id, `coordinated phrase ${phrase}`);
  for (const { topic, parts } of t.topicParts) for (const [word, id] of Object.entries(parts)) need(id, `topic ${topic}, part ${word}`);
  for (const r of t.leadRedirects) {
    need(r.id, 'lead redirect');
    need(r.becomes, 'lead redirect');
  }
}

/** What is wrong with the lexicon's tables, one line each; empty when nothing is. */
export function checkLexicon(tables: LexiconTables = LIVE_TABLES): string[] {
  const problems: string[] = [];
  checkEntries(tables, problems);
  checkNames(tables, problems);
  checkReferences(tables, problems);
  return problems;
}

/** Throws with every problem when the lexicon is broken: a wrong entry stops the engine instead of dropping facts. */
export function assertLexicon(tables: LexiconTables = LIVE_TABLES): void {
  const problems = checkLexicon(tables);
  if (problems.length > 0) throw new Error(`the lexicon is broken (src/lexicon):\n  ${problems.join('\n  ')}`);
}
