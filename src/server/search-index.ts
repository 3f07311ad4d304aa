// The search index as the server keeps it (SQLite): brought up to date in a worker thread after any write
// (an upload, or another process's ingest seen through PRAGMA data_version), while searches read the index as it
// stands (hits of the newest reports may be missing for the seconds an update takes). Only when there is no
// index at all does a search wait for the first build, still off the server's thread. PostgreSQL keeps its own.
import type { Library } from '../store/db.js';
import type { Background } from '../store/background.js';

export interface SearchIndex {
  /** Resolves when the index can be read: at once, unless none was ever built. */
  ready(): Promise<void>;
}

export function searchIndex(lib: Library, background: Background, changes: () => number): SearchIndex {
  if (lib.backend !== 'sqlite') return { ready: async () => {} };
  const exists = lib.sqlite.prepare("SELECT count(*) FROM sqlite_master WHERE name IN ('search_docs', 'search_fts')").pluck();
  let built = false;
  let seen: number | null = null;
  let running: Promise<void> | null = null;
  const update = (): Promise<void> => {
    if (running) return running;
    // The version before the update: a write during it is seen at the next search; the update's own commits
    // cost one more update that finds nothing.
    const version = changes();
    running = background
      .index()
      .then(
        () => void (seen = version),
        (e: unknown) => void (background.stopped || console.error(`search index: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`)),
      )
      .finally(() => (running = null));
    return running;
  };
  return {
    async ready() {
      built ||= (exists.get() as number) === 2;
      if (!built) return update();
      if (changes() !== seen) void update();
    },
  };
}
