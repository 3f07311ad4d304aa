// Reviews of facts, commitments and follow-up statuses, and the audit trail they leave.
import * as R from '../../model/api/routes.js';
import { reviewCommitment, reviewFact } from '../../store/corrections.js';
import { correctionsAnswer } from '../../store/queries/corrections.js';
import { reviewFollowUpStatus } from '../../store/queries/followup.js';
import { respond, routes, type ServerContext } from '../context.js';

export function reviewRoutes({ lib }: ServerContext) {
  return routes()
    .openapi(R.reviewFact, async (c) => c.json(await reviewFact(lib.db, c.req.valid('param').id, c.req.valid('json')), 200))
    .openapi(R.reviewCommitment, async (c) => c.json(await reviewCommitment(lib.db, c.req.valid('param').id, c.req.valid('json')), 200))
    .openapi(R.reviewStatus, async (c) => c.json(await reviewFollowUpStatus(lib, c.req.valid('param').id, c.req.valid('json')), 200))
    .openapi(R.corrections, async (c) => {
      const q = c.req.valid('query');
      const a = await correctionsAnswer(lib.db, { documentId: q.document, target: q.target, limit: q.limit, offset: q.offset });
      return respond(c, q.format, a);
    });
}
