// Exit codes (README "Exit codes"): 0 everything went through; 1 some input could not be read or stored (each
// named on stderr, the rest done); 2 the command line itself is wrong (nothing done).
import { QueryError } from '../model/errors.js';

export const EXIT = { ok: 0, inputFailed: 1, usage: 2 } as const;

/** A wrong command line: unknown option value, missing filter, bad number. Exits 2. */
export class UsageError extends QueryError {}
