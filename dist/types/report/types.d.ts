/** What every report format receives: the audit's result and how it was run. Formatters only present it. */
import type { AuditResult } from '../audit/audit.js';
import type { AuditedFile } from '../audit/run.js';
import type { Shard } from '../audit/shard.js';
import type { Severity } from '../model/severity.js';
import type { RuleRegistry } from '../rules/registry.js';
import type { DrawnProcess } from './diagram.js';
/**
 * How a report is shown, besides the audit it presents and the settings that decided the audit. With the
 * format, exactly what a kept report (`--cache`) is keyed by, so a field added here is in that key too.
 */
export interface ReportSettings {
    /** The paths audited, as given. */
    readonly paths: readonly string[];
    /** The config file used, relative to the working directory, if any. */
    readonly configFile?: string;
    readonly today: string;
    /** Gaps at or above this fail the run; undefined for `--fail-on none`. */
    readonly failOn?: Severity;
    /** Whether gaps below `failOn` were left out (`--quiet`). */
    readonly quiet: boolean;
    readonly color: boolean;
}
export interface ReportContext extends ReportSettings {
    readonly result: AuditResult;
    /** Every file audited, in report order, with what it holds. */
    readonly audited: readonly AuditedFile[];
    /** The rules of the audit: what the reports that describe rules (SARIF, markdown) describe. */
    readonly registry: RuleRegistry;
    /** The ids of the rules that ran (not `off`), in catalogue order. */
    readonly rules: readonly string[];
    /** The processes audited, in file order: for formats that draw them (and a shard's JSON report, for `gapcheck merge`). */
    readonly processes: readonly DrawnProcess[];
    readonly run: RunIdentity;
}
/** What tells one run from another, so that `gapcheck merge` only combines the shards of one run. */
export interface RunIdentity {
    /** gapcheck's version, and the fingerprint of its code (`buildId`). */
    readonly version: string;
    readonly build: string;
    /** A fingerprint of the settings that decide what an audit finds (`settingsFingerprint`). */
    readonly settings: string;
    /** The shard this run audited (`--shard`), if any. */
    readonly shard?: Shard;
}
export type Formatter = (context: ReportContext) => string;
/**
 * A report as it is written: its text in pieces, in order, each made only when the one before is written, so a
 * report of thousands of gaps is never held whole. Joined, the pieces are the formatter's text.
 */
export type ReportWriter = (context: ReportContext) => Iterable<string>;
export declare const FORMATS: readonly ["stylish", "json", "markdown", "sarif", "junit", "github"];
export type Format = (typeof FORMATS)[number];
