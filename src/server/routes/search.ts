// Full-text search over the index as it stands; the SQLite index is brought up to date in the background
// (server/search-index.ts).
import * as R from '../../model/api/routes.js';
import { searchAnswer } from '../../store/queries/search.js';
import { respond, regionFilter, routes, years, type ServerContext } from '../context.js';

export function searchRoutes({ lib, searchIndex }: ServerContext) {
  return routes().openapi(R.search, async (c) => {
    const q = c.req.valid('query');
    const y = years(q.year);
    await searchIndex.ready();
    const a = await searchAnswer(lib, { ...regionFilter(q), yearFrom: y.from, yearTo: y.to, query: q.q, parts: q.part, limit: q.limit }, { index: 'as-is' });
    return respond(c, q.format, a);
  });
}
