// 任务清单: a report's commitments, filtered by section, action and quantified-or-not, with downloads.
import { href, intParam, listParam, navigate, useQueryState, type Route } from '../app/router';
import { api, csv, load } from '../lib/api';
import { useApi } from '../lib/useApi';
import { useReady } from '../lib/ready';
import { ACTIONS, QUANTIFIED, asQuantified, figure, reviewLabel } from '../lib/labels';
import type { Task } from '../../model/api/index.js';
import { Chips, Choice, Downloads, Field, Heads, optionsOf, Status } from '../common/ui';
import { DocPicker } from '../common/pickers';

export function TasksPage({ route }: { route: Route }) {
  const id = route.arg;
  const [q, set] = useQueryState(route);
  const section = intParam(q, 'section');
  const actions = listParam(q, 'action');
  const quantified = asQuantified(q.get('quantified'));
  const query = { section: section ?? undefined, action: csv(actions), quantified };
  const res = useApi(id ? load(api.documents[':id'].tasks, { param: { id }, query }) : null);
  const data = res.data;
  useReady(data !== null || res.error !== null, 'tasks');
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
  const sections = planSections.map((s) => [s.ord, `${'　'.repeat(s.level - 1)}${s.marker ?? ''}${s.title}`] as const);
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
        <Choice label="所属部分" value={section} options={sections} all="全部" onChange={(v) => set({ section: v })} />
        <Choice label="量化" value={quantified ?? ''} options={optionsOf(QUANTIFIED)} all="全部" onChange={(v) => set({ quantified: v })} />
        {data && <Downloads href={(format) => api.documents[':id'].tasks.$path({ param: { id }, query: { ...query, format } })} />}
        {data && <LedgerDownloads id={id} />}
      </div>
      <div className="filters">
        <Field label="动作">
          <Chips options={ACTIONS.map((a) => [a, a] as const)} value={actions} label="动作" onChange={(v) => set({ action: v })} />
        </Field>
      </div>
      <Status loading={res.loading && !data} error={res.error} empty={data && data.commitments.length === 0 ? '没有符合条件的任务。' : null} />
      {data && data.commitments.length > 0 && <TaskTable id={id} tasks={data.commitments} />}
    </div>
  );
}

/** The supervision ledger (督查台账) of the whole report: numbered tasks with the next report's status and evidence. */
function LedgerDownloads({ id }: { id: string }) {
  return (
    <Downloads
      href={(format) => api.documents[':id'].ledger.$path({ param: { id }, query: { format } })}
      formats={['xlsx', 'csv', 'json']}
      label="督查台账："
      testId="ledger-downloads"
      title="每项任务按部分-段-项编号，下一年报告入库后附落实情况与佐证语句"
    />
  );
}

function TaskTable({ id, tasks }: { id: string; tasks: Task[] }) {
  return (
    <>
      <p className="muted">共 {tasks.length} 项任务</p>
      <table className="grid tasks" data-testid="tasks-table">
        <Heads names={['所属部分', '动作', '对象', '数量', '时限', '原文', '复核']} />
        <tbody>
          {tasks.map((c) => (
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
  );
}
