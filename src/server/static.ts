// The built workbench (dist/web): hashed assets from disk, precompressed at build (brotli and gzip beside each file,
// vite.config.ts) and sent in the encoding the client accepts, cached for good (a new build has new names);
// index.html for every other path (the page routes itself), revalidated each time.
import { Hono, type MiddlewareHandler } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';

/** Sets headers on what the next handler found (serveStatic's onFound runs after its answer is made). */
const found =
  (headers: Record<string, string>): MiddlewareHandler =>
  async (c, next) => {
    await next();
    if (c.res.status === 200) for (const [k, v] of Object.entries(headers)) c.res.headers.set(k, v);
  };

export function workbench(dir: string): Hono {
  const app = new Hono();
  app.use('/assets/*', found({ 'Cache-Control': 'public, max-age=31536000, immutable', Vary: 'Accept-Encoding' }), serveStatic({ root: dir, precompressed: true }));
  app.get('*', found({ 'Cache-Control': 'no-cache' }), serveStatic({ root: dir, path: 'index.html' }));
  return app;
}
