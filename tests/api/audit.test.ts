/**
 * The public API by its package name (the exports map, so the built dist/lib/: `npm run build:dist` first): `audit()`
 * gives what `gapcheck audit --format json` prints, and each formatter what `--format` prints, for the sample processes.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { audit, formatters, loadConfig, type AuditReport } from 'gapcheck';
import { runCli, tempTree } from '../helpers/run-cli.js';

const TODAY = '2026-11-23';
const SAMPLES = 'sample-processes';

function cliReport(format: string, ...args: string[]): string {
  return runCli(['audit', '--today', TODAY, '--format', format, '--no-color', ...args, SAMPLES]).stdout;
}

describe('audit()', () => {
  it('audits paths into the report --format json prints', async () => {
    const report = await audit({ paths: [SAMPLES], today: TODAY });
    expect(report).toEqual(JSON.parse(cliReport('json')));
    expect(report.summary.gaps).toBeGreaterThan(0);
  });

  it("audits the config's paths when given none, as the command line does", async () => {
    const folder = tempTree({
      'gapcheck.config.yaml': 'paths: [processes]\n',
      'processes/claims.yaml': readFileSync(`${SAMPLES}/warranty-claim-draft.yaml`, 'utf8'),
    });
    const report = await audit({ cwd: folder, today: TODAY });
    expect(report.run.paths).toEqual(['processes']);
    expect(report.run.config).toBe('gapcheck.config.yaml');
    expect(report.gaps.map((gap) => gap.file)).toContain('processes/claims.yaml');
  });

  it('audits text in memory into the gaps the same files on disk get', async () => {
    const files = Object.fromEntries(
      readdirSync(SAMPLES).map((name) => [`${SAMPLES}/${name}`, readFileSync(path.join(SAMPLES, name), 'utf8')]),
    );
    const fromText = await audit({ files, today: TODAY });
    const fromCli = JSON.parse(cliReport('json')) as AuditReport;
    expect({ ...fromText, run: undefined }).toEqual({ ...fromCli, run: undefined });
    expect(fromText.run.files).toEqual(fromCli.run.files);
  });

  it('takes a config loadConfig gave, as --config takes its file', async () => {
    const file = path.join(tempTree({ 'quiet.yaml': 'extends: none\nrules:\n  dead-end: high\n' }), 'quiet.yaml');
    const config = await loadConfig({ file });
    const report = await audit({ paths: [SAMPLES], today: TODAY, config });
    expect(report).toEqual(JSON.parse(cliReport('json', '--config', file)));
    expect(new Set(report.gaps.map((gap) => gap.rule))).toEqual(new Set(['dead-end', 'invalid-process']));
  });

  it('rejects an invalid config with its file, line and column, and no stack in the message', async () => {
    const folder = tempTree({ 'gapcheck.config.yaml': 'rules:\n  dead-end: loud\n' });
    await expect(audit({ cwd: folder, files: {} })).rejects.toThrow(/^gapcheck\.config\.yaml:2:\d+: .*dead-end/);
  });

  it('rejects a path that does not exist, naming it', async () => {
    await expect(audit({ paths: ['no-such-folder'], today: TODAY })).rejects.toThrow(/no-such-folder/);
  });

  it('rejects a date that is not one, and paths with files', async () => {
    await expect(audit({ files: {}, today: '23/11/2026' })).rejects.toThrow('today "23/11/2026" is not a date');
    await expect(audit({ paths: [SAMPLES], files: {} })).rejects.toThrow(/not both/);
  });

  it('refuses, with what to pass instead, what JavaScript callers may pass against the types', async () => {
    const wrong = (options: unknown) => audit(options as Parameters<typeof audit>[0]);
    await expect(wrong({ paths: [3] })).rejects.toThrow('audit(): "paths" is not a list of folders and files');
    await expect(wrong({ files: { 'a.yaml': 3 } })).rejects.toThrow('audit(): files["a.yaml"] is not text');
    await expect(wrong({ files: {}, config: null })).rejects.toThrow('audit(): "config" is neither');
    await expect(wrong({ paths: [SAMPLES], jobs: 0 })).rejects.toThrow('audit(): "jobs" 0 is not auto');
  });

  it('takes one path as a string, as it takes a list', async () => {
    expect(await audit({ paths: SAMPLES, today: TODAY })).toEqual(await audit({ paths: [SAMPLES], today: TODAY }));
  });
});

describe('formatters', () => {
  it('give for the audit what each --format prints', async () => {
    const report = await audit({ paths: [SAMPLES], today: TODAY });
    for (const format of ['stylish', 'json', 'markdown', 'sarif', 'junit', 'github'] as const)
      expect(formatters[format](report), format).toBe(cliReport(format));
  });

  it('take --fail-on as failOn', async () => {
    const report = await audit({ paths: [SAMPLES], today: TODAY });
    expect(formatters.stylish(report, { failOn: 'none' })).toBe(cliReport('stylish', '--fail-on', 'none'));
    expect(formatters.stylish(report, { failOn: 'critical' })).toBe(cliReport('stylish', '--fail-on', 'critical'));
  });

  it('format a report read back from its JSON', async () => {
    const written = JSON.parse(cliReport('json')) as AuditReport;
    expect(formatters.stylish(written)).toBe(cliReport('stylish'));
    expect(formatters.json(written)).toBe(cliReport('json'));
  });

  it('refuse data that is not a report, naming the field', () => {
    const report = { gapcheck: 1, gaps: [{ file: 3 }], waived: [], run: {} } as unknown as AuditReport;
    expect(() => formatters.stylish(report)).toThrow(/the report: "run.shard" is not a string/);
  });
});
