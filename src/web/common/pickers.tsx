// Pickers shared by the pages: level, region (from the library), report (a document of the library).
import { useRegions } from '../lib/catalog';
import { LEVELS } from '../lib/labels';
import { useApi } from '../lib/useApi';
import { api, load } from '../lib/api';
import { Choice, optionsOf } from './ui';
import type { Level } from '../../model/api/index.js';

export function LevelSelect({ value, onChange, all = '全部级别' }: { value: string; onChange: (v: string) => void; all?: string }) {
  return <Choice label="级别" value={value} options={optionsOf(LEVELS)} all={all} onChange={onChange} />;
}

const span = (years: number[]) => (years.length > 1 ? `${years[0]}–${years[years.length - 1]}` : years[0]);

export function RegionSelect({ value, onChange, level, all = '全部地区', label = '地区' }: { value: string; onChange: (v: string) => void; level?: Level; all?: string; label?: string }) {
  const regions = useRegions(level);
  const options = regions.map((r) => [r.region ?? '', `${r.region}（${span(r.years)}）`] as const);
  return <Choice label={label} value={value} options={options} all={all} onChange={onChange} />;
}

/** A report of the library, newest first, narrowed by a search box. */
export function DocPicker({ onPick, q = '' }: { onPick: (id: string) => void; q?: string }) {
  const list = useApi(load(api.documents, { query: { limit: 500, q } }));
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
