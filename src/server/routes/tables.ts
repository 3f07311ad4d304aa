// The tables of facts: compare, panel (paged), terms, and the year-over-year comparison of a region.
import * as R from '../../model/api/routes.js';
import { compareAnswer } from '../../store/queries/compare.js';
import { panelAnswer } from '../../store/queries/panel.js';
import { termsAnswer } from '../../store/queries/terms.js';
import { runYearOverYear } from '../../store/queries/yoy.js';
import { respond, HttpError, regionFilter, routes, years, type ServerContext } from '../context.js';

export function tableRoutes({ lib }: ServerContext) {
  return routes()
    .openapi(R.compare, async (c) => {
      const q = c.req.valid('query');
      const a = await compareAnswer(lib.db, { ...regionFilter(q), indicators: q.indicator, kind: q.kind, year: q.year, measure: q.measure, headlineOnly: q.all !== 'true' });
      return respond(c, q.format, a);
    })
    .openapi(R.panel, async (c) => {
      const q = c.req.valid('query');
      const fy = years(q.year);
      const ry = years(q.report_year);
      // A page, in SQL: JSON pages of 1,000 rows, downloads whole up to 100,000 (X-Has-More tells).
      const limit = q.limit ?? (q.format === 'json' ? 1000 : 100_000);
      const filter = { ...regionFilter(q), yearFrom: ry.from, yearTo: ry.to, factYearFrom: fy.from, factYearTo: fy.to, indicators: q.indicator, kinds: q.kind, measures: q.measure, headlineOnly: q.headline === 'true' };
      const a = await panelAnswer(lib.db, filter, { limit, offset: q.offset });
      c.header('X-Has-More', String(a.more));
      if (a.more) c.header('X-Next-Offset', String(q.offset + limit));
      return respond(c, q.format, a);
    })
    .openapi(R.terms, async (c) => {
      const q = c.req.valid('query');
      if (!q.words?.length) throw new HttpError(400, 'words: give at least one word');
      const y = years(q.year);
      const a = await termsAnswer(lib, { ...regionFilter(q), yearFrom: y.from, yearTo: y.to, words: q.words, exact: q.exact === 'true' });
      return respond(c, q.format, a);
    })
    .openapi(R.yoy, async (c) => {
      const q = c.req.valid('query');
      return c.json(await runYearOverYear(lib, { region: q.region, year: q.year, words: q.words }), 200);
    });
}
