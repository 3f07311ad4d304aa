// The library's reports: the list and its regions, one report whole, its task list and ledger, and uploads.
import * as R from '../../model/api/routes.js';
import { listConflicts, listRegions, documentDetail, documentsAnswer } from '../../store/queries/documents.js';
import { tasksAnswer } from '../../store/queries/tasks.js';
import { ledgerAnswer } from '../../store/queries/ledger.js';
import { spoolUpload } from '../upload.js';
import { respond, HttpError, regionFilter, routes, years, type ServerContext } from '../context.js';
import type { Context } from 'hono';

export function documentRoutes({ lib, background, maxUploadBytes }: ServerContext) {
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
      // Streamed to disk as it comes, then ingested in a worker thread: the server's thread goes on answering.
      const file = await spoolUpload(c, name, maxUploadBytes);
      try {
        return c.json(await background.upload(name, file.path, file.sha, file.bytes, replace), 200);
      } finally {
        await file.remove();
      }
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
    })
    .openapi(R.ledger, async (c) => {
      const a = await ledgerAnswer(lib, c.req.valid('param').id);
      if (!a) throw new HttpError(404, 'no such document');
      return respond(c, c.req.valid('query').format, a);
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
