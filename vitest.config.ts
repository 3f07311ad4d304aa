import { defineConfig } from 'vitest/config';

// `npm test` runs vitest twice: every suite on SQLite, then (WORKREPORT_TEST_BACKEND=postgres) the suites that use
// a library — ingest, queries, corrections, the HTTP API, the workbench, injection — again on PostgreSQL, plus
// PostgreSQL's own (queue, workers, export). The pure suites (text, grammar, extraction) touch no database.
const onPostgres = process.env.WORKREPORT_TEST_BACKEND === 'postgres';
const LIBRARY_SUITES = [
  'test/library/**/*.test.ts',
  'test/store/ingest.test.ts',
  'test/store/corrections.test.ts',
  'test/store/damage.test.ts', // the repaired library is made on the backend under test
  'test/server/**/*.test.ts',
  'test/web/**/*.test.ts',
  'test/security/**/*.test.ts',
  'test/postgres/**/*.test.ts',
];

export default defineConfig({
  test: {
    include: onPostgres ? LIBRARY_SUITES : ['test/**/*.test.ts'],
    exclude: onPostgres ? [] : ['test/postgres/**', 'node_modules/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
