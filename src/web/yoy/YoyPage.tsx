// 年度对比: a region's two consecutive reports side by side: each indicator's targets of both years, last
// year's commitments with the sentences of this year's review that likely report on them, and the words that
// rose or fell most.
import { useState } from 'react';
import { href, intParam, useQueryState, type Route } from '../app/router';
import { api, load } from '../lib/api';
import { useApi } from '../lib/useApi';
import { useReady } from '../lib/ready';
import { useIndicatorName, useMeasureName, useRegions } from '../lib/catalog';
import type { YearOverYear, YoyCell, WordShift } from '../../model/api/index.js';
import { Choice, Heads, Status, yearOptions } from '../common/ui';
import { ReviewerName, StatusReview } from './StatusReview';

export function YoyPage({ route }: { route: Route }) {
  const [q, set] = useQueryState(route);
  const regions = useRegions().filter((r) => r.years.some((y) => r.years.includes(y - 1)));
  const region = q.get('region') ?? regions[0]?.region ?? '';
  const years = (regions.find((r) => r.region === region)?.years ?? []).filter((y, _, all) => all.includes(y - 1)).sort((a, b) => b - a);
  const year = intParam(q, 'year') ?? years[0] ?? null;
  const res = useApi(region && year !== null ? load(api.yoy, { query: { region, year } }) : null);
  const data = res.data;
  // A region the library holds no two consecutive reports of: nothing to ask, which is the answer.
  const noPair = region !== '' && year === null && regions.length > 0;
  useReady(data !== null || res.error !== null || noPair, 'yoy');

  return (
    <div className="stack">
      <h1>年度对比</h1>
      <div className="filters">
        <Choice label="地区" value={region} options={regions.map((r) => [r.region ?? '', r.region] as const)} onChange={(v) => set({ region: v, year: null })} />
        <Choice label="年份" value={year} options={yearOptions(years, (y) => `${y - 1} → ${y}`)} onChange={(v) => set({ year: v })} />
      </div>
      {regions.length === 0 && !(region && year !== null) && <p className="empty">库中没有哪个地区有相邻两年的报告。</p>}
      {noPair && <p className="empty" role="status">库中没有{region}相邻两年的报告，无从对比。</p>}
      <Status loading={res.loading && !data} error={res.error} />
      {data && year !== null && (data.documents.before && data.documents.after ? <Yoy data={data} year={year} /> : <Missing data={data} region={region} year={year} />)}
    </div>
  );
}

/** One of the two reports is not in the library: nothing to compare, so no comparison is drawn. */
function Missing({ data, region, year }: { data: YearOverYear; region: string; year: number }) {
  const { before, after } = data.documents;
  const lacking = [!before && year - 1, !after && year].filter((y) => y !== false).join(' 年和 ');
  const held = before ?? after;
  return (
    <p className="empty" role="status" data-testid="yoy-missing">
      库中没有{data.region ?? region} {lacking} 年的报告，无从对比。
      {held && (
        <>
          {' '}
          可以阅读库中的 <a href={href('reader', held.id)}>{held.year} 年报告</a>。
        </>
      )}
    </p>
  );
}

function Yoy({ data, year }: { data: YearOverYear; year: number }) {
  const name = useIndicatorName();
  const measure = useMeasureName();
  const { before, after } = data.documents;
  return (
    <>
      <p className="muted">
        <a href={href('reader', before!.id)}>{before!.year} 年报告</a> 对比 <a href={href('reader', after!.id)}>{after!.year} 年报告</a>
      </p>
      <section>
        <h2>主要目标</h2>
        <table className="grid" data-testid="yoy-targets">
          <Heads names={['指标', '度量', `${year - 1} 年目标`, `${year} 年目标`, '变化']} />
          <tbody>
            {data.targets.map((t) => (
              <tr key={`${t.indicator}:${t.measure}`} data-indicator={t.indicator} data-measure={t.measure}>
                <th scope="row">{name(t.indicator)}</th>
                <td>{measure(t.indicator, t.measure)}</td>
                <td data-year={year - 1}>
                  <Cell c={t.before} doc={before?.id} />
                </td>
                <td data-year={year}>
                  <Cell c={t.after} doc={after?.id} />
                </td>
                <td>{change(t.before, t.after)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <FollowUps data={data} year={year} />
      <section>
        <h2>用词变化（每万字出现次数）</h2>
        <div className="words">
          <Words title="上升最多" list={data.rising} year={year} />
          <Words title="下降最多" list={data.falling} year={year} />
        </div>
      </section>
    </>
  );
}

function Cell({ c, doc }: { c: YoyCell | null; doc?: string }) {
  if (!c) return <span className="muted">—</span>;
  return doc ? (
    <a href={href('reader', doc, { fact: c.fact_id })} title={c.quote} className="cell-text">
      {c.text}
    </a>
  ) : (
    <span title={c.quote}>{c.text}</span>
  );
}

function change(a: YoyCell | null, b: YoyCell | null): string {
  if (!a || !b) return a ? '不再提出' : b ? '新提出' : '';
  const x = a.value ?? a.low;
  const y = b.value ?? b.low;
  if (x === null || y === null) return a.text === b.text ? '相同' : '表述变化';
  if ((a.unit ?? '') !== (b.unit ?? '')) return '单位不同';
  if (y > x) return `↑ 提高 ${+(y - x).toFixed(4)}`;
  if (y < x) return `↓ 降低 ${+(x - y).toFixed(4)}`;
  return a.qualifier === b.qualifier && a.high === b.high ? '持平' : '表述变化';
}

function FollowUps({ data, year }: { data: YearOverYear; year: number }) {
  const [onlyMatched, setOnlyMatched] = useState(true);
  const [limit, setLimit] = useState(40);
  const [filter, setFilter] = useState('');
  const items = data.followUp.filter((f) => (!onlyMatched || f.candidates.length > 0) && (!filter || f.commitment.includes(filter) || (f.section ?? '').includes(filter)));
  const before = data.documents.before?.id;
  return (
    <section>
      <h2>
        {year - 1} 年任务的落实：{year} 年报告回顾中的对应
      </h2>
      <div className="filters">
        <label>
          <input type="checkbox" checked={onlyMatched} onChange={(e) => setOnlyMatched(e.target.checked)} />
          只看有对应语句的
        </label>
        <input value={filter} onChange={(e) => setFilter(e.target.value)} placeholder="筛选任务" aria-label="筛选任务" />
        <span className="muted">
          {items.length} / {data.followUp.length} 项
        </span>
        {data.documents.after && <ReviewerName />}
      </div>
      <ul className="followups" data-testid="yoy-followups">
        {items.slice(0, limit).map((f) => (
          <li key={f.commitment_id}>
            <div className="fu-commitment">
              {before ? <a href={href('reader', before, { commitment: f.commitment_id })}>{f.commitment}</a> : f.commitment}
              {f.section && <small className="muted">{f.section}</small>}
              <span className="fu-status" data-status={f.status}>
                {f.status}
              </span>
              {f.next_document && <StatusReview item={f} />}
            </div>
            {f.candidates.length ? (
              <ol className="fu-candidates">
                {f.candidates.map((c) => (
                  <li key={c.span[0]}>
                    {f.next_document ? <a href={href('reader', f.next_document, { at: c.span[0], len: c.span[1] - c.span[0] })}>{c.text}</a> : c.text}
                    <small className="score" title="对应程度（0–1）">{c.score.toFixed(2)}</small>
                  </li>
                ))}
              </ol>
            ) : (
              <p className="muted">未见回应：{year} 年报告的回顾中没有报告这项任务的语句</p>
            )}
          </li>
        ))}
      </ul>
      {items.length > limit && (
        <button type="button" onClick={() => setLimit(limit + 100)}>
          再显示 {Math.min(100, items.length - limit)} 项
        </button>
      )}
    </section>
  );
}

function Words({ title, list, year }: { title: string; list: WordShift[]; year: number }) {
  const max = Math.max(1e-9, ...list.map((w) => Math.abs(w.change)));
  return (
    <div>
      <h3>{title}</h3>
      <table className="grid words-table">
        <Heads names={['词', `#${year - 1}`, `#${year}`, '变化']} />
        <tbody>
          {list.map((w) => (
            <tr key={w.word}>
              <td>{w.word}</td>
              <td className="num">{w.before_per10k}</td>
              <td className="num">{w.after_per10k}</td>
              <td>
                <span className={`bar ${w.change > 0 ? 'up' : 'down'}`} style={{ width: `${(70 * Math.abs(w.change)) / max}%` }} />
                {w.change > 0 ? '+' : ''}
                {w.change}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

