// Kysely's SQLite driver over better-sqlite3, reading rows as arrays. better-sqlite3 builds each row object
// property by property, which on wide results costs more than the query itself (5,000 facts × 28 columns:
// ~110 ms as objects, ~45 ms as arrays made into objects here). The objects come from a function made once per
// column list, whose object literal V8 builds in one go. Writes and everything else pass straight through.
import type BetterSqlite3 from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

type RowMaker = (values: unknown[]) => Record<string, unknown>;

function rowMaker(columns: string[]): RowMaker {
  // Column names are JSON-quoted into the source: any name is safe. A repeated name keeps the last value,
  // as better-sqlite3 does.
  const fields = columns.map((c, i) => `${JSON.stringify(c)}: v[${i}]`).join(', ');
  return new Function('v', `return { ${fields} };`) as RowMaker;
}

export function arrayRowDatabase(sqlite: BetterSqlite3.Database): SqliteDatabase {
  const makers = new Map<string, RowMaker>();
  const makerFor = (sql: string, st: BetterSqlite3.Statement): RowMaker => {
    let make = makers.get(sql);
    if (!make) {
      make = rowMaker(st.columns().map((c) => c.name));
      makers.set(sql, make);
    }
    return make;
  };
  return {
    close: () => sqlite.close(),
    prepare(sql: string): SqliteStatement {
      const st = sqlite.prepare(sql);
      if (!st.reader) return st as unknown as SqliteStatement;
      const make = makerFor(sql, st);
      st.raw(true);
      return {
        reader: true,
        all: (params) => (st.all(...params) as unknown[][]).map(make),
        run: (params) => st.run(...params),
        *iterate(params) {
          for (const values of st.iterate(...params) as IterableIterator<unknown[]>) yield make(values);
        },
      };
    },
  };
}
