// Choosing regions of the library (any level), as a collapsible list of check boxes.
import { useRegions } from '../lib/catalog';
import { LEVELS, label } from '../lib/labels';

export function RegionChecks({ value, onChange }: { value: string[]; onChange: (v: string[]) => void }) {
  const regions = useRegions();
  return (
    <details className="region-checks">
      <summary>{value.length ? `已选 ${value.length} 个地区：${value.slice(0, 4).join('、')}${value.length > 4 ? '…' : ''}` : '选择地区…'}</summary>
      <div className="checks">
        {regions.map((r) => {
          const n = r.region ?? '';
          return (
            <label key={r.code ?? n}>
              <input type="checkbox" checked={value.includes(n)} onChange={() => onChange(value.includes(n) ? value.filter((v) => v !== n) : [...value, n])} />
              {n}
              <small className="muted">{label(LEVELS, r.level, '')}</small>
            </label>
          );
        })}
        {value.length > 0 && (
          <button type="button" className="link" onClick={() => onChange([])}>
            清除
          </button>
        )}
      </div>
    </details>
  );
}
