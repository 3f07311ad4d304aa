// An invalid request: a filter value, option or parameter that cannot mean anything (an unknown indicator, a
// year that is not one, a region that does not exist). The CLI exits 2 on it, the HTTP API answers 400. The
// message is phrased for both: `param` names what was wrong in the API's words (within, year, q …), and each shell
// puts its own name for it in front (the CLI `--within: …`, the API `within: …`).
export class QueryError extends Error {
  readonly exitCode = 2;
  readonly status = 400;
  constructor(
    message: string,
    readonly param?: string,
  ) {
    super(message);
  }
}
