// The plugin's rule on fixture processes that mark where it must find a gap (`# expect:`) and where not (`# ok:`).
import { describe, it } from 'node:test';
import { RuleTester } from 'gapcheck/testing';
import plugin from '../index.js';

RuleTester.describe = describe;
RuleTester.it = it;

const [vipAccountManager] = plugin.rules;
const tester = new RuleTester({ today: '2026-11-23' });

tester.run(vipAccountManager, { fixtures: 'test/fixtures' });
tester.run(vipAccountManager, {
  fixtures: 'test/key-accounts',
  options: { tags: ['key-account'], role: 'key-account-manager' },
});
