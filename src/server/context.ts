// What every group of routes shares: the library and limits, a route group made to answer a bad parameter with
// 400 and its reason, a table's answer in the format asked for, and the background work (uploads and index
// updates, one at a time off the request thread).
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { Library } from '../store/db.js';
import type { Background } from '../store/background.js';
import type { SearchIndex } from './search-index.js';
import { renderCsv, renderXlsx } from '../model/render.js';
import type { Answer } from '../model/table.js';

export interface ServerContext {
  lib: Library;
  maxUploadBytes: number;
  /** Uploads and index updates, one at a time, in worker threads. */
  background: Background;
  searchIndex: SearchIndex;
}

/** Thrown inside handlers for a 4xx answer with a reason. */
export class HttpError extends Error {
  constructor(
    readonly status: 400 | 401 | 404 | 413,
    message: string,
  ) {
    super(message);
  }
}

/** A group of routes: a parameter or body its schema refuses gets 400 `{error: "name: reason"}`. */
export function routes(): OpenAPIHono {
  return new OpenAPIHono({
    defaultHook: (result, c) => {
      if (!result.success) {
        const issue = result.error.issues[0];
        return c.json({ error: `${issue.path.join('.') || 'request'}: ${issue.message}` }, 400);
      }
    },
  });
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A table endpoint's answer in the format asked for: its JSON, or a download of the rows the CLI writes. */
export function respond<J>(c: Context, format: 'json' | 'csv' | 'xlsx', a: Answer<J>) {
  return format === 'json' ? c.json(a.json, 200) : download(c, format, a);
}

/** A table's download (?format=csv|xlsx): the same rows the CLI writes. */
export async function download(c: Context, format: 'csv' | 'xlsx', a: Answer<unknown>): Promise<Response> {
  if (format === 'csv') return c.body(renderCsv(a.table), 200, { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${a.name}.csv"` });
  const bytes = new Uint8Array(await renderXlsx(a.table, a.sheet ?? a.name));
  return c.body(bytes, 200, { 'Content-Type': XLSX, 'Content-Disposition': `attachment; filename="${a.name}.xlsx"` });
}

/** "2024" -> 2024..2024, "2010-2024" -> 2010..2024 (the schemas have checked the form). */
export function years(v: string | undefined): { from?: number; to?: number } {
  if (!v) return {};
  const [a, b] = v.split('-').map(Number);
  return { from: Math.min(a, b ?? a), to: Math.max(a, b ?? a) };
}

/** The region filters of a query, as the store takes them. */
export const regionFilter = (q: { region?: string[]; level?: string; within?: string }) => ({ regions: q.region, level: q.level, within: q.within });
