// Starting the server: the app on @hono/node-server, bound to localhost unless told otherwise. Beyond localhost,
// changes need a token: the one given, or one made up and printed at start.
import { randomBytes } from 'node:crypto';
import { serve, type ServerType } from '@hono/node-server';
import { watchChanges, type Library } from '../store/db.js';
import { createApp } from './app.js';
import { Background } from '../store/background.js';

export interface StartOptions {
  lib: Library;
  host?: string;
  port?: number;
  token?: string | null;
  webDir?: string | null;
  /** The read cache of GET /api (default on). */
  cache?: boolean;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

export function isLoopback(host: string): boolean {
  return LOOPBACK.has(host) || host.startsWith('127.');
}

export async function startServer(o: StartOptions): Promise<{ url: string; port: number; token: string | null; close: () => Promise<void> }> {
  const host = o.host ?? '127.0.0.1';
  // What an Authorization header can carry (RFC 6750's token68): a token of other characters could never be sent.
  if (o.token && !/^[A-Za-z0-9._~+/-]+=*$/.test(o.token)) throw new Error('token: use letters, digits and . _ ~ + / - only');
  const token = o.token || (isLoopback(host) ? null : randomBytes(18).toString('base64url'));
  const changes = o.cache === false ? null : await watchChanges(o.lib);
  const background = new Background(o.lib);
  const app = createApp({ lib: o.lib, token, webDir: o.webDir, cache: o.cache, changes: changes?.version, background });
  const server: ServerType = await new Promise((resolve, reject) => {
    const s = serve({ fetch: app.fetch, hostname: host, port: o.port ?? 8787 }, () => resolve(s));
    s.once('error', reject);
  });
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : (o.port ?? 8787);
  const shown = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shown}:${port}/`,
    port,
    token,
    close: async () => {
      // The background first: an upload waiting for its ingest then fails at once instead of holding its connection.
      await background.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await changes?.close();
    },
  };
}
