/**
 * gapcheck/testing by its package name: the tester passes fixtures whose marks match the gaps and fails, line by
 * line, those whose marks do not, for a plugin's rule, a built-in rule with options and a policy.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { RuleTester } from 'gapcheck/testing';
import { tempTree } from '../helpers/run-cli.js';
import { intakeWithOwner } from './acme-rule.js';

const TODAY = '2026-11-23';
const FIXTURES = 'tests/api/fixtures';

/** The fixtures' tests a run declares, as `describe` and `it` are given them: run here, each one's error caught. */
async function outcomes(run: (tester: RuleTester) => void): Promise<Map<string, string | undefined>> {
  const results = new Map<string, string | undefined>();
  const tests: Promise<unknown>[] = [];
  RuleTester.describe = (_title, body) => body();
  RuleTester.it = (title, body) =>
    tests.push(
      (async () => body())().then(
        () => results.set(title, undefined),
        (error: unknown) => results.set(title, (error as Error).message),
      ),
    );
  run(new RuleTester({ today: TODAY }));
  await Promise.all(tests);
  return results;
}

/** A copy of a fixture with its text changed, in a folder of its own. */
function changedFixture(fixture: string, change: (text: string) => string, extra: Record<string, string> = {}): string {
  const folder = tempTree({ [path.basename(fixture)]: change(readFileSync(fixture, 'utf8')), ...extra });
  return path.join(folder, path.basename(fixture));
}

afterEach(() => {
  RuleTester.describe = describe;
  RuleTester.it = it;
});

describe('RuleTester passes fixtures whose marks match', () => {
  it('for a plugin rule, and names each test for its fixture', async () => {
    const results = await outcomes((tester) => tester.run(intakeWithOwner, { fixtures: `${FIXTURES}/acme` }));
    expect([...results]).toEqual([[`${FIXTURES}/acme/two-intakes.yaml`, undefined]]);
  });
});

describe('RuleTester fails, line by line,', () => {
  const acme = `${FIXTURES}/acme/two-intakes.yaml`;

  it('a gap expected and not found, and a gap not marked', async () => {
    const fixture = changedFixture(acme, (text) =>
      text
        .replace('# expect: acme/intake-with-owner', '# (mark moved)')
        .replace('  answer:', '  answer: # expect: acme/intake-with-owner'),
    );
    const [message] = (await outcomes((tester) => tester.run(intakeWithOwner, { fixtures: fixture }))).values();
    expect(message).toMatch(/the gaps of acme\/intake-with-owner are not those the fixture marks/);
    expect(message).toMatch(/:10:3: got a gap that is not marked: intake "phone-line" on phone is taken by no role/);
    expect(message).toMatch(/:21: expected a gap of acme\/intake-with-owner \(# expect: on line 21\), got none/);
  });

  it('a gap on a line marked ok', async () => {
    const fixture = changedFixture(acme, (text) => text.replace('channel: chat\n    actor: agent', 'channel: email'));
    const [message] = (
      await outcomes((tester) =>
        tester.run(intakeWithOwner, { fixtures: fixture, options: { channels: ['phone', 'email'] } }),
      )
    ).values();
    expect(message).toMatch(/:15:3: marked "# ok: acme\/intake-with-owner", got a gap: intake "chat-line" on email/);
  });

  it('a fixture that is not a valid process', async () => {
    const fixture = changedFixture(acme, (text) => text.replace('type: end', 'type: finish'));
    const [message] = (await outcomes((tester) => tester.run(intakeWithOwner, { fixtures: fixture }))).values();
    expect(message).toMatch(
      /is not a valid process file, so acme\/intake-with-owner cannot be tested on it; fix it first/,
    );
  });
});

describe('RuleTester refuses, naming where,', () => {
  it('a mark that names no rule', async () => {
    const fixture = changedFixture(`${FIXTURES}/dead-end/step-without-next.yaml`, (text) =>
      text.replace('# expect: dead-end', '# expect: dead-ends'),
    );
    const [message] = (await outcomes((tester) => tester.run('dead-end', { fixtures: fixture }))).values();
    expect(message).toMatch(
      /step-without-next\.yaml:22:19: "# expect: dead-ends" names no rule gapcheck knows; did you mean dead-end\?/,
    );
  });

  it('options the rule does not have, and a rule that does not exist, in each fixture test', async () => {
    const [options] = (
      await outcomes((tester) =>
        tester.run('handoff-chain', { fixtures: `${FIXTURES}/handoff-chain`, options: { most: 0 } }),
      )
    ).values();
    expect(options).toBe('RuleTester options: handoff-chain has no option "most"; its options are max');
    const [rule] = (
      await outcomes((tester) => tester.run('vip-callback', { fixtures: `${FIXTURES}/vip-callback` }))
    ).values();
    expect(rule).toBe(
      'RuleTester: there is no rule "vip-callback"; give the rule itself, or the config that writes the policy',
    );
  });

  it("a plugin's rule with a built-in rule's id", async () => {
    const impostor = { ...intakeWithOwner, meta: { ...intakeWithOwner.meta, id: 'dead-end' } };
    await expect(outcomes((tester) => tester.run(impostor, { fixtures: `${FIXTURES}/acme` }))).rejects.toThrow(
      'RuleTester: the rule\'s id "dead-end" is a built-in rule\'s',
    );
  });

  it('a folder without fixtures', async () => {
    const empty = tempTree({ 'notes.txt': '' });
    await expect(outcomes((tester) => tester.run('dead-end', { fixtures: empty }))).rejects.toThrow(
      /no \*\.yaml or \*\.yml fixture/,
    );
    writeFileSync(path.join(empty, 'gapcheck.config.yaml'), '');
    await expect(outcomes((tester) => tester.run('dead-end', { fixtures: empty }))).rejects.toThrow(
      /no \*\.yaml or \*\.yml fixture/,
    );
  });
});
