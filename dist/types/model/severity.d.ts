export declare const SEVERITIES: readonly ["critical", "high", "medium", "low"];
export type Severity = (typeof SEVERITIES)[number];
/** A configured level: a severity, or `off` for a rule that does not run. */
export type Level = Severity | 'off';
export declare function severityRank(severity: Severity): number;
/** True when `severity` is `threshold` or more severe. */
export declare function isAtLeast(severity: Severity, threshold: Severity): boolean;
export declare function isSeverity(value: unknown): value is Severity;
/** One step more severe, as the `strict` preset does; `critical` stays `critical`. */
export declare function escalateSeverity(severity: Severity): Severity;
