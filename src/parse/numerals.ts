// Chinese numerals as used in heading markers and dates (一 … 九十九, 〇/○ digits in years).

const DIGIT: Record<string, number> = {
  '〇': 0, '○': 0, '零': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9,
};

/** Value of a numeral such as 三, 十一, 二十六, 一百; or of ASCII digits. NaN if not a numeral. */
export function cnToInt(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  if (s.length === 0) return NaN;
  let total = 0;
  let cur = 0;
  for (const ch of s) {
    if (ch === '十') {
      total += (cur || 1) * 10;
      cur = 0;
    } else if (ch === '百') {
      total += (cur || 1) * 100;
      cur = 0;
    } else if (ch in DIGIT) {
      cur = DIGIT[ch];
    } else return NaN;
  }
  return total + cur;
}

/** A year written digit by digit: 一九八四 -> 1984, 1984 -> 1984. */
export function cnYear(s: string): number {
  if (/^\d{4}$/.test(s)) return Number(s);
  let v = 0;
  for (const ch of s) {
    const d = DIGIT[ch];
    if (d === undefined) return NaN;
    v = v * 10 + d;
  }
  return s.length === 4 ? v : NaN;
}
