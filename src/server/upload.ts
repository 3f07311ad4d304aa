// An upload on its way in: the body streamed into a private temporary folder as it arrives (never held whole in
// memory), hashed on the way, its size held to the limit; a multipart form's field "file" cut out of the stored
// body on disk. The ingest then reads the file (in a worker thread: store/background.ts).
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdtemp, open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Context } from 'hono';
import { uploadFileName } from '../store/ingest.js';
import { HttpError } from './context.js';

export interface Spooled {
  path: string;
  sha: string;
  bytes: number;
  remove(): Promise<void>;
}

/** The file of the request (the body itself, or the multipart field "file") stored under `name`'s safe name. */
export async function spoolUpload(c: Context, name: string, maxBytes: number): Promise<Spooled> {
  const declared = Number(c.req.header('content-length') ?? NaN);
  if (declared > maxBytes) throw new HttpError(413, `file over the ${Math.round(maxBytes / 1048576)} MB limit`);
  const dir = await mkdtemp(join(tmpdir(), 'workreport-upload-'));
  const remove = () => rm(dir, { recursive: true, force: true });
  try {
    const type = c.req.header('content-type') ?? '';
    const path = join(dir, uploadFileName(name));
    if (!type.startsWith('multipart/form-data')) return { path, ...(await store(c.req.raw.body, path, maxBytes)), remove };
    const boundary = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(type);
    if (!boundary) throw new HttpError(400, 'file: the body is not multipart/form-data');
    const body = join(dir, 'body');
    await store(c.req.raw.body, body, maxBytes);
    return { path, ...(await formField(body, boundary[1] ?? boundary[2], 'file', path)), remove };
  } catch (e) {
    await remove();
    throw e;
  }
}

/** Writes the stream to `path` (0600), hashing it; over `max` bytes: 413 (what was written is removed with the folder). */
async function store(body: ReadableStream<Uint8Array> | null, path: string, max: number): Promise<{ sha: string; bytes: number }> {
  const out = fileOut(path);
  const hash = createHash('sha256');
  let bytes = 0;
  try {
    if (body) {
      for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
        bytes += chunk.length;
        if (bytes > max) throw new HttpError(413, `file over the ${Math.round(max / 1048576)} MB limit`);
        hash.update(chunk);
        await put(out, chunk);
      }
    }
  } finally {
    await finish(out);
  }
  return { sha: hash.digest('hex'), bytes };
}

/** A new private file (0600). Its write error is read by put and finish, not thrown as an event no one hears. */
const fileOut = (path: string): WriteStream => createWriteStream(path, { mode: 0o600 }).on('error', () => {});

/**
 * Writes `chunk`, waiting for room when the file's buffer is full. A write error (a full disk) ends the wait with
 * it: a bare wait for 'drain' waited for ever, and the upload's request with it.
 */
async function put(out: WriteStream, chunk: Uint8Array): Promise<void> {
  if (!out.write(chunk) && !out.destroyed) await once(out, 'drain');
  if (out.errored) throw out.errored;
}

/** Ends the file; one that failed gives its own error (not end's "after a stream was destroyed"). */
const finish = (out: WriteStream) =>
  new Promise<void>((resolve, reject) => (out.errored ? reject(out.errored) : out.end((err?: Error | null) => (err ? reject(err) : resolve()))));

/**
 * Copies the content of multipart field `field` from the stored body at `from` to `to`: the part whose headers
 * name it, up to the next boundary. Read in 1 MB chunks, so the form is never in memory whole.
 */
async function formField(from: string, boundary: string, field: string, to: string): Promise<{ sha: string; bytes: number }> {
  const f = await open(from, 'r');
  try {
    const delimiter = Buffer.from(`\r\n--${boundary}`);
    const size = (await f.stat()).size;
    const at = async (pos: number, len: number) => {
      const b = Buffer.alloc(Math.max(0, Math.min(len, size - pos)));
      await f.read(b, 0, b.length, pos);
      return b;
    };
    // The body starts with --boundary (no CRLF before it): look for the delimiter as if one were there.
    for (let pos = -2; pos < size; ) {
      const headerStart = pos + delimiter.length + 2;
      const head = await at(headerStart, 16384);
      const end = head.indexOf('\r\n\r\n');
      if (end < 0) break;
      const headers = head.subarray(0, end).toString('utf8');
      const contentStart = headerStart + end + 4;
      const next = await find(at, delimiter, contentStart, size);
      if (next < 0) break;
      if (new RegExp(`;\\s*name="${field}"`, 'i').test(headers) && /filename=/i.test(headers)) return await copyRange(at, contentStart, next, to);
      pos = next;
    }
  } finally {
    await f.close();
  }
  throw new HttpError(400, `file: expected a multipart field "${field}"`);
}

type ReadAt = (pos: number, len: number) => Promise<Buffer>;

/** The offset of `needle` at or after `from`, or -1. */
async function find(at: ReadAt, needle: Buffer, from: number, size: number): Promise<number> {
  const CHUNK = 1 << 20;
  for (let pos = from; pos < size; pos += CHUNK) {
    const b = await at(pos, CHUNK + needle.length - 1);
    const i = b.indexOf(needle);
    if (i >= 0) return pos + i;
  }
  return -1;
}

async function copyRange(at: ReadAt, start: number, end: number, to: string): Promise<{ sha: string; bytes: number }> {
  const out = fileOut(to);
  const hash = createHash('sha256');
  try {
    for (let pos = start; pos < end; pos += 1 << 20) {
      const b = await at(pos, Math.min(1 << 20, end - pos));
      hash.update(b);
      await put(out, b);
    }
  } finally {
    await finish(out);
  }
  return { sha: hash.digest('hex'), bytes: end - start };
}
