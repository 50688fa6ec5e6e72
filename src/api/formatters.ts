/**
 * The public `formatters`: each report format as a function of the JSON report's data (what `audit()` returns, or a
 * report `--format json` wrote), so a report can be audited once and shown in every format.
 */
import type { Severity } from '../model/severity.js';
import { formatGithub } from '../report/github.js';
import { formatJson, type JsonReport } from '../report/json.js';
import { formatJunit } from '../report/junit.js';
import { formatMarkdown } from '../report/markdown.js';
import { combinedRun, readReport } from '../report/merge.js';
import { formatSarif } from '../report/sarif.js';
import { formatStylish } from '../report/stylish.js';
import type { Format, Formatter, ReportContext } from '../report/types.js';
import { BUILT_IN_RULES } from '../rules/index.js';

export type { Format };

/** How a report is shown, as the command line's options say it. */
export interface FormatOptions {
  /** The severity at or above which a gap fails the run, as `--fail-on` (default `high`): the verdict the formats give. */
  readonly failOn?: Severity | 'none';
  /** Colours for a terminal (stylish only; default false). */
  readonly color?: boolean;
}

export type ReportFormatter = (report: JsonReport, options?: FormatOptions) => string;

/**
 * What an audit knew that its report's data does not carry: the rules' metadata (a config's policies among them,
 * for SARIF and markdown) and the processes (the markdown's flowcharts). A report that `audit()` did not return
 * (one read from a file) is shown with gapcheck's own rules and without flowcharts, as `gapcheck merge` shows one.
 */
const auditedWith = new WeakMap<JsonReport, Pick<ReportContext, 'registry' | 'processes'>>();

export function rememberAudit(report: JsonReport, { registry, processes }: ReportContext): void {
  auditedWith.set(report, { registry, processes });
}

function formatter(format: Formatter): ReportFormatter {
  return (report, { failOn = 'high', color = false } = {}) => {
    const read = readReport('the report', report);
    return format({
      registry: BUILT_IN_RULES,
      ...combinedRun([read]),
      ...auditedWith.get(report),
      ...(failOn !== 'none' && { failOn }),
      quiet: read.quiet,
      color,
    });
  };
}

/** Each format `--format` names, as a function from the JSON report's data to the report's text. */
export const formatters: Readonly<Record<Format, ReportFormatter>> = {
  stylish: formatter(formatStylish),
  json: formatter(formatJson),
  markdown: formatter(formatMarkdown),
  sarif: formatter(formatSarif),
  junit: formatter(formatJunit),
  github: formatter(formatGithub),
};
