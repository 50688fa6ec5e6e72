/** Runs the rules over loaded files and settles waivers: every gap of one audit, in a stable order. */
import type { Config } from '../config/config.js';
import type { LoadedFile } from '../load/load-file.js';
import type { Process } from '../model/process.js';
import type { AnyRule, Finding, Gap, ProcessIdentity, ProjectCheck } from '../rules/types.js';
export interface WaivedGap extends Gap {
    readonly reason: string;
}
export interface AuditResult {
    readonly files: number;
    readonly processes: number;
    readonly gaps: readonly Gap[];
    readonly waived: readonly WaivedGap[];
    /** Rules that threw: the audit is incomplete (exit 2), never a silent pass. Absent when none did. */
    readonly crashes?: readonly RuleCrash[];
}
/** A rule threw: a bug in gapcheck. Kept as data, so the other rules still run and every report can show it. */
export interface RuleCrash {
    readonly rule: string;
    /** The file it failed on, or `the audited files` for a check over all of them. */
    readonly file: string;
    /** What the error said; never its stack. */
    readonly message: string;
}
/** `lookup`: files read only for the processes audited ones name (`ProjectContext.lookup`). */
export declare function audit(files: readonly LoadedFile[], config: AuditSettings, today: string, lookup?: readonly LoadedFile[]): AuditResult;
/** The rules an audit runs (`registry`), and the setting of each. */
export type AuditSettings = Pick<Config, 'registry' | 'rules'>;
/** What one file adds to an audit. Plain data, so it can cross worker threads and be kept in the cache. */
export interface FileOutcome {
    readonly file: string;
    /** Each document's process, in file order; null for a document that is not a valid process. */
    readonly documents: readonly (ProcessIdentity | null)[];
    readonly gaps: readonly Gap[];
    readonly waived: readonly WaivedGap[];
    /** Absent when no rule threw, so an outcome is kept in the cache as before. */
    readonly crashes?: readonly RuleCrash[];
}
/** The findings of one project rule for one process. */
export interface RuleFindings {
    readonly rule: string;
    readonly findings: readonly Finding[];
}
/** Project-rule findings for each process of one file, in file order (empty when there are none). */
export type ProjectFindings = readonly (readonly RuleFindings[])[];
export declare function identify(file: LoadedFile): (ProcessIdentity | null)[];
/** The enabled rules' checks over all processes audited together, with each rule's options. */
export declare function projectChecks(config: AuditSettings): {
    rule: AnyRule;
    check: ProjectCheck<unknown>;
    options: unknown;
}[];
/** What the project checks found in each file, and those of them that threw. */
export interface ProjectOutcome {
    readonly findings: ProjectFindings[];
    readonly crashes: RuleCrash[];
}
/**
 * Runs the project checks over every process audited together (and those read for
 * `lookup` only), and hands each file the findings for its processes.
 */
export declare function findProjectFindings(files: readonly (readonly (ProcessIdentity | null)[])[], config: AuditSettings, lookup?: readonly ProcessIdentity[]): ProjectOutcome;
/**
 * `findProjectFindings` where files have settings of their own (each its config's): the checks of each
 * settings see every file, and each file takes the findings of its own settings.
 */
export declare function findProjectFindingsEach(files: readonly (readonly (ProcessIdentity | null)[])[], settingsOf: (file: number) => AuditSettings, lookup?: readonly ProcessIdentity[]): ProjectOutcome;
/**
 * What the project checks find in one file's processes seen alone, without the rest of the run: a first guess
 * (`AuditRun` audits a file again where the whole run's findings differ), and the right one wherever a finding
 * follows from the process alone, like `emergency-path`'s process with no emergency entry that names no handler.
 * The checks' crashes are left to the run's own pass over every process.
 */
export declare function ownProjectFindings(config: AuditSettings): FindingsFor;
/** What the project rules find for a file's processes, from the file's own documents (null where not a valid process). */
export type FindingsFor = (documents: readonly (ProcessIdentity | null)[]) => ProjectFindings;
/**
 * Every rule on one file's processes, given what the project rules found for them (or how to find it from the
 * file's own processes, which are known only once loaded); waivers settled.
 */
export declare function auditFile(file: LoadedFile, config: AuditSettings, today: string, project?: ProjectFindings | FindingsFor): FileOutcome;
/** One audit's result from its files' outcomes, in file order. */
export declare function combineOutcomes(outcomes: readonly FileOutcome[], projectCrashes?: readonly RuleCrash[]): AuditResult;
/** The processes the files hold, in file order: what the audit checks, and what reports draw. */
export declare function processesOf(files: readonly LoadedFile[]): Process[];
/** README, Reports: by file, line, column, rule (then step and message, so equal keys still sort the same every run). */
export declare function sortGaps<T extends Gap>(gaps: T[]): T[];
