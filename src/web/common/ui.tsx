// Small shared pieces: a status line for loading and errors, a labelled field, download links.
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

export function Downloads({ url }: { url: string }) {
  const sep = url.includes('?') ? '&' : '?';
  return (
    <span className="downloads">
      下载：
      <a href={`${url}${sep}format=csv`} download>
        CSV
      </a>
      <a href={`${url}${sep}format=xlsx`} download>
        XLSX
      </a>
    </span>
  );
}
