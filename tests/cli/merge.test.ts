/**
 * `gapcheck merge` (README, Command line): the JSON reports of `audit --shard i/3` merged give, byte for byte and in every format,
 * the report of one unsharded audit; reports that are not every shard of one run are refused with exit 2.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { inShard } from '../../src/audit/shard.js';
import { FORMATS } from '../../src/report/types.js';
import { intakesIntoChain } from '../helpers/large-shapes.js';
import { runCli, tempTree } from '../helpers/run-cli.js';

const TODAY = ['--today', '2026-11-23'];
const SAMPLES = path.resolve('sample-processes');
const shardOf = (file: string): number => [1, 2, 3].find((index) => inShard({ path: file }, { index, count: 3 }))!;

/** A policy that some samples break: its why and fix reach a merged report as they reach one run's. */
const POLICY = `policies:
  - id: phone-callback
    summary: Every intake reaches a phone call.
    why: A customer who is never called back calls again.
    fix: Call the customer back.
    from: { type: intake }
    reaches: { type: contact, channel: phone }
`;

/**
 * The sample processes (gaps in several files, waivers, `emergencies: site-safety` named across files), a copy of
 * returns-desk in another shard (duplicate-process across shards, waived in the copy), a file that is not a process, and a chain
 * long enough that the JSON report cuts its witness path.
 */
function repository(): string {
  const files: Record<string, string> = { 'gapcheck.config.yaml': `paths: [processes]\n${POLICY}` };
  for (const name of readdirSync(SAMPLES)) files[`processes/${name}`] = readFileSync(path.join(SAMPLES, name), 'utf8');
  const copy = ['a', 'b', 'c', 'd', 'e']
    .map((letter) => `processes/copy-${letter}.yaml`)
    .find((file) => shardOf(file) !== shardOf('processes/returns-desk.yaml'))!;
  files[copy] =
    `${files['processes/returns-desk.yaml']!}waivers:\n  - rule: duplicate-process\n    reason: The old copy, kept until the desk moves.\n`;
  files['processes/broken.yaml'] = 'process: [unclosed\n';
  files['processes/long-chain.yaml'] = intakesIntoChain(1, 600);
  return tempTree(files);
}

const run = (cwd: string, args: readonly string[]) => runCli(args, { cwd });
const shardReport = (cwd: string, index: number, output = `shard-${index}.json`, ...options: string[]) =>
  run(cwd, ['audit', '--shard', `${index}/3`, '--format', 'json', '--output', output, ...TODAY, ...options]);
const SHARDS = ['shard-1.json', 'shard-2.json', 'shard-3.json'];

describe('gapcheck merge', () => {
  let cwd: string;
  beforeAll(() => {
    cwd = repository();
    for (const index of [1, 2, 3]) expect(shardReport(cwd, index).code).toBe(1);
  });

  it('splits the fixture as the test needs: the handler and a duplicate id in other shards than the files naming them', () => {
    expect(shardOf('processes/site-safety.yaml')).not.toBe(shardOf('processes/returns-desk.yaml'));
    const reports = SHARDS.map((file) => JSON.parse(readFileSync(path.join(cwd, file), 'utf8')));
    expect(reports.every((report) => report.gaps.length > 0)).toBe(true);
    const rules = new Set(reports.flatMap((report) => report.gaps.map((gap: { rule: string }) => gap.rule)));
    expect([...rules]).toEqual(expect.arrayContaining(['duplicate-process', 'invalid-process', 'dead-end']));
    expect(reports.some((report) => report.waived.length > 0)).toBe(true);
    expect(reports.some((report) => report.gaps.some((gap: { skipped?: number }) => gap.skipped !== undefined))).toBe(
      true,
    );
  });

  it.each(FORMATS)('gives in %s, byte for byte, the report of one unsharded audit, with its exit code', (format) => {
    const whole = run(cwd, ['audit', '--format', format, '--no-color', ...TODAY]);
    const merged = run(cwd, ['merge', '--format', format, '--no-color', ...SHARDS]);
    expect(merged.stderr).toBe('');
    expect(merged.stdout).toBe(whole.stdout);
    if (format === 'markdown') expect(merged.stdout).toContain('A customer who is never called back calls again.');
    expect(merged.code).toBe(1);
    expect(merged.code).toBe(whole.code);
  });

  it('takes --fail-on, --quiet and --output as audit does, whatever order the reports come in', () => {
    for (const options of [
      ['--fail-on', 'critical', '--quiet'],
      ['--fail-on', 'none'],
      ['--fail-on', 'low', '--quiet', '--format', 'markdown'],
    ]) {
      const whole = run(cwd, ['audit', '--output', 'whole.txt', ...options, ...TODAY]);
      const merged = run(cwd, ['merge', '--output', 'out/merged.txt', ...options, ...[...SHARDS].reverse()]);
      expect(merged.code).toBe(whole.code);
      expect(readFileSync(path.join(cwd, 'out/merged.txt'), 'utf8')).toBe(
        readFileSync(path.join(cwd, 'whole.txt'), 'utf8'),
      );
    }
    expect(run(cwd, ['merge', '--fail-on', 'none', ...SHARDS]).code).toBe(0);
  });

  describe('refuses, at exit 2 with a plain message', () => {
    const refused = (args: readonly string[], message: RegExp): void => {
      const result = run(cwd, ['merge', ...args]);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(message);
      expect(result.stderr).not.toMatch(/\n\s+at /);
      expect(result.code).toBe(2);
    };
    const variant = (name: string, change: (report: Record<string, Record<string, unknown>>) => void): string => {
      const report = JSON.parse(readFileSync(path.join(cwd, 'shard-3.json'), 'utf8'));
      change(report);
      writeFileSync(path.join(cwd, name), JSON.stringify(report));
      return name;
    };

    it('a missing shard, naming it', () =>
      refused(
        ['shard-1.json', 'shard-3.json'],
        /^gapcheck: shard 2\/3 is missing \(given: 1\/3 in shard-1.json, 3\/3 in shard-3.json\)/,
      ));

    it('a report claiming to be one of billions of shards, naming the missing ones as a cut list, without listing them all', () => {
      const claiming = (count: string): string =>
        variant(`of-${count}.json`, (report) => (report.run!.shard = `3/${count}`));
      const many = claiming('4294967296');
      refused(
        [many],
        /^gapcheck: shards 1\/4294967296, 2\/4294967296, 4\/4294967296, 5\/4294967296, 6\/4294967296, 7\/4294967296, … 4294967284 more …, 4294967292\/4294967296, .*, 4294967296\/4294967296 are missing \(given: 3\/4294967296 in of-4294967296.json\)/,
      );
      refused([claiming('99999999999999999999')], /of-99999999999999999999.json: "run.shard" is not a shard like 2\/3/);
    });

    it('a shard given twice', () =>
      refused([...SHARDS, 'shard-2.json'], /shard 2\/3 is given twice: shard-2.json and shard-2.json/));

    it('reports of another date, config, settings or split', () => {
      expect(
        run(cwd, ['audit', '--shard', '3/3', '--format', 'json', '--output', 'late.json', '--today', '2026-11-24'])
          .code,
      ).toBe(1);
      refused(
        ['shard-1.json', 'shard-2.json', 'late.json'],
        /shard-1.json and late.json were audited as of different dates \(2026-11-23 and 2026-11-24\)/,
      );
      writeFileSync(path.join(cwd, 'strict.yaml'), 'extends: strict\npaths: [processes]\n');
      expect(shardReport(cwd, 3, 'strict.json', '--config', 'strict.yaml').code).toBe(1);
      refused(
        ['shard-1.json', 'shard-2.json', 'strict.json'],
        /different configs \(gapcheck.config.yaml and strict.yaml\)/,
      );
      expect(shardReport(cwd, 3, 'small.json', '--max-file-size', '2').code).toBe(1);
      refused(['shard-1.json', 'shard-2.json', 'small.json'], /were audited with different settings/);
      expect(run(cwd, ['audit', '--shard', '2/2', '--format', 'json', '--output', 'half.json', ...TODAY]).code).toBe(1);
      refused(
        ['shard-1.json', 'half.json'],
        /shard-1.json and half.json are shards of different splits \(of 3 and of 2\)/,
      );
    });

    it('reports of another gapcheck', () => {
      const other = variant('other-version.json', (report) => (report.run!.version = '9.9.9'));
      refused(['shard-1.json', 'shard-2.json', other], /different versions of gapcheck \(\S+ and 9.9.9\)/);
    });

    it('the report of a whole run, alone or among shards, and one written with --quiet', () => {
      expect(run(cwd, ['audit', '--format', 'json', '--output', 'whole.json', ...TODAY]).code).toBe(1);
      refused(
        [...SHARDS, 'whole.json'],
        /whole.json is the report of a whole run \(written without --shard\), not of a shard/,
      );
      refused(['whole.json'], /whole.json is the report of a whole run/);
      expect(shardReport(cwd, 3, 'quiet.json', '--quiet').code).toBe(1);
      refused(['shard-1.json', 'shard-2.json', 'quiet.json'], /quiet.json was written with --quiet/);
    });

    it('a file that is not a gapcheck JSON report, with where JSON stops parsing', () => {
      writeFileSync(path.join(cwd, 'syntax.json'), '{\n  "gapcheck": 1,\n  "gaps": [,]\n}\n');
      refused(['shard-1.json', 'syntax.json'], /^gapcheck: syntax.json:3:12: not valid JSON \(unexpected ","\)/);
      writeFileSync(path.join(cwd, 'cut.json'), readFileSync(path.join(cwd, 'shard-1.json'), 'utf8').slice(0, 200));
      refused(['cut.json'], /^gapcheck: cut.json:\d+:\d+: not valid JSON \(the text ends before the JSON does\)/);
      writeFileSync(path.join(cwd, 'sarif.json'), '{"version": "2.1.0", "runs": []}');
      refused(['sarif.json'], /sarif.json is not a gapcheck JSON report/);
      const changed = variant(
        'changed.json',
        (report) => ((report.gaps as unknown as { line: unknown }[])[0]!.line = 'three'),
      );
      refused(['shard-1.json', 'shard-2.json', changed], /changed.json: "gaps\[0\].line" is not a whole number/);
      refused(['shard-1.json', 'missing.json'], /missing.json does not exist/);
    });

    it('--output onto one of the reports, and an unknown format', () => {
      refused(
        [...SHARDS, '--output', 'shard-2.json'],
        /--output "shard-2.json" is the report shard-2.json, which this merge reads/,
      );
      refused([...SHARDS, '--format', 'jsn'], /--format "jsn" is not one of/);
    });
  });

  it('explains itself in --help, with examples', () => {
    const help = run(cwd, ['merge', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Examples:\n\s+gapcheck audit --shard 1\/3 --format json/);
    expect(run(cwd, ['--help']).stdout).toMatch(/merge \[options\] <reports\.\.\.>/);
  });
});
