/**
 * Fixtures that mark their gaps (`# expect:`, `# ok:`), run by gapcheck/testing under vitest as a plugin's tests run:
 * built-in rules, one with options, and a policy from the config that writes it.
 */
import { describe, it } from 'vitest';
import { RuleTester } from 'gapcheck/testing';

RuleTester.describe = describe;
RuleTester.it = it;

const FIXTURES = 'tests/api/fixtures';
const tester = new RuleTester({ today: '2026-11-23' });

tester.run('dead-end', { fixtures: `${FIXTURES}/dead-end` });
tester.run('handoff-chain', { fixtures: [`${FIXTURES}/handoff-chain`], options: { max: 0 } });
tester.run('vip-callback', {
  fixtures: `${FIXTURES}/vip-callback`,
  config: `${FIXTURES}/vip-callback/gapcheck.config.yaml`,
});
