/** `gapcheck rules` as a table: one rule a line, its summary wrapped to the terminal. */
import { Chalk, type ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import type { Level, Severity } from '../model/severity.js';

/** One rule as `gapcheck rules` lists it (and `--format json` writes it): severity and options as the config sets them. */
export interface CatalogueEntry {
  readonly id: string;
  readonly defaultSeverity: Severity;
  readonly severity: Level;
  readonly summary: string;
  readonly structural: boolean;
  readonly options: Readonly<Record<string, unknown>>;
  /** Where a rule that is not built in comes from: `policy in gapcheck.config.yaml`, `plugin acme (./rules/acme.js) in gapcheck.config.yaml`. */
  readonly source?: string;
  /** A plugin's rule: the plugin's name, and its module as the config names it (a package, or a path from the config's folder). */
  readonly plugin?: string;
  readonly module?: string;
  /** Its own documentation, where it has one outside docs/rules/. */
  readonly docs?: string;
}

/** No borders: one rule a line, easy to read and to grep. */
const NO_BORDERS = {
  top: '',
  'top-mid': '',
  'top-left': '',
  'top-right': '',
  bottom: '',
  'bottom-mid': '',
  'bottom-left': '',
  'bottom-right': '',
  left: '',
  'left-mid': '',
  mid: '',
  'mid-mid': '',
  right: '',
  'right-mid': '',
  middle: '  ',
};

/** The table; on a terminal `width` wide, summaries wrap within it. */
export function formatCatalogueTable(
  entries: readonly CatalogueEntry[],
  { color, width }: { color: boolean; width: number | undefined },
): string {
  const paint = new Chalk({ level: color ? 1 : 0 });
  const head = ['id', 'default', 'effective', 'summary'];
  const rows = entries.map((entry) => [
    entry.id,
    entry.defaultSeverity,
    effectiveLabel(entry, paint),
    summaryCell(entry),
  ]);
  const table = new Table({
    head: head.map((title) => paint.bold(title)),
    chars: NO_BORDERS,
    style: { head: [], border: [], 'padding-left': 0, 'padding-right': 0 },
    ...(width === undefined ? {} : { colWidths: columnWidths(head, entries, width), wordWrap: true }),
  });
  table.push(...rows);
  return `${table
    .toString()
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')}\n`;
}

/** The first three columns as wide as their widest cell, the summary the rest of the line (30 at least). */
function columnWidths(head: readonly string[], entries: readonly CatalogueEntry[], width: number): number[] {
  const cells = entries.map((entry) => [entry.id, entry.defaultSeverity, entry.severity]);
  const fixed = [0, 1, 2].map((column) => Math.max(head[column]!.length, ...cells.map((row) => row[column]!.length)));
  const used = fixed.reduce((sum, columnWidth) => sum + columnWidth + NO_BORDERS.middle.length, 0);
  return [...fixed, Math.max(30, width - used - 1)];
}

/** The summary; for a rule that is not built in, where it comes from and its documentation too. */
function summaryCell(entry: CatalogueEntry): string {
  if (entry.source === undefined) return entry.summary;
  const origin = entry.plugin === undefined ? `the repository's ${entry.source}` : entry.source;
  return `${entry.summary} (${origin}${entry.docs === undefined ? '' : `; ${entry.docs}`})`;
}

/** The effective severity, set off when the config changed it. */
function effectiveLabel(entry: CatalogueEntry, paint: ChalkInstance): string {
  if (entry.severity === 'off') return paint.dim('off');
  return entry.severity === entry.defaultSeverity ? entry.severity : paint.bold(entry.severity);
}
