/**
 * The public `formatters`: each report format as a function of the JSON report's data (what `audit()` returns, or a
 * report `--format json` wrote), so a report can be audited once and shown in every format.
 */
import type { Severity } from '../model/severity.js';
import { type JsonReport } from '../report/json.js';
import type { Format, ReportContext } from '../report/types.js';
export type { Format };
/** How a report is shown, as the command line's options say it. */
export interface FormatOptions {
    /** The severity at or above which a gap fails the run, as `--fail-on` (default `high`): the verdict the formats give. */
    readonly failOn?: Severity | 'none';
    /** Colours for a terminal (stylish only; default false). */
    readonly color?: boolean;
}
export type ReportFormatter = (report: JsonReport, options?: FormatOptions) => string;
export declare function rememberAudit(report: JsonReport, { registry, processes }: ReportContext): void;
/** Each format `--format` names, as a function from the JSON report's data to the report's text. */
export declare const formatters: Readonly<Record<Format, ReportFormatter>>;
