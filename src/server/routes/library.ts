// The library as a whole: health (counts, extractor version) and the lexicon's indicators.
import * as R from '../../model/api/routes.js';
import { countRows, type LibraryCounts } from '../../store/repo.js';
import { indicatorsAnswer } from '../../store/queries/indicators.js';
import { EXTRACTOR_VERSION } from '../../extract/report.js';
import { respond, routes, type ServerContext } from '../context.js';

export function libraryRoutes({ lib, background }: ServerContext) {
  // Counting a large library's rows takes a while (count(*) over every table): while background work commits
  // document after document, health gives the counts as last counted, and answers at once.
  let last: LibraryCounts | null = null;
  const counts = async () => (last && background.busy ? last : (last = await countRows(lib.db)));
  return routes()
    .openapi(R.health, async (c) => c.json({ ok: true as const, extractor: EXTRACTOR_VERSION, library: lib.path, counts: await counts() }, 200))
    .openapi(R.indicators, async (c) => {
      const q = c.req.valid('query');
      const a = indicatorsAnswer({ core: q.core === 'true' });
      return respond(c, q.format, a);
    });
}
