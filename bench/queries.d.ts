// Types for bench/queries.js.
export interface QueryBench {
  documents: number;
  searchIndex: { added: number; seconds: number };
  dbMB: number;
  latencyMs: Record<string, { p50: number; p95: number; max: number }>;
}
export function benchQueries(dbPath: string, opts?: { runs?: number; seed?: number }): Promise<QueryBench>;
