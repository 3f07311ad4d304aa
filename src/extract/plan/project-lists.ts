// Names read from lists: the items of "X、Y、Z等项目" (a shared head restored) and the subjects of a clause-final
// result verb (格派一期、国投电厂三期2号机组建成投产).
import type { Span } from '../../types.js';
import { LIST_HEADS } from '../../lexicon/actions.js';
import { LEAD_TRIM, notAName, type ClauseInfo, type Found } from './project-names.js';

/** The end of an enumerated list of projects: 等项目, 等12个先导工程, 等一批重点项目. */
const LIST_END_RE = /等(?:[\d一二三四五六七八九十两百]+[个项批])?(?:[\u4e00-\u9fff]{0,6}?)(?:项目|工程)/g;
/** Items of "X、Y、Z等项目" lists, from the clause's first verb (or its start) to 等. */
export function listNames(text: string, c: ClauseInfo): Found[] {
  const out: Found[] = [];
  const [cs] = c.span;
  LIST_END_RE.lastIndex = 0;
  for (let e = LIST_END_RE.exec(c.masked); e !== null; e = LIST_END_RE.exec(c.masked)) {
    const end = cs + e.index;
    // 等十大惠民工程 / 等基础设施建设项目 close a list of categories, not of projects.
    if (/惠民|民生|实事|基础设施|领域|方面/.test(e[0])) continue;
    const verb = c.verbs.find((v) => v.end <= end);
    let from = verb ? verb.end : cs;
    const items: Span[] = [];
    for (let i = from; i <= end; i++) {
      if (i === end || c.masked[i - cs] === '、') {
        items.push([from, i]);
        from = i + 1;
      }
    }
    if (items.length < 2 && !/项目|工程/.test(text.slice(items[0]?.[0] ?? end, end))) {
      // One item before 等项目 is a list only when it names something specific.
      if (items.length === 1 && items[0][1] - items[0][0] < 4) continue;
    }
    // 平漯周、焦济洛平等高铁项目: the shared head restored to each item that lacks it.
    const head = LIST_HEADS.find((h) => e[0].includes(h));
    for (const [a, b] of items) {
      const lead = LEAD_TRIM.exec(text.slice(a, b));
      const a2 = a + (lead ? lead[0].length : 0);
      const raw = text.slice(a2, b);
      const name = head && !LIST_HEADS.some((h) => raw.endsWith(h)) ? raw + head : raw;
      if (raw.length < 2 || name.length > 40 || /[，；。]/.test(name) || notAName(name, name.length - raw.length)) continue;
      out.push({ name, span: [a2, b], clause: c });
    }
  }
  return out;
}

/** 格派一期、国投电厂三期2号机组建成投产: the subjects of a clause-final result verb are projects. */
export function subjectNames(text: string, c: ClauseInfo): Found[] {
  const last = c.verbs[c.verbs.length - 1];
  if (!last || !last.specific || last.end !== c.span[1] || c.verbs.length > 2) return [];
  const head = c.masked.slice(0, last.start - c.span[0]);
  if (!head.includes('、') && !/[一二三四五六七八九十\d]期/.test(head)) return [];
  const out: Found[] = [];
  let from = c.span[0];
  const end = last.start;
  for (let i = from; i <= end; i++) {
    if (i === end || c.masked[i - c.span[0]] === '、') {
      const lead = LEAD_TRIM.exec(text.slice(from, i));
      const a = from + (lead ? lead[0].length : 0);
      const name = text.slice(a, i);
      if (name.length >= 3 && name.length <= 30 && !notAName(name, 0) && !/[□“”]/.test(c.masked.slice(a - c.span[0], i - c.span[0]))) {
        out.push({ name, span: [a, i], clause: c });
      }
      from = i + 1;
    }
  }
  return out;
}

