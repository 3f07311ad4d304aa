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

describe('a name that exists is that file (issue 23, row 7)', () => {
  const names = ['政府工作报告(2024).txt', '政府工作报告2024.txt', 'report[1].txt', 'report1.txt', 'a{b,c}.txt', 'ab.txt', '*.md'];
  const t2 = tmpDir('wr-inputs-glob-');
  afterAll(() => t2.cleanup());
  const g = t2.dir;
  for (const n of names) writeFileSync(join(g, n), 'x');
  const only = (input: string, opts?: { glob?: boolean }) => expandInputs([input], g, opts).files.map((f) => f.path.slice(g.length + 1));

  it('names with pattern characters are literal when they exist', () => {
    expect(only('政府工作报告(2024).txt')).toEqual(['政府工作报告(2024).txt']);
    expect(only('report[1].txt')).toEqual(['report[1].txt']);
    expect(only('a{b,c}.txt')).toEqual(['a{b,c}.txt']);
    expect(only('*.md')).toEqual(['*.md']);
  });

  it('a name that exists as nothing is a pattern; --glob makes every input one', () => {
    expect(only('report[12].txt')).toEqual(['report1.txt']);
    expect(only('report[1].txt', { glob: true })).toContain('report1.txt');
    expect(only('政府工作报告*.txt', { glob: true })).toEqual(['政府工作报告(2024).txt', '政府工作报告2024.txt']);
  });
});
