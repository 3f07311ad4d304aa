// 全文检索: hits with their snippet (the words marked), each opening the reader at the hit.
import { href, listParam, useDraft, useQueryState, type Route } from '../app/router';
import { api, csv, load } from '../lib/api';
import { useApi } from '../lib/useApi';
import { useReady } from '../lib/ready';
import { LEVELS, PARTS, asLevel, label } from '../lib/labels';
import { Marked } from '../lib/Marked';
import { Chips, Field, Status } from '../common/ui';
import { LevelSelect } from '../common/pickers';

const YEAR = /^\d{4}(?:-\d{4})?$/;
const SEARCH_PARTS = ['review', 'targets', 'plan', 'five_year_review', 'five_year_plan', 'self_building'];

export function SearchPage({ route }: { route: Route }) {
  const [q, set] = useQueryState(route);
  const text = q.get('q') ?? '';
  const level = q.get('level') ?? '';
  const year = q.get('year') ?? '';
  const parts = listParam(q, 'part');
  const [input, setInput] = useDraft(text);
  const [yearInput, setYearInput] = useDraft(year);
  const url = text.trim() ? load(api.search, { query: { q: text.trim(), level: asLevel(level), year: YEAR.test(year) ? year : undefined, part: csv(parts), limit: 50 } }) : null;
  const res = useApi(url);
  const data = res.data;
  useReady(url === null || data !== null || res.error !== null, 'search');

  return (
    <div className="stack">
      <h1>全文检索</h1>
      <form
        className="filters"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          set({ q: input.trim(), year: yearInput.trim() });
        }}
      >
        <Field label="检索词">
          <input type="search" value={input} onChange={(e) => setInput(e.target.value)} placeholder="平陆运河、西部陆海新通道……（空格分隔多个词）" size={32} maxLength={200} aria-label="检索词" />
        </Field>
        <LevelSelect value={level} onChange={(v) => set({ level: v })} />
        <Field label="年份">
          <input value={yearInput} onChange={(e) => setYearInput(e.target.value)} placeholder="2024 或 2010-2024" size={12} />
        </Field>
        <button type="submit">检索</button>
      </form>
      <div className="filters">
        <Field label="部分">
          <Chips label="部分" options={SEARCH_PARTS.map((p) => [p, PARTS[p]] as const)} value={parts} onChange={(v) => set({ part: v })} />
        </Field>
      </div>
      {!url && <p className="muted">输入检索词，在全部报告的正文中查找（三个字以上用全文索引，一两个字逐篇查找）。</p>}
      <Status loading={res.loading && !data} error={res.error} empty={data && data.hits.length === 0 ? `没有找到“${data.query}”。` : null} />
      {data && data.hits.length > 0 && (
        <>
          <p className="muted">找到 {data.hits.length} 处{data.hits.length >= 50 ? '（只显示前 50 处）' : ''}</p>
          <ol className="hits" data-testid="search-hits">
            {data.hits.map((h) => (
              <li key={`${h.document_id}:${h.span[0]}`}>
                <a className="hit" href={href('reader', h.document_id, { at: h.span[0], len: h.span[1] - h.span[0] })} data-region={h.region ?? ''}>
                  <span className="hit-head">
                    <strong>{h.region ?? '未知地区'}</strong> {h.year ?? ''} · {label(LEVELS, h.level)} · {label(PARTS, h.part)}
                    {h.section ? ` · ${h.section}` : ''}
                  </span>
                  <span className="snippet">
                    <Marked snippet={h.snippet} terms={data.terms} />
                  </span>
                </a>
              </li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}
