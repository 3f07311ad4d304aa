// Upload by drag and drop or a file picker: one request per file, each with its progress bar and then its
// result (added, already in the library) or its error.
import { useRef, useState } from 'react';
import { uploadFile } from '../lib/api';
import { href } from '../app/router';
import { fileErrorText } from '../lib/errors';
import { errorText } from '../lib/useApi';
import type { SameReport, UploadResult } from '../../model/api/index.js';

interface Item {
  key: number;
  name: string;
  size: number;
  loaded: number;
  state: 'waiting' | 'sending' | 'reading' | 'done' | 'failed';
  result?: UploadResult;
  error?: string;
}

let next = 0;

export function Upload({ onDone }: { onDone: () => void }) {
  const [items, setItems] = useState<Item[]>([]);
  const [over, setOver] = useState(false);
  const [replace, setReplace] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const update = (key: number, patch: Partial<Item>) => setItems((xs) => xs.map((x) => (x.key === key ? { ...x, ...patch } : x)));

  async function send(files: File[]) {
    const batch = files.map((f) => ({ file: f, item: { key: next++, name: f.name, size: f.size, loaded: 0, state: 'waiting' as const } }));
    setItems((xs) => [...batch.map((b) => b.item), ...xs]);
    // One at a time: the server ingests uploads one after another anyway.
    for (const { file, item } of batch) {
      update(item.key, { state: 'sending' });
      try {
        const result = await uploadFile(file, (loaded, total) => update(item.key, { loaded, size: total, state: loaded >= total ? 'reading' : 'sending' }), replace);
        update(item.key, { state: result.failed > 0 && result.documents.length === 0 ? 'failed' : 'done', result, loaded: item.size, error: result.errors.map(fileErrorText).join('；') || undefined });
      } catch (e) {
        update(item.key, { state: 'failed', error: errorText(e) });
      }
      onDone();
    }
  }

  return (
    <section className="upload">
      <div
        className={`dropzone${over ? ' over' : ''}`}
        data-testid="dropzone"
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => {
          e.preventDefault();
          setOver(false);
          const files = [...e.dataTransfer.files];
          if (files.length) void send(files);
        }}
      >
        将报告文件拖放到这里，或
        <button type="button" className="link" onClick={() => input.current?.click()}>
          选择文件
        </button>
        <span className="muted">（txt、md、html、docx、pdf、jsonl、csv）</span>
        <input
          ref={input}
          type="file"
          multiple
          hidden
          data-testid="file-input"
          accept=".txt,.md,.html,.htm,.docx,.pdf,.jsonl,.csv"
          onChange={(e) => {
            const files = [...(e.target.files ?? [])];
            e.target.value = '';
            if (files.length) void send(files);
          }}
        />
      </div>
      <label className="muted">
        <input type="checkbox" data-testid="replace" checked={replace} onChange={(e) => setReplace(e.target.checked)} />
        替换库中相同的报告（同一地区、同一年份、文本基本相同时，以新上传的为准）
      </label>
      {items.length > 0 && (
        <ul className="uploads" aria-label="上传">
          {items.map((it) => (
            <li key={it.key} data-state={it.state} data-testid="upload-item">
              <span className="name">{it.name}</span>
              <progress max={it.size || 1} value={it.state === 'done' || it.state === 'reading' ? it.size || 1 : it.loaded} />
              <span className="result">
                <UploadLine item={it} />
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function UploadLine({ item }: { item: Item }) {
  if (item.state === 'waiting') return <span className="muted">等待上传</span>;
  if (item.state === 'sending') return <span className="muted">上传中 {item.size ? Math.round((100 * item.loaded) / item.size) : 0}%</span>;
  if (item.state === 'reading') return <span className="muted">正在读取…</span>;
  if (item.state === 'failed') return <span className="error">失败：{item.error}</span>;
  const r = item.result!;
  return (
    <span>
      {r.added > 0 ? `已入库 ${r.added} 份` : r.unchanged > 0 ? '库中已有' : '未读到报告'}
      {r.documents.map((d) => (
        <a key={d.id} href={href('reader', d.id)}>
          {d.region ?? '未知地区'} {d.year ?? ''}
        </a>
      ))}
      {item.error && <span className="error">（{item.error}）</span>}
      {r.same_reports.map((s) => (
        <span key={s.id + s.other.id}>
          {'\u3000'}
          <SameReportNote note={s} />
        </span>
      ))}
    </span>
  );
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

/** A text of the upload beside a stored report of its region-year: the same report (which one was kept) or another one. */
function SameReportNote({ note }: { note: SameReport }) {
  const which = `${note.region ?? '未知地区'}${note.year}年`;
  const stored = <a href={href('reader', note.other.id)}>{`库中已有的${which}报告`}</a>;
  if (note.kind === 'conflict')
    return (
      <span className="note" data-testid="same-report" data-kind="conflict">
        {stored}是另一份文本（文本相同 {pct(note.similarity)}，如草稿与定稿）：两份都保留，统计表格使用新入库的这一份。
      </span>
    );
  if (note.kept === 'new')
    return (
      <span className="note" data-testid="same-report" data-kind="replaced">
        与{stored}是同一份报告（文本相同 {pct(note.similarity)}）：已替换为新上传的文本。
      </span>
    );
  return (
    <span className="note" data-testid="same-report" data-kind="same">
      与{stored}是同一份报告（文本相同 {pct(note.similarity)}）：保留库中原有的一份；如要以新上传的为准，请勾选“替换库中相同的报告”后重新上传。
    </span>
  );
}
