// The workbench reads the API only through its typed client (src/web/lib/api.ts over model/api's ApiType): no
// page writes a URL of the API by hand or fetches untyped JSON, and no page imports the shapes' runtime schemas
// (zod would go into the bundle): they are types there.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const WEB = join(import.meta.dirname, '..', '..', 'src', 'web');
const files = (dir: string): string[] => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : /\.tsx?$/.test(f) ? [join(dir, f)] : []));

describe('the workbench’s requests', () => {
  const sources = files(WEB).map((f) => ({ file: relative(WEB, f), text: readFileSync(f, 'utf8') }));

  it('none but the client module fetches, and none writes an /api/ path', () => {
    expect(sources.length).toBeGreaterThan(20);
    const fetching = sources.filter((s) => /\bfetch\(|XMLHttpRequest|getJson|\bapiUrl\(/.test(s.text)).map((s) => s.file);
    expect(fetching).toEqual(['lib/api.ts']);
    const paths = sources.filter((s) => s.file !== 'app/App.tsx' && /['"`]\/api\//.test(s.text)).map((s) => s.file);
    expect(paths).toEqual([]);
  });

  it('the API’s shapes come from model/api, as types only', () => {
    for (const s of sources) {
      for (const m of s.text.matchAll(/^import (type )?[^;]*from '([^']*model\/api[^']*)'/gm)) expect(m[1], `${s.file}: ${m[0]}`).toBe('type ');
    }
    expect(sources.some((s) => s.file === 'lib/types.ts')).toBe(false);
  });
});
