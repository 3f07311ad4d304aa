// The workbench's pure text handling: highlights cut into flat runs, search snippets split at their marks.
import { describe, expect, it } from 'vitest';
import { byPriority, cutRuns, type Mark } from '../../src/web/reader/segments.js';
import { splitMarks } from '../../src/web/lib/marks.js';

const text = '今年地区生产总值增长6.5%左右，建设平陆运河。';
const at = (s: string) => [text.indexOf(s), text.indexOf(s) + s.length] as [number, number];

describe('cutRuns', () => {
  const marks: Mark[] = [
    { key: 'c0', type: 'commitment', span: [0, text.length - 1] },
    { key: 'f3', type: 'target', span: at('地区生产总值增长6.5%左右') },
    { key: 'p1.0', type: 'project', span: at('平陆运河') },
  ];
  const runs = cutRuns(text.length, marks, [at('建设')[0]]);

  it('covers the text exactly once, in order', () => {
    expect(runs.map((r) => text.slice(r.start, r.end)).join('')).toBe(text);
    for (let i = 1; i < runs.length; i++) expect(runs[i].start).toBe(runs[i - 1].end);
  });

  it('gives each run every mark over it', () => {
    const keysOf = (s: string) => runs.find((r) => r.start === at(s)[0])!.marks.map((m) => m.key).sort();
    expect(keysOf('地区生产总值')).toEqual(['c0', 'f3']);
    expect(keysOf('平陆运河')).toEqual(['c0', 'p1.0']);
    expect(runs.find((r) => r.start === 0)!.marks.map((m) => m.key)).toEqual(['c0']);
    expect(runs[runs.length - 1].marks).toEqual([]);
  });

  it('starts a run at each anchor, and ignores spans outside the text', () => {
    expect(runs.find((r) => r.start === at('建设')[0])!.anchor).toBe(true);
    expect(cutRuns(4, [{ key: 'x', type: 'target', span: [2, 9] }])).toEqual([{ start: 0, end: 4, marks: [], anchor: false }]);
  });

  it('opens a fact before a project before a commitment', () => {
    const picked = byPriority([marks[0], marks[2], marks[1], { key: 'h1', type: 'heading', span: [0, 2] }]);
    expect(picked.map((m) => m.key)).toEqual(['f3', 'p1.0', 'c0']);
  });
});

describe('splitMarks', () => {
  it('marks the query terms and leaves other brackets as written', () => {
    expect(splitMarks('…【平陆运河】经济带，【专栏】见附件', ['平陆运河'])).toEqual([
      { text: '…', hit: false },
      { text: '平陆运河', hit: true },
      { text: '经济带，【专栏】见附件', hit: false },
    ]);
  });

  it('keeps markup-looking text as text', () => {
    const parts = splitMarks('<img src=x onerror=alert(1)>【港口】', ['港口']);
    expect(parts).toEqual([
      { text: '<img src=x onerror=alert(1)>', hit: false },
      { text: '港口', hit: true },
    ]);
  });
});
