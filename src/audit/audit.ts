/** Runs the rules over loaded files and settles waivers: every gap of one audit, in a stable order. */
import type { Config } from '../config/config.js';
import { compareText } from '../load/discover.js';
import type { Complaint, LoadedFile } from '../load/load-file.js';
import type { Position } from '../load/source.js';
import { ProcessGraph } from '../model/process-graph.js';
import type { Process, Waiver } from '../model/process.js';
import type { Severity } from '../model/severity.js';
import { isOverdue } from '../model/time.js';
import { RULES } from '../rules/index.js';
import { invalidProcess } from '../rules/invalid-process.js';
import type { AnyRule, Finding, Gap, RuleContext, WaiverUse } from '../rules/types.js';

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

export function audit(files: readonly LoadedFile[], config: Config, today: string): AuditResult {
  const enabled = RULES.filter((rule) => config.rules.get(rule.meta.id)?.level !== 'off');
  const severityOf = (rule: AnyRule): Severity => config.rules.get(rule.meta.id)!.level as Severity;
  const processes = files.flatMap((file) => file.documents.flatMap((d) => (d.kind === 'process' ? [d.process] : [])));
  const gaps: Gap[] = [];
  const waived: WaivedGap[] = [];

  for (const file of files) {
    for (const document of file.documents) {
      if (document.kind === 'invalid') gaps.push(invalidProcessGap(file.path, document.complaints, severityOf(invalidProcess)));
    }
  }
  const projectFindings = enabled.flatMap((rule) =>
    rule.kind === 'project' ? [{ rule, findings: guard(rule, 'the audited files', () => rule.check(processes)) }] : [],
  );

  processes.forEach((process, index) => {
    const graph = new ProcessGraph(process);
    const context = <O>(rule: AnyRule): RuleContext<O> => ({
      graph,
      options: config.rules.get(rule.meta.id)!.options as O,
      today,
    });
    const toGap = (rule: AnyRule) => (finding: Finding) => locateGap(process, rule.meta.id, severityOf(rule), finding);
    const raised: Gap[] = [];
    for (const rule of enabled) {
      if (rule.kind === 'process') raised.push(...guard(rule, process.file, () => rule.check(process, context(rule))).map(toGap(rule)));
    }
    for (const { rule, findings } of projectFindings) raised.push(...(findings.get(index) ?? []).map(toGap(rule)));

    const settled = settleWaivers(process, raised, today);
    waived.push(...settled.waived);
    const open = [...settled.open];
    for (const rule of enabled) {
      if (rule.kind !== 'aligned-gaps') continue;
      const findings = guard(rule, process.file, () => rule.check(process, { ...context(rule), gaps: open }));
      const cascade = settleWaivers(process, findings.map(toGap(rule)), today, settled.uses);
      open.push(...cascade.open);
      waived.push(...cascade.waived);
    }
    const uses = [...settled.uses.values()];
    for (const rule of enabled) {
      if (rule.kind === 'waivers') open.push(...guard(rule, process.file, () => rule.check(process, { ...context(rule), waivers: uses })).map(toGap(rule)));
    }
    gaps.push(...open);
  });

  return { files: files.length, processes: processes.length, gaps: sortGaps(gaps), waived: sortGaps(waived) };
}

function guard<T>(rule: AnyRule, file: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    throw new RuleCrash(rule.meta.id, file, error);
  }
}

function locateGap(process: Process, rule: string, severity: Severity, finding: Finding): Gap {
  const step = finding.step === undefined ? undefined : process.steps.find((s) => s.id === finding.step);
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
    ...(finding.path ? { path: finding.path } : {}),
  };
}

function invalidProcessGap(file: string, complaints: readonly Complaint[], severity: Severity): Gap {
  const first = complaints[0]!;
  const message =
    complaints.length === 1
      ? first.message
      : `${complaints.length} problems: ${complaints.map((c) => `${c.message} (line ${c.at.line}, column ${c.at.column})`).join('; ')}`;
  return { file, process: null, rule: invalidProcess.meta.id, severity, step: null, message, line: first.at.line, column: first.at.column };
}

interface Settled {
  readonly open: Gap[];
  readonly waived: WaivedGap[];
  readonly uses: Map<Waiver, WaiverUse>;
}

/** SPEC §4: a waiver that has not expired waives the gaps of its rule (at its step, when it names one). */
function settleWaivers(process: Process, raised: readonly Gap[], today: string, uses = initialUses(process, today)): Settled {
  const open: Gap[] = [];
  const waived: WaivedGap[] = [];
  for (const gap of raised) {
    const use = [...uses.values()].find(
      ({ waiver, expired }) => !expired && waiver.rule === gap.rule && (waiver.step === undefined || waiver.step.id === gap.step),
    );
    if (!use) {
      open.push(gap);
      continue;
    }
    uses.set(use.waiver, { ...use, used: true });
    waived.push({ ...gap, reason: use.waiver.reason });
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

/** SPEC §7: by file, line, column, rule (then step and message, so equal keys still sort the same every run). */
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
