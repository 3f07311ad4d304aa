// 报告阅读: the report text with its parts as a table of contents, facts, commitments and projects highlighted
// by kind, a side list of facts, and the review of whatever is clicked. Its state is in its URL like every page's:
// #/reader/<id>?at=<offset>[&len=<n>] opens at an offset; ?fact=<id> or ?commitment=<id> with that row selected
// (links from other pages); ?sel=<mark>&also=<marks> is the selection made here, ?hide=<kinds> the legend's.
import { useCallback, useEffect, useMemo, useRef, type RefObject } from 'react';
import { href, navigate, intParam, listParam, patchQuery, type Route } from '../app/router';
import { api, load } from '../lib/api';
import { useApi } from '../lib/useApi';
import { useReady } from '../lib/ready';
import { LEVELS, label } from '../lib/labels';
import type { DocumentDetail } from '../../model/api/index.js';
import { Status } from '../common/ui';
import { DocPicker } from '../common/pickers';
import { cutRuns, marksOf, ordOf, byPriority, type MarkType } from './segments';
import { TextView } from './TextView';
import { Toc } from './Toc';
import { FactList } from './FactList';
import { Detail, type Selection } from './Detail';
import { Legend } from './Legend';
import { scrollToKey, scrollToOffset, select, flashKey } from './dom';

const ALL: MarkType[] = ['target', 'actual', 'commitment', 'project'];

export function ReaderPage({ route }: { route: Route }) {
  const id = route.arg;
  if (!id) {
    return (
      <div className="stack">
        <h1>报告阅读</h1>
        <p>选择要阅读的报告：</p>
        <DocPicker onPick={(d) => navigate(href('reader', d))} />
      </div>
    );
  }
  return <Reader key={id} id={id} route={route} />;
}

/** The selection the URL names: one made here (sel, also), or a row a link opened with (fact, commitment). */
function selectionOf(q: URLSearchParams): Selection | null {
  const fact = q.get('fact');
  const commitment = q.get('commitment');
  const key = q.get('sel') ?? (fact ? `f${ordOf(fact)}` : commitment ? `c${ordOf(commitment)}` : null);
  return key ? { key, others: listParam(q, 'also') } : null;
}

/** The text's runs: every shown mark, part headings, and the hit the URL points at. */
function useRuns(d: DocumentDetail | null, shown: Set<MarkType>, at: number | null, len: number) {
  return useMemo(() => {
    if (!d) return [];
    const marks = marksOf(d).filter((m) => m.type === 'heading' || shown.has(m.type));
    if (at !== null && len > 0) marks.push({ key: 'hit', type: 'hit', span: [at, Math.min(at + len, d.text.length)] });
    return cutRuns(d.text.length, marks, [...d.sections.map((s) => s.span[0]), ...(at !== null ? [at] : [])]);
  }, [d, shown, at, len]);
}

/** Once the text is there, scrolls to the row or the offset a link names (again when a link names another). */
function useOpening(d: DocumentDetail | null, text: RefObject<HTMLDivElement | null>, q: URLSearchParams) {
  const fact = q.get('fact');
  const commitment = q.get('commitment');
  const at = intParam(q, 'at');
  const len = intParam(q, 'len') ?? 0;
  const opened = useRef<string | null>(null);
  useEffect(() => {
    const link = `${fact}|${commitment}|${at}|${len}`;
    if (!d || !text.current || opened.current === link) return;
    opened.current = link;
    const key = fact ? `f${ordOf(fact)}` : commitment ? `c${ordOf(commitment)}` : null;
    if (key) scrollToKey(text.current, key, false);
    else if (at !== null) {
      scrollToOffset(text.current, at, false);
      if (len > 0) flashKey(text.current, 'hit');
    }
  }, [d, text, fact, commitment, at, len]);
}

/** Selects a mark (and the others at its place) in the URL; a link's row gives way to it. */
const choose = (s: Selection | null, patch: Record<string, string | null> = {}) => patchQuery({ sel: s?.key ?? null, also: s?.others ?? null, fact: null, commitment: null, ...patch });

function Reader({ id, route }: { id: string; route: Route }) {
  const doc = useApi(load(api.documents[':id'], { param: { id } }));
  const d = doc.data;
  const q = route.query;
  const hide = q.get('hide') ?? '';
  const hidden = hide.split(',');
  const shown = useMemo(() => new Set(ALL.filter((t) => !hide.split(',').includes(t))), [hide]);
  const sel = selectionOf(q);
  const textRef = useRef<HTMLDivElement>(null);
  const runs = useRuns(d, shown, intParam(q, 'at'), intParam(q, 'len') ?? 0);
  // Stable: the text (20,000 characters) is not rendered again for a click.
  const pick = useCallback((keys: string[]) => {
    const marks = byPriority(keys.map((k) => ({ key: k, type: typeOfKey(k), span: [0, 0] as [number, number] })));
    if (marks.length) choose({ key: marks[0].key, others: marks.slice(1).map((m) => m.key) });
  }, []);
  useOpening(d, textRef, q);
  useEffect(() => {
    if (textRef.current) select(textRef.current, sel?.key ?? null);
  }, [sel?.key, runs]);
  useReady(d !== null || doc.error !== null, 'reader');
  if (!d) return <Status loading={doc.loading} error={doc.error} />;

  const go = (key: string) => {
    if (textRef.current && scrollToKey(textRef.current, key)) return choose({ key, others: [] });
    // Hidden by the legend: show its kind again, then scroll.
    choose({ key, others: [] }, { hide: null });
    requestAnimationFrame(() => textRef.current && scrollToKey(textRef.current, key));
  };
  const toggle = (t: MarkType) => patchQuery({ hide: (hidden.includes(t) ? hidden.filter((x) => x !== t) : [...hidden, t]).filter(Boolean).join(',') || null });
  return (
    <div className="reader">
      <aside className="toc-pane" aria-label="目录">
        <Toc sections={d.sections} onGo={(offset) => textRef.current && scrollToOffset(textRef.current, offset)} />
      </aside>
      <section className="text-pane">
        <DocHead d={d} shown={shown} onToggle={toggle} />
        <div className="text-scroll" ref={textRef}>
          <TextView text={d.text} runs={runs} onPick={pick} />
        </div>
      </section>
      <aside className="side-pane">
        {sel && <Detail doc={d} sel={sel} onSelect={go} onClose={() => choose(null)} onChanged={doc.reload} />}
        <FactList facts={d.facts} selected={sel?.key ?? null} onGo={go} />
      </aside>
    </div>
  );
}

function DocHead({ d, shown, onToggle }: { d: DocumentDetail; shown: Set<MarkType>; onToggle: (t: MarkType) => void }) {
  const m = d.meta;
  return (
    <header className="doc-head">
      <h1>{m.title ?? `${m.region ?? ''}${m.year ?? ''}年政府工作报告`}</h1>
      <p className="muted">
        {m.region ?? '未知地区'} · {label(LEVELS, m.level)} · {m.year ?? '—'} 年{m.date ? ` · ${m.date}` : ''}
        {m.speaker ? ` · ${m.speaker}` : ''} · {m.chars.toLocaleString('zh-CN')} 字 · 事实 {d.facts.length} · 任务 {d.commitments.length} · 项目 {d.projects.length}
        <a href={href('tasks', m.id)}>任务清单</a>
        {m.region && m.year && <a href={href('yoy', null, { region: m.region, year: m.year })}>年度对比</a>}
      </p>
      <Legend shown={shown} onToggle={onToggle} />
    </header>
  );
}

function typeOfKey(k: string): MarkType {
  return k.startsWith('c') ? 'commitment' : k.startsWith('p') ? 'project' : 'target';
}
