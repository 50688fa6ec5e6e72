import path from 'node:path';
import type { Command } from 'commander';
import { Option } from 'commander';
import { audit, processesOf } from '../audit/audit.js';
import { UsageError } from '../errors.js';
import { loadProcessFile } from '../load/load-file.js';
import { checkNamedFile, toPosix } from '../load/discover.js';
import type { Process } from '../model/process.js';
import { renderDot } from '../report/dot.js';
import { renderMermaid } from '../report/mermaid.js';
import { didYouMean } from '../load/suggest.js';
import { escapeUntrusted } from '../untrusted-text.js';
import type { Gap } from '../rules/types.js';
import { oneOf } from './choices.js';
import { configResolverFrom, todayFrom } from './common-options.js';

const GRAPH_FORMATS = ['mermaid', 'dot'] as const;

interface GraphOptions {
  format: string;
  process?: string;
  config?: string;
  today?: string;
}

export function registerGraph(program: Command): void {
  program
    .command('graph')
    .description(
      'Print a process as a flowchart: steps with gaps coloured by severity, the paths behind them drawn thick',
    )
    .argument('<file>', 'a process file')
    .addOption(new Option('-f, --format <format>', `diagram language: ${GRAPH_FORMATS.join(', ')}`).default('mermaid'))
    .option('-p, --process <id>', 'draw only this process, when the file holds several')
    .option('-c, --config <file>', 'config file (default: gapcheck.config.yaml here or in the nearest parent folder)')
    .option('--today <date>', 'the date to audit as, YYYY-MM-DD (UTC), for reproducible reviews and waivers')
    .addHelpText(
      'after',
      `
The file is audited as \`gapcheck audit\` would audit it (same config), so steps
with gaps are coloured by their most severe gap: critical red, high orange,
medium yellow, low blue. Witness paths are drawn thick red; steps that are
named but do not exist are dashed boxes.

A file that holds several processes prints a diagram for each, separated by a
blank line (in Mermaid, each begins with a "%% process: ID" comment);
--process picks one.

Exit codes:
  0  the diagram was printed (gaps do not change the exit code: audit does)
  2  usage error, invalid config, or a file that is not a valid process
     (its problems are listed)

Examples:
  gapcheck graph processes/orders.yaml
  gapcheck graph processes/orders.yaml > orders.mmd
  gapcheck graph --format dot processes/orders.yaml | dot -Tsvg > orders.svg
  gapcheck graph --process store-returns --today 2026-12-01 processes/returns.yaml`,
    )
    .action(async (file: string, options: GraphOptions) => {
      process.stdout.write(await drawFile(file, options));
    });
}

async function drawFile(file: string, options: GraphOptions): Promise<string> {
  const cwd = process.cwd();
  const format = oneOf('--format', options.format, GRAPH_FORMATS);
  const today = todayFrom(options.today);
  const absolutePath = path.resolve(cwd, file);
  await checkNamedFile(absolutePath, escapeUntrusted(file));
  const config = await configResolverFrom(options.config, cwd).configFor(absolutePath);
  const loaded = await loadProcessFile(absolutePath, toPosix(path.relative(cwd, absolutePath)), config.registry.ids);
  const complaints = loaded.documents.flatMap((document) => (document.kind === 'invalid' ? document.complaints : []));
  if (complaints.length > 0) {
    const listed = complaints
      .map(
        (complaint) =>
          `  ${escapeUntrusted(loaded.path)}:${complaint.at.line}:${complaint.at.column}  ${escapeUntrusted(complaint.message)}`,
      )
      .join('\n');
    throw new UsageError(`"${escapeUntrusted(file)}" is not a valid process file, so it cannot be drawn:\n${listed}`);
  }
  const { gaps } = audit([loaded], config, today);
  const drawn = chosen(processesOf([loaded]), options.process);
  return drawn
    .map((process) =>
      draw(
        process,
        gaps.filter((gap) => gap.process === process.id),
        format,
        drawn.length > 1,
      ),
    )
    .join('\n');
}

function chosen(processes: readonly Process[], id: string | undefined): readonly Process[] {
  if (id === undefined) return processes;
  const matching = processes.filter((process) => process.id === id);
  if (matching.length > 0) return matching;
  const ids = processes.map((process) => process.id);
  throw new UsageError(
    `the file holds no process "${escapeUntrusted(id)}"${didYouMean(id, ids)}; it holds ${ids.join(', ')}`,
  );
}

function draw(process: Process, gaps: readonly Gap[], format: (typeof GRAPH_FORMATS)[number], named: boolean): string {
  if (format === 'dot') return renderDot(process, gaps);
  return `${named ? `%% process: ${process.id}\n` : ''}${renderMermaid(process, gaps)}`;
}
