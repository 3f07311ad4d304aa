// Runs the built CLI (`npm test` builds dist/ before vitest) as a user would.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
export const SEEDS = join(ROOT, 'corpus', 'seeds');
export const NATIONAL = join(ROOT, 'corpus', 'national', 'government_work_reports.jsonl');

export function cli(args: string[], opts: { input?: string | Buffer; env?: Record<string, string> } = {}) {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'workreport.js'), ...args], {
    input: opts.input,
    env: { ...process.env, ...opts.env },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
