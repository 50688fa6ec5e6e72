/**
 * Writes docs/sample-report.md: the workshop report of sample-processes/, made by the real CLI
 * (`gapcheck audit --format markdown`) on a fixed date so it only changes when gapcheck or the samples do.
 * Run with `npm run report:sample`; tests/docs/sample-report.test.ts fails when the checked-in file differs.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../src/cli/main.js';

export const SAMPLE_REPORT = 'docs/sample-report.md';
export const SAMPLE_TODAY = '2026-11-23';

/** The report as `gapcheck audit` writes it, run from the repository root. */
export async function renderSampleReport(): Promise<string> {
  const folder = mkdtempSync(path.join(tmpdir(), 'gapcheck-sample-report-'));
  try {
    const output = path.join(folder, 'sample-report.md');
    const args = [
      'audit',
      'sample-processes',
      '--format',
      'markdown',
      '--today',
      SAMPLE_TODAY,
      '--fail-on',
      'none',
      '--output',
      output,
    ];
    const code = await main(['node', 'gapcheck', ...args]);
    if (code !== 0) throw new Error(`gapcheck ${args.join(' ')} exited ${code}`);
    return readFileSync(output, 'utf8');
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.chdir(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..'));
  writeFileSync(SAMPLE_REPORT, await renderSampleReport());
  process.stdout.write(`wrote ${SAMPLE_REPORT}\n`);
}
