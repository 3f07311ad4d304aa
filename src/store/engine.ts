// The engine as the store sees it: load a file, read a collection, extract a report. One place to adapt
// if the loader or extractor contracts move.
import { readReport, readNormalised, EXTRACTOR_VERSION } from '../extract/report.js';
import { loadFile } from '../text/load.js';
import { readCollection, isCollectionPath, type ColumnMapping, type CollectionRow } from '../text/collection.js';
import { InputError } from '../text/errors.js';
import type { Hints, StoredReport } from './rows.js';

export { EXTRACTOR_VERSION, loadFile, readCollection, isCollectionPath, InputError };
export type { ColumnMapping, CollectionRow };

/** Raw decoded text -> Report. */
export function extract(raw: string, hints?: Hints | null): StoredReport {
  return readReport(raw, hints ?? {});
}

/** A library's stored (already normalised) text -> Report. */
export function reextract(text: string, hints?: Hints | null): StoredReport {
  return readNormalised(text, hints ?? {});
}
