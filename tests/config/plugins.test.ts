/** src/config/plugins.ts: a plugin found from its config's folder, checked, its rules made `NAME/ID`, its code fingerprinted. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { loadPlugin, reloadPlugin, withPlugins } from '../../src/config/plugins.js';
import { BUILT_IN_RULES } from '../../src/rules/index.js';
import { tempTree } from '../helpers/run-cli.js';

/** A plugin module whose one rule has `meta` (an object literal's text) and finds nothing. */
function pluginText(meta = "id: 'vip-callback'", name = 'acme'): string {
  return `export default {
  name: '${name}',
  rules: [{
    kind: 'process',
    meta: { ${meta}, defaultSeverity: 'high', summary: 'S.', why: 'W.', fix: 'F.', defaultOptions: {} },
    check: () => [],
  }],
  configs: { recommended: { rules: { '${name}/vip-callback': 'critical' } } },
};
`;
}

const AT = { config: 'gapcheck.config.yaml', line: 2, column: 5 };

describe('loadPlugin', () => {
  it('loads a plugin by a path relative to the config, its rules named NAME/ID with where they come from', async () => {
    const folder = tempTree({ 'gapcheck.config.yaml': '', 'rules/acme.js': pluginText() });
    const plugin = await loadPlugin('./rules/acme.js', path.join(folder, 'gapcheck.config.yaml'), AT);
    expect(plugin).toMatchObject({ name: 'acme', spec: './rules/acme.js', module: path.join(folder, 'rules/acme.js') });
    expect(plugin.rules.map((rule) => [rule.meta.id, rule.meta.source])).toEqual([
      [
        'acme/vip-callback',
        { kind: 'plugin', plugin: 'acme', module: './rules/acme.js', config: 'gapcheck.config.yaml' },
      ],
    ]);
    expect([...plugin.configs.keys()]).toEqual(['recommended']);
  });

  it('takes a rule id written with the plugin name as it is, as reports and RuleTester name the rule', async () => {
    const folder = tempTree({ 'gapcheck.config.yaml': '', 'acme.js': pluginText("id: 'acme/vip-callback'") });
    const plugin = await loadPlugin('./acme.js', path.join(folder, 'gapcheck.config.yaml'), AT);
    expect(plugin.rules.map((rule) => rule.meta.id)).toEqual(['acme/vip-callback']);
  });

  it('loads a package from node_modules above the config, fingerprinted by its locked version and integrity', async () => {
    const folder = tempTree({
      'package-lock.json': JSON.stringify({
        packages: { 'node_modules/gapcheck-plugin-acme': { version: '1.2.0', integrity: 'sha512-abc' } },
      }),
      'node_modules/gapcheck-plugin-acme/package.json': JSON.stringify({
        name: 'gapcheck-plugin-acme',
        type: 'module',
        exports: './index.js',
      }),
      'node_modules/gapcheck-plugin-acme/index.js': pluginText(),
      'teams/support/gapcheck.config.yaml': '',
    });
    const plugin = await loadPlugin(
      'gapcheck-plugin-acme',
      path.join(folder, 'teams/support/gapcheck.config.yaml'),
      AT,
    );
    expect(plugin.module).toBe(path.join(folder, 'node_modules/gapcheck-plugin-acme/index.js'));
    expect(plugin.identity).toBe('node_modules/gapcheck-plugin-acme@1.2.0 sha512-abc');
  });

  it('fingerprints a path by its bytes: another file is another identity of the registry', async () => {
    const folder = tempTree({ 'gapcheck.config.yaml': '', 'one.js': pluginText(), 'two.js': `${pluginText()}// v2\n` });
    const config = path.join(folder, 'gapcheck.config.yaml');
    const one = await loadPlugin('./one.js', config, AT);
    const two = await loadPlugin('./two.js', config, AT);
    expect(one.identity).not.toBe(two.identity);
    expect(withPlugins(BUILT_IN_RULES, [one]).identity).not.toBe(withPlugins(BUILT_IN_RULES, [two]).identity);
    expect(withPlugins(BUILT_IN_RULES, [])).toBe(BUILT_IN_RULES);
  });

  it('loads a plugin changed since this process first loaded it, as the editor server reads the config again', async () => {
    const folder = tempTree({ 'gapcheck.config.yaml': '', 'acme.js': pluginText() });
    const config = path.join(folder, 'gapcheck.config.yaml');
    expect((await loadPlugin('./acme.js', config, AT)).rules[0]!.meta.summary).toBe('S.');
    writeFileSync(path.join(folder, 'acme.js'), pluginText().replace("summary: 'S.'", "summary: 'Changed.'"));
    expect((await loadPlugin('./acme.js', config, AT)).rules[0]!.meta.summary).toBe('Changed.');
  });

  it('loads again, in a worker thread, the same rules from what it found', async () => {
    const folder = tempTree({ 'gapcheck.config.yaml': '', 'acme.js': pluginText() });
    const plugin = await loadPlugin('./acme.js', path.join(folder, 'gapcheck.config.yaml'), AT);
    const again = await reloadPlugin(plugin);
    expect(withPlugins(BUILT_IN_RULES, [again]).identity).toBe(withPlugins(BUILT_IN_RULES, [plugin]).identity);
  });

  it.each([
    ['a path to no file', './missing.js', {}, 'gapcheck.config.yaml:2:5: plugin "./missing.js": there is no file'],
    [
      'a package not installed',
      'gapcheck-plugin-nowhere',
      {},
      'gapcheck.config.yaml:2:5: plugin "gapcheck-plugin-nowhere" is not installed where the config\'s folder can find it; run `npm install --save-dev gapcheck-plugin-nowhere`',
    ],
    [
      'a path to a folder',
      './rules',
      { 'rules/acme.js': '' },
      "rules is not a file (a folder?); name the plugin's module file",
    ],
    ["one of Node's own modules", 'node:fs', {}, 'plugin "node:fs" is one of Node\'s own modules, not a plugin'],
    ['a module that throws', './bad.js', { 'bad.js': 'throw new Error("boom");\n' }, 'failed to load: boom'],
    ['a module with no name', './bad.js', { 'bad.js': 'export const rules = [];\n' }, 'has no "name" like acme'],
    ['no rules list', './bad.js', { 'bad.js': "export default { name: 'acme' };\n" }, 'has no "rules" list'],
    [
      'exports that throw when read',
      './bad.js',
      { 'bad.js': 'export default { get name() { throw new Error("no name yet"); } };\n' },
      'plugin "./bad.js" threw while its exports were read (no name yet); fix the plugin',
    ],
    [
      'a rule without a summary',
      './bad.js',
      { 'bad.js': pluginText("id: 'x', summary: ''").replace("summary: 'S.', ", '') },
      'rule 1 ("x") has no meta.summary',
    ],
    [
      'a rule id that is not an id',
      './bad.js',
      { 'bad.js': pluginText("id: 'VIP Callback'") },
      'rule 1 ("VIP Callback") has no meta.id like acme/vip-callback',
    ],
    [
      "a rule id prefixed with another plugin's name",
      './bad.js',
      { 'bad.js': pluginText("id: 'other/x'") },
      'rule 1 ("other/x") has no meta.id like acme/vip-callback',
    ],
    [
      'an option without a description',
      './bad.js',
      { 'bad.js': pluginText("id: 'x'").replace('defaultOptions: {}', 'defaultOptions: { within: "1h" }') },
      'has option "within" without a description in meta.optionsSchema.properties',
    ],
  ])('refuses %s, at the config entry, saying what to do', async (_case, spec, files, message) => {
    const folder = tempTree({ 'gapcheck.config.yaml': '', ...files });
    await expect(loadPlugin(spec, path.join(folder, 'gapcheck.config.yaml'), AT)).rejects.toThrow(message);
  });
});

describe('a config with plugins', () => {
  it('runs their rules, lets "rules" set them, and suggests the id meant for a misspelt one', async () => {
    const folder = tempTree({ 'acme.js': pluginText() });
    const configFile = path.join(folder, 'gapcheck.config.yaml');
    writeFileSync(configFile, 'plugins: [./acme.js]\nrules:\n  acme/vip-callback: low\n');
    const config = await loadConfig(configFile, folder, BUILT_IN_RULES);
    expect(config.rules.get('acme/vip-callback')?.level).toBe('low');
    expect(config.plugins).toEqual([expect.objectContaining({ spec: './acme.js', config: 'gapcheck.config.yaml' })]);
    writeFileSync(configFile, 'plugins: [./acme.js]\nrules:\n  acme/vip-calback: low\n');
    await expect(loadConfig(configFile, folder, BUILT_IN_RULES)).rejects.toThrow(
      'gapcheck.config.yaml:3:3: rules: unknown rule "acme/vip-calback" — did you mean "acme/vip-callback"?',
    );
  });

  it('refuses two plugins of one name, at the second entry', async () => {
    const folder = tempTree({ 'one.js': pluginText(), 'two.js': pluginText() });
    const configFile = path.join(folder, 'gapcheck.config.yaml');
    writeFileSync(configFile, 'plugins:\n  - ./one.js\n  - ./two.js\n');
    await expect(loadConfig(configFile, folder, BUILT_IN_RULES)).rejects.toThrow(
      'gapcheck.config.yaml:3:5: plugin "./two.js" is named "acme", as is the plugin "./one.js" before it',
    );
  });

  it('turns their rules off with extends: none, as it does the built-in rules', async () => {
    const folder = tempTree({ 'acme.js': pluginText() });
    mkdirSync(path.join(folder, 'sub'));
    const configFile = path.join(folder, 'sub/gapcheck.config.yaml');
    writeFileSync(configFile, 'extends: none\nplugins: [../acme.js]\n');
    expect((await loadConfig(configFile, folder, BUILT_IN_RULES)).rules.get('acme/vip-callback')?.level).toBe('off');
  });
});
