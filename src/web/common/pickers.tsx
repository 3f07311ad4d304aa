// Pickers shared by the pages: level, region (from the library), year, report (a document of the library).
import { useRegions } from '../lib/catalog';
import { LEVELS } from '../lib/labels';
import { useApi } from '../lib/useApi';
import { apiUrl } from '../lib/api';
import type { DocumentList } from '../lib/types';

export function LevelSelect({ value, onChange, all = '全部级别' }: { value: string; onChange: (v: string) => void; all?: string }) {
  return (
    <select value={value} onChange={(e) => onChange(e.target.value)} aria-label="级别">
      <option value="">{all}</option>
      {Object.entries(LEVELS).map(([k, v]) => (
        <option key={k} value={k}>
          {v}
        </option>
      ))}
    </select>
  );
}

export function RegionSelect({ value, onChange, level, all = '全部地区', label = '地区' }: { value: string; onChange: (v: string) => void; level?: string; all?: string; label?: string }) {
  const regions = useRegions(level || null);
  const known = regions.some((r) => r.region === value);
  return (
    <select value={value} onChange={(e) => onChange(e.target.value)} aria-label={label}>
      <option value="">{all}</option>
      {value && !known && <option value={value}>{value}</option>}
      {regions.map((r) => (
        <option key={r.code ?? r.region} value={r.region ?? ''}>
          {r.region}（{r.years.length > 1 ? `${r.years[0]}–${r.years[r.years.length - 1]}` : r.years[0]}）
        </option>
      ))}
    </select>
  );
}

/** A report of the library, newest first, narrowed by a search box. */
export function DocPicker({ onPick, q = '' }: { onPick: (id: string) => void; q?: string }) {
  const list = useApi<DocumentList>(apiUrl('documents', { limit: 500, q }));
  return (
    <select defaultValue="" onChange={(e) => e.target.value && onPick(e.target.value)} aria-label="选择报告">
      <option value="">选择一份报告…</option>
      {list.data?.documents.map((d) => (
        <option key={d.id} value={d.id}>
          {d.year ?? '—'} {d.region ?? '未知地区'} {d.title ?? ''}
        </option>
      ))}
    </select>
  );
}
