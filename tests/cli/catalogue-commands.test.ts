/** `gapcheck rules` and `gapcheck explain`, run through the real command line. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CatalogueEntry } from '../../src/report/catalogue-table.js';
import { main } from '../../src/cli/main.js';
import { BUILT_IN_RULES } from '../../src/rules/index.js';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(...args: string[]): Promise<Run> {
  const captured = { stdout: '', stderr: '' };
  const capture = (stream: 'stdout' | 'stderr') =>
    vi.spyOn(process[stream], 'write').mockImplementation((chunk: string | Uint8Array) => {
      captured[stream] += String(chunk);
      return true;
    });
  capture('stdout');
  capture('stderr');
  const code = await main(['node', 'gapcheck', ...args]);
  vi.restoreAllMocks();
  return { code, ...captured };
}

function configFile(text: string): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'gapcheck-rules-')), 'gapcheck.config.yaml');
  writeFileSync(file, text);
  return file;
}

const recommended = configFile('extends: recommended\n');

afterEach(() => vi.restoreAllMocks());

describe('gapcheck rules', () => {
  it('lists every rule as JSON, in catalogue order', async () => {
    const { code, stdout } = await run('rules', '--format', 'json', '--config', recommended);
    expect(code).toBe(0);
    const entries = JSON.parse(stdout) as CatalogueEntry[];
    expect(entries.map((entry) => entry.id)).toEqual(BUILT_IN_RULES.rules.map((rule) => rule.meta.id));
    const deadEnd = entries.find((entry) => entry.id === 'dead-end');
    expect(deadEnd).toEqual({
      id: 'dead-end',
      defaultSeverity: 'high',
      severity: 'high',
      summary: expect.stringContaining('`next`'),
      structural: true,
      options: {},
    });
  });

  it('gives the severity the config sets, and the preset under it', async () => {
    const config = configFile('extends: strict\nrules:\n  dead-end: off\n  unreachable-step: { severity: low }\n');
    const entries = JSON.parse((await run('rules', '--format', 'json', '--config', config)).stdout) as CatalogueEntry[];
    const severityOf = (id: string) => entries.find((entry) => entry.id === id)?.severity;
    expect(severityOf('dead-end')).toBe('off');
    expect(severityOf('unreachable-step')).toBe('low');
    expect(severityOf('duplicate-process')).toBe('critical');
    expect(severityOf('endless-loop')).toBe('critical');
  });

  it('prints a table with a row for each rule, and where its severities come from', async () => {
    const config = configFile('rules:\n  dead-end: off\n');
    const { code, stdout } = await run('rules', '--config', config);
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toMatch(/^id\s+default\s+effective\s+summary$/);
    for (const { meta } of BUILT_IN_RULES.rules)
      expect(lines.some((line) => line.startsWith(`${meta.id} `))).toBe(true);
    expect(lines.find((line) => line.startsWith('dead-end '))).toMatch(/^dead-end\s+high\s+off\s+A step/);
    expect(stdout).toContain('gapcheck.config.yaml, over the recommended preset');
    expect(stdout).not.toContain('\u001b[');
  });

  it('rejects an unknown format, and a config that does not exist, with exit 2', async () => {
    const badFormat = await run('rules', '--format', 'jsno', '--config', recommended);
    expect(badFormat.code).toBe(2);
    expect(badFormat.stderr).toContain('did you mean "json"?');
    const noConfig = await run('rules', '--config', 'no-such-config.yaml');
    expect(noConfig.code).toBe(2);
    expect(noConfig.stderr).toContain('no-such-config.yaml');
  });
});

describe('gapcheck explain', () => {
  it('explains a rule: why, how to close the gap, options and a passing example', async () => {
    const { code, stdout } = await run('explain', 'dead-end');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^dead-end\n/);
    for (const heading of [
      'Why it matters',
      'How to close the gap',
      'Options',
      'Configuration',
      'A process that passes',
    ]) {
      expect(stdout).toContain(`\n${heading}\n`);
    }
    expect(stdout).toContain('  process: callback-request');
  });

  it('suggests the nearest rule for an unknown one, with exit 2', async () => {
    const { code, stdout, stderr } = await run('explain', 'dead-ends');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('no rule "dead-ends" — did you mean "dead-end"?');
  });
});
