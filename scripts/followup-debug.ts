// Lists, for one annotated follow-up file, each linked commitment not found: the matcher's first sentence and score,
// and the best score of a sentence holding an evidence phrase. Development aid (npx tsx scripts/followup-debug.ts heldout3.jsonl).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readReport } from '../src/extract/report.js';
import { loadFile } from '../src/text/load.js';
import { prepareReview, reviewSentences } from '../src/analysis/followup.js';
import { scorer, sentenceScore, nearSentences } from '../src/analysis/followup-match.js';
import { findCommitment, followUpMatcher, followUpOutcomes, parseFollowUpGold, type PlannedReport } from '../src/eval/followup-eval.js';

const dir = 'test/fixtures/plan/followup';
const file = process.argv[2] ?? 'dev.jsonl';
const which = process.argv[3] ?? 'missed';
const gold = parseFollowUpGold(await readFile(join(dir, file), 'utf8'));
const reports = new Map<string, PlannedReport>();
for (const name of new Set(gold.flatMap((g) => [g.doc, g.next]))) {
  const doc = await loadFile(join(dir, 'reports', name));
  reports.set(name, readReport(doc.raw, doc.title ? { title: doc.title } : {}) as PlannedReport);
}
const outcomes = followUpOutcomes(reports, gold, followUpMatcher);
for (const o of outcomes) {
  const g = o.gold;
  const shown = o.shown && o.shown.status !== '未见回应';
  const kind = !o.commitment ? 'unextracted' : g.link === 'none' ? (shown ? 'falseshown' : 'ok') : o.right ? 'ok' : shown ? 'wrong' : 'missed';
  if (which !== 'all' && kind !== which) continue;
  const after = reports.get(g.next)!;
  const review = prepareReview(after.text, reviewSentences(after.text, after.sections));
  const c = o.commitment ?? findCommitment(reports.get(g.doc)!, reports.get(g.doc)!.commitments, g);
  console.log(`\n[${kind}] ${g.doc} ${g.link}/${g.status}: ${c?.quote ?? g.key}`);
  if (o.shown && o.shown.sentences[0]) console.log(`   got ${o.shown.confidence.toFixed(3)} ${o.shown.sentences[0].text.slice(0, 90)}`);
  if (!c) continue;
  const k = scorer(c.quote, review);
  console.log(`   terms: ${k.terms.map((t, i) => `${t.text}${t.common ? '' : '*'}:${k.weights[i].toFixed(1)}`).join(' ')} | items: ${k.items.map((i) => i.core + (i.head ? '+' + i.head : '')).join(', ')}`);
  const near = new Set(nearSentences(k, review));
  for (const e of g.evidence) {
    const i = review.sentences.findIndex((s) => s.text.normalize('NFKC').includes(e.normalize('NFKC')));
    if (i < 0) { console.log(`   evidence not in a review sentence: ${e}`); continue; }
    const s = review.sentences[i];
    console.log(`   ev ${sentenceScore(k, s).toFixed(3)}${near.has(i) ? '' : ' (not near)'} ${s.text.slice(0, 90)}`);
  }
}
