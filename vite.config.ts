// The workbench's production build: src/web -> dist/web (index.html and hashed assets), served by
// `workreport serve`. Vite 8 transforms the TSX itself (Oxc, React's automatic JSX runtime).
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'src/web',
  base: '/',
  publicDir: false,
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    target: 'es2022',
    // One file per chunk, no inline scripts or data: the page's CSP allows only scripts from its own origin.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    reportCompressedSize: false,
    chunkSizeWarningLimit: 1200,
  },
  server: { proxy: { '/api': 'http://127.0.0.1:8787' } },
});
