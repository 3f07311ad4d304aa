// The report text with its highlights, as text nodes only. Rendered once per report and filter: selection and
// flashing change classes on the runs directly (see dom.ts), so a click does not re-render 20,000 characters.
import { memo } from 'react';
import type { Run } from './segments';

function className(run: Run): string {
  const types = new Set(run.marks.map((m) => m.type));
  const cls = [...types].map((t) => `m-${t}`);
  if (run.marks.some((m) => m.rejected && (m.type === 'target' || m.type === 'actual'))) cls.push('rejected');
  return cls.join(' ');
}

export const TextView = memo(function TextView({ text, runs, onPick }: { text: string; runs: Run[]; onPick: (keys: string[]) => void }) {
  return (
    <div
      className="doc-text"
      data-testid="doc-text"
      onClick={(e) => {
        const el = (e.target as HTMLElement).closest<HTMLElement>('[data-keys]');
        const keys = el?.dataset.keys?.split(' ').filter((k) => k && !k.startsWith('h')) ?? [];
        if (keys.length) onPick(keys);
      }}
    >
      {runs.map((r) =>
        r.marks.length === 0 && !r.anchor ? (
          text.slice(r.start, r.end)
        ) : (
          <span key={r.start} className={className(r) || undefined} data-o={r.start} data-keys={r.marks.map((m) => m.key).join(' ') || undefined}>
            {text.slice(r.start, r.end)}
          </span>
        ),
      )}
    </div>
  );
});
