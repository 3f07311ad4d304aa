// Upload by drag and drop or a file picker: one request per file, each with its progress bar and then its
// result (added, already in the library) or its error.
import { useRef, useState } from 'react';
import { uploadFile } from '../lib/api';
import { href } from '../app/router';
import { fileErrorText } from '../lib/errors';
import { errorText } from '../lib/useApi';
import type { UploadResult } from '../../model/api/index.js';

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
  const input = useRef<HTMLInputElement>(null);

  const update = (key: number, patch: Partial<Item>) => setItems((xs) => xs.map((x) => (x.key === key ? { ...x, ...patch } : x)));

  async function send(files: File[]) {
    const batch = files.map((f) => ({ file: f, item: { key: next++, name: f.name, size: f.size, loaded: 0, state: 'waiting' as const } }));
    setItems((xs) => [...batch.map((b) => b.item), ...xs]);
    // One at a time: the server ingests uploads one after another anyway.
    for (const { file, item } of batch) {
      update(item.key, { state: 'sending' });
      try {
        const result = await uploadFile(file, (loaded, total) => update(item.key, { loaded, size: total, state: loaded >= total ? 'reading' : 'sending' }));
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
    </span>
  );
}
