// Projects across years: one region's named projects as timelines over its reports.
import * as R from '../../model/api/routes.js';
import { projectsAnswer } from '../../store/queries/projects.js';
import { respond, routes, years, type ServerContext } from '../context.js';

export function projectRoutes({ lib }: ServerContext) {
  return routes().openapi(R.projects, async (c) => {
    const q = c.req.valid('query');
    const y = years(q.year);
    const a = await projectsAnswer(lib.db, { region: q.region, yearFrom: y.from, yearTo: y.to, minYears: q.min_years });
    return respond(c, q.format, a);
  });
}
