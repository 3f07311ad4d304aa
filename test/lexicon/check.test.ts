import { describe, expect, it } from 'vitest';
import { assertLexicon, checkLexicon, LIVE_TABLES, type LexiconTables } from '../../src/lexicon/check.js';
import { INDICATOR_BY_ID, INDICATORS, type IndicatorEntry } from '../../src/lexicon/indicators.js';
import { direction } from '../../src/analysis/track.js';

/** The live tables with one more indicator, or with other tables changed. */
const withEntry = (e: IndicatorEntry, more: Partial<LexiconTables> = {}): LexiconTables => ({ ...LIVE_TABLES, indicators: [...INDICATORS, e], ...more });

describe('the lexicon checks itself', () => {
  it('finds nothing wrong with the live tables', () => {
    expect(checkLexicon()).toEqual([]);
    expect(() => assertLexicon()).not.toThrow();
  });

  it('fails loudly on an indicator counted in a unit the unit table has no base for', () => {
    // 万元 is a written unit (its base is 元): an amount is never read in it, so every level fact would be dropped.
    const wrong = withEntry({ id: 'household_deposits', name: '住户存款', aliases: ['住户存款余额'], units: ['万元'] });
    expect(checkLexicon(wrong)).toEqual([expect.stringMatching(/^household_deposits: unit 万元 is not a base unit/)]);
    expect(() => assertLexicon(wrong)).toThrow(/the lexicon is broken[\s\S]*household_deposits: unit 万元/);
    expect(checkLexicon(withEntry({ id: 'household_deposits', name: '住户存款', aliases: ['住户存款余额'], units: ['元'] }))).toEqual([]);
  });

  it('fails on an id twice, a badly formed id, and a name given to two indicators', () => {
    expect(checkLexicon(withEntry({ id: 'gdp', name: 'x', aliases: ['某某总值'] }))).toContain('indicator id gdp: defined twice');
    expect(checkLexicon(withEntry({ id: 'Bad Id', name: 'x', aliases: ['某某总值'] }))[0]).toMatch(/not a lower-case identifier/);
    expect(checkLexicon(withEntry({ id: 'regional_output', name: 'x', aliases: ['生产总值'] }))).toEqual([
      'name 生产总值: both gdp and regional_output (ambiguous; the first would win silently)',
    ]);
    expect(checkLexicon(withEntry({ id: 'regional_output', name: 'x', aliases: ['某某总值', '某某总值'] }))).toEqual(['regional_output: name 某某总值 listed twice']);
    expect(checkLexicon(withEntry({ id: 'regional_output', name: 'x', aliases: ['某某总值', 'GDP'] }))).toContain('name GDP: both gdp and regional_output (ambiguous; the first would win silently)');
  });

  it('fails on an id named elsewhere that the table lacks', () => {
    const coordinated = new Map([...LIVE_TABLES.coordinated, ['城乡居民储蓄', ['urban_savings', 'rural_savings']]]);
    expect(checkLexicon({ ...LIVE_TABLES, coordinated })).toEqual([
      'coordinated phrase 城乡居民储蓄: unknown indicator urban_savings',
      'coordinated phrase 城乡居民储蓄: unknown indicator rural_savings',
    ]);
    const topicParts = [...LIVE_TABLES.topicParts, { topic: '棉花', parts: { 总产: 'cotton_output' } }];
    expect(checkLexicon({ ...LIVE_TABLES, topicParts })).toEqual(['topic 棉花, part 总产: unknown indicator cotton_output']);
    const leadRedirects = [{ id: 'public_budget_revenue', becomes: 'all_revenue' }];
    expect(checkLexicon({ ...LIVE_TABLES, leadRedirects })).toEqual(['lead redirect: unknown indicator all_revenue']);
  });

  it('marks lower-is-better on the entry, and the verdict rules read it there', () => {
    const lower = INDICATORS.filter((e) => e.lowerIsBetter).map((e) => e.id);
    expect(lower).toEqual(['cpi', 'surveyed_unemployment', 'registered_unemployment', 'energy_intensity', 'carbon_intensity']);
    expect(INDICATOR_BY_ID.get('gdp')?.lowerIsBetter).toBeUndefined();
    const target = { value: 5.5, low: 5.5, high: 5.5, unit: '%', qualifier: 'about' as const };
    expect(direction({ ...target, indicator: 'surveyed_unemployment' })).toBe('ceiling');
    expect(direction({ ...target, indicator: 'gdp' })).toBe('floor');
  });
});
