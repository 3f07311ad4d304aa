// 复核记录: every confirmation, edit and rejection, newest first, with what changed and the note.
import { href, useQueryState, type Route } from '../app/router';
import { api, load } from '../lib/api';
import { useApi } from '../lib/useApi';
import { useReady } from '../lib/ready';
import { REVIEW_ACTIONS, TARGETS, asTarget } from '../lib/labels';
import { useIndicatorName } from '../lib/catalog';
import { Choice, Heads, optionsOf, Status } from '../common/ui';

const FIELD_NAMES: Record<string, string> = { indicator: '指标', value: '数值', low: '下限', high: '上限', unit: '单位', qualifier: '限定', action: '动作', object: '对象', deadline: '时限', status: '落实情况' };

export function AuditPage({ route }: { route: Route }) {
  const [q, set] = useQueryState(route);
  const target = asTarget(q.get('target'));
  const document = q.get('document') ?? '';
  const res = useApi(load(api.corrections, { query: { target, document: document || undefined, limit: 500 } }));
  const list = res.data?.corrections;
  const name = useIndicatorName();
  useReady(list !== undefined || res.error !== null, 'audit');

  return (
    <div className="stack">
      <h1>复核记录</h1>
      <div className="filters">
        <Choice label="对象" value={target ?? ''} options={optionsOf(TARGETS)} all="全部" onChange={(v) => set({ target: v })} />
        {document && (
          <span>
            只看报告 <code>{document}</code>{' '}
            <button type="button" className="link" onClick={() => set({ document: null })}>
              全部报告
            </button>
          </span>
        )}
      </div>
      <Status loading={res.loading && !list} error={res.error} empty={list && list.length === 0 ? '还没有复核记录。在报告阅读页点击高亮的事实或任务即可确认、修改或否决。' : null} />
      {list && list.length > 0 && (
        <table className="grid" data-testid="audit-table">
          <Heads names={['时间', '报告', '对象', '操作', '改动', '备注']} />
          <tbody>
            {list.map((c) => (
              <tr key={c.id} data-action={c.action}>
                <td className="muted">{new Date(c.created_at).toLocaleString('zh-CN', { hour12: false })}</td>
                <td>
                  <a href={href('reader', c.document_id, { at: c.span_start, len: c.span_end - c.span_start })}>
                    {c.region ?? '未知地区'} {c.year ?? ''}
                  </a>
                </td>
                <td>
                  {TARGETS[c.target]}
                  <small className="muted"> {c.target === 'fact' && c.anchor_indicator ? name(c.anchor_indicator) : (c.anchor_indicator ?? '')}</small>
                </td>
                <td>
                  <span className={`tag a-${c.action}`}>{REVIEW_ACTIONS[c.action] ?? c.action}</span>
                </td>
                <td>
                  <Diff before={c.before} after={c.after} />
                </td>
                <td>{[c.note, c.author && `审核人：${c.author}`].filter(Boolean).join('；')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

function Diff({ before, after }: { before: Record<string, unknown>; after: Record<string, unknown> }) {
  const keys = Object.keys(after).filter((k) => JSON.stringify(before[k] ?? null) !== JSON.stringify(after[k] ?? null));
  if (keys.length === 0) return <span className="muted">无改动</span>;
  return (
    <ul className="diff">
      {keys.map((k) => (
        <li key={k}>
          {FIELD_NAMES[k] ?? k}：<del>{show(before[k])}</del> → <ins>{show(after[k])}</ins>
        </li>
      ))}
    </ul>
  );
}

const show = (v: unknown): string => (v === null || v === undefined ? '（空）' : String(v));
