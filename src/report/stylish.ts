/** The terminal report: gaps grouped by file, each with its witness path, then a summary table and the verdict. */
import { Chalk, type ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import { SEVERITIES, isAtLeast, type Severity } from '../model/severity.js';
import type { Gap } from '../rules/types.js';
import { ESCAPED_COLON, escapeUntrusted, withoutWorkflowCommands } from '../untrusted-text.js';
import { countBySeverity, plural } from './counts.js';
import type { ReportContext, ReportWriter } from './types.js';
import { wholeReport } from './pieces.js';
import { crashText } from './crashes.js';
import { pathLine } from './witness.js';

export const writeStylish: ReportWriter = function* (context) {
  const paint = new Chalk({ level: context.color ? 1 : 0 });
  const lines = (text: readonly string[]): string => withoutWorkflowCommands(`${text.join('\n')}\n`, ESCAPED_COLON);
  for (const [file, fileGaps] of groupByFile(context.result.gaps)) {
    const group = [paint.underline(escapeUntrusted(file))];
    const width = Math.max(...fileGaps.map((gap) => `${gap.line}:${gap.column}`.length));
    for (const gap of fileGaps) {
      const where = `${gap.line}:${gap.column}`.padEnd(width);
      group.push(
        `  ${paint.dim(where)}  ${severityLabel(paint, gap.severity)}  ${escapeUntrusted(gap.message)}  ${paint.dim(gap.rule)}`,
      );
      const path = pathLine(gap);
      if (path !== undefined) group.push(`  ${' '.repeat(width)}  ${paint.dim(escapeUntrusted(path))}`);
    }
    yield lines([...group, '']);
  }
  const crashes = (context.result.crashes ?? []).flatMap((crash) => [
    paint.red(`internal error: ${escapeUntrusted(crashText(crash))}`),
    '',
  ]);
  yield lines([...crashes, summaryTable(context, paint), verdict(context, paint)]);
};

export const formatStylish = wholeReport(writeStylish);

function groupByFile(gaps: readonly Gap[]): Map<string, Gap[]> {
  const groups = new Map<string, Gap[]>();
  for (const gap of gaps) groups.set(gap.file, [...(groups.get(gap.file) ?? []), gap]);
  return groups;
}

const SEVERITY_COLOR: Record<Severity, (paint: ChalkInstance) => ChalkInstance> = {
  critical: (paint) => paint.bold.red,
  high: (paint) => paint.red,
  medium: (paint) => paint.yellow,
  low: (paint) => paint.blue,
};

function severityLabel(paint: ChalkInstance, severity: Severity): string {
  return SEVERITY_COLOR[severity](paint)(severity.padEnd(8));
}

function summaryTable({ result }: ReportContext, paint: ChalkInstance): string {
  const counts = countBySeverity(result.gaps);
  const table = new Table({
    head: ['', ...SEVERITIES.map((severity) => severity), 'total', 'waived'],
    style: { head: [], border: [] },
    chars: paint.level === 0 ? asciiBorders : {},
  });
  table.push([
    'gaps',
    ...SEVERITIES.map((severity) =>
      counts[severity] > 0 ? SEVERITY_COLOR[severity](paint)(String(counts[severity])) : '0',
    ),
    String(result.gaps.length),
    String(result.waived.length),
  ]);
  return table.toString();
}

/** Plain borders when colour is off too: logs and files do not always render box-drawing characters. */
const asciiBorders = {
  top: '-',
  'top-mid': '+',
  'top-left': '+',
  'top-right': '+',
  bottom: '-',
  'bottom-mid': '+',
  'bottom-left': '+',
  'bottom-right': '+',
  left: '|',
  'left-mid': '+',
  mid: '-',
  'mid-mid': '+',
  right: '|',
  'right-mid': '+',
  middle: '|',
};

function verdict({ result, failOn, quiet }: ReportContext, paint: ChalkInstance): string {
  const scope = `${plural(result.files, 'file')}, ${plural(result.processes, 'process', 'processes')}`;
  if (result.crashes)
    return paint.red.bold(`✖ ${plural(result.crashes.length, 'rule')} failed in ${scope}, so the audit is incomplete`);
  if (result.gaps.length === 0) {
    return paint.green(`✔ no gaps${quiet ? ` at or above ${failOn ?? 'the threshold'}` : ''} in ${scope}`);
  }
  const failing = failOn === undefined ? 0 : result.gaps.filter((gap) => isAtLeast(gap.severity, failOn)).length;
  const counted = `${plural(result.gaps.length, 'gap')} in ${scope}`;
  if (failing === 0)
    return paint.yellow(`⚠ ${counted}; none at or above ${failOn ?? '--fail-on'}, so the audit passes`);
  return paint.red.bold(`✖ ${counted}; ${failing} at or above ${failOn}, so the audit fails`);
}
