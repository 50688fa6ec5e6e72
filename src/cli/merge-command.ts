/** `gapcheck merge`: one report from the JSON reports of the shards of one run (README, Command line). */
import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { Command, Option } from 'commander';
import { UsageError } from '../errors.js';
import { describeFsError } from '../load/load-file.js';
import { checkTarget, identityOf, type WriteTarget } from '../load/write-whole.js';
import type { Severity } from '../model/severity.js';
import { mergeShards, readShardReport, type ShardReport } from '../report/merge.js';
import { RuleRegistry } from '../rules/registry.js';
import type { AuditedFile } from '../audit/run.js';
import { FORMATS } from '../report/types.js';
import { FAIL_ON, FORMATTERS, exitCodeOf, failingAndShown, writeReport } from './audit-command.js';
import { oneOf } from './choices.js';
import { colorWanted, configResolverFrom } from './common-options.js';

interface MergeOptions {
  format: string;
  output?: string;
  failOn: string;
  quiet?: boolean;
  color: boolean;
  config?: string;
}

export function registerMerge(program: Command, setExitCode: (code: number) => void): void {
  program
    .command('merge')
    .description(
      'Combine the JSON reports of the shards of one run (audit --shard I/N --format json) into the report one run would give',
    )
    .argument('<reports...>', 'the JSON report of every shard, each once')
    .addOption(new Option('-f, --format <format>', `report format: ${FORMATS.join(', ')}`).default('stylish'))
    .option('-o, --output <file>', 'write the report to a file (whole, or not at all) instead of stdout')
    .addOption(
      new Option('--fail-on <severity>', `exit 1 when a gap is at or above: ${FAIL_ON.join(', ')}`).default('high'),
    )
    .option('-q, --quiet', 'report only gaps at or above --fail-on')
    .option('--no-color', 'no colours (also when NO_COLOR is set, TERM is dumb or output is not a terminal)')
    .option(
      '-c, --config <file>',
      "the config the shards were audited with, if audit was given one: the policies' and plugin rules' words come from it (default: each file's nearest config)",
    )
    .addHelpText(
      'after',
      `
The reports must be those of every shard of one run, each once: written by the same
gapcheck, with the same config, options, paths and --today, and without --quiet.
The merged report is the one "gapcheck audit" gives for all the files at once. Run it
where audit ran: each file's config there gives its policies' and plugin rules' words.

Exit codes:
  0  no gap at or above --fail-on
  1  at least one gap at or above --fail-on
  2  usage error, a report that cannot be read, or reports that are not every shard of one run

Examples:
  gapcheck audit --shard 1/3 --format json --output gaps-1.json processes/   (on each of 3 CI machines)
  gapcheck merge gaps-1.json gaps-2.json gaps-3.json
  gapcheck merge --format sarif --output gapcheck.sarif gaps-*.json
  gapcheck merge --format markdown --output gap-report.md --fail-on none gaps-*.json`,
    )
    .action(async (reports: string[], options: MergeOptions) => {
      setExitCode(await runMerge(reports, options));
    });
}

async function runMerge(named: readonly string[], options: MergeOptions): Promise<number> {
  const cwd = process.cwd();
  const format = oneOf('--format', options.format, FORMATS);
  const failOnChoice = oneOf('--fail-on', options.failOn, FAIL_ON);
  const failOn: Severity | undefined = failOnChoice === 'none' ? undefined : failOnChoice;
  const output =
    options.output === undefined
      ? undefined
      : await checkOutput(options.output, path.resolve(cwd, options.output), named);
  const reports = await Promise.all(named.map(readReport));
  const merged = mergeShards(reports);
  const { failing, shown } = failingAndShown(merged.result, failOn, options.quiet === true);
  const color = colorWanted(options.color, output === undefined && process.stdout.isTTY === true);
  const report = (await FORMATTERS[format]())({
    ...merged,
    registry: await rulesOfRun(merged.audited, options.config, cwd),
    result: shown,
    failOn,
    quiet: options.quiet === true,
    color,
  });
  await writeReport(report, output);
  return exitCodeOf(merged.result, failing);
}

/**
 * The rules the shards ran: gapcheck's own (merge refuses shards of another build, `mergeShards`) and the policies and
 * plugin rules of each audited file's config, found as audit found it, so that the merged report describes them as
 * one run's report would ("why these gaps matter", SARIF's rules).
 */
async function rulesOfRun(
  audited: readonly AuditedFile[],
  config: string | undefined,
  cwd: string,
): Promise<RuleRegistry> {
  const resolver = configResolverFrom(config, cwd);
  const configs = await Promise.all([
    resolver.workingDirectoryConfig(),
    ...audited.map(({ file }) => resolver.configFor(path.resolve(cwd, file))),
  ]);
  return RuleRegistry.union([...new Set(configs.map((each) => each.registry))]);
}

const MAX_REPORT_BYTES = 512 * 1024 * 1024;

async function readReport(name: string): Promise<ShardReport> {
  let text: string;
  try {
    const stats = await stat(name);
    if (stats.isFile() && stats.size > MAX_REPORT_BYTES)
      throw new UsageError(
        `${name} is larger than a gapcheck report of a shard can be (512 MiB); name the JSON report of a shard`,
      );
    text = await readFile(name, 'utf8');
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new UsageError(
      `${name} ${missing ? 'does not exist' : `cannot be read (${describeFsError(error)})`}; name the JSON report of each shard`,
    );
  }
  return readShardReport(name, text);
}

/** The --output target, checked before anything is read or written: never one of the reports it is made from. */
async function checkOutput(named: string, absolute: string, reports: readonly string[]): Promise<WriteTarget> {
  const target = await checkTarget(named, absolute, 'the report', true);
  for (const report of reports) {
    const same =
      (await realpath(report).then(
        (real) => real === target.path,
        () => false,
      )) ||
      (target.identity !== undefined && (await stat(report).then(identityOf, () => undefined)) === target.identity);
    if (same)
      throw new UsageError(
        `--output "${named}" is the report ${report}, which this merge reads; write it somewhere else`,
      );
  }
  return target;
}
