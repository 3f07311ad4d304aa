// Where the bundled data lives: the package root, whether running from src/ (tests) or dist/ (the bin).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('workreport: cannot find the package root');
    dir = up;
  }
  return dir;
}

export const PACKAGE_ROOT = findRoot();
export const SEEDS_DIR = join(PACKAGE_ROOT, 'corpus', 'seeds');
export const NATIONAL_JSONL = join(PACKAGE_ROOT, 'corpus', 'national', 'government_work_reports.jsonl');
export const GOLD_DIR = join(PACKAGE_ROOT, 'test', 'fixtures', 'gold');
export const DEV_DIR = join(PACKAGE_ROOT, 'test', 'fixtures', 'dev');
