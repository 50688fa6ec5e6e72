/** Gaps, and rules that threw, as the editor's diagnostics. */
import { existsSync } from 'node:fs';
import {
  DiagnosticSeverity,
  type Diagnostic,
  type DiagnosticRelatedInformation,
  type Range,
} from 'vscode-languageserver';
import type { RuleCrash } from '../audit/audit.js';
import type { LoadedFile } from '../load/load-file.js';
import type { Severity } from '../model/severity.js';
import { packageFile } from '../package-files.js';
import { START_OF_FILE, type Point, type Position, type Range as SourceRange } from '../position.js';
import { crashAdvice, crashText } from '../report/crashes.js';
import { gapRange } from '../report/range.js';
import type { Gap } from '../rules/types.js';
import { spanOf } from './symbols.js';

/** Where diagnostics say they come from. */
export const SOURCE = 'gapcheck';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  critical: DiagnosticSeverity.Error,
  high: DiagnosticSeverity.Error,
  medium: DiagnosticSeverity.Warning,
  low: DiagnosticSeverity.Information,
};

/** What a diagnostic carries for hover and code actions: the gap it shows. */
export interface GapData {
  readonly rule: string;
  readonly severity: Severity;
  readonly step: string | null;
  readonly process: string | null;
}

/** A gap of `file` as a diagnostic: range, severity, the rule as code with its page, the witness path's steps as related information. */
export function gapDiagnostic(gap: Gap, file: LoadedFile, uri: string): Diagnostic {
  const href = ruleDocUrl(gap.rule);
  const related = gap.path ? witnessSteps(gap, file, uri) : [];
  const data: GapData = { rule: gap.rule, severity: gap.severity, step: gap.step, process: gap.process };
  return {
    range: editorRange(gapRange(gap)),
    severity: SEVERITY[gap.severity],
    code: gap.rule,
    ...(href ? { codeDescription: { href } } : {}),
    source: SOURCE,
    message: gap.path ? `${gap.message}\npath: ${gap.path.join(' → ')}` : gap.message,
    ...(related.length > 0 ? { relatedInformation: related } : {}),
    data,
  };
}

/** A rule that threw: one diagnostic at the top of the file, saying so, as every report format says it. */
export function crashDiagnostic(crash: RuleCrash): Diagnostic {
  return {
    range: rangeOf(START_OF_FILE),
    severity: DiagnosticSeverity.Error,
    code: crash.rule,
    source: SOURCE,
    message: `internal error: ${crashText(crash)}. ${crashAdvice(crash)}`,
  };
}

/** Each step of the witness path, at its key in the file. */
function witnessSteps(gap: Gap, file: LoadedFile, uri: string): DiagnosticRelatedInformation[] {
  const process = file.documents.find((d) => d.kind === 'process' && d.process.id === gap.process);
  if (process?.kind !== 'process') return [];
  const steps = new Map(process.process.steps.map((step) => [step.id, step.at]));
  return gap.path!.flatMap((id, index) => {
    const at = steps.get(id);
    return at
      ? [{ location: { uri, range: rangeOf(at) }, message: `path step ${index + 1} of ${gap.path!.length}: ${id}` }]
      : [];
  });
}

/** The rule's page in the gapcheck package, where it has its docs (a clone); none otherwise. */
function ruleDocUrl(rule: string): string | undefined {
  const page = packageFile(`docs/rules/${rule}.md`);
  return existsSync(page) ? page.href : undefined;
}

/** A loader position (1-based, exclusive end) as an editor's range (0-based). */
export function rangeOf(at: Position): Range {
  return editorRange(spanOf(at));
}

function editorRange({ start, end }: SourceRange): Range {
  return { start: toLsp(start), end: toLsp(end) };
}

function toLsp(point: Point): { line: number; character: number } {
  return { line: point.line - 1, character: point.column - 1 };
}
