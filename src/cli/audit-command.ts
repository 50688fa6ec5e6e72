import path from 'node:path';
import { Command, Option } from 'commander';
import { audit, processesOf } from '../audit/audit.js';
import { findConfigFile, loadConfig } from '../config/config.js';
import { UsageError } from '../errors.js';
import { discoverFiles } from '../load/discover.js';
import { loadProcessFile } from '../load/load-file.js';
import { SEVERITIES, isAtLeast, type Severity } from '../model/severity.js';
import { isValidDate, todayUtc } from '../model/time.js';
import { formatJson } from '../report/json.js';
import { formatMarkdown } from '../report/markdown.js';
import { formatStylish } from '../report/stylish.js';
import { FORMATS, type Format, type Formatter } from '../report/types.js';
import { oneOf } from './choices.js';
import { writeWhole } from './output.js';

const FORMATTERS: Record<Format, Formatter> = { stylish: formatStylish, json: formatJson, markdown: formatMarkdown };
const FAIL_ON = [...SEVERITIES, 'none'] as const;

interface AuditOptions {
  format: string;
  output?: string;
  failOn: string;
  config?: string;
  today?: string;
  quiet?: boolean;
  color: boolean;
}

export function registerAudit(program: Command, setExitCode: (code: number) => void): void {
  program
    .command('audit')
    .description('Audit process files for gaps (every *.yaml / *.yml under each folder, and each file named)')
    .argument('[paths...]', 'folders and files to audit', ['.'])
    .addOption(new Option('-f, --format <format>', `report format: ${FORMATS.join(', ')}`).default('stylish'))
    .option('-o, --output <file>', 'write the report to a file (whole, or not at all) instead of stdout')
    .addOption(new Option('--fail-on <severity>', `exit 1 when a gap is at or above: ${FAIL_ON.join(', ')}`).default('high'))
    .option('-c, --config <file>', 'config file (default: gapcheck.config.yaml here or in the nearest parent folder)')
    .option('--today <date>', 'the date to audit as, YYYY-MM-DD (UTC), for reproducible reviews and waivers')
    .option('-q, --quiet', 'report only gaps at or above --fail-on')
    .option('--no-color', 'no colours (also when NO_COLOR is set or output is not a terminal)')
    .addHelpText(
      'after',
      `
Exit codes:
  0  no gap at or above --fail-on
  1  at least one gap at or above --fail-on
  2  usage error, invalid config, a path that does not exist or holds no process file, or an internal error

Examples:
  gapcheck audit processes/
  gapcheck audit --format json --output gaps.json processes/
  gapcheck audit --fail-on critical --quiet processes/orders.yaml
  gapcheck audit --today 2026-12-01 --config ci/gapcheck.config.yaml processes/`,
    )
    .action(async (paths: string[], options: AuditOptions) => {
      setExitCode(await runAudit(paths, options));
    });
}

async function runAudit(paths: readonly string[], options: AuditOptions): Promise<number> {
  const cwd = process.cwd();
  const format = oneOf('--format', options.format, FORMATS);
  const failOnChoice = oneOf('--fail-on', options.failOn, FAIL_ON);
  const failOn: Severity | undefined = failOnChoice === 'none' ? undefined : failOnChoice;
  const today = options.today ?? todayUtc();
  if (!isValidDate(today)) throw new UsageError(`--today "${today}" is not a date like 2026-11-23`);

  const configFile = options.config === undefined ? findConfigFile(cwd) : path.resolve(cwd, options.config);
  const config = loadConfig(configFile, cwd);
  const files = await discoverFiles(paths, { cwd, ignore: config.ignore, ignoreBase: config.ignoreBase, configFile: config.file });
  const outputFile = options.output === undefined ? undefined : path.resolve(cwd, options.output);
  if (outputFile !== undefined && files.some((file) => file.absolutePath === outputFile)) {
    throw new UsageError(`--output "${options.output}" is one of the files being audited; write the report somewhere else`);
  }
  const loaded = await Promise.all(files.map((file) => loadProcessFile(file.absolutePath, file.path)));
  const result = audit(loaded, config, today);

  const failing = failOn === undefined ? [] : result.gaps.filter((gap) => isAtLeast(gap.severity, failOn));
  const shown = options.quiet ? { ...result, gaps: failing } : result;
  const color = options.color && !process.env.NO_COLOR && outputFile === undefined && process.stdout.isTTY === true;
  const report = FORMATTERS[format]({
    result: shown,
    paths,
    configFile: config.file && path.relative(cwd, config.file).split(path.sep).join('/'),
    today,
    failOn,
    quiet: options.quiet === true,
    color,
    processes: processesOf(loaded),
  });
  if (outputFile === undefined) process.stdout.write(report);
  else await writeWhole(outputFile, report);
  return failing.length > 0 ? 1 : 0;
}
