// Writes the fuzz corpus (scripts/fuzz/kinds.ts) into a folder, in a process of its own: building 20-40 MB inputs
// left the fuzz runner holding ~270 MB for the rest of the run, which counted against the run's 1 GB bound.
//   node --import tsx scripts/fuzz/write-corpus.ts DIR [--quick]
import { makeCorpus } from './kinds.js';

const [dir, flag] = process.argv.slice(2);
if (!dir) throw new Error('usage: write-corpus.ts DIR [--quick]');
makeCorpus(dir, flag === '--quick');
