/** What every rule is made of, and what it reports. */
import type { Position } from '../position.js';
import type { ProcessGraph } from '../model/process-graph.js';
import type { Process, Waiver } from '../model/process.js';
import type { Severity } from '../model/severity.js';
import type { StepPath } from '../model/step-path.js';
/** A JSON Schema (2020-12) object, for a rule's options. */
export type JsonSchema = Record<string, unknown>;
export interface RuleMeta<Options = Record<string, never>> {
    readonly id: string;
    readonly defaultSeverity: Severity;
    /** One line: when the rule reports a gap. */
    readonly summary: string;
    /** Why the gap matters to customers, in a few sentences. */
    readonly why: string;
    /** How to close the gap. */
    readonly fix: string;
    /** A process (YAML) that passes the rule, and every other rule, in an audit with the default config. Every built-in rule has one; a policy has none. */
    readonly example?: string;
    /** A process (YAML) that gets the rule's gap: `gapcheck explain` audits it to show the gap. Every built-in rule has one. */
    readonly failingExample?: string;
    /** Structural rules check the file's shape, not the service; `cascade` does not count them. */
    readonly structural: boolean;
    /** The rule's options with their defaults; `optionsSchema` describes what a config may set. */
    readonly defaultOptions: Options;
    readonly optionsSchema?: JsonSchema;
    /** Where a rule that is not built in comes from: a policy or a plugin, and the config that writes or names it (as reports name files). */
    readonly source?: RuleSource;
    /** A link to the rule's own documentation, where it has one outside docs/rules/ (a policy's `docs`). */
    readonly docs?: string;
}
export type RuleSource = {
    readonly kind: 'policy';
    readonly config: string;
} | {
    readonly kind: 'plugin';
    /** The plugin's `name`, its rules' prefix. */
    readonly plugin: string;
    /** The module as the config names it: a package name, or a path relative to the config's folder. */
    readonly module: string;
    readonly config: string;
};
/**
 * A gap as a rule finds it, in parts: what is wrong, how to close it, the witness path, where it is. The audit
 * adds the file and severity, and the position's line and column; `findingMessage` joins message and fix.
 */
export interface Finding {
    /** The step the gap sits at; omitted for a gap about the process, a role or a waiver. */
    readonly step?: string;
    /** Where to point (its start and end, as the loader read them), when not at the step's key (or the process id): a role, a waiver, a field. */
    readonly at?: Position;
    /** What is wrong, and where: no witness path (that is `path`), no fix (that is `fix`). */
    readonly message: string;
    /** How to close this gap, when the finding says it for this case; else the rule's `meta.fix` says it in general. */
    readonly fix?: string;
    /** The witness path, as step ids or as steps of the graph (which may share their rest with other paths), when the gap exists because some path exists. */
    readonly path?: readonly string[] | StepPath;
}
export interface Gap {
    readonly file: string;
    /** null when the file could not be read as a process. */
    readonly process: string | null;
    readonly rule: string;
    readonly severity: Severity;
    /** null for a gap about the process as a whole, a role, a waiver or the file. */
    readonly step: string | null;
    /** What is wrong and how to close it, in one text (`findingMessage`): SPEC §7's `message`. */
    readonly message: string;
    /** The part of `message` that says how to close the gap, when the finding gave one: an editor's quick-fix title. Never in the JSON report. */
    readonly fix?: string;
    readonly line: number;
    readonly column: number;
    /** Where what the gap points at ends (exclusive column), when the loader knows: the key, or the key and its value. */
    readonly endLine?: number;
    readonly endColumn?: number;
    /** The witness path: whole up to 500 steps, else its first and last 250 (SPEC §2), with `skipped`. */
    readonly path?: readonly string[];
    /** How many steps of a witness path longer than 500 are left out between the 250 at each end that `path` keeps. */
    readonly skipped?: number;
}
export interface RuleContext<Options> {
    readonly graph: ProcessGraph;
    readonly options: Options;
    /** `YYYY-MM-DD` (UTC), or `--today`. */
    readonly today: string;
}
/** Checks one process on its own: almost every rule. */
export interface ProcessRule<Options = Record<string, never>> {
    readonly kind: 'process';
    readonly meta: RuleMeta<Options>;
    check(process: Process, context: RuleContext<Options>): Finding[];
    /**
     * For a rule some of whose gaps depend on other processes too (`emergency-path`: the
     * process named to handle emergencies): that part, run over every process audited
     * together as a project rule's check is. Its findings join those of `check`.
     */
    readonly project?: ProjectCheck<Options>;
}
/** Checks one process given the gaps every other rule reported there (after waivers): `cascade`. */
export interface AlignedGapsRule<Options = Record<string, never>> {
    readonly kind: 'aligned-gaps';
    readonly meta: RuleMeta<Options>;
    check(process: Process, context: RuleContext<Options> & {
        readonly gaps: readonly Gap[];
        /** A gap's whole witness path: its `path` keeps only the two ends of one longer than 500 steps. */
        readonly wholePath: (gap: Gap) => readonly string[] | StepPath | undefined;
    }): Finding[];
}
export interface WaiverUse {
    readonly waiver: Waiver;
    readonly expired: boolean;
    /** Whether it waived at least one gap. */
    readonly used: boolean;
}
/** Checks the process's waivers once every gap has met them. */
export interface WaiverRule<Options = Record<string, never>> {
    readonly kind: 'waivers';
    readonly meta: RuleMeta<Options>;
    check(process: Process, context: RuleContext<Options> & {
        readonly waivers: readonly WaiverUse[];
    }): Finding[];
}
/**
 * Where a process is written, and the few facts of it project checks need: all they
 * see of it. Plain data, kept in the cache with the file's outcome, so a change to
 * these facts in one file re-audits the files whose findings depend on them.
 */
export interface ProcessIdentity extends Pick<Process, 'id' | 'file' | 'at' | 'emergencies'> {
    /** Whether an emergency entry is reachable from its `start` (`emergency-path`). */
    readonly emergencyEntry: boolean;
}
export interface ProjectContext<Options> {
    readonly options: Options;
    /**
     * Processes read only so that audited ones can find what they name: the process files
     * `gapcheck audit` with no path would audit, but this run does not. They get no findings.
     */
    readonly lookup: readonly ProcessIdentity[];
}
/**
 * A check of all processes audited together. Its findings for a process may depend
 * only on the processes that share its id and those whose ids `references` gives: a
 * shard of a run relies on that to read only those of the files other shards audit.
 */
export interface ProjectCheck<Options = Record<string, never>> {
    /** Findings for each process, keyed by the process's index in `processes`. */
    check(processes: readonly ProcessIdentity[], context: ProjectContext<Options>): Map<number, Finding[]>;
    /** The ids of the other processes the findings for this one depend on. */
    references?(process: ProcessIdentity, options: Options): readonly string[];
}
/** Checks all processes audited together: `duplicate-process`. */
export interface ProjectRule<Options = Record<string, never>> extends ProjectCheck<Options> {
    readonly kind: 'project';
    readonly meta: RuleMeta<Options>;
}
/** Reported by the loader for a document it cannot read as a process: `invalid-process`. */
export interface LoaderRule {
    readonly kind: 'loader';
    readonly meta: RuleMeta;
}
export type AnyRule = ProcessRule<any> | AlignedGapsRule<any> | WaiverRule<any> | ProjectRule<any> | LoaderRule;
