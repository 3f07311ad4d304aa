// 报告库: the library's reports, filtered by level, region and year, and the upload of new ones.
import { href, intParam, useDraft, useQueryState, type Route } from '../app/router';
import { api, load } from '../lib/api';
import { useApi } from '../lib/useApi';
import { useReady } from '../lib/ready';
import { forgetRegions } from '../lib/catalog';
import { LEVELS, asLevel, label } from '../lib/labels';
import type { DocumentList } from '../../model/api/index.js';
import { Field, Heads, Status } from '../common/ui';
import { LevelSelect, RegionSelect } from '../common/pickers';
import { Upload } from './Upload';
import { Conflicts } from './Conflicts';

const PAGE = 50;
const YEAR = /^\d{4}(?:-\d{4})?$/;

export function LibraryPage({ route }: { route: Route }) {
  const [q, set] = useQueryState(route);
  const level = asLevel(q.get('level'));
  const region = q.get('region') ?? '';
  const year = q.get('year') ?? '';
  const text = q.get('q') ?? '';
  const page = intParam(q, 'page') ?? 0;
  const [yearInput, setYearInput] = useDraft(year);
  const [textInput, setTextInput] = useDraft(text);
  const query = { level, region: region || undefined, year: YEAR.test(year) ? year : undefined, q: text || undefined, limit: PAGE, offset: page * PAGE };
  const list = useApi(load(api.documents, { query }));
  const conflicts = useApi(load(api.conflicts, {}));
  useReady(list.data !== null || list.error !== null, 'library');
  return (
    <div className="stack">
      <h1>报告库</h1>
      <form
        className="filters"
        onSubmit={(e) => {
          e.preventDefault();
          set({ year: yearInput.trim(), q: textInput.trim(), page: null });
        }}
      >
        <LevelSelect value={level ?? ''} onChange={(v) => set({ level: v, region: null, page: null })} />
        <RegionSelect value={region} level={level} onChange={(v) => set({ region: v, page: null })} />
        <Field label="年份">
          <input value={yearInput} onChange={(e) => setYearInput(e.target.value)} onBlur={() => YEAR.test(yearInput.trim()) || yearInput.trim() === '' ? set({ year: yearInput.trim(), page: null }) : undefined} placeholder="2024 或 2010-2024" size={12} aria-invalid={yearInput !== '' && !YEAR.test(yearInput.trim())} />
        </Field>
        <Field label="标题或来源">
          <input value={textInput} onChange={(e) => setTextInput(e.target.value)} placeholder="关键词" size={14} />
        </Field>
        <button type="submit">筛选</button>
      </form>
      <Upload
        onDone={() => {
          forgetRegions();
          list.reload();
          conflicts.reload();
        }}
      />
      {conflicts.data && <Conflicts list={conflicts.data} />}
      <Status loading={list.loading && !list.data} error={list.error} empty={list.data?.total === 0 ? '没有符合条件的报告。' : null} />
      {list.data && list.data.total > 0 && <DocumentTable list={list.data} page={page} onPage={(p) => set({ page: p || null })} />}
    </div>
  );
}

function DocumentTable({ list, page, onPage }: { list: DocumentList; page: number; onPage: (page: number) => void }) {
  const pages = Math.max(1, Math.ceil(list.total / PAGE));
  return (
    <>
      <p className="muted" data-testid="library-count">
        共 {list.total} 份报告{list.total > PAGE ? `，第 ${page + 1} / ${pages} 页` : ''}
      </p>
      <table className="grid" data-testid="library-table">
        <Heads names={['年份', '地区', '级别', '标题', '#事实', '#任务', '格式', '入库时间', '操作']} />
        <tbody>
          {list.documents.map((d) => (
            <tr key={d.id} data-doc={d.id}>
              <td>{d.year ?? '—'}</td>
              <td>{d.region ?? '未知地区'}</td>
              <td>{label(LEVELS, d.level)}</td>
              <td className="title-cell">
                <a href={href('reader', d.id)}>{d.title ?? `${d.region ?? ''}${d.year ?? ''}年政府工作报告`}</a>
                {d.superseded_by && (
                  <span className="muted" data-testid="superseded" title={`同一地区年份另有一份报告（${d.superseded_by}），统计表格使用那一份`}>
                    {' '}
                    （另有一份，统计表格未用此份）
                  </span>
                )}
              </td>
              <td className="num">{d.facts}</td>
              <td className="num">{d.commitments}</td>
              <td>{d.format ?? '—'}</td>
              <td className="muted">{d.ingested_at.slice(0, 16).replace('T', ' ')}</td>
              <td className="actions">
                <a href={href('reader', d.id)}>阅读</a>
                <a href={href('tasks', d.id)}>任务</a>
                {d.region && d.year && <a href={href('yoy', null, { region: d.region, year: d.year })}>年度对比</a>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {pages > 1 && (
        <div className="pager">
          <button type="button" disabled={page === 0} onClick={() => onPage(page - 1)}>
            上一页
          </button>
          <span>
            {page + 1} / {pages}
          </span>
          <button type="button" disabled={page + 1 >= pages} onClick={() => onPage(page + 1)}>
            下一页
          </button>
        </div>
      )}
    </>
  );
}
