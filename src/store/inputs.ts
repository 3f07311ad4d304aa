// Command-line inputs -> the files to ingest: files as given, directories recursively, globs (quoted or not
// expanded by the shell), through tinyglobby. Sorted, so every run sees the same order. A name that exists is that
// file or folder, whatever characters it holds: 政府工作报告(2024).txt is not a pattern that also finds
// 政府工作报告2024.txt, nor report[1].txt one that finds report1.txt. Only a name that exists as nothing, or every
// input under `--glob`, is a pattern.
import { realpathSync, statSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { isCollectionPath } from '../text/collection.js';

export interface InputFile {
  path: string;
  /** A collection holds one report per row. */
  collection: boolean;
}


function isGlob(s: string): boolean {
  return isDynamicPattern(s);
}

/**
 * Files under `dir`, or matching `pattern` from `cwd`: tinyglobby (fdir underneath) walks the tree, without hidden
 * entries (.workreport, .git), following symbolic links but not around a loop, regular files only.
 */
function globFiles(patterns: string[], cwd: string): string[] {
  try {
    const files = globSync(patterns, { cwd, absolute: true, dot: false, onlyFiles: true, followSymbolicLinks: true, expandDirectories: false })
      .map((p) => resolve(p))
      .filter((p) => {
        try {
          return statSync(p).isFile();
        } catch {
          return false; // a dangling link or a loop
        }
      })
      .sort();
    // One file reached twice through a link (a loop back to a parent) is one input.
    const listed = new Set(files);
    return files.filter((p) => {
      const real = realpathSync(p);
      return real === p || !listed.has(real);
    });
  } catch {
    return [];
  }
}

function isLibraryFile(p: string): boolean {
  return /\.(sqlite|sqlite-wal|sqlite-shm|db)$/i.test(p);
}

export interface ExpandOptions {
  /** Every input is a pattern (`ingest --glob`), even a name that exists. */
  glob?: boolean;
}

/** Expands inputs; those matching nothing are returned in `missing`. */
export function expandInputs(
  inputs: string[],
  cwd = process.cwd(),
  opts: ExpandOptions = {},
): { files: InputFile[]; missing: Array<{ input: string; reason: string }> } {
  const seen = new Set<string>();
  const files: InputFile[] = [];
  const missing: Array<{ input: string; reason: string }> = [];
  const add = (p: string) => {
    if (seen.has(p) || isLibraryFile(p)) return;
    seen.add(p);
    files.push({ path: p, collection: isCollectionPath(p) });
  };
  for (const input of inputs) {
    const abs = resolve(cwd, input);
    let st;
    let code: string | undefined;
    try {
      st = statSync(abs);
    } catch (e) {
      code = (e as NodeJS.ErrnoException).code;
    }
    if (opts.glob || (code === 'ENOENT' && isGlob(input))) {
      const hits = globFiles([input.split(sep).join('/')], cwd);
      if (hits.length === 0) missing.push({ input, reason: 'no file matches' });
      hits.forEach(add);
      continue;
    }
    if (!st) {
      missing.push({ input, reason: code === 'ELOOP' ? 'too many symbolic links (a loop)' : code === 'EACCES' ? 'permission denied' : 'no such file or directory' });
      continue;
    }
    if (st.isDirectory()) {
      const inside = globFiles(['**/*'], abs);
      if (inside.length === 0) missing.push({ input, reason: 'a folder with no files in it' });
      inside.forEach(add);
    }
    else add(abs);
  }
  return { files, missing };
}
