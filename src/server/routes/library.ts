// The library as a whole: health (counts, extractor version) and the lexicon's indicators.
import * as R from '../../model/api/routes.js';
import { countRows } from '../../store/repo.js';
import { indicatorsAnswer } from '../../store/queries/indicators.js';
import { EXTRACTOR_VERSION } from '../../extract/report.js';
import { respond, routes, type ServerContext } from '../context.js';

export function libraryRoutes({ lib }: ServerContext) {
  return routes()
    .openapi(R.health, async (c) => c.json({ ok: true as const, extractor: EXTRACTOR_VERSION, library: lib.path, counts: await countRows(lib.db) }, 200))
    .openapi(R.indicators, async (c) => {
      const q = c.req.valid('query');
      const a = indicatorsAnswer({ core: q.core === 'true' });
      return respond(c, q.format, a);
    });
}
