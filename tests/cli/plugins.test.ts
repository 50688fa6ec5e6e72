/** docs/custom-rules.md through the real command line: a repository's plugin, by relative path, audited, listed, explained, reported; a plugin that throws or cannot be found is exit 2 naming it. */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CatalogueEntry } from '../../src/report/catalogue-table.js';
import { runCli, tempTree } from '../helpers/run-cli.js';

/** A plugin of one rule: a VIP process's intake must reach a step its account manager does. `check` is the body of its check. */
function acmePlugin(check = RULE_CHECK): string {
  return `export default {
  name: 'acme',
  rules: [
    {
      kind: 'process',
      meta: {
        id: 'vip-callback',
        defaultSeverity: 'high',
        summary: 'A VIP intake reaches a step of the account manager.',
        why: 'A key account that only ever hears from a queue leaves.',
        fix: 'Add a contact step by the account manager after the intake.',
        docs: 'https://wiki.example.com/vip-complaints',
        defaultOptions: { role: 'account-manager' },
        optionsSchema: { type: 'object', properties: { role: { type: 'string', description: 'The role that calls back.' } } },
      },
      check(process, { graph, options }) {
${check}
      },
    },
  ],
};
`;
}

const RULE_CHECK = `        if (!process.tags.includes('vip')) return [];
        const byManager = graph.nearestPaths((index) => graph.step(index).actor?.id === options.role);
        return graph.reachableOfType('intake').flatMap((intake) => {
          if (byManager(intake)) return [];
          const id = graph.step(intake).id;
          const path = graph.pathToFirstEnd(intake, []);
          return [{ step: id, message: \`VIP intake "\${id}" never reaches a step of \${options.role}\`, path: path && graph.ids(path) }];
        });`;

const CONFIG = 'plugins:\n  - ./rules/acme.js\n';

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
    next: write-back
  write-back:
    type: contact
    channel: email
    actor: system
    next: done
  done:
    type: end
`;

const TODAY = ['--today', '2026-11-23'];

function repository(files: Record<string, string> = {}): string {
  return tempTree({
    'package.json': '{ "type": "module" }\n',
    'gapcheck.config.yaml': CONFIG,
    'rules/acme.js': acmePlugin(),
    'processes/vip.yaml': VIP_COMPLAINTS,
    ...files,
  });
}

interface JsonGap {
  rule: string;
  step: string | null;
  message: string;
  path?: string[];
}

function pluginGaps(cwd: string, args: readonly string[] = [], env: Record<string, string> = {}): JsonGap[] {
  const { stdout } = runCli(['audit', 'processes', ...TODAY, '--format', 'json', ...args], { cwd, env });
  return (JSON.parse(stdout) as { gaps: JsonGap[] }).gaps.filter((gap) => gap.rule === 'acme/vip-callback');
}

describe('a plugin named by a relative path', () => {
  it('reports its gap in the stylish report, with its witness path', () => {
    const { code, stdout } = runCli(['audit', 'processes', ...TODAY], { cwd: repository() });
    expect(code).toBe(1);
    expect(stdout).toContain(
      '9:3   high      VIP intake "receive" never reaches a step of account-manager  acme/vip-callback\n        path: receive → write-back → done',
    );
  });

  it('reports it in the JSON report, at the level and with the options the config gives', () => {
    expect(pluginGaps(repository())).toEqual([
      expect.objectContaining({ step: 'receive', path: ['receive', 'write-back', 'done'] }),
    ]);
    const config = `${CONFIG}rules:\n  acme/vip-callback: { severity: low, role: team-lead }\n`;
    expect(pluginGaps(repository({ 'gapcheck.config.yaml': config }))).toMatchObject([
      { severity: 'low', message: expect.stringContaining('never reaches a step of team-lead') },
    ]);
  });

  it('may be waived by a waiver that names it', () => {
    const waived = `${VIP_COMPLAINTS}waivers:\n  - { rule: acme/vip-callback, step: receive, reason: The account team calls from its own tool. }\n`;
    const cwd = repository({ 'processes/vip.yaml': waived });
    const { stdout } = runCli(['audit', 'processes', ...TODAY, '--format', 'json'], { cwd });
    const report = JSON.parse(stdout) as { gaps: JsonGap[]; waived: JsonGap[] };
    expect(report.waived).toMatchObject([{ rule: 'acme/vip-callback', step: 'receive' }]);
    expect(report.gaps.filter((gap) => /acme|invalid-process|unused-waiver/.test(gap.rule))).toEqual([]);
  });

  it("counts for cascade: its gap and another rule's on one journey are a cascade", () => {
    // Only two-minute-response, cascade and the plugin's rule run: the cascade exists only if the plugin's gap counts.
    const config = `extends: none\n${CONFIG}rules:\n  two-minute-response: high\n  cascade: critical\n  acme/vip-callback: high\n`;
    const atWriteBack =
      "        return [{ step: 'write-back', message: 'written, not called', path: ['write-back', 'done'] }];";
    const { stdout } = runCli(['audit', 'processes', ...TODAY, '--format', 'json'], {
      cwd: repository({ 'gapcheck.config.yaml': config, 'rules/acme.js': acmePlugin(atWriteBack) }),
    });
    expect((JSON.parse(stdout) as { gaps: JsonGap[] }).gaps.filter((gap) => gap.rule === 'cascade')).toMatchObject([
      { step: 'receive', message: expect.stringContaining('acme/vip-callback (high) at "write-back"') },
    ]);
  });

  it('runs in the worker threads too', () => {
    const files = Object.fromEntries(
      Array.from({ length: 40 }, (_, index) => [
        `processes/vip-${index}.yaml`,
        VIP_COMPLAINTS.replace('process: vip-complaints', `process: vip-${index}`),
      ]),
    );
    expect(pluginGaps(repository(files), ['--jobs', '2'])).toHaveLength(41);
  });

  it('audits again with --cache when the plugin file changes', () => {
    const cwd = repository();
    const env = { XDG_CACHE_HOME: tempTree({}) };
    expect(pluginGaps(cwd, ['--cache'], env)).toHaveLength(1);
    // The same files and config, another rule: a cache keyed without the plugin's code would print the old gap.
    writeFileSync(path.join(cwd, 'rules/acme.js'), acmePlugin('        return [];'));
    expect(pluginGaps(cwd, ['--cache'], env)).toEqual([]);
  });

  it('is listed by gapcheck rules with the plugin, its module and its docs, in the table and in JSON', () => {
    const cwd = repository();
    expect(runCli(['rules'], { cwd }).stdout).toMatch(
      /acme\/vip-callback\s+high\s+high\s+A VIP intake reaches a step of the account manager\. \(plugin acme \(\.\/rules\/acme\.js\) in gapcheck\.config\.yaml; https:\/\/wiki\.example\.com\/vip-complaints\)/,
    );
    const entries = JSON.parse(runCli(['rules', '--format', 'json'], { cwd }).stdout) as CatalogueEntry[];
    expect(entries.find((entry) => entry.id === 'acme/vip-callback')).toEqual({
      id: 'acme/vip-callback',
      defaultSeverity: 'high',
      severity: 'high',
      summary: 'A VIP intake reaches a step of the account manager.',
      structural: false,
      options: { role: 'account-manager' },
      source: 'plugin acme (./rules/acme.js) in gapcheck.config.yaml',
      plugin: 'acme',
      module: './rules/acme.js',
      docs: 'https://wiki.example.com/vip-complaints',
    });
  });

  it('is explained by gapcheck explain, with where it comes from', () => {
    const { code, stdout } = runCli(['explain', 'acme/vip-callback'], { cwd: repository() });
    expect(code).toBe(0);
    expect(stdout).toContain(
      'Where it comes from\n  The plugin "acme" (./rules/acme.js), named in gapcheck.config.yaml. Its\n  documentation: https://wiki.example.com/vip-complaints',
    );
    expect(stdout).toContain('Why it matters\n  A key account that only ever hears from a queue leaves.');
  });

  it('says in the markdown report why its gap matters and where it comes from', () => {
    const { stdout } = runCli(['audit', 'processes', ...TODAY, '--format', 'markdown'], { cwd: repository() });
    expect(stdout).toContain('### Rule acme/vip-callback');
    expect(stdout).toContain('The plugin "acme" (./rules/acme.js), named in gapcheck.config.yaml.');
  });
});

describe('a plugin that fails', () => {
  it('throwing in its check is an internal error naming the plugin and the rule, exit 2, never a pass', () => {
    const cwd = repository({ 'rules/acme.js': acmePlugin("        throw new Error('no account list');") });
    const { code, stderr } = runCli(['audit', 'processes', ...TODAY], { cwd });
    expect(code).toBe(2);
    expect(stderr).toContain(
      'internal error: rule "acme/vip-callback" of the plugin "acme" failed on processes/vip.yaml: no account list',
    );
    expect(stderr).toContain('This is a bug in the plugin "acme", not in your process.');
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('returning no list of findings is an internal error too', () => {
    const cwd = repository({ 'rules/acme.js': acmePlugin('        return undefined;') });
    const { code, stderr } = runCli(['audit', 'processes', ...TODAY], { cwd });
    expect(code).toBe(2);
    expect(stderr).toContain('its check returned undefined, not a list of findings');
  });

  it('that cannot be found is exit 2 at its entry in the config, saying what to do', () => {
    const cwd = repository({ 'gapcheck.config.yaml': 'plugins:\n  - ./rules/acme.js\n  - gapcheck-plugin-nowhere\n' });
    const { code, stdout, stderr } = runCli(['audit', 'processes', ...TODAY], { cwd });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(
      'gapcheck.config.yaml:3:5: plugin "gapcheck-plugin-nowhere" is not installed where the config\'s folder can find it; run `npm install --save-dev gapcheck-plugin-nowhere` there',
    );
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('that does not load is exit 2 at its entry, with the reason', () => {
    const cwd = repository({ 'rules/acme.js': 'export default {\n' });
    const { code, stderr } = runCli(['rules'], { cwd });
    expect(code).toBe(2);
    expect(stderr).toMatch(
      /gapcheck\.config\.yaml:2:5: plugin "\.\/rules\/acme\.js": .*rules\/acme\.js failed to load: /,
    );
  });
});
