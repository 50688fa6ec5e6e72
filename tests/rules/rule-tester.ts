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
 *   tests/rules/<rule-id>/{pass,fail}/<case>.config.yaml   optional: the config to audit <case> with
 *
 * Fixtures are audited with today = FIXTURE_TODAY and the default config, or their own
 * `<case>.config.yaml` (to test a rule's options, or to write the policy under test); gaps of
 * other rules are ignored. A policy's fixtures live in a folder of their own (`folder`).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { auditFiles } from '../helpers/audit-text.js';

interface ExpectedGap {
  step: string | null;
  line: number;
  column?: number;
  path?: string[];
  message?: string;
}

export function testRule(ruleId: string, folder?: string): void {
  const fixtures = folder ?? path.join('tests/rules', ruleId);
  const cases = (kind: 'pass' | 'fail'): string[] =>
    readdirSync(path.join(fixtures, kind))
      .filter((name) => name.endsWith('.yaml') && !name.endsWith('.expected.yaml') && !name.endsWith('.config.yaml'))
      .sort();
  const audited = (file: string) => {
    const config = file.replace(/\.yaml$/, '.config.yaml');
    return auditFiles([file], undefined, existsSync(config) ? config : undefined);
  };

  describe(folder === undefined ? ruleId : `${ruleId} in ${folder}`, () => {
    it('has fixtures that pass and fixtures that fail', () => {
      expect(cases('pass').length).toBeGreaterThan(0);
      expect(cases('fail').length).toBeGreaterThan(0);
    });

    for (const name of cases('pass')) {
      it(`passes pass/${name}`, () => {
        const file = path.join(fixtures, 'pass', name);
        const { gaps } = audited(file);
        expect(gaps.filter((gap) => gap.rule === 'invalid-process'), 'the fixture must be a valid process').toEqual([]);
        expect(gaps.filter((gap) => gap.rule === ruleId)).toEqual([]);
      });
    }

    for (const name of cases('fail')) {
      it(`fails fail/${name} exactly as expected`, () => {
        const file = path.join(fixtures, 'fail', name);
        const expected = load(readFileSync(file.replace(/\.yaml$/, '.expected.yaml'), 'utf8')) as ExpectedGap[];
        const found = audited(file).gaps.filter((gap) => gap.rule === ruleId);
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
