// `workreport serve`: the JSON API and the web workbench over the library, on localhost by default.
import type { Command } from 'commander';
import { join } from 'node:path';
import { addLibraryOption } from '../query-options.js';
import { PACKAGE_ROOT } from '../paths.js';
import { UsageError } from '../errors.js';

export function register(program: Command): void {
  const cmd = program
    .command('serve')
    .description('serve the HTTP API (/api, OpenAPI at /api/openapi.json) and the web workbench over the library')
    .option('--host <host>', 'address to listen on (beyond localhost, changes need a token)', '127.0.0.1')
    .option('--port <port>', 'port (0: any free one)', '8787')
    .option('--token <token>', 'token for changes (default $WORKREPORT_TOKEN; made up and printed when listening beyond localhost)');
  addLibraryOption(cmd);
  cmd.action(async (opts: Record<string, any>) => {
    const port = Number(opts.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port: expected 0–65535, got ${opts.port}`);
    const { openLibrary, resolveDbPath } = await import('../../store/db.js');
    const lib = await openLibrary(resolveDbPath(opts.db));
    const s = await serveUntilStopped({ lib, host: opts.host, port, token: opts.token ?? process.env.WORKREPORT_TOKEN ?? null });
    process.stdout.write(`workreport serving ${lib.path}\n  workbench  ${s.url}\n  API        ${s.url}api/  (OpenAPI: ${s.url}api/openapi.json)\n`);
    if (s.token && !opts.token && !process.env.WORKREPORT_TOKEN) process.stdout.write(`  token for changes: ${s.token}\n`);
  });
}

/** The server with the built workbench over an open library, until Ctrl-C or SIGTERM closes both and exits. */
export async function serveUntilStopped(o: Omit<import('../../server/http.js').StartOptions, 'webDir'>) {
  const { startServer } = await import('../../server/http.js');
  const s = await startServer({ ...o, webDir: join(PACKAGE_ROOT, 'dist', 'web') });
  const stop = async () => {
    await s.close();
    await o.lib.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return s;
}
