// The library's reports: the list and its regions, one report whole, its task list, and uploads.
import * as R from '../../model/api/routes.js';
import { listConflicts, listRegions, documentDetail, documentsAnswer } from '../../store/queries/documents.js';
import { tasksAnswer } from '../../store/queries/tasks.js';
import { ingestUpload } from '../../store/ingest.js';
import { respond, HttpError, regionFilter, routes, serial, years, type ServerContext } from '../context.js';
import type { Context } from 'hono';

export function documentRoutes({ lib }: ServerContext) {
  return routes()
    .openapi(R.documents, async (c) => {
      const q = c.req.valid('query');
      const y = years(q.year);
      const a = await documentsAnswer(lib.db, { ...regionFilter(q), yearFrom: y.from, yearTo: y.to, q: q.q, limit: q.limit, offset: q.offset });
      return respond(c, q.format, a);
    })
    .openapi(R.regions, async (c) => {
      const q = c.req.valid('query');
      return c.json({ regions: await listRegions(lib.db, { level: q.level, within: q.within }) }, 200);
    })
    .openapi(R.conflicts, async (c) => c.json(await listConflicts(lib.db), 200))
    .openapi(R.upload, async (c) => {
      const { name: given, replace } = c.req.valid('query');
      const name = given ?? headerName(c);
      if (!name) throw new HttpError(400, 'name: the file needs a name (?name= or X-Filename)');
      const bytes = await uploadedBytes(c);
      return c.json(await serial(() => ingestUpload(lib, name, bytes, { replace })), 200);
    })
    .openapi(R.document, async (c) => {
      const d = await documentDetail(lib.db, c.req.valid('param').id);
      if (!d) throw new HttpError(404, 'no such document');
      return c.json(d, 200);
    })
    .openapi(R.tasks, async (c) => {
      const q = c.req.valid('query');
      const a = await tasksAnswer(lib.db, c.req.valid('param').id, { section: q.section, actions: q.action, quantified: q.quantified });
      if (!a) throw new HttpError(404, 'no such document');
      return respond(c, q.format, a);
    });
}

/** X-Filename: a header carries only ASCII, so the name may be percent-encoded UTF-8 (one that does not decode is taken as it is). */
function headerName(c: Context): string | undefined {
  const v = c.req.header('x-filename');
  if (v === undefined) return undefined;
  try {
    return decodeURIComponent(v);
  } catch {
    return v;
  }
}

/** The file: the body itself, or the field "file" of a multipart form. */
async function uploadedBytes(c: Context): Promise<Uint8Array> {
  if (!(c.req.header('content-type') ?? '').startsWith('multipart/form-data')) return new Uint8Array(await c.req.arrayBuffer());
  let form: FormData;
  try {
    form = await c.req.formData();
  } catch {
    throw new HttpError(400, 'file: the body is not multipart/form-data');
  }
  const f = form.get('file');
  if (!f || typeof f === 'string') throw new HttpError(400, 'file: expected a multipart field "file"');
  return new Uint8Array(await f.arrayBuffer());
}
