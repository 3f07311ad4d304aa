// The Markdown reader's output, kept and compared: `save` records markdownToText's output (text, title, url) for every
// Markdown file given (directories walked) and for mutations of them that put Markdown syntax in (lists, fences,
// tables, HTML blocks, front matter, emphasis, definitions); `check` reads them again and names every difference.
// Run `save` before changing src/text/markdown.ts and `check` after:
//   npx tsx scripts/markdown-identity.ts save /tmp/md-identity.json /tmp/real-corpus test/fixtures
//   npx tsx scripts/markdown-identity.ts check /tmp/md-identity.json
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { markdownToText } from '../src/text/markdown.js';

function walk(p: string, out: string[]): void {
  if (statSync(p).isDirectory()) for (const n of readdirSync(p).sort()) walk(join(p, n), out);
  else if (/\.(md|markdown)$/i.test(p)) out.push(p);
}

/** A small deterministic generator, so that `save` and `check` mutate the same way. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

const SNIPPETS = [
  '- ', '* ', '+ ', '1. ', '3) ', '> ', '    ', '  ', '\t', '# ', '## ', '**', '__', '*', '_', '`', '```\n', '~~~\n',
  '<div>\n', '<pre>\n', '<!-- ', ' -->', '<br>', '&amp;', '&#12;', '\\', '[x]', '[x]: /u\n', '![i](/a.png)', '[t](/u)',
  '| a | b |\n| --- | --- |\n| 1 | 2 |\n', '|', '---\n', '===\n', '***\n', '\n', '\n\n', '  \n', '\r\n', '\u3000',
  '<https://a.b>', '一、', '**一、坚持**', '\u0000', '\uE000',
];

function mutate(md: string, seed: number): string {
  const r = rng(seed);
  const lines = md.split('\n');
  const n = 1 + Math.floor(r() * 6);
  for (let k = 0; k < n; k++) {
    const i = Math.floor(r() * lines.length);
    const s = SNIPPETS[Math.floor(r() * SNIPPETS.length)];
    const line = lines[i];
    const at = r() < 0.6 ? 0 : Math.floor(r() * (line.length + 1));
    lines[i] = line.slice(0, at) + s + line.slice(at);
  }
  return lines.join('\n');
}

function inputs(files: string[]): { name: string; md: string }[] {
  const out: { name: string; md: string }[] = [];
  files.forEach((f, i) => {
    const md = readFileSync(f, 'utf8');
    out.push({ name: f, md });
    // Mutations of every 5th file, and short pieces of it, to cover syntax the corpus does not use.
    if (i % 5 === 0) {
      for (let m = 0; m < 4; m++) out.push({ name: `${f}#mut${m}`, md: mutate(md, i * 31 + m) });
      for (let m = 0; m < 4; m++) {
        const from = Math.floor(rng(i * 7 + m)() * md.length);
        out.push({ name: `${f}#piece${m}`, md: mutate(md.slice(from, from + 600), i * 13 + m) });
      }
    }
  });
  return out;
}

const [mode, file, ...dirs] = process.argv.slice(2);
if (mode === 'save') {
  const files: string[] = [];
  for (const d of dirs) walk(d, files);
  const saved = inputs(files).map(({ name, md }) => ({ name, md: name.includes('#') ? md : undefined, out: markdownToText(md) }));
  writeFileSync(file, JSON.stringify({ files, saved }));
  console.log(`saved ${saved.length} outputs (${files.length} files)`);
} else if (mode === 'check') {
  const { files, saved } = JSON.parse(readFileSync(file, 'utf8')) as {
    files: string[];
    saved: { name: string; out: unknown }[];
  };
  const now = inputs(files);
  let bad = 0;
  const t0 = performance.now();
  now.forEach(({ name, md }, i) => {
    const got = JSON.stringify(markdownToText(md));
    if (got !== JSON.stringify(saved[i].out)) {
      bad++;
      if (bad <= 10) console.log(`DIFFERS: ${name}`);
    }
  });
  console.log(`${now.length - bad} of ${now.length} identical; ${((performance.now() - t0) / now.length).toFixed(2)} ms each`);
  process.exitCode = bad === 0 ? 0 : 1;
} else {
  console.error('usage: markdown-identity.ts save|check FILE [DIR...]');
  process.exitCode = 2;
}
