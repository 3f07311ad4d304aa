// What the report commands read: files, directories, collections (one report per row) and standard input.
// Yields one loaded document or one InputError per report, in order, so a batch goes on past a bad file.
import { statSync } from 'node:fs';
import { readCollection, isCollectionPath, type ColumnMapping } from '../text/collection.js';
import { InputError, isInputError } from '../text/errors.js';
import { loadFile, loadStdin } from '../text/load.js';
import { expandInputs } from '../store/inputs.js';
import type { Hints } from '../extract/report.js';

export interface Source {
  file: string;
  raw: string;
  hints: Hints;
}

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

export async function* readSources(inputs: string[], columns: ColumnMapping = {}): AsyncGenerator<Source | InputError> {
  for (const input of inputs) {
    if (input === '-') {
      try {
        const doc = await loadStdin();
        yield { file: '-', raw: doc.raw, hints: {} };
      } catch (e) {
        yield isInputError(e) ? e : new InputError('-', String(e));
      }
      continue;
    }
    let paths = [input];
    if (isDirectory(input)) {
      const { files, missing } = expandInputs([input]);
      for (const m of missing) yield new InputError(m.input, m.reason);
      paths = files.map((f) => f.path);
    }
    for (const path of paths) {
      if (isCollectionPath(path)) {
        try {
          for await (const row of readCollection(path, { columns })) {
            if (isInputError(row)) yield row;
            else yield { file: row.file, raw: row.raw, hints: { year: row.year, region: row.region, title: row.title } };
          }
        } catch (e) {
          yield isInputError(e) ? e : new InputError(path, e instanceof Error ? e.message : String(e));
        }
        continue;
      }
      try {
        const doc = await loadFile(path);
        yield { file: path, raw: doc.raw, hints: doc.title ? { title: doc.title } : {} };
      } catch (e) {
        yield isInputError(e) ? e : new InputError(path, e instanceof Error ? e.message : String(e));
      }
    }
  }
}
