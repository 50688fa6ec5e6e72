/** docs/policies.md: every assertion and every selector condition, each with fixtures that pass and fail. Each fixture's config writes the policy `team-policy`. */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditFiles, configAt } from '../../helpers/audit-text.js';
import { testRule } from '../rule-tester.js';

const FOLDER = 'tests/rules/policies';

for (const group of readdirSync(FOLDER, { withFileTypes: true }).filter((entry) => entry.isDirectory())) {
  testRule('team-policy', path.join(FOLDER, group.name));
}

describe('a policy gap', () => {
  it('says what fails, with the policy fix apart as every rule gives its own (the message joins them)', async () => {
    const fixture = path.join(FOLDER, 'every-path/fail/written-answer-skips-the-call');
    const [gap] = auditFiles([`${fixture}.yaml`], undefined, await configAt(`${fixture}.config.yaml`)).gaps.filter(
      (found) => found.rule === 'team-policy',
    );
    expect(gap?.fix).toBe("Call the customer back from the account manager's phone.");
    expect(gap?.message).toBe(
      'VIP complaints are called back by their account manager. From "receive" the case can reach "done" without passing a step it asks for. ' +
        "Call the customer back from the account manager's phone.",
    );
  });
});
