// What the colours mean, each a switch that shows or hides its highlights.
import type { MarkType } from './segments';

export const LEGEND: Array<{ type: MarkType; name: string }> = [
  { type: 'target', name: '目标' },
  { type: 'actual', name: '完成情况' },
  { type: 'commitment', name: '任务' },
  { type: 'project', name: '项目' },
];

export function Legend({ shown, onToggle }: { shown: Set<MarkType>; onToggle: (t: MarkType) => void }) {
  return (
    <div className="legend" role="group" aria-label="图例">
      {LEGEND.map((l) => (
        <label key={l.type} className={`legend-item m-${l.type}`}>
          <input type="checkbox" checked={shown.has(l.type)} onChange={() => onToggle(l.type)} />
          <span className="swatch" />
          {l.name}
        </label>
      ))}
      <span className="muted">点击高亮查看详情并复核</span>
    </div>
  );
}
