// Talking to the server: JSON reads, reviews, uploads (XHR, for upload progress), download links. Only this
// origin: every URL is a path.
import type { UploadResult } from './types';

type Params = Record<string, string | number | boolean | string[] | null | undefined>;

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** `/api/x?a=1&b=2`, leaving out empty values; lists comma-joined. */
export function apiUrl(path: string, params: Params = {}): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0)) continue;
    q.set(k, Array.isArray(v) ? v.join(',') : String(v));
  }
  const s = q.toString();
  return `/api/${path}${s ? `?${s}` : ''}`;
}

const TOKEN_KEY = 'workreport.token';
export const getToken = (): string => localStorage.getItem(TOKEN_KEY) ?? '';
export const setToken = (t: string): void => (t ? localStorage.setItem(TOKEN_KEY, t) : localStorage.removeItem(TOKEN_KEY));
const authHeaders = (): Record<string, string> => {
  const t = getToken();
  return t ? { Authorization: `Bearer ${t}` } : {};
};

async function errorOf(r: Response): Promise<ApiError> {
  let msg = `${r.status} ${r.statusText}`;
  try {
    const b = (await r.json()) as { error?: string };
    if (b.error) msg = b.error;
  } catch {
    // not JSON
  }
  if (r.status === 401) msg = `需要令牌：${msg}`;
  return new ApiError(r.status, msg);
}

export async function getJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  const r = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  if (!r.ok) throw await errorOf(r);
  return (await r.json()) as T;
}

export async function postJson<T>(url: string, body: unknown): Promise<T> {
  const r = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', ...authHeaders() }, body: JSON.stringify(body) });
  if (!r.ok) throw await errorOf(r);
  return (await r.json()) as T;
}

/** One file, one request: POST /api/documents?name=…, the body the file itself. */
export function uploadFile(file: File, onProgress: (loaded: number, total: number) => void): Promise<UploadResult> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', apiUrl('documents', { name: file.name }));
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    for (const [k, v] of Object.entries(authHeaders())) xhr.setRequestHeader(k, v);
    xhr.responseType = 'text';
    xhr.upload.onprogress = (e) => onProgress(e.loaded, e.lengthComputable ? e.total : file.size);
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        // not JSON
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as UploadResult);
      else {
        const msg = (body as { error?: string } | null)?.error ?? `${xhr.status} ${xhr.statusText}`;
        reject(new ApiError(xhr.status, xhr.status === 401 ? `需要令牌：${msg}` : msg));
      }
    };
    xhr.onerror = () => reject(new ApiError(0, '网络错误：上传未完成'));
    xhr.send(file);
  });
}
