// Targets against results: a region's series or a level's ranking, and the follow-up of a year's commitments.
import * as R from '../../model/api/routes.js';
import { trackAnswer } from '../../store/queries/track.js';
import { followUpAnswer } from '../../store/queries/followup.js';
import { respond, regionFilter, routes, years, type ServerContext } from '../context.js';

export function trackRoutes({ lib }: ServerContext) {
  return routes()
    .openapi(R.track, async (c) => {
      const q = c.req.valid('query');
      const y = years(q.year);
      const a = await trackAnswer(lib.db, { ...regionFilter(q), indicator: q.indicator, measure: q.measure, yearFrom: y.from, yearTo: y.to, aboutPoints: q.tolerance });
      return respond(c, q.format, a);
    })
    .openapi(R.followUp, async (c) => {
      const q = c.req.valid('query');
      const a = await followUpAnswer(lib, { ...regionFilter(q), year: q.year, top: q.top, limit: q.limit });
      return respond(c, q.format, a);
    });
}
