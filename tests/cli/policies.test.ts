/** docs/policies.md through the real command line: a policy audited, waived, counted by cascade, listed, explained and reported; its mistakes are exit 2 at their place. */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CatalogueEntry } from '../../src/report/catalogue-table.js';
import { runCli, tempTree } from '../helpers/run-cli.js';

const VIP_POLICY = `policies:
  - id: vip-callback
    severity: high
    summary: VIP complaints are called back by their account manager within an hour.
    why: A key account that waits leaves.
    fix: Call the customer back from the account manager's phone within 1h.
    docs: https://wiki.example.com/vip-complaints
    processes: { tags: [vip] }
    from: { type: intake, intent: complaint }
    every-path:
      passes: { type: contact, channel: phone, actor: account-manager }
      within: 1h
`;

/** A VIP complaint answered in writing on one way: the policy's gap, at the intake, along that way. */
const VIP_COMPLAINTS = `process: vip-complaints
title: VIP complaints
owner: account-manager
tags: [vip]
roles:
  account-manager: { title: Account manager, frontline: true }
start: receive
steps:
  receive:
    type: intake
    intent: complaint
    channel: email
    actor: system
    takes: 1m
    next: [call-back, write-back]
  call-back:
    type: contact
    channel: phone
    actor: account-manager
    next: done
  write-back:
    type: contact
    channel: email
    actor: account-manager
    next: done
  done:
    type: end
`;

const WAIVER = `waivers:
  - rule: vip-callback
    step: receive
    reason: Written answers are fine until the phone line opens.
`;

interface JsonGap {
  rule: string;
  severity: string;
  step: string | null;
  line: number;
  column: number;
  message: string;
  path?: string[];
}

function audit(config: string, process: string, ...args: string[]) {
  const cwd = tempTree({ 'gapcheck.config.yaml': config, 'vip.yaml': process });
  return runCli(['audit', '.', '--today', '2026-11-23', ...args], { cwd });
}

function jsonAudit(config: string, process: string): { gaps: JsonGap[]; waived: JsonGap[] } {
  return JSON.parse(audit(config, process, '--format', 'json').stdout) as { gaps: JsonGap[]; waived: JsonGap[] };
}

describe('a policy in an audit', () => {
  it('is a gap at each from step, in its own words, with its witness path on a line of its own', () => {
    const { code, stdout } = audit(VIP_POLICY, VIP_COMPLAINTS);
    expect(code).toBe(1);
    expect(stdout).toContain(
      '9:3   high      VIP complaints are called back by their account manager within an hour. From "receive" the case can reach "done" without passing a step it asks for. Call the customer back from the account manager\'s phone within 1h.  vip-callback\n        path: receive → write-back → done',
    );
  });

  it('takes the severity the config gives it under rules, as any rule does', () => {
    const gaps = jsonAudit(`${VIP_POLICY}rules:\n  vip-callback: low\n`, VIP_COMPLAINTS).gaps.filter(
      (gap) => gap.rule === 'vip-callback',
    );
    expect(gaps).toMatchObject([
      { severity: 'low', step: 'receive', line: 9, column: 3, path: ['receive', 'write-back', 'done'] },
    ]);
    expect(
      jsonAudit(`${VIP_POLICY}rules:\n  vip-callback: off\n`, VIP_COMPLAINTS).gaps.filter(
        (gap) => gap.rule === 'vip-callback',
      ),
    ).toEqual([]);
  });

  it('may be waived by a waiver that names it; a waiver naming no rule or policy is still invalid', () => {
    const report = jsonAudit(VIP_POLICY, VIP_COMPLAINTS + WAIVER);
    expect(
      report.gaps.filter((gap) => ['vip-callback', 'invalid-process', 'unused-waiver'].includes(gap.rule)),
    ).toEqual([]);
    expect(report.waived).toMatchObject([{ rule: 'vip-callback', step: 'receive' }]);

    const misspelt = jsonAudit(VIP_POLICY, VIP_COMPLAINTS + WAIVER.replace('rule: vip-callback', 'rule: vip-calback'));
    expect(misspelt.gaps).toMatchObject([
      {
        rule: 'invalid-process',
        line: 29,
        column: 11,
        message: expect.stringContaining('unknown rule "vip-calback" — did you mean "vip-callback"?'),
      },
    ]);
  });

  it("counts for cascade: its gap and another rule's on one journey are a cascade, and not once it is waived", () => {
    // Only two-minute-response, cascade and the policy run: the cascade exists only if the policy's gap counts.
    const config = `extends: none\nrules:\n  two-minute-response: high\n  cascade: critical\npolicies:
  - id: no-silent-close
    severity: high
    summary: A complaint never ends unresolved.
    fix: Resolve it before closing.
    never-reaches: { to: { type: end, outcome: unresolved } }
`;
    const process = `process: slow-complaints
title: Slow complaints
owner: care-agent
roles:
  care-agent: { title: Care agent, frontline: true }
start: receive
steps:
  receive: { type: intake, intent: complaint, channel: email, actor: system, takes: 1m, next: queue }
  queue: { type: action, actor: care-agent, takes: 3h, next: call }
  call: { type: listen, channel: phone, actor: care-agent, takes: 5m, next: close }
  close: { type: end, outcome: unresolved }
`;
    const cascades = (text: string) => jsonAudit(config, text).gaps.filter((gap) => gap.rule === 'cascade');
    expect(cascades(process)).toMatchObject([
      {
        step: 'receive',
        path: ['receive', 'queue', 'call', 'close'],
        message: expect.stringContaining('no-silent-close'),
      },
    ]);
    expect(cascades(`${process}waivers:\n  - { rule: no-silent-close, reason: Known. }\n`)).toEqual([]);
  });

  it('is reported by every format, the markdown report saying why it matters and where it comes from', () => {
    for (const format of ['stylish', 'json', 'sarif', 'junit', 'github', 'markdown']) {
      const { code, stdout } = audit(VIP_POLICY, VIP_COMPLAINTS, '--format', format);
      expect(code, format).toBe(1);
      expect(stdout, format).toContain('vip-callback');
    }
    const markdown = audit(VIP_POLICY, VIP_COMPLAINTS, '--format', 'markdown').stdout;
    expect(markdown).toContain('### Rule vip-callback');
    expect(markdown).toContain('**Why it matters.** A key account that waits leaves.');
    expect(markdown).toMatch(
      /The repository's policy, written in gapcheck\.config\.yaml\. Its documentation:\s+https\\?:\/\/wiki\.example\.com\/vip-complaints/,
    );
    const sarif = JSON.parse(audit(VIP_POLICY, VIP_COMPLAINTS, '--format', 'sarif').stdout);
    const rules = sarif.runs[0].tool.driver.rules as { id: string; helpUri?: string }[];
    expect(rules.find((rule) => rule.id === 'vip-callback')).toMatchObject({
      helpUri: 'https://wiki.example.com/vip-complaints',
    });
  });

  it('audits again with --cache when the policy changes', () => {
    const cwd = tempTree({ 'gapcheck.config.yaml': VIP_POLICY, 'vip.yaml': VIP_COMPLAINTS });
    const cache = ['audit', '.', '--today', '2026-11-23', '--cache', '--format', 'json'];
    const env = { XDG_CACHE_HOME: tempTree({}) };
    expect(
      JSON.parse(runCli(cache, { cwd, env }).stdout).gaps.some((gap: JsonGap) => gap.rule === 'vip-callback'),
    ).toBe(true);
    // The same files, a policy that now holds everywhere: a cache keyed without the policies would print the old gap.
    const holds = VIP_POLICY.replace(
      'passes: { type: contact, channel: phone, actor: account-manager }',
      'passes: { type: contact, actor: account-manager }',
    );
    writeFileSync(path.join(cwd, 'gapcheck.config.yaml'), holds);
    expect(
      JSON.parse(runCli(cache, { cwd, env }).stdout).gaps.some((gap: JsonGap) => gap.rule === 'vip-callback'),
    ).toBe(false);
  });
});

describe('gapcheck rules and explain', () => {
  const cwd = tempTree({ 'gapcheck.config.yaml': VIP_POLICY });

  it("list a policy after the built-in rules, marked as the repository's, with its docs link", () => {
    const table = runCli(['rules'], { cwd });
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(
      /vip-callback\s+high\s+high\s+VIP complaints are called back by their account manager within an hour\. \(the repository's policy in gapcheck\.config\.yaml; https:\/\/wiki\.example\.com\/vip-complaints\)/,
    );
    const entries = JSON.parse(runCli(['rules', '--format', 'json'], { cwd }).stdout) as CatalogueEntry[];
    expect(entries[entries.length - 1]).toEqual({
      id: 'vip-callback',
      defaultSeverity: 'high',
      severity: 'high',
      summary: 'VIP complaints are called back by their account manager within an hour.',
      structural: false,
      options: {},
      source: 'policy in gapcheck.config.yaml',
      docs: 'https://wiki.example.com/vip-complaints',
    });
    expect(entries.find((entry) => entry.id === 'dead-end')).not.toHaveProperty('source');
  });

  it('explain a policy: where it comes from, why, the fix', () => {
    const { code, stdout } = runCli(['explain', 'vip-callback'], { cwd });
    expect(code).toBe(0);
    expect(stdout).toContain(
      "Where it comes from\n  The repository's policy, written in gapcheck.config.yaml. Its documentation:\n  https://wiki.example.com/vip-complaints",
    );
    expect(stdout).toContain('Why it matters\n  A key account that waits leaves.');
    expect(stdout).toContain(
      "How to close the gap\n  Call the customer back from the account manager's phone within 1h.",
    );
    expect(runCli(['explain', 'vip-calback'], { cwd }).stderr).toContain('did you mean "vip-callback"?');
  });
});

describe('a policy written wrong', () => {
  const refused = (policies: string) => {
    const { code, stdout, stderr } = audit(`policies:\n${policies}`, VIP_COMPLAINTS);
    expect(stdout).toBe('');
    expect(code).toBe(2);
    return stderr;
  };
  const policy = (id: string, assertion: string) => `  - id: ${id}\n    summary: S.\n    fix: F.\n${assertion}`;

  it('is exit 2 at the unknown condition, with the one meant', () => {
    expect(refused(policy('p', '    reaches: { type: contact, chanel: phone }\n'))).toContain(
      'gapcheck.config.yaml:5:31: policy 1: "reaches": unknown key "chanel" — did you mean "channel"?',
    );
  });

  it('is exit 2 at a value no step can have, with the one meant', () => {
    expect(refused(policy('p', '    reaches: { channel: e-mail }\n'))).toContain(
      'gapcheck.config.yaml:5:25: policy 1: "reaches.channel" must be one of phone, email, sms, chat, social, web-form, letter, in-person, voicemail — did you mean "email"?',
    );
  });

  it('is exit 2 at a passes that can never match its type', () => {
    expect(
      refused(policy('p', '    every-path:\n      passes: { type: [contact, listen], intent: complaint }\n')),
    ).toContain(
      'gapcheck.config.yaml:6:42: policy "p": every-path.passes.intent can never match: `contact` or `listen` steps have no "intent" (only `intake` steps do); change "type" or remove "intent"',
    );
  });

  it('is exit 2 at a field named by has that no step has, with the one meant', () => {
    expect(refused(policy('p', '    reaches: { has: [takes, chanel] }\n'))).toContain(
      'gapcheck.config.yaml:5:29: policy "p": reaches.has names "chanel", which no step has — did you mean "channel"?',
    );
  });

  it('is exit 2 at a duplicate id, and at the id of a built-in rule', () => {
    const stderr = refused(
      `${policy('p', '    reaches: { type: end }\n')}${policy('p', '    reaches: { type: end }\n')}${policy('dead-end', '    reaches: { type: end }\n')}`,
    );
    expect(stderr).toContain(
      'gapcheck.config.yaml:6:9: policy "p" is written twice (policy 1 has the same id); give each policy an id of its own',
    );
    expect(stderr).toContain(
      'gapcheck.config.yaml:10:9: policy "dead-end" has the id of a built-in rule; give it an id of its own',
    );
  });

  it('is exit 2 without an assertion, with two, and for each-step without from', () => {
    const stderr = refused(
      `${policy('none', '')}${policy('two', '    reaches: { type: end }\n    each-step: { type: end }\n')}${policy('alone', '    each-step: { type: end }\n')}`,
    );
    expect(stderr).toContain(
      'gapcheck.config.yaml:2:5: policy "none" has no assertion; give it one of every-path, reaches, never-reaches, each-step',
    );
    expect(stderr).toContain(
      'gapcheck.config.yaml:9:5: policy "two": each-step has 2 assertions (reaches, each-step); a policy has exactly one, so write one policy for each',
    );
    expect(stderr).toContain('gapcheck.config.yaml:13:5: policy "alone": each-step needs "from"');
  });
});
