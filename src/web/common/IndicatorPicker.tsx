// Choosing indicators: the core ones as switches, any other from the lexicon by a select.
import { useIndicators } from '../lib/catalog';

export function IndicatorPicker({ value, onChange, multiple = true }: { value: string[]; onChange: (v: string[]) => void; multiple?: boolean }) {
  const all = useIndicators();
  const core = all.filter((i) => i.core);
  const extra = value.filter((v) => !core.some((c) => c.id === v));
  const name = (id: string) => all.find((i) => i.id === id)?.name ?? id;
  const flip = (id: string) => {
    if (!multiple) return onChange([id]);
    onChange(value.includes(id) ? value.filter((v) => v !== id) : [...value, id]);
  };
  return (
    <div className="chips" role="group" aria-label="指标">
      {core.map((i) => (
        <button key={i.id} type="button" className={`chip${value.includes(i.id) ? ' on' : ''}`} aria-pressed={value.includes(i.id)} data-indicator={i.id} onClick={() => flip(i.id)}>
          {i.name}
        </button>
      ))}
      {extra.map((id) => (
        <button key={id} type="button" className="chip on" aria-pressed data-indicator={id} onClick={() => flip(id)}>
          {name(id)}
        </button>
      ))}
      <select
        value=""
        aria-label="更多指标"
        onChange={(e) => {
          if (e.target.value) flip(e.target.value);
        }}
      >
        <option value="">更多指标…</option>
        {all
          .filter((i) => !i.core && !value.includes(i.id))
          .map((i) => (
            <option key={i.id} value={i.id}>
              {i.name}
            </option>
          ))}
      </select>
    </div>
  );
}
