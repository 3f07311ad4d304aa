// GIN upkeep of the search index's trigram sets on PostgreSQL, per report: 300 lawtext reports (bench/real-corpus.js
// writes them to /tmp/real-corpus) inserted 32 a transaction into a table with no index, with the trigram index
// under each setting, or indexed after; server CPU of the inserting backend (Linux /proc) a report. Drops and makes
// the database perf_gin. Measured 2026-12-07: no index 1.4 ms, the trigrams computed alone 9.5, fastupdate off 36.1,
// the defaults (4 MB pending list, 4 MB work_mem) 29.6-30.0, 32 MB list merged in 64 MB 23.7, index built after 24.8.
//   node bench/gin-trigrams.js
import pg from 'pg';
import { readFileSync } from 'node:fs';
import { execSync } from 'node:child_process';
const texts = execSync("find /tmp/real-corpus -name '*.md' | sort | head -300").toString().trim().split('\n').map((p) => readFileSync(p, 'utf8'));
const admin = new pg.Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/postgres' });
await admin.connect();
await admin.query('DROP DATABASE IF EXISTS perf_gin'); await admin.query('CREATE DATABASE perf_gin'); await admin.end();
const c = new pg.Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/perf_gin' });
await c.connect();
await c.query('CREATE EXTENSION pg_trgm');
await c.query(`CREATE FUNCTION workreport_trigrams(t text) RETURNS int4[] LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$ SELECT array(SELECT hashtext(g) FROM unnest(public.show_trgm(t)) g) $$`);
const cpu = async () => Number((await c.query('SELECT pg_backend_pid() p')).rows[0].p) && readFileSync(`/proc/${(await c.query('SELECT pg_backend_pid() p')).rows[0].p}/stat`, 'utf8').split(') ')[1].split(' ').slice(11, 13).reduce((a, b) => a + Number(b), 0) * 10;
async function trial(name, ddl, after) {
  await c.query('DROP TABLE IF EXISTS t'); await c.query('CREATE TABLE t (id int, text text)'); if (ddl) await c.query(ddl);
  const c0 = await cpu(); const t0 = performance.now();
  for (let b = 0; b < texts.length; b += 32) { await c.query('BEGIN'); for (let i = b; i < Math.min(b + 32, texts.length); i++) await c.query('INSERT INTO t VALUES ($1, $2)', [i, texts[i]]); await c.query('COMMIT'); }
  if (after) await c.query(after);
  const c1 = await cpu();
  console.log(name, ((c1 - c0) / texts.length).toFixed(1), 'ms server CPU a report', ((performance.now() - t0) / texts.length).toFixed(1), 'ms wall');
}
await trial('no index', null);
await trial('trigrams computed only', null, 'SELECT sum(cardinality(workreport_trigrams(text))) FROM t');
await trial('gin fastupdate off', 'CREATE INDEX ON t USING gin (workreport_trigrams(text)) WITH (fastupdate = off)');
await trial('index built after', null, 'CREATE INDEX ON t USING gin (workreport_trigrams(text))');
await trial('gin default (4MB pending)', 'CREATE INDEX ON t USING gin (workreport_trigrams(text))');
await c.query("SET work_mem = '64MB'");
await trial('gin 32MB pending, work_mem 64MB + clean', 'CREATE INDEX ti ON t USING gin (workreport_trigrams(text)) WITH (gin_pending_list_limit = 32768)', "SELECT gin_clean_pending_list('ti')");
await c.query("SET work_mem = '256MB'");
await trial('gin 128MB pending, work_mem 256MB + clean', 'CREATE INDEX ti ON t USING gin (workreport_trigrams(text)) WITH (gin_pending_list_limit = 131072)', "SELECT gin_clean_pending_list('ti')");
await c.end();
