/**
 * docs/format.md, a report grows with its gaps: small files that once took gapcheck down, through
 * the real CLI in every format. A 5,000-step closed loop gave "internal error: Invalid string length", a
 * 10,000-step one ran out of heap, and 2,000 intakes feeding one 2,000-step chain gave 314 MB of JSON.
 * The files are generated here, never committed. Memory is measured by hand, never asserted (README).
 *
 * Bounds: a human format shows each gap as a message of about 200 characters and a path cut to 12 steps,
 * well under 1 KB, so 8 MiB holds 8,000 gaps with room to spare. JSON and SARIF may keep 500 steps of
 * each path (about 4 KB with these ids), so they are held to 1 MiB plus 6 KiB a gap: linear in the gaps.
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FORMATS, type Format } from '../../src/report/types.js';
import { FIXTURE_TODAY } from '../helpers/audit-text.js';
import { closedLoop, intakesIntoChain } from '../helpers/large-shapes.js';
import { runCli } from '../helpers/run-cli.js';

const MIB = 1024 * 1024;
const HUMAN_MAX = 8 * MIB;
const MACHINE: readonly Format[] = ['json', 'sarif'];
const machineMax = (gaps: number): number => MIB + gaps * 6 * 1024;

const root = mkdtempSync(path.join(tmpdir(), 'gapcheck-large-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const SHAPES: Record<string, () => string> = {
  'a closed loop of 5,000 steps': () => closedLoop(5_000),
  'a closed loop of 10,000 steps': () => closedLoop(10_000),
  '2,000 intakes feeding one 2,000-step chain': () => intakesIntoChain(2_000, 2_000),
};

describe.each(Object.entries(SHAPES))('%s', { timeout: 600_000 }, (name, generate) => {
  const file = path.join(root, `${name.replace(/\W+/g, '-')}.yaml`);
  writeFileSync(file, generate());

  it('gives a report linear in its gaps, in every format, and exit code 1', () => {
    const gaps = new Map<Format, number>();
    for (const format of ['json', ...FORMATS.filter((f) => f !== 'json')] as Format[]) {
      const output = path.join(root, `report.${format}`);
      const result = runCli(['audit', file, '--format', format, '--today', FIXTURE_TODAY, '-o', output]);
      expect(result.code, `${format}: ${result.stderr}`).toBe(1);
      expect(result.stderr, format).not.toContain('internal error');
      const size = statSync(output).size;
      if (format === 'json') {
        const report = JSON.parse(readFileSync(output, 'utf8')) as {
          summary: { gaps: number };
          gaps: { path?: string[] }[];
        };
        gaps.set(format, report.summary.gaps);
        expect(report.gaps.every((gap) => (gap.path?.length ?? 0) <= 500)).toBe(true);
      }
      const max = MACHINE.includes(format) ? machineMax(gaps.get('json')!) : HUMAN_MAX;
      expect(size, `${format}: ${size} bytes`).toBeLessThanOrEqual(max);
    }
  });
});
