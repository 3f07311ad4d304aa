// panel: long-format rows, one per fact, filtered in SQL; whole (the CLI's export) or a page (the API's).
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import { selectFactPage, selectFacts, type FactFilter, type FactPage } from './facts.js';
import { panelTable } from '../../analysis/panel.js';
import { resolveIndicators } from '../../lexicon/indicators.js';
import { tableToObjects } from '../../model/render.js';
import type { PanelRow } from '../../model/api/index.js';
import type { Answer, Table } from '../../model/table.js';

/** --year filters the year the figure is about (facts.year); report years via yearFrom/yearTo of DocFilter. */
export async function runPanel(db: Kysely<Database>, f: FactFilter): Promise<Table> {
  return panelTable(await selectFacts(db, f));
}

/** A page of the panel's rows; `more`: rows follow it. */
export async function runPanelPage(db: Kysely<Database>, f: FactFilter, page: FactPage): Promise<{ table: Table; more: boolean }> {
  const { rows, more } = await selectFactPage(db, f, page);
  return { table: panelTable(rows), more };
}

/** The panel's rows whole, or the page asked for; `indicators` may be names or aliases. */
export async function panelAnswer(db: Kysely<Database>, f: FactFilter, page?: FactPage): Promise<Answer<PanelRow[]> & { more: boolean }> {
  const q = { ...f, indicators: resolveIndicators(f.indicators) };
  const { table, more } = page ? await runPanelPage(db, q, page) : { table: await runPanel(db, q), more: false };
  return {
    name: 'panel',
    table,
    more,
    // Made only when asked for: a download of 100,000 rows needs none.
    get json() {
      return tableToObjects(table) as PanelRow[];
    },
  };
}
