// Full-text search. The SQLite index is brought up to date first, one build at a time.
import * as R from '../../model/api/routes.js';
import { ensureSearchIndex } from '../../store/search.js';
import { searchAnswer } from '../../store/queries/search.js';
import { respond, regionFilter, routes, serial, years, type ServerContext } from '../context.js';

export function searchRoutes({ lib }: ServerContext) {
  return routes().openapi(R.search, async (c) => {
    const q = c.req.valid('query');
    const y = years(q.year);
    const a = await serial(async () => {
      ensureSearchIndex(lib);
      return searchAnswer(lib, { ...regionFilter(q), yearFrom: y.from, yearTo: y.to, query: q.q, parts: q.part, limit: q.limit });
    });
    return respond(c, q.format, a);
  });
}
