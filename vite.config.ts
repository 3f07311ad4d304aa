// The workbench's production build: src/web -> dist/web (index.html and hashed assets), served by
// `workreport serve`. Vite 8 transforms the TSX itself (Oxc, React's automatic JSX runtime). Every asset is also
// written brotli- and gzip-compressed beside itself (x.js.br, x.js.gz), at the highest levels, once: the server
// sends the one the browser accepts (src/server/static.ts), with no compression work per request.
import { defineConfig } from 'vite';
import { compression, defineAlgorithm } from 'vite-plugin-compression2';

export default defineConfig({
  root: 'src/web',
  base: '/',
  publicDir: false,
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  plugins: [
    compression({
      include: /\.(?:js|css|html|svg|json)$/,
      threshold: 1024,
      algorithms: [defineAlgorithm('gzip', { level: 9 }), defineAlgorithm('brotliCompress', {})],
      logLevel: 'silent',
    }),
  ],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    target: 'es2022',
    // One file per chunk, no inline scripts or data: the page's CSP allows only scripts from its own origin.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    reportCompressedSize: false,
    chunkSizeWarningLimit: 1200,
    // The map page's shapes (one chunk per file of geodata, loaded one at a time) are named apart from the code:
    // assets/map-guangxi-….js. The web benchmark counts them as data, beside the bundle.
    rollupOptions: {
      output: {
        chunkFileNames: (chunk) => (chunk.facadeModuleId?.includes('/echarts-v4-geo/') ? 'assets/map-[name]-[hash].js' : 'assets/[name]-[hash].js'),
      },
    },
  },
  server: { proxy: { '/api': 'http://127.0.0.1:8787' } },
});
