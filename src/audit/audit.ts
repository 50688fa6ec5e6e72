/** Runs the rules over loaded files and settles waivers: every gap of one audit, in a stable order. */
import type { Config } from '../config/config.js';
import { compareText } from '../load/discover.js';
import type { Complaint } from '../load/complaint.js';
import type { LoadedFile } from '../load/load-file.js';
import type { Position } from '../position.js';
import { ProcessGraph } from '../model/process-graph.js';
import type { Process, Waiver } from '../model/process.js';
import type { Severity } from '../model/severity.js';
import { isOverdue } from '../model/time.js';
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
}

/** A rule threw: a bug in gapcheck, never a silent pass. */
export class RuleCrash extends Error {
  constructor(
    readonly rule: string,
    readonly file: string,
    override readonly cause: unknown,
  ) {
    super(`rule ${rule} failed on ${file}: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'RuleCrash';
  }
}

/** `lookup`: files read only for the processes audited ones name (`ProjectContext.lookup`). */
export function audit(files: readonly LoadedFile[], config: AuditSettings, today: string, lookup: readonly LoadedFile[] = []): AuditResult {
  const project = findProjectFindings(files.map(identify), config, lookup.flatMap(identify).filter((d) => d !== null));
  return combineOutcomes(files.map((file, index) => auditFile(file, config, today, project[index])));
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
export function projectChecks(config: AuditSettings): { rule: AnyRule; check: ProjectCheck<unknown>; options: unknown }[] {
  return enabledRules(config).flatMap((rule) => {
    const check = rule.kind === 'project' ? rule : rule.kind === 'process' ? rule.project : undefined;
    return check ? [{ rule, check, options: config.rules.get(rule.meta.id)!.options }] : [];
  });
}

/**
 * Runs the project checks over every process audited together (and those read for
 * `lookup` only), and hands each file the findings for its processes.
 */
export function findProjectFindings(
  files: readonly (readonly (ProcessIdentity | null)[])[],
  config: AuditSettings,
  lookup: readonly ProcessIdentity[] = [],
): ProjectFindings[] {
  const perFile = files.map((documents) => documents.filter((d) => d !== null));
  const processes = perFile.flat();
  const perProcess: RuleFindings[][] = processes.map(() => []);
  for (const { rule, check, options } of projectChecks(config)) {
    const findings = guard(rule, 'the audited files', () => check.check(processes, { options, lookup }));
    for (const [index, list] of findings) perProcess[index]!.push({ rule: rule.meta.id, findings: list });
  }
  let next = 0;
  return perFile.map((own) => own.map(() => perProcess[next++]!));
}

/** Every rule on one file's processes, given what the project rules found for them; waivers settled. */
export function auditFile(file: LoadedFile, config: AuditSettings, today: string, project: ProjectFindings = []): FileOutcome {
  const enabled = enabledRules(config);
  const severityOf = (rule: AnyRule): Severity => config.rules.get(rule.meta.id)!.level as Severity;
  const gaps: Gap[] = [];
  const waived: WaivedGap[] = [];
  const documents: (ProcessIdentity | null)[] = [];
  let processIndex = 0;
  for (const document of file.documents) {
    if (document.kind === 'invalid') {
      gaps.push(invalidProcessGap(file.path, document.complaints, severityOf(invalidProcess)));
      documents.push(null);
      continue;
    }
    const process = document.process;
    const graph = new ProcessGraph(process);
    documents.push(identityOf(graph));
    const context = <O>(rule: AnyRule): RuleContext<O> => ({
      graph,
      options: config.rules.get(rule.meta.id)!.options as O,
      today,
    });
    const toGap = (rule: AnyRule) => (finding: Finding) => locateGap(graph, rule.meta.id, severityOf(rule), finding);
    const raised: Gap[] = [];
    for (const rule of enabled) {
      if (rule.kind === 'process') raised.push(...guard(rule, process.file, () => rule.check(process, context(rule))).map(toGap(rule)));
    }
    for (const { rule, findings } of project[processIndex++] ?? []) raised.push(...findings.map(toGap(config.registry.get(rule)!)));

    const settled = settleWaivers(process, raised, today);
    waived.push(...settled.waived);
    const open = [...settled.open];
    for (const rule of enabled) {
      if (rule.kind !== 'aligned-gaps') continue;
      const counted = open.filter((gap) => !config.registry.get(gap.rule)?.meta.structural);
      const findings = guard(rule, process.file, () => rule.check(process, { ...context(rule), gaps: counted }));
      const cascade = settleWaivers(process, findings.map(toGap(rule)), today, settled.uses);
      open.push(...cascade.open);
      waived.push(...cascade.waived);
    }
    const uses = [...settled.uses.values()];
    for (const rule of enabled) {
      if (rule.kind === 'waivers') open.push(...guard(rule, process.file, () => rule.check(process, { ...context(rule), waivers: uses })).map(toGap(rule)));
    }
    gaps.push(...open);
  }
  return { file: file.path, documents, gaps, waived };
}

/** One audit's result from its files' outcomes, in file order. */
export function combineOutcomes(outcomes: readonly FileOutcome[]): AuditResult {
  return {
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

function guard<T>(rule: AnyRule, file: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    throw new RuleCrash(rule.meta.id, file, error);
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
    message: finding.message,
    line: at.line,
    column: at.column,
    ...endOf(at),
    ...(finding.path ? { path: finding.path } : {}),
  };
}

function invalidProcessGap(file: string, complaints: readonly Complaint[], severity: Severity): Gap {
  const first = complaints[0]!;
  const message =
    complaints.length === 1
      ? first.message
      : `${complaints.length} problems: ${complaints.map((c) => `${c.message} (line ${c.at.line}, column ${c.at.column})`).join('; ')}`;
  return { file, process: null, rule: invalidProcess.meta.id, severity, step: null, message, line: first.at.line, column: first.at.column, ...endOf(first.at) };
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
function settleWaivers(process: Process, raised: readonly Gap[], today: string, uses = initialUses(process, today)): Settled {
  const open: Gap[] = [];
  const waived: WaivedGap[] = [];
  for (const gap of raised) {
    const matching = [...uses.values()].filter(
      ({ waiver, expired }) => !expired && waiver.rule === gap.rule && (waiver.step === undefined || waiver.step.id === gap.step),
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
