import { describe, expect, it } from 'vitest';
import {
  divisionByCode,
  divisionsByName,
  levelOfCode,
  lookupDivision,
  NATIONAL,
  parentOf,
  shortName,
} from '../../src/lexicon/divisions.js';

describe('divisions', () => {
  it('finds divisions by full and short name', () => {
    expect(lookupDivision('钦州市').map((d) => d.code)).toEqual(['450700']);
    expect(lookupDivision('钦州').map((d) => d.code)).toEqual(['450700']);
    expect(lookupDivision('广西').map((d) => d.name)).toEqual(['广西壮族自治区']);
    expect(lookupDivision('新疆').map((d) => d.code)).toEqual(['650000']);
    expect(lookupDivision('内蒙古').map((d) => d.code)).toEqual(['150000']);
  });

  it('keeps every candidate of an ambiguous name', () => {
    expect(divisionsByName('朝阳区').map((d) => d.code).sort()).toEqual(['110105', '220104']);
  });

  it('builds short names', () => {
    expect(shortName('恩施土家族苗族自治州')).toBe('恩施');
    expect(shortName('新疆维吾尔自治区')).toBe('新疆');
    expect(shortName('香港特别行政区')).toBe('香港');
    expect(shortName('和县')).toBeNull();
  });

  it('knows parents and levels', () => {
    expect(parentOf('450702')?.name).toBe('钦州市');
    expect(parentOf('450700')?.name).toBe('广西壮族自治区');
    expect(parentOf('110105')?.name).toBe('北京市');
    expect(parentOf('450000')).toBe(NATIONAL);
    expect(divisionByCode('500000')?.level).toBe('province');
    expect(levelOfCode('100000')).toBe('national');
    expect(levelOfCode('450600')).toBe('city');
    expect(levelOfCode('450681')).toBe('county');
    expect(lookupDivision('中华人民共和国')).toEqual([NATIONAL]);
  });
});
