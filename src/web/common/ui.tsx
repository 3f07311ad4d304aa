// Small shared pieces: a status line for loading and errors, a labelled field, a labelled choice, download links.
import type { ReactNode } from 'react';

export function Status({ loading, error, empty }: { loading?: boolean; error?: string | null; empty?: ReactNode }) {
  if (error) return <p className="error" role="alert">出错：{error}</p>;
  if (loading) return <p className="muted">正在加载…</p>;
  if (empty) return <p className="empty">{empty}</p>;
  return null;
}

export function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <label className="field">
      <span>{label}</span>
      {children}
    </label>
  );
}

type Value = string | number;

/**
 * A labelled select: `all` first (the empty value) when given, then the options; a value the options lack (from a
 * link) is shown as it is rather than silently replaced.
 */
export function Choice<V extends Value>({ label, value, options, onChange, all }: { label: string; value: V | '' | null; options: ReadonlyArray<readonly [V, ReactNode]>; onChange: (v: string) => void; all?: string }) {
  const v = value ?? '';
  return (
    <Field label={label}>
      <select value={v} onChange={(e) => onChange(e.target.value)} aria-label={label}>
        {all !== undefined && <option value="">{all}</option>}
        {v !== '' && !options.some(([o]) => o === v) && <option value={v}>{v}</option>}
        {options.map(([o, text]) => (
          <option key={o} value={o}>
            {text}
          </option>
        ))}
      </select>
    </Field>
  );
}

/** Options from a label map (LEVELS, MEASURES …). */
export const optionsOf = <K extends string>(map: Record<K, string>): Array<readonly [K, string]> => Object.entries(map) as Array<[K, string]>;

/** Years as options, newest first. */
export const yearOptions = (years: number[], text: (y: number) => ReactNode = (y) => y): Array<readonly [number, ReactNode]> => years.map((y) => [y, text(y)] as const);

/** A table's header row; a heading written `#…` is numeric (right-aligned). */
export function Heads({ names }: { names: string[] }) {
  return (
    <thead>
      <tr>
        {names.map((n) =>
          n.startsWith('#') ? (
            <th key={n} className="num">
              {n.slice(1)}
            </th>
          ) : (
            <th key={n}>{n}</th>
          ),
        )}
      </tr>
    </thead>
  );
}

/** Switches for a set of values (any number on). */
export function Chips<V extends string>({ label, options, value, onChange }: { label: string; options: ReadonlyArray<readonly [V, ReactNode]>; value: V[]; onChange: (v: V[]) => void }) {
  const flip = (v: V) => onChange(value.includes(v) ? value.filter((x) => x !== v) : [...value, v]);
  return (
    <div className="chips" role="group" aria-label={label}>
      {options.map(([v, text]) => (
        <button key={v} type="button" className={`chip${value.includes(v) ? ' on' : ''}`} aria-pressed={value.includes(v)} onClick={() => flip(v)}>
          {text}
        </button>
      ))}
    </div>
  );
}

/**
 * Download links of one table: `href` gives the API's URL of the same query in each format, in `formats`' order
 * (JSON opens in a tab; the others download).
 */
export function Downloads<F extends 'csv' | 'xlsx' | 'json'>({
  href,
  formats = ['csv', 'xlsx'] as F[],
  label = '下载：',
  testId,
  title,
}: {
  href: (format: F) => string;
  formats?: F[];
  label?: string;
  testId?: string;
  title?: string;
}) {
  return (
    <span className="downloads" data-testid={testId} title={title}>
      {label}
      {formats.map((f) =>
        f === 'json' ? (
          <a key={f} href={href(f)} target="_blank" rel="noreferrer">
            JSON
          </a>
        ) : (
          <a key={f} href={href(f)} download>
            {f.toUpperCase()}
          </a>
        ),
      )}
    </span>
  );
}
