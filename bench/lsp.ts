/**
 * The language server's targets (docs/editors.md), the `lsp` section of `npm run bench`, measured on the built
 * server (`node bin/gapcheck.js lsp`) through a real LSP client, as an editor drives it:
 *   latency  after a change to a 1,000-step process, the time until its diagnostics are published (target:
 *            within 100 ms; any wait for more typing included), median and slowest of `edits` changes, one at a time, and
 *            the server's CPU time per change (what carries over from a loaded machine: the wall time does not);
 *   memory   the server's resident memory before and after 10,000 edits in a row (target: less than 50 MB more),
 *            sent in bursts of 100 (each burst audited at once and again when it stops, as typing is).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LspClient } from '../tests/helpers/lsp-client.js';
import { generateHugeProcess } from './corpus.js';
import { BENCH_TODAY } from './generate.js';

export const LSP_STEPS = 1_000;
export const LSP_MEMORY_EDITS = 10_000;
const BURST = 100;

export interface LspFigures {
  /** Milliseconds from each change to its diagnostics, sorted. */
  readonly latencies: readonly number[];
  /** The server's CPU time (user and system) over those changes, per change, in milliseconds. */
  readonly cpuPerChange: number;
  readonly residentBefore: number;
  readonly residentAfter: number;
}

/** The CPU time the server has used so far, user and system, in milliseconds (Linux). */
function cpuMilliseconds(pid: number): number {
  // Fields 14 and 15 of /proc/PID/stat, after the command name in parentheses (which may hold spaces).
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
}

/** Linux's USER_HZ, the unit of /proc/PID/stat's times: 100 on every architecture Node runs on. */
const CLOCK_TICKS_PER_SECOND = 100;

/** The server's resident memory now (Linux). */
function residentBytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/^VmRSS:\s+(\d+) kB$/m.exec(status)![1]) * 1024;
}

export async function measureLsp(edits: number): Promise<LspFigures> {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'gapcheck-lsp-bench-'));
  const file = path.join(folder, `process-${LSP_STEPS}.yaml`);
  writeFileSync(file, generateHugeProcess(LSP_STEPS, 20261123, BENCH_TODAY));
  const client = await LspClient.start([folder], BENCH_TODAY);
  try {
    const uri = await client.open(file);
    await client.diagnosticsOf(uri);
    let version = 0;
    /** One edit: a comment on line 1 that says which edit it is (the text changes, the gaps do not). */
    const edit = async (): Promise<void> => {
      version++;
      const comment = `# edit ${version}\n`;
      const range =
        version === 1
          ? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }
          : { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } };
      await client.change(uri, [{ range, text: comment }]);
    };

    const latencies: number[] = [];
    const cpuBefore = cpuMilliseconds(client.server.pid!);
    for (let i = 0; i < edits; i++) {
      const since = client.mark();
      const started = performance.now();
      await edit();
      await client.diagnosticsOf(uri, () => true, since);
      latencies.push(performance.now() - started);
    }
    const cpuPerChange = (cpuMilliseconds(client.server.pid!) - cpuBefore) / edits;
    latencies.sort((a, b) => a - b);

    const residentBefore = residentBytes(client.server.pid!);
    for (let sent = 0; sent < LSP_MEMORY_EDITS; sent += BURST) {
      const since = client.mark();
      for (let i = 0; i < BURST; i++) await edit();
      await client.diagnosticsOf(uri, () => true, since);
    }
    return { latencies, cpuPerChange, residentBefore, residentAfter: residentBytes(client.server.pid!) };
  } finally {
    await client.stop();
    rmSync(folder, { recursive: true, force: true });
  }
}
