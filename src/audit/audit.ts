/** Runs the rules over loaded files and settles waivers: every gap of one audit, in a stable order. */
import type { Config } from '../config/config.js';
import { compareText } from '../text-order.js';
import type { Complaint } from '../load/complaint.js';
import type { LoadedFile } from '../load/load-file.js';
import type { Position } from '../position.js';
import { ProcessGraph } from '../model/process-graph.js';
import type { Process, Waiver } from '../model/process.js';
import type { Severity } from '../model/severity.js';
import { isStepIds, type StepPath } from '../model/step-path.js';
import { isOverdue } from '../model/time.js';
import { findingMessage } from '../rules/support/finding-message.js';
import { keptPath, type KeptPath } from '../rules/support/step-list.js';
import { invalidProcess } from '../rules/invalid-process.js';
import type { AnyRule, Finding, Gap, ProcessIdentity, ProjectCheck, RuleContext, WaiverUse } from '../rules/types.js';

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
export function audit(
  files: readonly LoadedFile[],
  config: AuditSettings,
  today: string,
  lookup: readonly LoadedFile[] = [],
): AuditResult {
  const project = findProjectFindings(
    files.map(identify),
    config,
    lookup.flatMap(identify).filter((d) => d !== null),
  );
  return combineOutcomes(
    files.map((file, index) => auditFile(file, config, today, project.findings[index])),
    project.crashes,
  );
}

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

export function identify(file: LoadedFile): (ProcessIdentity | null)[] {
  return file.documents.map((d) => (d.kind === 'process' ? identityOf(new ProcessGraph(d.process)) : null));
}

function identityOf(graph: ProcessGraph): ProcessIdentity {
  const { id, file, at, emergencies } = graph.process;
  return { id, file, at, ...(emergencies ? { emergencies } : {}), emergencyEntry: graph.emergencyEntries().length > 0 };
}

/** The enabled rules' checks over all processes audited together, with each rule's options. */
export function projectChecks(
  config: AuditSettings,
): { rule: AnyRule; check: ProjectCheck<unknown>; options: unknown }[] {
  return enabledRules(config).flatMap((rule) => {
    const check = rule.kind === 'project' ? rule : rule.kind === 'process' ? rule.project : undefined;
    return check ? [{ rule, check, options: config.rules.get(rule.meta.id)!.options }] : [];
  });
}

/** What the project checks found in each file, and those of them that threw. */
export interface ProjectOutcome {
  readonly findings: ProjectFindings[];
  readonly crashes: RuleCrash[];
}

/**
 * Runs the project checks over every process audited together (and those read for
 * `lookup` only), and hands each file the findings for its processes.
 */
export function findProjectFindings(
  files: readonly (readonly (ProcessIdentity | null)[])[],
  config: AuditSettings,
  lookup: readonly ProcessIdentity[] = [],
): ProjectOutcome {
  const perFile = files.map((documents) => documents.filter((d) => d !== null));
  const processes = perFile.flat();
  const perProcess: RuleFindings[][] = processes.map(() => []);
  const crashes: RuleCrash[] = [];
  for (const { rule, check, options } of projectChecks(config)) {
    const findings =
      guard(rule, ALL_FILES, crashes, () => check.check(processes, { options, lookup })) ??
      new Map<number, Finding[]>();
    for (const [index, list] of findings) perProcess[index]!.push({ rule: rule.meta.id, findings: list });
  }
  let next = 0;
  return { findings: perFile.map((own) => own.map(() => perProcess[next++]!)), crashes };
}

/**
 * `findProjectFindings` where files have settings of their own (each its config's): the checks of each
 * settings see every file, and each file takes the findings of its own settings.
 */
export function findProjectFindingsEach(
  files: readonly (readonly (ProcessIdentity | null)[])[],
  settingsOf: (file: number) => AuditSettings,
  lookup: readonly ProcessIdentity[] = [],
): ProjectOutcome {
  const bySettings = new Map<AuditSettings, ProjectOutcome>();
  const findings = files.map((_, index) => {
    const settings = settingsOf(index);
    let outcome = bySettings.get(settings);
    if (outcome === undefined) {
      outcome = findProjectFindings(files, settings, lookup);
      bySettings.set(settings, outcome);
    }
    return outcome.findings[index]!;
  });
  const crashes = [...bySettings.values()].flatMap((outcome) => outcome.crashes);
  const once = crashes.filter(
    (crash, index) =>
      crashes.findIndex((other) => other.rule === crash.rule && other.message === crash.message) === index,
  );
  return { findings, crashes: once };
}

/**
 * What the project checks find in one file's processes seen alone, without the rest of the run: a first guess
 * (`AuditRun` audits a file again where the whole run's findings differ), and the right one wherever a finding
 * follows from the process alone, like `emergency-path`'s process with no emergency entry that names no handler.
 * The checks' crashes are left to the run's own pass over every process.
 */
export function ownProjectFindings(config: AuditSettings): FindingsFor {
  return (documents) => findProjectFindings([documents], config).findings[0]!;
}

/** What a crash of a check over every process audited together names as its file. */
const ALL_FILES = 'the audited files';

/** What the project rules find for a file's processes, from the file's own documents (null where not a valid process). */
export type FindingsFor = (documents: readonly (ProcessIdentity | null)[]) => ProjectFindings;

/**
 * Every rule on one file's processes, given what the project rules found for them (or how to find it from the
 * file's own processes, which are known only once loaded); waivers settled.
 */
export function auditFile(
  file: LoadedFile,
  config: AuditSettings,
  today: string,
  project: ProjectFindings | FindingsFor = [],
): FileOutcome {
  const enabled = enabledRules(config);
  const gaps: Gap[] = [];
  const waived: WaivedGap[] = [];
  const crashes: RuleCrash[] = [];
  // Every process is read into its graph first: a `FindingsFor` needs all of the file's processes.
  const audits = file.documents.map((document) =>
    document.kind === 'process' ? new ProcessAudit(document.process, config, today, crashes) : document,
  );
  const documents = audits.map((audit) => (audit instanceof ProcessAudit ? identityOf(audit.graph) : null));
  const findings = typeof project === 'function' ? project(documents) : project;
  let processIndex = 0;
  for (const audit of audits) {
    if (!(audit instanceof ProcessAudit)) {
      gaps.push(invalidProcessGap(file.path, audit.complaints, severityOf(config, invalidProcess)));
      continue;
    }
    const raised = [...audit.runProcessRules(enabled), ...audit.locateProjectFindings(findings[processIndex++] ?? [])];
    const settled = audit.applyWaivers(raised);
    const cascade = audit.runCascade(enabled, settled);
    gaps.push(...settled.open, ...cascade.open, ...audit.runWaiverRules(enabled, settled.uses));
    waived.push(...settled.waived, ...cascade.waived);
  }
  return { file: file.path, documents, gaps, waived, ...(crashes.length > 0 && { crashes }) };
}

function severityOf(config: AuditSettings, rule: AnyRule): Severity {
  return config.rules.get(rule.meta.id)!.level as Severity;
}

/** The phases of auditing one process, in the order `auditFile` runs them. */
class ProcessAudit {
  readonly graph: ProcessGraph;
  /** The whole witness path of each gap whose `path` keeps only its two ends: `cascade` follows the whole of it. */
  private readonly wholePaths = new Map<Gap, readonly string[] | StepPath>();

  constructor(
    readonly process: Process,
    private readonly config: AuditSettings,
    private readonly today: string,
    /** Where a rule that throws is recorded: its gaps are then none, and the other rules still run. */
    private readonly crashes: RuleCrash[],
  ) {
    this.graph = new ProcessGraph(process);
  }

  /** Phase 1: every rule that checks the process on its own. */
  runProcessRules(enabled: readonly AnyRule[]): Gap[] {
    return enabled.flatMap((rule) =>
      rule.kind === 'process' ? this.gapsOf(rule, () => rule.check(this.process, this.context(rule))) : [],
    );
  }

  /** Phase 2: what the project rules, run over every process together, found in this one. */
  locateProjectFindings(project: readonly RuleFindings[]): Gap[] {
    return project.flatMap(({ rule, findings }) =>
      findings.map((finding) => this.locate(this.config.registry.get(rule)!, finding)),
    );
  }

  /** Phase 3: the process's waivers waive the gaps of their rule (and step). */
  applyWaivers(raised: readonly Gap[]): Settled {
    return settleWaivers(this.process, raised, this.today);
  }

  /** Phase 4: `cascade` and its kind, over the gaps left open (structural ones do not count); their gaps meet the waivers too. */
  runCascade(enabled: readonly AnyRule[], settled: Settled): Settled {
    const counted = settled.open.filter((gap) => !this.config.registry.get(gap.rule)?.meta.structural);
    const found = enabled.flatMap((rule) =>
      rule.kind === 'aligned-gaps'
        ? this.gapsOf(rule, () =>
            rule.check(this.process, { ...this.context(rule), gaps: counted, wholePath: (gap) => this.wholePath(gap) }),
          )
        : [],
    );
    return settleWaivers(this.process, found, this.today, settled.uses);
  }

  /** Phase 5: the rules about the waivers themselves, once every gap has met them. */
  runWaiverRules(enabled: readonly AnyRule[], uses: ReadonlyMap<Waiver, WaiverUse>): Gap[] {
    const waivers = [...uses.values()];
    return enabled.flatMap((rule) =>
      rule.kind === 'waivers'
        ? this.gapsOf(rule, () => rule.check(this.process, { ...this.context(rule), waivers }))
        : [],
    );
  }

  private context<O>(rule: AnyRule): RuleContext<O> {
    return { graph: this.graph, options: this.config.rules.get(rule.meta.id)!.options as O, today: this.today };
  }

  private gapsOf(rule: AnyRule, check: () => Finding[]): Gap[] {
    return (guard(rule, this.process.file, this.crashes, check) ?? []).map((finding) => this.locate(rule, finding));
  }

  private locate(rule: AnyRule, finding: Finding): Gap {
    const gap = locateGap(this.graph, rule.meta.id, severityOf(this.config, rule), finding);
    if ((finding.path && !isStepIds(finding.path)) || gap.skipped !== undefined)
      this.wholePaths.set(gap, finding.path!);
    return gap;
  }

  private wholePath(gap: Gap): readonly string[] | StepPath | undefined {
    return this.wholePaths.get(gap) ?? gap.path;
  }
}

/** One audit's result from its files' outcomes, in file order. */
export function combineOutcomes(
  outcomes: readonly FileOutcome[],
  projectCrashes: readonly RuleCrash[] = [],
): AuditResult {
  const crashes = [...projectCrashes, ...outcomes.flatMap((outcome) => outcome.crashes ?? [])];
  return {
    ...(crashes.length > 0 && { crashes }),
    files: outcomes.length,
    processes: outcomes.reduce((count, outcome) => count + outcome.documents.filter((d) => d !== null).length, 0),
    gaps: sortGaps(outcomes.flatMap((outcome) => outcome.gaps)),
    waived: sortGaps(outcomes.flatMap((outcome) => outcome.waived)),
  };
}

function enabledRules(config: AuditSettings): AnyRule[] {
  return config.registry.rules.filter((rule) => config.rules.get(rule.meta.id)?.level !== 'off');
}

/** The processes the files hold, in file order: what the audit checks, and what reports draw. */
export function processesOf(files: readonly LoadedFile[]): Process[] {
  return files.flatMap((file) => file.documents.flatMap((d) => (d.kind === 'process' ? [d.process] : [])));
}

/** What `run` returns, or undefined when the rule throws: the crash is then added to `crashes`. */
function guard<T>(rule: AnyRule, file: string, crashes: RuleCrash[], run: () => T): T | undefined {
  try {
    return run();
  } catch (error) {
    crashes.push({ rule: rule.meta.id, file, message: error instanceof Error ? error.message : String(error) });
    return undefined;
  }
}

function locateGap(graph: ProcessGraph, rule: string, severity: Severity, finding: Finding): Gap {
  const { process } = graph;
  const index = finding.step === undefined ? undefined : graph.indexOf(finding.step);
  const step = index === undefined ? undefined : graph.step(index);
  const at: Position = finding.at ?? step?.at ?? process.at;
  return {
    file: process.file,
    process: process.id,
    rule,
    severity,
    step: finding.step ?? null,
    message: findingMessage(finding),
    ...(finding.fix !== undefined && { fix: finding.fix }),
    line: at.line,
    column: at.column,
    ...endOf(at),
    ...(finding.path ? keptIds(graph, finding.path) : {}),
  };
}

/** The ids of the steps a gap keeps of its witness path: a path shared with others is read at its two ends only. */
function keptIds(graph: ProcessGraph, path: readonly string[] | StepPath): KeptPath {
  return isStepIds(path)
    ? keptPath(path.length, (start, end) => path.slice(start, end))
    : keptPath(path.length, (start, end) => path.sliceAs(start, end, (step) => graph.step(step).id));
}

function invalidProcessGap(file: string, complaints: readonly Complaint[], severity: Severity): Gap {
  const first = complaints[0]!;
  const message =
    complaints.length === 1
      ? first.message
      : `${complaints.length} problems: ${complaints.map((c) => `${c.message} (line ${c.at.line}, column ${c.at.column})`).join('; ')}`;
  return {
    file,
    process: null,
    rule: invalidProcess.meta.id,
    severity,
    step: null,
    message,
    line: first.at.line,
    column: first.at.column,
    ...endOf(first.at),
  };
}

function endOf({ end }: Position): Pick<Gap, 'endLine' | 'endColumn'> {
  return end === undefined ? {} : { endLine: end.line, endColumn: end.column };
}

interface Settled {
  readonly open: Gap[];
  readonly waived: WaivedGap[];
  readonly uses: Map<Waiver, WaiverUse>;
}

/** docs/format.md, Waivers: a waiver that has not expired waives the gaps of its rule (at its step, when it names one). */
function settleWaivers(
  process: Process,
  raised: readonly Gap[],
  today: string,
  uses = initialUses(process, today),
): Settled {
  const open: Gap[] = [];
  const waived: WaivedGap[] = [];
  for (const gap of raised) {
    const matching = [...uses.values()].filter(
      ({ waiver, expired }) =>
        !expired && waiver.rule === gap.rule && (waiver.step === undefined || waiver.step.id === gap.step),
    );
    if (matching.length === 0) {
      open.push(gap);
      continue;
    }
    for (const use of matching) uses.set(use.waiver, { ...use, used: true });
    waived.push({ ...gap, reason: matching[0]!.waiver.reason });
  }
  return { open, waived, uses };
}

function initialUses(process: Process, today: string): Map<Waiver, WaiverUse> {
  return new Map(
    process.waivers.map((waiver) => [
      waiver,
      { waiver, used: false, expired: waiver.expires !== undefined && isOverdue(waiver.expires, undefined, today) },
    ]),
  );
}

/** README, Reports: by file, line, column, rule (then step and message, so equal keys still sort the same every run). */
export function sortGaps<T extends Gap>(gaps: T[]): T[] {
  return gaps.sort(
    (a, b) =>
      compareText(a.file, b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      compareText(a.rule, b.rule) ||
      compareText(a.step ?? '', b.step ?? '') ||
      compareText(a.message, b.message),
  );
}
