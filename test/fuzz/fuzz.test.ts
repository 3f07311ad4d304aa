// The short form of `npm run fuzz` (issue 11): every quick hostile kind through the built CLI gives one clear
// `error: <file>: <reason>` line or a correct extraction — no crash, no hang, no stack trace — within the time and
// memory bounds, and one ingest batch of all of them leaves a usable library.
import { beforeAll, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { runFuzz } from '../../scripts/fuzz/run.js';

const ROOT = resolve(__dirname, '../..');

beforeAll(() => {
  try {
    execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'pipe' });
  } catch {
    // emitted anyway
  }
});

it('hostile inputs: clear errors or extractions, never a crash, a hang or a stack trace', () => {
  const lines: string[] = [];
  const s = runFuzz({ quick: true, log: (l) => lines.push(l) });
  expect(s.kinds).toBeGreaterThanOrEqual(30);
  expect(s.problems, lines.join('\n')).toEqual([]);
  expect([s.crashes, s.hangs, s.stacks]).toEqual([0, 0, 0]);
  expect(s.batch).toMatchObject({ code: 1, stackTraces: false, usable: true });
  expect(s.worstRss.value).toBeLessThan(1024);
}, 600_000);
