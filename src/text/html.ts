// htmlToText: the article text of a government web page, without the site chrome around it. Pure.
// The result is raw text (one block element per paragraph, blank lines between); normaliseText does the rest.

import * as cheerio from 'cheerio';
import { decodeHTML } from 'entities';
import type { AnyNode, Element } from 'domhandler';

const DROP = 'script,style,noscript,template,nav,header,footer,aside,form,iframe,select,button,input,textarea,svg,object,embed,map';
// Containers used by the common Chinese government CMSs (TRS, Hanweb, UCAP …), best first.
const KNOWN =
  '#zoom,#Zoom,.TRS_Editor,#UCAP-CONTENT,.pages_content,#content_text,.article-content,.article_content,.artical-content,.zw,#zw,.content-text,.news_content,.article,article,#content,.content,.main-content';
const BLOCK = new Set(
  'address article blockquote body center dd details dialog div dl dt fieldset figcaption figure h1 h2 h3 h4 h5 h6 hr html li main ol p pre section summary table tbody thead tfoot tr ul caption'.split(
    ' ',
  ),
);
const CELL = new Set(['td', 'th']);

const RE_CJK = /[\u3400-\u9fff]/g;
function cjkCount(s: string): number {
  return s.match(RE_CJK)?.length ?? 0;
}

/** Text of a node as the browser would lay it out: block elements on their own lines. */
function layout(node: AnyNode, out: string[]): void {
  if (node.type === 'text') {
    out.push(collapseSpace((node as unknown as { data: string }).data));
    return;
  }
  if (node.type !== 'tag') return; // comments, directives, script/style (already removed)
  const el = node as Element;
  const name = el.name.toLowerCase();
  if (name === 'br') {
    out.push('\n');
    return;
  }
  const block = BLOCK.has(name);
  if (block) out.push('\n\n');
  else if (CELL.has(name)) out.push(' ');
  for (const child of el.children) layout(child, out);
  if (block) out.push('\n\n');
}

// HTML source whitespace: a run containing a line break between CJK characters is a source line wrap (nothing);
// any other run is one space. NBSP and U+3000 are content, kept for normaliseText.
function collapseSpace(s: string): string {
  return s.replace(/[ \t\r\n\f]+/g, (m, i: number, all: string) => {
    if (/[\r\n]/.test(m)) {
      const a = all[i - 1] ?? '';
      const b = all[i + m.length] ?? '';
      if (/[\u3000-\u9fff\uff00-\uffef]/.test(a) || /[\u3000-\u9fff\uff00-\uffef]/.test(b)) return '';
    }
    return ' ';
  });
}

/** Lines that are site furniture, not report text. */
const CHROME: RegExp[] = [
  /^[【[]?\s*字号[:：]?.{0,20}$/, // 【字号：加大 还原 减小】, 字号：大 中 小
  /^(?:分享到|分享)[:：]?.{0,40}$/,
  /扫一扫在手机(?:上)?打开(?:当前页|本页)?/,
  /^(?:来源|信息来源|发布时间|发布日期|发文日期|时间|作者|编辑|责任编辑|浏览次数|点击数|访问量|阅读次数)[:：].{0,80}$/,
  /^.{0,40}(?:来源|发布时间|发布日期)[:：].{0,60}(?:发布时间|来源|浏览|点击|字号)[:：]?.{0,40}$/,
  /^(?:上一篇|下一篇|相关链接|相关文章|相关阅读|附件)[:：]?.{0,80}$/,
  /^当前位置[:：]/,
  /^(?:您现在的位置|你现在的位置)[:：]?/,
];
// Lines made only of these words (and brackets / separators) are toolbar rows: "下载 打印 全屏 收藏", "【打印】【关闭】".
const TOOLBAR_WORD =
  /打印本页|关闭窗口|返回顶部|返回首页|打印|关闭|下载|全屏|收藏|分享|纠错|加大|还原|减小|默认|微信|微博|QQ空间|QQ好友|复制链接|保存|字号|视力保护色|护眼|繁体|简体|无障碍|[大中小]/g;
const TOOLBAR_REST = /^[\s【】[\]|｜/:：·、,，()（）]*$/;

function isChrome(line: string): boolean {
  const t = line.trim();
  if (t === '') return false;
  if (t.length <= 120 && CHROME.some((re) => re.test(t))) return true;
  if (t.length <= 60) {
    const rest = t.replace(TOOLBAR_WORD, '');
    // Single characters 大/中/小 only count as chrome when the row removed at least one real toolbar word.
    if (TOOLBAR_REST.test(rest) && /[^\s大中小【】[\]|｜/:：·、,，()（）]/.test(t) && !/^[大中小\s]+$/.test(t)) return true;
  }
  return false;
}

function pickContainer($: cheerio.CheerioAPI): AnyNode {
  // Score every element by the CJK text in its own <p> children; the article is where the paragraphs are.
  const score = new Map<AnyNode, number>();
  let total = 0;
  $('p').each((_, p) => {
    const n = cjkCount($(p).text());
    if (!n || !p.parent) return;
    total += n;
    score.set(p.parent, (score.get(p.parent) ?? 0) + n);
  });
  let best: AnyNode | null = null;
  let bestScore = 0;
  for (const [el, s] of score) if (s > bestScore) [best, bestScore] = [el, s];

  const known = $(KNOWN)
    .toArray()
    .filter((el) => cjkCount($(el).text()) >= 50);
  if (best) {
    // Paragraphs split over several sibling wrappers: climb until most of the page's paragraph text is inside.
    let node: AnyNode = best;
    const pText = (n: AnyNode) => cjkCount($(n).find('p').text());
    while (pText(node) < total * 0.6 && node.parent && node.parent.type === 'tag') node = node.parent;
    // Prefer the smallest known CMS container around it (it also holds <br>-separated text outside <p>).
    const around = known.filter((k) => k === node || $(k).find(node as Element).length > 0);
    if (around.length) return around[around.length - 1];
    return node;
  }
  if (known.length) {
    // No <p> at all (text in <div>/<br>): the known container with the most text, else <body>.
    let top = known[0];
    for (const k of known) if (cjkCount($(k).text()) > cjkCount($(top).text())) top = k;
    return top;
  }
  return $('body').get(0) ?? $.root().get(0)!;
}

/** Deeper than this, a page is not a layout but an attack (or a broken generator): read it flat. */
const MAX_DEPTH = 600;
const VOID = new Set('area base br col embed hr img input link meta param source track wbr'.split(' '));
const TAG_RE = /<(\/?)([a-zA-Z][\w:-]*)\b[^>]*?(\/?)>/g;

/** Maximum element nesting, counted on the tags (stops counting past `limit`). */
export function nestingDepth(html: string, limit = MAX_DEPTH): number {
  let depth = 0;
  let max = 0;
  TAG_RE.lastIndex = 0;
  for (let m = TAG_RE.exec(html); m !== null; m = TAG_RE.exec(html)) {
    const name = m[2].toLowerCase();
    if (VOID.has(name) || m[3] === '/') continue;
    if (m[1] === '/') depth = Math.max(0, depth - 1);
    else if (++depth > max) {
      max = depth;
      if (max > limit) return max;
    }
  }
  return max;
}

const DROP_BLOCK_RE = /<(script|style|noscript|template|svg)\b[\s\S]*?<\/\1\s*>/gi;
const BLOCK_TAG_RE = new RegExp(`<\\/?(?:${[...BLOCK].join('|')})\\b[^>]*>`, 'gi');

/** The text of a page without building its tree: blocks become paragraphs, every other tag goes. */
function flatText(html: string): string {
  return decodeHTML(
    html
      .replace(DROP_BLOCK_RE, '')
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(BLOCK_TAG_RE, '\n\n')
      .replace(/<[^>]*>/g, ''),
  );
}

export function htmlToText(html: string): string {
  if (nestingDepth(html) > MAX_DEPTH) {
    const lines = flatText(html)
      .split('\n')
      .map((l) => collapseSpace(l).trim())
      .filter((l) => !isChrome(l));
    return lines.join('\n').replace(/\n{3,}/g, '\n\n').trim();
  }
  const $ = cheerio.load(html);
  $(DROP).remove();
  const root = pickContainer($);
  const parts: string[] = [];
  // The page heading often sits above the article container; it carries the year and region, so keep it.
  const h1 = $('h1').first();
  if (h1.length && !$(root).find(h1).length && cjkCount(h1.text()) > 0) layout(h1.get(0)!, parts);
  layout(root, parts);
  const lines = parts
    .join('')
    .split('\n')
    .map((l) => l.replace(/[ \t]+$/g, '').replace(/^[ \t]+/g, ''))
    .filter((l) => !isChrome(l));
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

/** The page title: <title> or the first <h1>, for callers that want one. */
export function htmlTitle(html: string): string | null {
  const $ = cheerio.load(html);
  const t = ($('h1').first().text() || $('title').first().text()).replace(/\s+/g, ' ').trim();
  return t || null;
}
