// One unit of extraction work and how to do it. Runs in a worker thread (or inline with --jobs 0).
import type { Hints, PackedRows, Source } from './rows.js';
import { packRows, reportToRows, sha256Hex } from './rows.js';
import { EXTRACTOR_VERSION, extract, loadFile, reextract } from './engine.js';
import { looksLikeReport } from '../extract/report.js';
import { cappedNote } from '../extract/limits.js';

export type Task =
  | { kind: 'file'; path: string }
  | { kind: 'row'; raw: string; source: Source; hints: Hints | null }
  | { kind: 'reindex'; oldId: string; text: string; source: Source };

export type TaskResult = { ok: true; rows: PackedRows; warning?: string } | { ok: false; error: string };

function oneLine(err: unknown): string {
  // InputError carries `file: reason`; the caller prefixes the file itself.
  const reason = (err as { name?: string; reason?: unknown })?.reason;
  const msg = typeof reason === 'string' ? reason : err instanceof Error ? err.message : String(err);
  return msg.split('\n')[0].trim() || 'unknown error';
}

/** packTexts: rows for a SQLite library, its text packed here (texts.ts), in the worker, not by the one writer. */
export async function runTask(task: Task, now: string, packTexts = false): Promise<TaskResult> {
  try {
    let raw: string;
    let source: Source;
    let hints: Hints | null;
    if (task.kind === 'file') {
      const doc = await loadFile(task.path);
      raw = doc.raw;
      source = { sha256: doc.sha256, sourcePath: task.path, format: doc.format ?? null, encoding: doc.encoding ?? null, title: doc.title ?? null, url: doc.url ?? null };
      hints = null;
    } else if (task.kind === 'row') {
      raw = task.raw;
      source = task.source;
      hints = task.hints;
    } else {
      raw = task.text;
      source = task.source;
      hints = task.source.hints ?? null;
    }
    if (!raw || !raw.trim()) return { ok: false, error: 'empty document' };
    // What the file calls itself (its front matter's title) is evidence of the year; the stored hints stay as given.
    const seen = source.title && !hints?.title ? { ...hints, title: source.title } : hints;
    const report = task.kind === 'reindex' ? reextract(raw, seen) : extract(raw, seen);
    if (!report.text.trim()) return { ok: false, error: 'no text after normalisation' };
    const rows = reportToRows(report, { ...source, hints }, EXTRACTOR_VERSION, now, packTexts);
    // Stored all the same (a user may mean it), but said: a README in a folder of reports is not one.
    const doubt = rows.document.genre === 'work_report' && task.kind !== 'reindex' ? looksLikeReport(report) : true;
    const warnings = [doubt === true ? null : `it does not look like a government work report (${doubt})`, report.capped ? cappedNote(report.capped) : null].filter(Boolean);
    return { ok: true, rows: packRows(rows), ...(warnings.length === 0 ? {} : { warning: `stored, but ${warnings.join('; ')}` }) };
  } catch (err) {
    return { ok: false, error: oneLine(err) };
  }
}

export { sha256Hex };
