// An invalid request: a filter value, option or parameter that cannot mean anything (an unknown indicator, a
// year that is not one, a region that does not exist). The CLI exits 2 on it, the HTTP API answers 400.
export class QueryError extends Error {
  readonly exitCode = 2;
  readonly status = 400;
}
