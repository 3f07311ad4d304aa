// Ctrl-C during a long library write (ingest, reindex). Signals arrive between documents, never inside one, so
// the open batch holds only whole documents: commit it, restore the terminal, say how to complete the run.
// On PostgreSQL every document is its own transaction: an open one is rolled back by the server when the
// connection goes.
import type { Library } from '../store/db.js';

/** Installs the handler; returns the function that removes it. */
export function commitOnInterrupt(lib: Library, progress: { stop(): void }, command: string): () => void {
  const onSigint = () => {
    progress.stop();
    if (lib.backend === 'sqlite') {
      if (lib.sqlite.inTransaction) lib.sqlite.exec('COMMIT');
      lib.sqlite.close();
    }
    process.stderr.write(`${command}: interrupted; the library is consistent, run the same command again to complete it\n`);
    process.exit(130);
  };
  process.once('SIGINT', onSigint);
  return () => process.off('SIGINT', onSigint);
}
