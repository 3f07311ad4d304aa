// Types for bench/library.js (used by tests and bench/run.js).
export function buildSyntheticCorpus(dir: string, n?: number, seed?: number): string[];
export function cachedSyntheticCorpus(dir: string, n: number): string[];
export interface IngestBench {
  reports: number;
  unchanged: number;
  failed: number;
  seconds: number;
  reportsPerSecond: number;
  peakRssMB: number;
  dbMB: number;
  dbPath: string;
  firstErrors: string[];
}
export function benchIngest(opts?: { n?: number; dir?: string; jobs?: number; keep?: boolean }): Promise<IngestBench>;
