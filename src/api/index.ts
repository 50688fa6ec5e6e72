/**
 * `gapcheck`: the public API (docs/api.md), under semantic versioning. An audit as the command line runs it, its
 * config, and its report in every format. Rule authors import `gapcheck/rules`; their tests, `gapcheck/testing`.
 */
export { audit, type AuditOptions } from './audit.js';
export { loadConfig, type Config, type LoadConfigOptions } from './config.js';
export { formatters, type Format, type FormatOptions, type ReportFormatter } from './formatters.js';
export type { JsonReport as AuditReport, ReportedGap, ReportedRun } from '../report/json.js';
export type { RuleCrash } from '../audit/audit.js';
export type { Severity } from '../model/severity.js';
