// A table as every output format sees it (terminal, CSV, XLSX, JSON, the HTTP API). Data only.

export type Cell = string | number | boolean | null | undefined;

export interface Table {
  columns: string[];
  rows: Cell[][];
  /** Printed under a terminal table (and ignored by the other formats). */
  notes?: string[];
  /** Column widths in a spreadsheet. */
  widths?: number[];
}

