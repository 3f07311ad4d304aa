// A table as every output format sees it (terminal, CSV, XLSX, JSON, the HTTP API). Data only.

export type Cell = string | number | boolean | null | undefined;

export interface Table {
  columns: string[];
  rows: Cell[][];
  /** Printed under a terminal table (and ignored by the other formats). */
  notes?: string[];
  /** Column widths in a spreadsheet. */
  widths?: number[];
  /** XLSX only: a title row above the header (the header and all above it frozen). */
  title?: string;
  /** XLSX only: filters (autofilter) on the header row. */
  filter?: boolean;
  /** XLSX only: cells wrap their text, aligned to the top. */
  wrap?: boolean;
}

/**
 * What a query answers, in every form both shells give it (src/store/queries builds each one once): the rows a
 * CSV or XLSX holds, the JSON the API serves and `--format json` prints, and the name of the sheet and the file.
 */
export interface Answer<J> {
  /** The download's file name (ASCII) and, unless `sheet` says otherwise, the XLSX sheet's. */
  name: string;
  sheet?: string;
  table: Table;
  json: J;
  /** A terminal's table, where it differs from `table` (cells as written, ids left out, notes under it). */
  screen?: Table;
}
