/** The exports map holds the public API to its three entries: each exports exactly what docs/api.md lists, nothing deeper is importable. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';

it('package.json exports gapcheck, gapcheck/rules, gapcheck/testing and the package.json, each with its types', () => {
  const { exports } = JSON.parse(readFileSync('package.json', 'utf8')) as { exports: Record<string, unknown> };
  expect(Object.keys(exports)).toEqual(['.', './rules', './testing', './package.json']);
  for (const entry of ['.', './rules', './testing'])
    expect(Object.keys(exports[entry] as object), entry).toEqual(['types', 'default']);
});

it('each entry exports exactly the documented values', async () => {
  expect(Object.keys(await import('gapcheck')).sort()).toEqual(['audit', 'formatters', 'loadConfig']);
  expect(Object.keys(await import('gapcheck/rules')).sort()).toEqual([
    'ProcessGraph',
    'cutSteps',
    'formatSeconds',
    'gapOfWays',
    'isCustomerFacing',
    'isResponse',
    'isRole',
    'lateWay',
    'parseDuration',
    'pathText',
    'quoteSteps',
  ]);
  expect(Object.keys(await import('gapcheck/testing'))).toEqual(['RuleTester']);
});

it('refuses, in Node, a deep import into the package', () => {
  for (const deep of ['gapcheck/dist/lib/gapcheck.js', 'gapcheck/dist/bundle/cli.js', 'gapcheck/src/api/index.ts']) {
    const imported = spawnSync(
      process.execPath,
      ['--input-type=module', '--eval', `await import(${JSON.stringify(deep)})`],
      {
        encoding: 'utf8',
      },
    );
    expect(imported.status, deep).toBe(1);
    expect(imported.stderr, deep).toContain('ERR_PACKAGE_PATH_NOT_EXPORTED');
  }
});
