/** The JSON report (README, Reports), with an added `run` saying how it was made, so `gapcheck merge` can combine shards' reports. */
import type { RuleCrash, WaivedGap } from '../audit/audit.js';
import type { Severity } from '../model/severity.js';
import type { Gap } from '../rules/types.js';
import type { ReportContext, ReportWriter } from './types.js';
/** A gap as the JSON report holds it (SPEC §7): its fix only inside `message`, a witness path over 500 steps cut (`skipped`). */
export type ReportedGap = Omit<Gap, 'fix'> & {
    readonly skipped?: number;
};
/** The JSON report's data (SPEC §7): what `--format json` prints and the public API's `audit()` returns. */
export interface JsonReport {
    readonly gapcheck: 1;
    readonly summary: {
        readonly files: number;
        readonly processes: number;
        readonly gaps: number;
    } & Readonly<Record<Severity, number>>;
    readonly gaps: readonly ReportedGap[];
    readonly waived: readonly (ReportedGap & Pick<WaivedGap, 'reason'>)[];
    /** Rules that threw (the audit is incomplete); absent when none did. */
    readonly crashes?: readonly RuleCrash[];
    readonly run: ReportedRun;
}
/**
 * How the report was made, and what the other formats need that the gaps do not say: the files audited and the rules
 * that ran. A shard's report also carries what drawing its processes takes, so that a merged markdown report has them.
 */
export interface ReportedRun {
    readonly version: string;
    readonly build: string;
    readonly settings: string;
    readonly config: string | null;
    readonly paths: readonly string[];
    readonly today: string;
    /** `2/4` for a shard's report, else null. */
    readonly shard: string | null;
    readonly quiet: boolean;
    readonly rules: readonly string[];
    readonly files: readonly {
        readonly file: string;
        readonly processes: readonly (string | null)[];
    }[];
    readonly processes?: readonly ProcessDrawing[];
}
/**
 * Makes a list of `length` items: at once, or (`JsonList`) each only as the text reaches it, so that a report of
 * 10,000 files is never held whole (docs/performance.md, Memory).
 */
type ListOf = <Item extends object>(length: number, item: (index: number) => Item) => readonly Item[];
export declare const writeJson: ReportWriter;
export declare const formatJson: import("./types.js").Formatter;
export declare function jsonReport(context: ReportContext, listOf?: ListOf): JsonReport;
/** A process as the JSON report carries it: `DrawnProcess`, with step references as plain ids. */
export interface ProcessDrawing {
    readonly file: string;
    readonly id: string;
    readonly line: number;
    readonly title: string;
    readonly owner: string;
    readonly start: readonly string[];
    readonly steps: readonly {
        readonly id: string;
        readonly type: string;
        readonly title?: string;
        readonly next: readonly {
            readonly to: string;
            readonly when?: string;
            readonly after?: string;
        }[];
    }[];
}
/**
 * JSON as `reportJson` writes it, and a line break after it, in pieces. Its strings hold no raw control, bidirectional
 * or separator character: each is written as a JSON escape (`\u0085`), which reads back as the same string, so the
 * data is exact and a terminal shows it safely.
 */
export declare function jsonTextPieces(value: unknown): Generator<string>;
export {};
