// `workreport ingest` and `info --conflicts` as a user runs them (issue 21, point 4): one line naming both texts
// for a re-upload, --replace, and a draft beside the final listed as a conflict.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, SEEDS } from './run-cli.js';

const GUIGANG = join(SEEDS, '002_7bb4c1460333e94d.txt');

describe('workreport ingest: one report per region-year', () => {
  it('says a re-upload is the same report, --replace takes it, info --conflicts lists a draft and the final', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wr-same-'));
    const db = join(dir, 'lib.sqlite');
    const text = readFileSync(GUIGANG, 'utf8');
    const reupload = join(dir, 'reupload.txt');
    writeFileSync(reupload, text.replace('。', '，重新上传时改动了这一句。'));
    const draft = join(dir, 'draft.txt');
    writeFileSync(draft, text.split('。').filter((_, i) => i % 2 === 0).join('。'));

    expect(cli(['ingest', GUIGANG, '--db', db, '--jobs', '0']).code).toBe(0);
    const again = cli(['ingest', reupload, '--db', db, '--jobs', '0']);
    expect(again.code).toBe(0);
    const line = again.stdout.split('\n').find((l) => l.includes(reupload))!;
    expect(line).toMatch(/^贵港市 2024 \(city\): .*reupload\.txt is the same report as [0-9a-f]{16} \(.*002_7bb4c1460333e94d\.txt\) \(\d+\.\d% the same text\): kept the stored one \(ingest --replace takes the new one\)$/);
    expect(again.stdout).toMatch(/0 added, 1 unchanged/);

    const replaced = cli(['ingest', reupload, '--db', db, '--jobs', '0', '--replace']);
    expect(replaced.stdout).toMatch(/reupload\.txt replaces [0-9a-f]{16} \(.*002_7bb4c1460333e94d\.txt\), the same report/);
    expect(replaced.stdout).toMatch(/1 added, 0 unchanged/);

    const both = cli(['ingest', draft, '--db', db, '--jobs', '0']);
    expect(both.stdout).toMatch(/draft\.txt is another report than [0-9a-f]{16} \(.*reupload\.txt\), \d+\.\d% the same text: both kept, the tables use .*draft\.txt/);
    const info = cli(['info', '--conflicts', '--db', db]);
    expect(info.code).toBe(0);
    expect(info.stdout).toContain('conflicts   1 region-year with more than one report');
    expect(info.stdout).toContain('  贵港市 2024 (city)');
    expect(info.stdout).toMatch(/ {4}\* [0-9a-f]{16} {2}.*draft\.txt/);
    expect(info.stdout).toMatch(/ {6}[0-9a-f]{16} {2}.*reupload\.txt .*% the same text/);
    const json = JSON.parse(cli(['info', '--conflicts', '--json', '--db', db]).stdout);
    expect(json.conflicts[0].reports.map((r: { used: boolean }) => r.used)).toEqual([false, true]);
  });
});
