// Command-line inputs -> the files to ingest: files as given, directories recursively, globs (quoted or not
// expanded by the shell). Sorted, so every run sees the same order.
import { readdirSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { isCollectionPath } from '../text/collection.js';

export interface InputFile {
  path: string;
  /** A collection holds one report per row. */
  collection: boolean;
}


function isGlob(s: string): boolean {
  return /[*?[\]{}]/.test(s);
}

function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        re += '.*';
        i++;
        if (glob[i + 1] === '/') i++;
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '{') re += '(';
    else if (c === '}') re += ')';
    else if (c === ',' && re.includes('(')) re += '|';
    else if (c === '[' || c === ']') re += c;
    else re += c.replace(/[.+^$()|\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

function walk(dir: string, out: string[]): void {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return;
  }
  for (const name of names) {
    if (name.startsWith('.')) continue; // .workreport (the library itself), .git …
    const p = join(dir, name);
    let st;
    try {
      st = statSync(p);
    } catch {
      continue;
    }
    if (st.isDirectory()) walk(p, out);
    else if (st.isFile()) out.push(p);
  }
}

function isLibraryFile(p: string): boolean {
  return /\.(sqlite|sqlite-wal|sqlite-shm|db)$/i.test(p);
}

/** Expands inputs; those matching nothing are returned in `missing`. */
export function expandInputs(
  inputs: string[],
  cwd = process.cwd(),
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
    if (isGlob(input)) {
      // Walk from the longest directory prefix without glob characters.
      const parts = abs.split(sep);
      const firstGlob = parts.findIndex(isGlob);
      const base = parts.slice(0, firstGlob).join(sep) || sep;
      const re = globToRegExp(abs.split(sep).join('/'));
      const all: string[] = [];
      walk(base, all);
      const hits = all.filter((p) => re.test(p.split(sep).join('/')));
      if (hits.length === 0) missing.push({ input, reason: 'no file matches' });
      hits.forEach(add);
      continue;
    }
    let st;
    try {
      st = statSync(abs);
    } catch {
      missing.push({ input, reason: 'no such file or directory' });
      continue;
    }
    if (st.isDirectory()) {
      const all: string[] = [];
      walk(abs, all);
      all.forEach(add);
    } else add(abs);
  }
  return { files, missing };
}
