/** SPEC §5 through the real command line: each file's nearest config, `extends` chains, `overrides`, --print-config, and --cache per config. */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EMAIL_COMPLAINT } from '../helpers/email-complaint.js';
import { runCli, tempTree, type CliResult } from '../helpers/run-cli.js';

/** The e-mail complaint under another process id: listen-first (medium), process-review and training-current gaps. */
const complaint = (id: string): string => EMAIL_COMPLAINT.replace('process: email-complaint', `process: ${id}`);

interface Reported {
  gaps: { file: string; rule: string; severity: string }[];
}

function audit(cwd: string, ...args: string[]): CliResult {
  return runCli(['audit', '--today', '2026-11-23', '--fail-on', 'none', ...args], { cwd });
}

/** The rules the configs of these tests set: other rules' gaps are left out of `gapsByFile`. */
const SET_HERE = new Set(['listen-first', 'process-review', 'training-current']);

/** Each file's gaps of the rules in `SET_HERE` as `rule severity`, sorted, by file. */
function gapsByFile(result: CliResult): Record<string, string[]> {
  expect(result.stderr).toBe('');
  const byFile: Record<string, string[]> = {};
  for (const gap of (JSON.parse(result.stdout) as Reported).gaps)
    if (SET_HERE.has(gap.rule)) (byFile[gap.file] ??= []).push(`${gap.rule} ${gap.severity}`);
  for (const list of Object.values(byFile)) list.sort();
  return byFile;
}

interface Printed {
  file: string;
  ignored: boolean;
  configs: string[];
  overrides: { config: string; entry: number; files: string[] }[];
  rules: Record<string, string | Record<string, unknown>>;
  policies: { id: string; config: string }[];
  plugins: { plugin: string; module: string; config: string }[];
}

function printConfig(cwd: string, file: string): Printed {
  const result = runCli(['audit', '--print-config', file], { cwd });
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as Printed;
}

/** Two teams' folders under one repository config: team a extends it, team b starts from nothing. */
function twoTeams(): string {
  return tempTree({
    'gapcheck.config.yaml': 'rules:\n  listen-first: high\n',
    'teams/a/gapcheck.config.yaml': 'extends: ../../gapcheck.config.yaml\nrules:\n  process-review: off\n',
    'teams/a/complaints.yaml': complaint('a-complaint'),
    'teams/b/gapcheck.config.yml': 'extends: none\nrules:\n  listen-first: low\n',
    'teams/b/complaints.yaml': complaint('b-complaint'),
    'shared/complaints.yaml': complaint('shared-complaint'),
  });
}

describe('the nearest config of each file', () => {
  it("audits each team's folder with its own config, and a file with none above it with the working directory's", () => {
    const byFile = gapsByFile(audit(twoTeams(), '--format', 'json', '.'));
    expect(byFile['teams/a/complaints.yaml']).toEqual(['listen-first high', 'training-current medium']);
    expect(byFile['teams/b/complaints.yaml']).toEqual(['listen-first low']);
    expect(byFile['shared/complaints.yaml']).toEqual([
      'listen-first high',
      'process-review medium',
      'training-current medium',
    ]);
  });

  it('takes the config of the folder the command runs in for files above none, and --config for every file', () => {
    const loose = tempTree({
      'team/gapcheck.config.yaml': 'extends: none\nrules:\n  listen-first: low\n',
      'loose/complaints.yaml': complaint('loose-complaint'),
    });
    const fromTeam = gapsByFile(audit(path.join(loose, 'team'), '--format', 'json', '../loose'));
    expect(fromTeam['../loose/complaints.yaml']).toEqual(['listen-first low']);
    const root = twoTeams();
    const named = gapsByFile(audit(root, '--format', 'json', '--config', 'teams/b/gapcheck.config.yml', '.'));
    expect(Object.values(named).flat()).toEqual(['listen-first low', 'listen-first low', 'listen-first low']);
  });

  it('refuses a folder holding both gapcheck.config.yaml and gapcheck.config.yml, naming both', () => {
    const root = twoTeams();
    writeFileSync(path.join(root, 'teams/b/gapcheck.config.yaml'), 'extends: strict\n');
    const result = audit(root, '.');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      '"teams/b/gapcheck.config.yaml" and "teams/b/gapcheck.config.yml" are both configs of one folder',
    );
  });

  it("applies each config's ignore to the files under it, relative to its folder", () => {
    const root = twoTeams();
    writeFileSync(path.join(root, 'teams/b/gapcheck.config.yml'), 'extends: none\nignore: ["complaints.yaml"]\n');
    const byFile = gapsByFile(audit(root, '--format', 'json', '.'));
    expect(Object.keys(byFile).sort()).toEqual(['shared/complaints.yaml', 'teams/a/complaints.yaml']);
  });
});

describe('extends', () => {
  it('applies a list in order, a preset then a file, and the config itself last; a file it extends is not audited', () => {
    const root = tempTree({
      'processes/gapcheck.config.yaml': 'extends: [strict, ./base.yaml]\nrules:\n  training-current: off\n',
      'processes/base.yaml': 'rules:\n  listen-first: low\n  training-current: critical\n',
      'processes/complaints.yaml': complaint('complaint'),
    });
    expect(gapsByFile(audit(root, '--format', 'json', 'processes'))).toEqual({
      'processes/complaints.yaml': ['listen-first low', 'process-review high'],
    });
    expect(printConfig(root, 'processes/complaints.yaml')).toMatchObject({
      configs: ['strict', 'processes/base.yaml', 'processes/gapcheck.config.yaml'],
      rules: { 'listen-first': 'low', 'training-current': 'off', 'process-review': 'high' },
    });
  });

  it('takes a package whose main file is a config, resolved from the config folder', () => {
    const root = tempTree({
      'gapcheck.config.yaml': 'extends: gapcheck-config-acme\n',
      'node_modules/gapcheck-config-acme/package.json': '{ "name": "gapcheck-config-acme", "main": "gapcheck.yaml" }',
      'node_modules/gapcheck-config-acme/gapcheck.yaml': 'extends: none\nrules:\n  listen-first: critical\n',
      'complaints.yaml': complaint('complaint'),
    });
    expect(gapsByFile(audit(root, '--format', 'json', 'complaints.yaml'))).toEqual({
      'complaints.yaml': ['listen-first critical'],
    });
    expect(printConfig(root, 'complaints.yaml').configs).toEqual([
      'none',
      'node_modules/gapcheck-config-acme/gapcheck.yaml',
      'gapcheck.config.yaml',
    ]);
  });

  it.each([
    [
      'a file that does not exist',
      'extends: ./base.yml\n',
      'gapcheck.config.yaml:1:10: extends "./base.yml" cannot be found: there is no file "base.yml"; check the path, which is relative to this config\'s folder',
    ],
    [
      'a package that is not installed',
      'extends: [recommended, gapcheck-config-acme]\n',
      'gapcheck.config.yaml:1:24: extends "gapcheck-config-acme" cannot be found: no package "gapcheck-config-acme" is installed where this config is; install it (npm install --save-dev gapcheck-config-acme)',
    ],
    [
      'a misspelt preset',
      'extends: strct\n',
      'gapcheck.config.yaml:1:10: extends "strct" is not a preset or an installed package; did you mean "strict"?',
    ],
  ])('names %s at the extends entry, with what to do', (_case, config, message) => {
    const result = audit(tempTree({ 'gapcheck.config.yaml': config, 'a.yaml': complaint('a') }), 'a.yaml');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('names the files of a loop in order', () => {
    const root = tempTree({
      'gapcheck.config.yaml': 'extends: ./ci/base.yaml\n',
      'ci/base.yaml': 'extends: [recommended, ./team.yaml]\n',
      'ci/team.yaml': 'extends: ../gapcheck.config.yaml\n',
      'a.yaml': complaint('a'),
    });
    const result = audit(root, 'a.yaml');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'ci/team.yaml:1:10: extends "../gapcheck.config.yaml" makes a loop: gapcheck.config.yaml extends ci/base.yaml extends ci/team.yaml extends gapcheck.config.yaml; remove one of these extends',
    );
  });

  it('names a mistake in an extended file at its own line and column', () => {
    const root = tempTree({
      'gapcheck.config.yaml': 'extends: ./base.yaml\n',
      'base.yaml': 'rules:\n  listen-first: high\n  dead-ned: low\n',
      'a.yaml': complaint('a'),
    });
    const result = audit(root, 'a.yaml');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('base.yaml:3:3: rules: unknown rule "dead-ned"');
    expect(result.stderr).toContain('did you mean "dead-end"?');
  });
});

describe('overrides', () => {
  const withOverrides = (overrides: string): string =>
    tempTree({
      'gapcheck.config.yaml': `rules:\n  listen-first: low\noverrides:\n${overrides}`,
      'stores/returns.yaml': complaint('store-complaint'),
      'phone/complaints.yaml': complaint('phone-complaint'),
    });

  it('sets rules for the files its globs match, later entries over earlier ones and the top level', () => {
    const root = withOverrides(
      '  - files: ["stores/**"]\n    rules: { listen-first: high, training-current: off }\n  - files: ["**/returns.yaml"]\n    rules: { listen-first: critical }\n',
    );
    const byFile = gapsByFile(audit(root, '--format', 'json', '.'));
    expect(byFile['stores/returns.yaml']).toEqual(['listen-first critical', 'process-review medium']);
    expect(byFile['phone/complaints.yaml']).toEqual([
      'listen-first low',
      'process-review medium',
      'training-current medium',
    ]);
    const printed = printConfig(root, 'stores/returns.yaml');
    expect(printed.overrides).toEqual([
      { config: 'gapcheck.config.yaml', entry: 1, files: ['stores/**'] },
      { config: 'gapcheck.config.yaml', entry: 2, files: ['**/returns.yaml'] },
    ]);
    expect(printed.rules['listen-first']).toBe('critical');
    expect(printConfig(root, 'phone/complaints.yaml').overrides).toEqual([]);
  });

  it.each([
    [
      'an unknown rule',
      '  - files: ["stores/**"]\n    rules: { listen-frist: high }\n',
      'gapcheck.config.yaml:5:14: overrides entry 1: rules: unknown rule "listen-frist" — did you mean "listen-first"?',
    ],
    [
      'an option the rule does not have',
      '  - files: ["stores/**"]\n    rules:\n      handoff-chain: { maximum: 2 }\n',
      'gapcheck.config.yaml:6:24: overrides entry 1: rules.handoff-chain: handoff-chain has no option "maximum"; its options are max',
    ],
    ['an entry without files', '  - rules: { listen-first: high }\n', 'gapcheck.config.yaml:4:5: overrides entry 1'],
  ])('refuses %s at its place', (_case, overrides, message) => {
    const result = audit(withOverrides(overrides), '.');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });
});

describe('--print-config', () => {
  it('prints the config of a file as JSON and exits 0, and --help says so', () => {
    const root = twoTeams();
    const printed = printConfig(root, 'teams/a/complaints.yaml');
    expect(printed).toMatchObject({
      file: 'teams/a/complaints.yaml',
      ignored: false,
      configs: ['recommended', 'gapcheck.config.yaml', 'teams/a/gapcheck.config.yaml'],
      overrides: [],
      policies: [],
    });
    expect(printed.rules['listen-first']).toBe('high');
    expect(printed.rules['process-review']).toBe('off');
    expect(printed.rules['handoff-chain']).toEqual({ severity: 'medium', max: 3 });
    expect(runCli(['audit', '--help']).stdout).toContain('--print-config <file>');
  });

  it("names the policies of the file's config, and an invalid config is exit 2", () => {
    const root = tempTree({
      'gapcheck.config.yaml':
        'policies:\n  - id: phone-intake\n    summary: Every intake is by phone.\n    fix: Take it by phone.\n    from: { type: intake }\n    each-step: { channel: phone }\n',
      'ops/gapcheck.config.yaml': 'rules: { dead-end: hihg }\n',
    });
    expect(printConfig(root, 'a.yaml').policies).toEqual([{ id: 'phone-intake', config: 'gapcheck.config.yaml' }]);
    const invalid = runCli(['audit', '--print-config', 'ops/a.yaml'], { cwd: root });
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toContain('ops/gapcheck.config.yaml:1:20: rules.dead-end');
  });
});

describe('--cache with a config per folder', () => {
  it('re-audits only the files of the config that changed, and reports the change', () => {
    const root = twoTeams();
    // Each file's entry in the cache's index: [path, hash, stamp, project findings, settings].
    const settingsOf = (): Map<string, string> => {
      const line = readFileSync(path.join(root, '.gapcheck-cache'), 'utf8').split('\n')[1]!;
      return new Map((JSON.parse(line) as string[][]).map((entry) => [entry[0]!, entry[4]!]));
    };
    audit(root, '--format', 'json', '--cache', '.');
    const before = settingsOf();
    writeFileSync(path.join(root, 'teams/b/gapcheck.config.yml'), 'extends: none\nrules:\n  listen-first: critical\n');
    const after = gapsByFile(audit(root, '--format', 'json', '--cache', '.'));
    expect(after['teams/b/complaints.yaml']).toEqual(['listen-first critical']);
    const now = settingsOf();
    expect(now.get('teams/a/complaints.yaml')).toBe(before.get('teams/a/complaints.yaml'));
    expect(now.get('shared/complaints.yaml')).toBe(before.get('shared/complaints.yaml'));
    expect(now.get('teams/b/complaints.yaml')).not.toBe(before.get('teams/b/complaints.yaml'));

    writeFileSync(path.join(root, 'gapcheck.config.yaml'), 'rules:\n  listen-first: medium\n');
    const parentChanged = gapsByFile(audit(root, '--format', 'json', '--cache', '.'));
    expect(parentChanged['teams/a/complaints.yaml']).toContain('listen-first medium');
    expect(settingsOf().get('teams/b/complaints.yaml')).toBe(now.get('teams/b/complaints.yaml'));
  });
});

describe('plugins per config', () => {
  /** A plugin with one rule (a low gap at each intake) and a shareable config that raises it to critical. */
  const ACME = `export default {
  name: 'acme',
  rules: [{
    kind: 'process',
    meta: { id: 'intake-seen', defaultSeverity: 'low', summary: 'S.', why: 'W.', fix: 'F.', defaultOptions: {} },
    check: (process) => process.steps.filter((step) => step.type === 'intake').map((step) => ({ step: step.id, message: 'seen' })),
  }],
  configs: { loud: { rules: { 'acme/intake-seen': 'critical' } } },
};
`;
  const pluginRules = (result: CliResult): Record<string, string[]> => {
    expect(result.stderr).toBe('');
    const byFile: Record<string, string[]> = {};
    for (const gap of (JSON.parse(result.stdout) as Reported).gaps)
      if (gap.rule.startsWith('acme/')) (byFile[gap.file] ??= []).push(`${gap.rule} ${gap.severity}`);
    return byFile;
  };
  const withPlugin = (teamA: string, more: Record<string, string> = {}): string =>
    tempTree({
      ...more,
      'package.json': '{ "type": "module" }\n',
      'rules/acme.js': ACME,
      'teams/a/gapcheck.config.yaml': teamA,
      'teams/a/complaints.yaml': complaint('a-complaint'),
      'teams/b/gapcheck.config.yaml': 'rules: {}\n',
      'teams/b/complaints.yaml': complaint('b-complaint'),
    });

  it("runs a plugin's rules for the files of the configs that list it, with its config extended and overrides", () => {
    const root = withPlugin(
      'plugins: [../../rules/acme.js]\nextends: [recommended, plugin:acme/loud]\noverrides:\n  - files: ["quiet/**"]\n    rules: { acme/intake-seen: off }\n',
      { 'teams/a/quiet/complaints.yaml': complaint('quiet-complaint') },
    );
    expect(pluginRules(audit(root, '--format', 'json', '.'))).toEqual({
      'teams/a/complaints.yaml': ['acme/intake-seen critical'],
    });
    expect(printConfig(root, 'teams/a/complaints.yaml')).toMatchObject({
      configs: ['recommended', 'plugin:acme/loud', 'teams/a/gapcheck.config.yaml'],
      plugins: [{ plugin: '../../rules/acme.js', module: 'rules/acme.js', config: 'teams/a/gapcheck.config.yaml' }],
      rules: { 'acme/intake-seen': 'critical' },
    });
    expect(printConfig(root, 'teams/a/quiet/complaints.yaml').rules['acme/intake-seen']).toBe('off');
    expect(printConfig(root, 'teams/b/complaints.yaml').rules['acme/intake-seen']).toBeUndefined();
  });

  it('names a plugin config it cannot find at the extends entry', () => {
    const unlisted = audit(withPlugin('extends: plugin:acme/loud\n'), '.');
    expect(unlisted.code).toBe(2);
    expect(unlisted.stderr).toContain(
      'teams/a/gapcheck.config.yaml:1:10: extends "plugin:acme/loud" names the plugin "acme", which this config does not load; list its package or file under "plugins"',
    );
    const unknown = audit(withPlugin('plugins: [../../rules/acme.js]\nextends: plugin:acme/quiet\n'), '.');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain(
      'extends "plugin:acme/quiet" names no config of the plugin "acme"; its configs are loud',
    );
  });
});

describe('--shard and --baseline with a config per folder', () => {
  it('reports, shard by shard and merged, what one run reports', () => {
    const root = twoTeams();
    const whole = gapsByFile(audit(root, '--format', 'json', '.'));
    for (const shard of ['1/2', '2/2'])
      expect(audit(root, '--format', 'json', '--shard', shard, '--output', `${shard[0]}.json`, '.').code).toBe(0);
    const merged = runCli(['merge', '--format', 'json', '--fail-on', 'none', '1.json', '2.json'], { cwd: root });
    expect(gapsByFile(merged)).toEqual(whole);
  });

  it("records each file's gaps under its own config, and then reports none of them", () => {
    const root = twoTeams();
    expect(audit(root, '--baseline', 'baseline.yaml', '--update-baseline', '.').code).toBe(0);
    const again = audit(root, '--format', 'json', '--baseline', 'baseline.yaml', '.');
    expect(JSON.parse(again.stdout)).toMatchObject({ gaps: [] });
    expect(again.stderr).toMatch(/gaps recorded in the baseline baseline\.yaml not reported/);
  });
});
