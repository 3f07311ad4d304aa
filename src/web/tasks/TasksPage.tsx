// 任务清单: a report's commitments, filtered by section, action and quantified-or-not, with downloads.
import { href, intParam, listParam, navigate, useQueryState, type Route } from '../app/router';
import { apiUrl } from '../lib/api';
import { useApi } from '../lib/useApi';
import { useReady } from '../lib/ready';
import { ACTIONS, figure, reviewLabel } from '../lib/labels';
import type { TasksResult } from '../lib/types';
import { Downloads, Field, Status } from '../common/ui';
import { DocPicker } from '../common/pickers';

export function TasksPage({ route }: { route: Route }) {
  const id = route.arg;
  const [q, set] = useQueryState(route);
  const section = intParam(q, 'section');
  const actions = listParam(q, 'action');
  const quantified = q.get('quantified') ?? '';
  const params = { section: section ?? undefined, action: actions, quantified: quantified || undefined };
  const res = useApi<TasksResult>(id ? apiUrl(`documents/${id}/tasks`, params) : null);
  const data = res.data;
  useReady(data !== null, 'tasks');

  if (!id) {
    return (
      <div className="stack">
        <h1>任务清单</h1>
        <p>选择一份报告：</p>
        <DocPicker onPick={(d) => navigate(href('tasks', d))} />
      </div>
    );
  }
  const m = data?.document;
  const planSections = data?.sections.filter((s) => s.level <= 3 && s.title && ['plan', 'self_building', 'five_year_plan', 'targets'].includes(s.kind)) ?? [];

  return (
    <div className="stack">
      <h1>
        任务清单{m ? `：${m.region ?? ''} ${m.year ?? ''} 年` : ''}
        {m && (
          <a className="h-link" href={href('reader', m.id)}>
            阅读全文
          </a>
        )}
      </h1>
      <div className="filters">
        <Field label="所属部分">
          <select value={section ?? ''} onChange={(e) => set({ section: e.target.value })} aria-label="所属部分">
            <option value="">全部</option>
            {planSections.map((s) => (
              <option key={s.ord} value={s.ord}>
                {'　'.repeat(s.level - 1)}
                {s.marker ?? ''}
                {s.title}
              </option>
            ))}
          </select>
        </Field>
        <Field label="量化">
          <select value={quantified} onChange={(e) => set({ quantified: e.target.value })} aria-label="量化">
            <option value="">全部</option>
            <option value="true">有数量</option>
            <option value="false">无数量</option>
          </select>
        </Field>
        {data && <Downloads url={apiUrl(`documents/${id}/tasks`, params)} />}
      </div>
      <div className="filters">
        <Field label="动作">
          <div className="chips" role="group" aria-label="动作">
            {ACTIONS.map((a) => (
              <button key={a} type="button" className={`chip${actions.includes(a) ? ' on' : ''}`} aria-pressed={actions.includes(a)} onClick={() => set({ action: actions.includes(a) ? actions.filter((x) => x !== a) : [...actions, a] })}>
                {a}
              </button>
            ))}
          </div>
        </Field>
      </div>
      <Status loading={res.loading && !data} error={res.error} empty={data && data.commitments.length === 0 ? '没有符合条件的任务。' : null} />
      {data && data.commitments.length > 0 && (
        <>
          <p className="muted">共 {data.commitments.length} 项任务</p>
          <table className="grid tasks" data-testid="tasks-table">
            <thead>
              <tr>
                <th>所属部分</th>
                <th>动作</th>
                <th>对象</th>
                <th>数量</th>
                <th>时限</th>
                <th>原文</th>
                <th>复核</th>
              </tr>
            </thead>
            <tbody>
              {data.commitments.map((c) => (
                <tr key={c.id}>
                  <td className="muted path">{c.path}</td>
                  <td>
                    {c.action ?? '—'}
                    {c.stretch && <em className="q">力争</em>}
                  </td>
                  <td>{c.object ?? '—'}</td>
                  <td>{c.quantities.map((x) => figure(x)).join('；') || <span className="muted">—</span>}</td>
                  <td>{c.deadline ?? '—'}</td>
                  <td className="quote">
                    <a href={href('reader', id, { commitment: c.id })}>{c.quote}</a>
                  </td>
                  <td>{reviewLabel(c.review)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}
