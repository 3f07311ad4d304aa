// `npm run build:web`: the workbench's Vite build, skipped when dist/web is newer than everything it is built from
// (src/web, the modules outside it that it imports, the Vite and TypeScript settings, the lock file): `npm start`
// right after `npm ci` then builds nothing. `--force` builds anyway.
// The sources are found by following relative imports from src/web: Vite bundles what they reach, and a change to a
// file the workbench never imports (the store, the CLI) need not rebuild it.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUTPUT = join(root, 'dist/web/index.html');
const SETTINGS = ['vite.config.ts', 'tsconfig.json', 'tsconfig.web.json', 'package-lock.json'].map((f) => join(root, f));
const IMPORT = /(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g;

function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]));
}

/** An import's file: as written, or the TypeScript source of a `.js` specifier. */
function resolveImport(from, spec) {
  const base = resolve(dirname(from), spec);
  return [base, base.replace(/\.js$/, '.ts'), base.replace(/\.js$/, '.tsx'), `${base}.ts`, `${base}.tsx`].find((p) => existsSync(p) && statSync(p).isFile());
}

/** src/web's files and every module they import, transitively. */
function sources() {
  const seen = new Set(filesUnder(join(root, 'src/web')));
  const todo = [...seen].filter((f) => /\.(tsx?|js)$/.test(f));
  while (todo.length) {
    const file = todo.pop();
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const dep = resolveImport(file, spec);
      if (dep && !seen.has(dep)) {
        seen.add(dep);
        todo.push(dep);
      }
    }
  }
  return [...seen, ...SETTINGS.filter(existsSync)];
}

function upToDate() {
  if (!existsSync(OUTPUT)) return false;
  const built = statSync(OUTPUT).mtimeMs;
  return sources().every((f) => statSync(f).mtimeMs <= built);
}

if (!process.argv.includes('--force') && upToDate()) {
  process.stderr.write('web workbench: dist/web is up to date\n');
} else {
  const r = spawnSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  process.exit(r.status ?? 1);
}
