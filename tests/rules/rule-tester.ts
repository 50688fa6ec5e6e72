/**
 * The one tester every rule's fixtures go through (bpmnlint-style):
 *
 *   tests/rules/<rule-id>/pass/<case>.yaml           no gap of the rule
 *   tests/rules/<rule-id>/fail/<case>.yaml           gaps of the rule...
 *   tests/rules/<rule-id>/fail/<case>.expected.yaml  ...exactly these, in report order:
 *     - step: enter-order          # or null
 *       line: 14
 *       column: 3                  # optional
 *       path: [enter-order, ship, done]   # optional; checked when given, and `path` absent means none expected
 *       message: reached without   # optional: text the message must contain
 *
 *   tests/rules/<rule-id>/{pass,fail}/<case>.options.yaml  optional: the rule's options for <case>, as a
 *     config sets them under `rules.<rule-id>` (`max: 2`); read and checked as a config's are
 *   <folder>/{pass,fail}/<case>.config.yaml  optional: the whole config to audit <case> with (one that writes
 *     the policy under test); a policy's fixtures live in a folder of their own (`folder`)
 *
 * Fixtures are audited with today = FIXTURE_TODAY and the default config, the rule's options
 * from `<case>.options.yaml` or the config `<case>.config.yaml` when there is one; gaps of other rules are ignored.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { dump, load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { auditFiles, configAt } from '../helpers/audit-text.js';

interface ExpectedGap {
  step: string | null;
  line: number;
  column?: number;
  path?: string[];
  message?: string;
}

/** A config that sets the rule's options to those of `optionsFile`, when it exists: the way a team sets them. */
function optionsConfig(ruleId: string, optionsFile: string): string | undefined {
  if (!existsSync(optionsFile)) return undefined;
  const options = load(readFileSync(optionsFile, 'utf8'));
  if (typeof options !== 'object' || options === null || Array.isArray(options))
    throw new Error(`${optionsFile} must be a mapping of ${ruleId}'s options`);
  const config = path.join(mkdtempSync(path.join(tmpdir(), 'gapcheck-options-')), 'gapcheck.config.yaml');
  writeFileSync(config, dump({ rules: { [ruleId]: options } }));
  return config;
}

export function testRule(ruleId: string, fixtures?: string): void {
  const folder = fixtures ?? path.join('tests/rules', ruleId);
  const cases = (kind: 'pass' | 'fail'): string[] =>
    readdirSync(path.join(folder, kind))
      .filter(
        (name) =>
          name.endsWith('.yaml') &&
          !['.expected.yaml', '.options.yaml', '.config.yaml'].some((suffix) => name.endsWith(suffix)),
      )
      .sort();
  const audited = async (file: string) => {
    const config = file.replace(/\.yaml$/, '.config.yaml');
    return auditFiles(
      [file],
      undefined,
      await configAt(existsSync(config) ? config : optionsConfig(ruleId, file.replace(/\.yaml$/, '.options.yaml'))),
    );
  };

  describe(fixtures === undefined ? ruleId : `${ruleId} in ${fixtures}`, () => {
    it('has fixtures that pass and fixtures that fail', () => {
      expect(cases('pass').length).toBeGreaterThan(0);
      expect(cases('fail').length).toBeGreaterThan(0);
    });

    for (const name of cases('pass')) {
      it(`passes pass/${name}`, async () => {
        const file = path.join(folder, 'pass', name);
        const { gaps } = await audited(file);
        expect(
          gaps.filter((gap) => gap.rule === 'invalid-process'),
          'the fixture must be a valid process',
        ).toEqual([]);
        expect(gaps.filter((gap) => gap.rule === ruleId)).toEqual([]);
      });
    }

    for (const name of cases('fail')) {
      it(`fails fail/${name} exactly as expected`, async () => {
        const file = path.join(folder, 'fail', name);
        const expected = load(readFileSync(file.replace(/\.yaml$/, '.expected.yaml'), 'utf8')) as ExpectedGap[];
        const found = (await audited(file)).gaps.filter((gap) => gap.rule === ruleId);
        expect(found.map((gap) => ({ step: gap.step, line: gap.line }))).toEqual(
          expected.map((gap) => ({ step: gap.step, line: gap.line })),
        );
        found.forEach((gap, index) => {
          const want = expected[index]!;
          if (want.column !== undefined) expect(gap.column).toBe(want.column);
          if (want.message !== undefined) expect(gap.message).toContain(want.message);
          expect(gap.path ?? null).toEqual(want.path ?? null);
        });
      });
    }
  });
}
