import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expandInputs } from '../../src/store/inputs.js';
import { tmpDir } from './helpers.js';

const t = tmpDir('wr-inputs-');
afterAll(() => t.cleanup());
const d = t.dir;
for (const p of ['a.txt', 'b.html', 'sub/c.txt', 'sub/deep/d.jsonl', 'sub/e.csv', '.hidden/x.txt', '.workreport/library.sqlite', 'lib.sqlite-wal']) {
  mkdirSync(join(d, p, '..'), { recursive: true });
  writeFileSync(join(d, p), 'x');
}
const rel = (files: { path: string; collection: boolean }[]) =>
  files.map((f) => `${f.path.slice(d.length + 1)}${f.collection ? ' [rows]' : ''}`);

describe('expandInputs', () => {
  it('walks directories recursively in sorted order, skipping hidden entries and library files', () => {
    const { files, missing } = expandInputs([d]);
    expect(rel(files)).toEqual(['a.txt', 'b.html', 'sub/c.txt', 'sub/deep/d.jsonl [rows]', 'sub/e.csv [rows]']);
    expect(missing).toEqual([]);
  });
  it('expands globs (*, **, {a,b}) relative to cwd, dedups, reports what matches nothing', () => {
    expect(rel(expandInputs(['*.txt'], d).files)).toEqual(['a.txt']);
    expect(rel(expandInputs(['**/*.txt'], d).files)).toEqual(['a.txt', 'sub/c.txt']);
    expect(rel(expandInputs(['sub/**/*.{jsonl,csv}', 'sub/e.csv'], d).files)).toEqual(['sub/deep/d.jsonl [rows]', 'sub/e.csv [rows]']);
    const r = expandInputs(['nothing/*.pdf', 'missing.txt'], d);
    expect(r.files).toEqual([]);
    expect(r.missing).toEqual([
      { input: 'nothing/*.pdf', reason: 'no file matches' },
      { input: 'missing.txt', reason: 'no such file or directory' },
    ]);
  });
});
