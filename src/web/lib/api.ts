// Talking to the server through Hono's client, typed by the API's routes (src/model/api: ApiType): every path,
// parameter and answer is checked at compile time, none is written by hand. Only this origin: every URL is a path.
import { hc, type ClientRequestOptions, type ClientResponse } from 'hono/client';
import type { ApiType } from '../../model/api/index.js';
import { apiErrorText } from './errors';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const TOKEN_KEY = 'workreport.token';
export const getToken = (): string => localStorage.getItem(TOKEN_KEY) ?? '';
export const setToken = (t: string): void => (t ? localStorage.setItem(TOKEN_KEY, t) : localStorage.removeItem(TOKEN_KEY));
const authHeaders = (): Record<string, string> => {
  const t = getToken();
  return t ? { Authorization: `Bearer ${t}` } : {};
};

/** Query strings without empty values (the schemas read '' as a value). */
function searchParams(query: Record<string, unknown>): URLSearchParams {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  return q;
}

/** The API: `api.compare.$get({ query })`, `api.documents[':id'].$get({ param })` … (see model/api/routes.ts). */
export const api = hc<ApiType>('/', { headers: authHeaders, buildSearchParams: searchParams }).api;

/** The JSON of a route's 200. */
export type Json<R> = R extends ClientResponse<infer T, 200, 'json'> ? T : never;

async function errorOf(r: { status: number; json(): Promise<unknown> }): Promise<ApiError> {
  let raw = '';
  try {
    const b = (await r.json()) as { error?: string };
    if (typeof b.error === 'string') raw = b.error;
  } catch {
    // not JSON
  }
  return new ApiError(r.status, apiErrorText(r.status, raw));
}

/** A request's answer, or its error (a 4xx's reason) thrown. */
export async function read<R extends ClientResponse<unknown, number, 'json' | 'text' | string>>(request: Promise<R>): Promise<Json<R>> {
  const r = await request;
  if (!r.ok) throw await errorOf(r);
  return (await r.json()) as Json<R>;
}

/** A read a page asks for: its path (what it is) and how to run it. */
export interface Load<T> {
  key: string;
  run: (signal: AbortSignal) => Promise<T>;
}

interface Gettable<A, R> {
  $get(args: A, options?: ClientRequestOptions): Promise<R>;
  $path(args: A): string;
}

/** A GET of one route with its arguments, for useApi. */
export function load<A, R extends ClientResponse<unknown, number, string>>(route: Gettable<A, R>, args: A): Load<Json<R>> {
  return { key: route.$path(args), run: (signal) => read(route.$get(args, { init: { signal } })) };
}

/** Comma-separated, as list parameters are; undefined when empty. */
export const csv = (xs: readonly string[]): string | undefined => (xs.length ? xs.join(',') : undefined);

type Uploaded = Json<Awaited<ReturnType<typeof api.documents.$post>>>;

/** One file, one request: POST /api/documents?name=… (&replace=true: the same report as a stored one replaces it), the body the file itself (XHR: fetch reports no upload progress). */
export function uploadFile(file: File, onProgress: (loaded: number, total: number) => void, replace = false): Promise<Uploaded> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', api.documents.$path({ query: { name: file.name, replace: replace ? 'true' : undefined } }));
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    for (const [k, v] of Object.entries(authHeaders())) xhr.setRequestHeader(k, v);
    xhr.responseType = 'text';
    xhr.upload.onprogress = (e) => onProgress(e.loaded, e.lengthComputable ? e.total : file.size);
    xhr.onload = () => {
      const answer = { status: xhr.status, statusText: xhr.statusText, json: async () => JSON.parse(xhr.responseText) as unknown };
      if (xhr.status >= 200 && xhr.status < 300) answer.json().then((b) => resolve(b as Uploaded), reject);
      else errorOf(answer).then(reject);
    };
    xhr.onerror = () => reject(new ApiError(0, apiErrorText(0, '')));
    xhr.send(file);
  });
}
