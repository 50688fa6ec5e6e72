/** What every rule is made of, and what it reports. */
import type { Position } from '../load/source.js';
import type { ProcessGraph } from '../model/process-graph.js';
import type { Process, Waiver } from '../model/process.js';
import type { Severity } from '../model/severity.js';

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
  /** A process (YAML) that passes the rule, and every other rule, in an audit with the default config. */
  readonly example: string;
  /** A process (YAML) that gets the rule's gap: `gapcheck explain` audits it to show the gap. Every built-in rule has one. */
  readonly failingExample?: string;
  /** Structural rules check the file's shape, not the service; `cascade` does not count them. */
  readonly structural: boolean;
  /** The rule's options with their defaults; `optionsSchema` describes what a config may set. */
  readonly defaultOptions: Options;
  readonly optionsSchema?: JsonSchema;
}

/** A gap as a rule finds it; the audit adds the file, severity and position. */
export interface Finding {
  /** The step the gap sits at; omitted for a gap about the process, a role or a waiver. */
  readonly step?: string;
  /** Where to point, when not at the step's key (or the process id): a role, a waiver, a field. */
  readonly at?: Position;
  readonly message: string;
  /** The witness path, as step ids, when the gap exists because some path exists. */
  readonly path?: readonly string[];
}

export interface Gap {
  readonly file: string;
  /** null when the file could not be read as a process. */
  readonly process: string | null;
  readonly rule: string;
  readonly severity: Severity;
  /** null for a gap about the process as a whole, a role, a waiver or the file. */
  readonly step: string | null;
  readonly message: string;
  readonly line: number;
  readonly column: number;
  readonly path?: readonly string[];
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
}

/** Checks one process given the gaps every other rule reported there (after waivers): `cascade`. */
export interface AlignedGapsRule<Options = Record<string, never>> {
  readonly kind: 'aligned-gaps';
  readonly meta: RuleMeta<Options>;
  check(process: Process, context: RuleContext<Options> & { readonly gaps: readonly Gap[] }): Finding[];
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
  check(process: Process, context: RuleContext<Options> & { readonly waivers: readonly WaiverUse[] }): Finding[];
}

/** Where a process is written: all that project rules see of it. */
export type ProcessIdentity = Pick<Process, 'id' | 'file' | 'at'>;

/**
 * Checks all processes audited together: `duplicate-process`. Its findings for a
 * process may depend only on the processes that share its id: a shard of a run
 * relies on that to read only the ids of the files other shards audit.
 */
export interface ProjectRule<Options = Record<string, never>> {
  readonly kind: 'project';
  readonly meta: RuleMeta<Options>;
  /** Findings for each process, keyed by the process's index in `processes`. */
  check(processes: readonly ProcessIdentity[]): Map<number, Finding[]>;
}

/** Reported by the loader for a document it cannot read as a process: `invalid-process`. */
export interface LoaderRule {
  readonly kind: 'loader';
  readonly meta: RuleMeta;
}

// Options differ per rule; the registry holds them all, and each rule's check sees its own.
export type AnyRule = ProcessRule<any> | AlignedGapsRule<any> | WaiverRule<any> | ProjectRule<any> | LoaderRule;
