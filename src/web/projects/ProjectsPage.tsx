// 跨年项目: the named projects of one region's successive reports, each as a timeline (the stage each report
// states, with the sentence that states it, linked into the reader) and the status the reports take it to.
import { useState } from 'react';
import { href, intParam, useQueryState, type Route } from '../app/router';
import { api, load } from '../lib/api';
import { useApi } from '../lib/useApi';
import { useReady } from '../lib/ready';
import { useRegions } from '../lib/catalog';
import { label, PARTS } from '../lib/labels';
import type { ProjectsResult, ProjectStatus, ProjectTimeline } from '../../model/api/index.js';
import { Chips, Choice, Downloads, Field, Heads, Status } from '../common/ui';

export const PROJECT_STATUS: Record<ProjectStatus, string> = { completed: '已建成', started: '已开工', planned: '规划中', mentioned: '仅提及' };
const STATUS_HELP = '已建成：回顾中写明建成或投产；已开工：回顾中写明开工，或写明在建、计划年内建成；规划中：写明谋划、前期，或计划开工；仅提及：没有写明进度';
const MIN_YEARS: ReadonlyArray<readonly [number, string]> = [
  [2, '两年以上的报告'],
  [3, '三年以上的报告'],
  [4, '四年以上的报告'],
  [1, '全部项目（含只出现一年的）'],
];

export function ProjectsPage({ route }: { route: Route }) {
  const [q, set] = useQueryState(route);
  const regions = useRegions();
  const region = q.get('region') ?? regions.find((r) => r.years.length > 1)?.region ?? regions[0]?.region ?? '';
  const minYears = intParam(q, 'min') ?? 2;
  const query = { region, min_years: minYears };
  const res = useApi(region ? load(api.projects, { query }) : null);
  const data = res.data;
  useReady(data !== null || res.error !== null || (regions.length > 0 && !region), 'projects');

  return (
    <div className="stack">
      <h1>跨年项目</h1>
      <p className="muted">同一地区历年报告中提到的同一个具名项目（一期/二期、简称、“至”或连接号、有无“项目”“工程”字样都算同一名称），以及每年报告写明的进度。</p>
      <div className="filters">
        <Choice label="地区" value={region} options={regions.map((r) => [r.region ?? '', `${r.region}（${r.years.length} 份报告）`] as const)} onChange={(v) => set({ region: v })} />
        <Choice label="出现于" value={minYears} options={MIN_YEARS} onChange={(v) => set({ min: v })} />
        {data && data.timelines.length > 0 && <Downloads href={(format) => api.projects.$path({ query: { ...query, format } })} />}
      </div>
      {regions.length === 0 && <p className="empty">报告库是空的：先在“报告库”页上传报告。</p>}
      <Status loading={res.loading && !data} error={res.error} />
      {data && <Projects data={data} region={region} minYears={minYears} />}
    </div>
  );
}

function Projects({ data, region, minYears }: { data: ProjectsResult; region: string; minYears: number }) {
  const [statuses, setStatuses] = useState<ProjectStatus[]>([]);
  const [filter, setFilter] = useState('');
  const name = data.region ?? region;
  if (data.documents.length === 0) return <p className="empty" role="status">库中没有{name}的报告。</p>;
  if (data.documents.length === 1)
    return (
      <p className="empty" role="status" data-testid="projects-one-report">
        库中只有{name} <a href={href('reader', data.documents[0].id)}>{data.documents[0].year} 年</a>一份报告，没有可以跨年跟踪的项目。
      </p>
    );
  const years = data.documents.map((d) => d.year);
  const shown = data.timelines.filter((t) => (statuses.length === 0 || statuses.includes(t.status)) && (!filter || t.variants.some((v) => v.includes(filter))));
  return (
    <>
      <p className="muted" data-testid="projects-summary">
        {name}：库中 {data.documents.length} 份报告（{years[0]}–{years[years.length - 1]} 年），
        {minYears > 1 ? `${data.timelines.length} 个项目在 ${minYears} 年以上的报告中出现` : `共 ${data.timelines.length} 个项目`}
        {data.generic > 0 && `；另有 ${data.generic} 处泛称（如“重大项目”“高铁”）不算具名项目`}。
      </p>
      {data.timelines.length === 0 ? (
        <p className="empty" role="status" data-testid="projects-none">
          {name}的 {data.documents.length} 份报告中，没有在 {minYears} 年以上的报告中都出现的具名项目。
        </p>
      ) : (
        <>
          <div className="filters">
            <Field label="状态">
              <Chips label="状态" options={Object.entries(PROJECT_STATUS) as Array<[ProjectStatus, string]>} value={statuses} onChange={setStatuses} />
            </Field>
            <input value={filter} onChange={(e) => setFilter(e.target.value)} placeholder="筛选项目名称" aria-label="筛选项目名称" />
            <span className="muted">
              {shown.length} / {data.timelines.length} 个项目
            </span>
          </div>
          <Timelines timelines={shown} />
        </>
      )}
    </>
  );
}

/** The sentence near the name: from a little before it, about 44 characters, cut ends marked. */
function around(m: { quote: string; span: [number, number]; quote_span: [number, number] }): string {
  const start = Math.max(0, m.span[0] - m.quote_span[0] - 14);
  const end = Math.min(m.quote.length, start + 44);
  return `${start > 0 ? '…' : ''}${m.quote.slice(start, end)}${end < m.quote.length ? '…' : ''}`;
}

function Timelines({ timelines }: { timelines: ProjectTimeline[] }) {
  const [limit, setLimit] = useState(60);
  return (
    <>
      <table className="grid projects" data-testid="projects-table">
        <Heads names={['项目', '状态', '各年报告的表述']} />
        <tbody>
          {timelines.slice(0, limit).map((t) => (
            <tr key={`${t.key}:${t.phase ?? ''}:${t.first_year}`} data-project={t.name} data-status={t.status}>
              <th scope="row">
                {t.name}
                {t.phase && !t.name.includes(t.phase) && <span className="phase">{t.phase}</span>}
                {t.variants.length > 1 && <small>又写作：{t.variants.filter((v) => v !== t.name).join('、')}</small>}
                {t.family !== t.key && <small>同一系列：{t.family}</small>}
              </th>
              <td>
                <span className="pj-status" data-status={t.status} title={STATUS_HELP}>
                  {PROJECT_STATUS[t.status]}
                </span>
              </td>
              <td>
                <ol className="pj-years">
                  {t.years.map((y) => (
                    <li key={y.year} data-year={y.year}>
                      <a className="pj-year" href={href('reader', y.document_id)}>
                        {y.year}
                      </a>
                      {y.stages.length > 0 ? y.stages.map((s) => <span key={s} className="pj-stage">{s}</span>) : <span className="muted">提及</span>}
                      {y.mentions.slice(0, 1).map((m, i) => (
                        <a key={i} className="pj-quote" href={href('reader', y.document_id, { at: m.span[0], len: m.span[1] - m.span[0] })} title={`${label(PARTS, m.kind)}：${m.quote}`}>
                          {around(m)}
                        </a>
                      ))}
                      {y.mentions.length > 1 && <small className="muted">另有 {y.mentions.length - 1} 处提及</small>}
                    </li>
                  ))}
                </ol>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {timelines.length > limit && (
        <button type="button" onClick={() => setLimit(limit + 100)}>
          再显示 {Math.min(100, timelines.length - limit)} 个项目
        </button>
      )}
    </>
  );
}
