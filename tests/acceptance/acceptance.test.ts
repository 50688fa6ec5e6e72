/**
 * Acceptance: processes written as people write them, judged by SPEC revision 2.
 *
 *   tests/acceptance/processes/<name>.yaml          process files (.yaml or .yml; some folders carry a
 *                                                   gapcheck.config.yaml; a dot folder holds a draft never audited)
 *   tests/acceptance/expected/<name>.expected.yaml  every gap expected in that file, and no other:
 *     - rule: remedy-path
 *       step: take-call          # or null
 *       line: 133
 *       path: [take-call, ...]   # the witness path; absent means none
 *
 * The expectations come from the SPEC text alone, each with a comment citing its clause. The real CLI
 * audits the whole folder once, from inside it (so `emergency-path`'s look-up sees exactly these files).
 *
 * known-disagreements.yaml lists the differences where the code is believed wrong, each with its reason:
 * they are tolerated until the code is fixed, and the test fails once one of them is gone, so that the
 * entry is deleted and the expectation holds from then on.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const ROOT = path.resolve('tests/acceptance');
const PROCESSES = path.join(ROOT, 'processes');
const EXPECTED = path.join(ROOT, 'expected');
const TODAY = '2026-12-07';

interface Gap {
  readonly rule: string;
  readonly step: string | null;
  readonly line: number;
  readonly path?: readonly string[];
}

interface ReportedGap extends Gap {
  readonly file: string;
  readonly message: string;
}

function processFiles(folder: string, prefix = ''): string[] {
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => !entry.name.startsWith('.'))
    .flatMap((entry) => {
      const relative = prefix + entry.name;
      if (entry.isDirectory()) return processFiles(path.join(folder, entry.name), `${relative}/`);
      return /\.ya?ml$/.test(entry.name) && !entry.name.startsWith('gapcheck.config.') ? [relative] : [];
    })
    .sort();
}

function key(gap: Gap): string {
  return `${gap.rule} at ${gap.step ?? '(process)'} line ${gap.line}${gap.path ? ` path ${gap.path.join(' → ')}` : ''}`;
}

function expectedGaps(file: string): Gap[] {
  const text = readFileSync(path.join(EXPECTED, file.replace(/\.ya?ml$/, '.expected.yaml')), 'utf8');
  return ((load(text) as Gap[] | null) ?? []).map((gap) => ({
    rule: gap.rule,
    step: gap.step,
    line: gap.line,
    ...(gap.path ? { path: gap.path } : {}),
  }));
}

interface KnownDisagreement {
  readonly file: string;
  readonly missing?: readonly string[];
  readonly unexpected?: readonly string[];
}

const KNOWN =
  (load(readFileSync(path.join(ROOT, 'known-disagreements.yaml'), 'utf8')) as KnownDisagreement[] | null) ?? [];

function knownFor(file: string, kind: 'missing' | 'unexpected'): Set<string> {
  return new Set(KNOWN.filter((entry) => entry.file === file).flatMap((entry) => entry[kind] ?? []));
}

describe('acceptance set under SPEC revision 2', () => {
  const files = processFiles(PROCESSES);
  let reported: ReportedGap[] = [];
  let stderr = '';

  beforeAll(() => {
    const result = runCli(['audit', '.', '--format', 'json', '--today', TODAY], { cwd: PROCESSES });
    stderr = result.stderr;
    expect(result.code, `gapcheck exited ${result.code}: ${result.stderr}`).not.toBe(2);
    reported = (JSON.parse(result.stdout) as { gaps: ReportedGap[] }).gaps;
  });

  it('reports gaps only in the files of the set', () => {
    const strangers = reported.filter((gap) => !files.includes(gap.file));
    expect(
      strangers.map((gap) => `${gap.file}: ${key(gap)}`),
      stderr,
    ).toEqual([]);
  });

  for (const file of files) {
    it(`finds exactly the expected gaps in ${file}`, () => {
      const found = reported.filter((gap) => gap.file === file);
      const foundKeys = new Set(found.map(key));
      const wantedKeys = new Set(expectedGaps(file).map(key));
      const missing = [...wantedKeys].filter((wanted) => !foundKeys.has(wanted));
      const unexpected = found.filter((gap) => !wantedKeys.has(key(gap)));
      const knownMissing = knownFor(file, 'missing');
      const knownUnexpected = knownFor(file, 'unexpected');
      const stillThere = new Set([...missing, ...unexpected.map(key)]);
      const diff = [
        ...missing.filter((gap) => !knownMissing.has(gap)).map((gap) => `  missing:    ${gap}`),
        ...unexpected
          .filter((gap) => !knownUnexpected.has(key(gap)))
          .map((gap) => `  unexpected: ${key(gap)}\n      ${gap.message}`),
        ...[...knownMissing, ...knownUnexpected]
          .filter((gap) => !stillThere.has(gap))
          .map((gap) => `  now agrees, delete it from known-disagreements.yaml: ${gap}`),
      ].join('\n');
      expect(diff, `${file}\n${diff}`).toBe('');
    });
  }
});
