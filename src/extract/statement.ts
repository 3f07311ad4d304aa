// The headline target statement: "今年经济社会发展主要预期目标是：…。" — the year's most-cited sentence.
import type { SectionNode, Span } from '../types.js';
import { findMentions } from './mentions.js';

const OPENER = /(?:主要预期目标|预期目标|主要目标|发展目标|调控目标)(?:是|为|定为|：|:)[：:]?/g;
// Five-year or long-range targets are not the year's (“十五五”时期主要目标, 2035年远景目标).
const LONG_RANGE = /十[一二三四五六七八九]五|五年|2035|远景|规划|今后/;

/** [start, end) of the year's target statement (from after the colon to the end of its sentence), or null. */
export function findTargetStatement(text: string, sections: SectionNode[]): Span | null {
  void sections;
  OPENER.lastIndex = 0;
  for (let m = OPENER.exec(text); m !== null; m = OPENER.exec(text)) {
    const lineStart = Math.max(text.lastIndexOf('\n', m.index) + 1, text.lastIndexOf('。', m.index) + 1);
    const lead = text.slice(lineStart, m.index);
    if (LONG_RANGE.test(lead)) continue;
    // 经济增长预期目标为7%左右: the indicator stands before the opener, so the statement is the whole sentence.
    const leadNames = findMentions(text, lineStart, m.index);
    let start = leadNames.length > 0 ? lineStart : m.index + m[0].length;
    // The list may start on the next paragraph ("目标是：\n\n国内生产总值增长7.5%；…").
    while (start < text.length && /\s/.test(text[start])) start++;
    let end = text.indexOf('。', start);
    if (end < 0) end = text.length;
    const para = text.indexOf('\n\n', start);
    if (para >= 0 && para < end) end = para;
    if (findMentions(text, start, end).length === 0) continue;
    return [start, end];
  }
  return null;
}
