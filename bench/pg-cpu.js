// The PostgreSQL server's CPU for one database while a bench runs: its backends' processor time (Linux /proc; the
// backends of other databases, other benchmarks' or tests', are not counted), read twice a second and kept per
// process, since a backend's figures go when it exits. A backend already there at the start counts from then on.
// Used by bench/postgres.js and bench/library.js --postgres.
import { readdirSync, readFileSync } from 'node:fs';

/** Each backend of database `dbName` now: pid → ms of CPU (user + system). Empty where /proc is not Linux's. */
function backends(dbName) {
  const out = new Map();
  let pids;
  try {
    pids = readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  } catch {
    return out; // not Linux
  }
  for (const pid of pids) {
    try {
      const title = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!title.startsWith('postgres: ') || !title.split(' ').includes(dbName)) continue;
      const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      out.set(pid, ((Number(f[11]) + Number(f[12])) * 1000) / 100);
    } catch {
      // gone meanwhile
    }
  }
  return out;
}

/** Starts sampling the server CPU of the database of `url`; stop() gives the ms spent since. */
export function serverCpu(url, everyMs = 500) {
  const dbName = decodeURIComponent(new URL(url).pathname.slice(1));
  const base = backends(dbName);
  const last = new Map(base);
  const sample = () => {
    for (const [pid, ms] of backends(dbName)) last.set(pid, ms);
  };
  const timer = setInterval(sample, everyMs);
  return {
    stop() {
      clearInterval(timer);
      sample();
      let ms = 0;
      for (const [pid, v] of last) ms += v - (base.get(pid) ?? 0);
      return ms;
    },
  };
}
