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
import { keptSteps } from '../report/witness.js';
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

/**
 * The gaps of `file` as diagnostics: range, severity, the rule as code with its page, the witness path's steps
 * as related information.
 */
export function gapDiagnostics(gaps: readonly Gap[], file: LoadedFile, uri: string): Diagnostic[] {
  const places = stepPlaces(file);
  return gaps.map((gap) => {
    const href = ruleDocUrl(gap.rule);
    const related = gap.path ? witnessSteps(gap, places.get(gap.process), uri) : [];
    const data: GapData = { rule: gap.rule, severity: gap.severity, step: gap.step, process: gap.process };
    return {
      range: editorRange(gapRange(gap)),
      severity: SEVERITY[gap.severity],
      code: gap.rule,
      ...(href ? { codeDescription: { href } } : {}),
      source: SOURCE,
      message: gap.path ? `${gap.message}\npath: ${wholePathText(gap)}` : gap.message,
      ...(related.length > 0 ? { relatedInformation: related } : {}),
      data,
    };
  });
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

/** Where each step of each process of the file is written, by process id, then step id. */
function stepPlaces(file: LoadedFile): Map<string | null, Map<string, Position>> {
  const places = new Map<string | null, Map<string, Position>>();
  for (const document of file.documents)
    if (document.kind === 'process' && !places.has(document.process.id))
      places.set(document.process.id, new Map(document.process.steps.map((step) => [step.id, step.at])));
  return places;
}

/** Each step of the witness path, at its key in the file. */
function witnessSteps(
  gap: Gap,
  steps: ReadonlyMap<string, Position> | undefined,
  uri: string,
): DiagnosticRelatedInformation[] {
  if (!steps) return [];
  const length = gap.path!.length + (gap.skipped ?? 0);
  return keptSteps(gap).flatMap(({ id, place }) => {
    const at = steps.get(id);
    return at ? [{ location: { uri, range: rangeOf(at) }, message: `path step ${place} of ${length}: ${id}` }] : [];
  });
}

/** Each rule's page, looked for once: the package's files do not change while the server runs. */
const ruleDocUrls = new Map<string, string | undefined>();

/** Every step the gap keeps of its witness path, and how many it left out where it cut it. */
function wholePathText(gap: Gap): string {
  const steps = keptSteps(gap);
  return steps
    .flatMap(({ id, place }, index) =>
      index > 0 && place > steps[index - 1]!.place + 1 ? [`… ${place - steps[index - 1]!.place - 1} more …`, id] : [id],
    )
    .join(' → ');
}

/** The rule's page in the gapcheck package, where it has its docs (a clone); none otherwise. */
function ruleDocUrl(rule: string): string | undefined {
  if (!ruleDocUrls.has(rule)) {
    const page = packageFile(`docs/rules/${rule}.md`);
    ruleDocUrls.set(rule, existsSync(page) ? page.href : undefined);
  }
  return ruleDocUrls.get(rule);
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
