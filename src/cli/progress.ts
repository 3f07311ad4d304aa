// Progress on stderr: a bar with count, rate and ETA on a terminal, plain lines (every few seconds) otherwise.
// Error lines always go to stderr, one per bad document.
import cliProgress from 'cli-progress';
import type { Outcome, ProgressSink } from '../store/ingest.js';

export interface Reporter extends ProgressSink {
  stop(): void;
}

function fmtEta(s: number): string {
  if (!Number.isFinite(s)) return '?';
  if (s < 60) return `${Math.round(s)}s`;
  return `${Math.floor(s / 60)}m${String(Math.round(s % 60)).padStart(2, '0')}s`;
}

/** `quiet`: no bar, no progress lines, no warnings; error lines still go out. */
export function progressReporter(verb: string, stream: NodeJS.WriteStream = process.stderr, intervalMs = 2000, quiet = false): Reporter {
  if (quiet) return { grow() {}, done() {}, error: (l) => void stream.write(`error: ${l}\n`), warn() {}, stop() {} };
  let total = 0;
  let done = 0;
  let failed = 0;
  const t0 = Date.now();
  const rate = () => done / Math.max(0.001, (Date.now() - t0) / 1000);

  if (stream.isTTY) {
    const multi = new cliProgress.MultiBar(
      {
        stream,
        format: `${verb} {bar} {value}/{total} | {rate}/s | ETA {eta_formatted} | {failed} failed`,
        hideCursor: true,
        clearOnComplete: true,
        etaBuffer: 200,
        fps: 10,
      },
      cliProgress.Presets.shades_classic,
    );
    const bar = multi.create(0, 0, { rate: '0.0', failed: 0 });
    return {
      grow(n) {
        total += n;
        bar.setTotal(total);
      },
      done(outcome: Outcome) {
        done++;
        if (outcome === 'failed') failed++;
        bar.update(done, { rate: rate().toFixed(1), failed });
      },
      error(line) {
        multi.log(`error: ${line}\n`);
      },
      warn(line) {
        multi.log(`warning: ${line}\n`);
      },
      stop() {
        multi.stop();
      },
    };
  }

  let last = Date.now();
  const line = () =>
    `${verb}: ${done}/${total} (${rate().toFixed(1)}/s, ETA ${fmtEta((total - done) / rate())}, ${failed} failed)\n`;
  return {
    grow(n) {
      total += n;
    },
    done(outcome: Outcome) {
      done++;
      if (outcome === 'failed') failed++;
      if (Date.now() - last >= intervalMs) {
        last = Date.now();
        stream.write(line());
      }
    },
    error(l) {
      stream.write(`error: ${l}\n`);
    },
    warn(l) {
      stream.write(`warning: ${l}\n`);
    },
    stop() {},
  };
}
