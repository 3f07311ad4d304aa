// panel: long-format rows, one per fact, filtered in SQL.
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import { selectFactPage, selectFacts, type FactFilter, type FactPage } from './facts.js';
import { panelTable } from '../../analysis/panel.js';
import type { Table } from '../../model/table.js';

/** --year filters the year the figure is about (facts.year); report years via yearFrom/yearTo of DocFilter. */
export async function runPanel(db: Kysely<Database>, f: FactFilter): Promise<Table> {
  return panelTable(await selectFacts(db, f));
}

/** A page of the panel's rows (the HTTP API's); `more`: rows follow it. */
export async function runPanelPage(db: Kysely<Database>, f: FactFilter, page: FactPage): Promise<{ table: Table; more: boolean }> {
  const { rows, more } = await selectFactPage(db, f, page);
  return { table: panelTable(rows), more };
}
