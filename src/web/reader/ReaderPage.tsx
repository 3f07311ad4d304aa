// 报告阅读: the report text with its parts as a table of contents, facts, commitments and projects highlighted
// by kind, a side list of facts, and the review of whatever is clicked. #/reader/<id>?at=<offset>[&len=<n>]
// opens at an offset; ?fact=<id> or ?commitment=<id> opens with that row selected.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { href, navigate, intParam, type Route } from '../app/router';
import { apiUrl } from '../lib/api';
import { useApi } from '../lib/useApi';
import { useReady } from '../lib/ready';
import { LEVELS, label } from '../lib/labels';
import type { DocumentDetail } from '../lib/types';
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

function Reader({ id, route }: { id: string; route: Route }) {
  const doc = useApi<DocumentDetail>(apiUrl(`documents/${id}`));
  const d = doc.data;
  const [shown, setShown] = useState<Set<MarkType>>(() => new Set(ALL));
  const [sel, setSel] = useState<Selection | null>(null);
  const textRef = useRef<HTMLDivElement>(null);
  const at = intParam(route.query, 'at');
  const len = intParam(route.query, 'len') ?? 0;

  const runs = useMemo(() => {
    if (!d) return [];
    const marks = marksOf(d).filter((m) => m.type === 'heading' || shown.has(m.type));
    if (at !== null && len > 0) marks.push({ key: 'hit', type: 'hit', span: [at, Math.min(at + len, d.text.length)] });
    return cutRuns(d.text.length, marks, [...d.sections.map((s) => s.span[0]), ...(at !== null ? [at] : [])]);
  }, [d, shown, at, len]);

  const pick = useCallback(
    (keys: string[]) => {
      if (!d) return;
      const marks = byPriority(keys.map((k) => ({ key: k, type: typeOfKey(k), span: [0, 0] as [number, number] })));
      if (marks.length) setSel({ key: marks[0].key, others: marks.slice(1).map((m) => m.key) });
    },
    [d],
  );

  // Opening: the row or the offset the URL names, once the text is there (again when the URL names another).
  const opened = useRef<string | null>(null);
  const wanted = route.query.toString();
  useEffect(() => {
    if (!d || opened.current === wanted || !textRef.current) return;
    opened.current = wanted;
    const fact = route.query.get('fact');
    const commitment = route.query.get('commitment');
    const key = fact ? `f${ordOf(fact)}` : commitment ? `c${ordOf(commitment)}` : null;
    if (key) {
      setSel({ key, others: [] });
      scrollToKey(textRef.current, key, false);
    } else if (at !== null) {
      scrollToOffset(textRef.current, at, false);
      if (len > 0) flashKey(textRef.current, 'hit');
    }
  }, [d, wanted]);

  useEffect(() => {
    if (textRef.current) select(textRef.current, sel?.key ?? null);
  }, [sel, runs]);

  useReady(d !== null, 'reader');
  if (!d) return <Status loading={doc.loading} error={doc.error} />;

  const m = d.meta;
  const go = (key: string) => {
    setSel({ key, others: [] });
    if (textRef.current && !scrollToKey(textRef.current, key)) {
      // Hidden by the legend: show its kind again, then scroll.
      setShown(new Set(ALL));
      requestAnimationFrame(() => textRef.current && scrollToKey(textRef.current, key));
    }
  };

  return (
    <div className="reader">
      <aside className="toc-pane" aria-label="目录">
        <Toc sections={d.sections} onGo={(offset) => textRef.current && scrollToOffset(textRef.current, offset)} />
      </aside>
      <section className="text-pane">
        <header className="doc-head">
          <h1>
            {m.title ?? `${m.region ?? ''}${m.year ?? ''}年政府工作报告`}
          </h1>
          <p className="muted">
            {m.region ?? '未知地区'} · {label(LEVELS, m.level)} · {m.year ?? '—'} 年{m.date ? ` · ${m.date}` : ''}
            {m.speaker ? ` · ${m.speaker}` : ''} · {m.chars.toLocaleString('zh-CN')} 字 · 事实 {d.facts.length} · 任务 {d.commitments.length} · 项目 {d.projects.length}
            <a href={href('tasks', m.id)}>任务清单</a>
            {m.region && m.year && <a href={href('yoy', null, { region: m.region, year: m.year })}>年度对比</a>}
          </p>
          <Legend shown={shown} onToggle={(t) => setShown((s) => toggle(s, t))} />
        </header>
        <div className="text-scroll" ref={textRef}>
          <TextView text={d.text} runs={runs} onPick={pick} />
        </div>
      </section>
      <aside className="side-pane">
        {sel && <Detail doc={d} sel={sel} onSelect={go} onClose={() => setSel(null)} onChanged={doc.reload} />}
        <FactList facts={d.facts} selected={sel?.key ?? null} onGo={go} />
      </aside>
    </div>
  );
}

function typeOfKey(k: string): MarkType {
  return k.startsWith('c') ? 'commitment' : k.startsWith('p') ? 'project' : 'target';
}

function toggle<T>(s: Set<T>, x: T): Set<T> {
  const n = new Set(s);
  if (n.has(x)) n.delete(x);
  else n.add(x);
  return n;
}
