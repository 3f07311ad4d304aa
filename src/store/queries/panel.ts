// panel: long-format rows, one per fact, filtered in SQL.
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import { selectFacts, type FactFilter } from './facts.js';
import { panelTable } from '../../analysis/panel.js';
import type { Table } from '../../model/table.js';

/** --year filters the year the figure is about (facts.year); report years via yearFrom/yearTo of DocFilter. */
export async function runPanel(db: Kysely<Database>, f: FactFilter): Promise<Table> {
  return panelTable(await selectFacts(db, f));
}
