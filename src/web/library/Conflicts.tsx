// 同一地区年份有多份报告: region-years holding texts that are not the same report (a draft and the final, a
// mis-filed source), each report with whether the tables use it (the later-ingested).
import { href } from '../app/router';
import { LEVELS, label } from '../lib/labels';
import type { ConflictList } from '../../model/api/index.js';

export function Conflicts({ list }: { list: ConflictList }) {
  if (list.conflicts.length === 0) return null;
  return (
    <section className="conflicts" data-testid="conflicts">
      <h2>同一地区年份有多份报告（{list.conflicts.length} 处）</h2>
      <p className="muted">文本不同（如草稿与定稿、来源归错地区），两份都保留；统计表格（面板、对比、追踪）只用后入库的一份，其余不计。</p>
      <ul>
        {list.conflicts.map((c) => (
          <li key={`${c.level}|${c.region_code ?? c.region}|${c.year}`}>
            {c.region ?? '未知地区'} {c.year}年（{label(LEVELS, c.level)}）：
            {c.reports.map((r) => (
              <span key={r.id} data-used={r.used}>
                <a href={href('reader', r.id)}>{r.title ?? r.source_path.split('/').pop()}</a>
                {r.used ? '（统计表格使用此份）' : `（未用于统计表格；与所用一份文本相同 ${r.similarity === null ? '—' : (100 * r.similarity).toFixed(1) + '%'}）`}
              </span>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}
