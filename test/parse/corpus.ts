// Corpus access for tests: seeds and national rows, lightly normalised when src/text/normalise.ts is absent.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..', 'corpus');

export function clean(s: string): string {
  return s.replace(/\r\n?/g, '\n').replace(/\u3000/g, '').replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

export function seeds(): Array<{ name: string; text: string }> {
  const dir = join(ROOT, 'seeds');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ name: f, text: clean(readFileSync(join(dir, f), 'utf8')) }));
}

export interface NationalRow {
  title: string;
  content: string;
  year: string | null;
  text: string;
}

export function national(): NationalRow[] {
  const file = join(ROOT, 'national', 'government_work_reports.jsonl');
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => {
      const r = JSON.parse(l) as NationalRow;
      return { ...r, text: clean(r.content) };
    });
}
