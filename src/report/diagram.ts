/**
 * A process as a drawing, before any syntax: the nodes and edges that the Mermaid and Graphviz renderers
 * both write, with each gap step's worst severity and the edges of the witness paths. Identifiers are
 * generated (`n0`, `n1`, ...), never taken from the file, so no step id can break a diagram's syntax.
 */
import type { Process, Step, StepType } from '../model/process.js';
import { severityRank, type Severity } from '../model/severity.js';
import type { Duration } from '../model/time.js';
import type { Gap } from '../rules/types.js';
import { keptSteps } from './witness.js';

/** What drawing a process takes of it: what a shard's JSON report carries for `gapcheck merge` to draw it. */
export interface DrawnProcess extends Pick<Process, 'id' | 'file' | 'title'> {
  readonly at: { readonly line: number };
  readonly owner: { readonly id: string };
  readonly start: readonly { readonly id: string }[];
  readonly steps: readonly DrawnStep[];
}

export interface DrawnStep extends Pick<Step, 'id' | 'type' | 'title'> {
  readonly next: readonly {
    readonly to: { readonly id: string };
    readonly when?: string;
    readonly after?: Pick<Duration, 'text'>;
  }[];
}

/** What a renderer needs of a gap: where it sits, how severe it is, and its witness path. */
export type DiagramGap = Pick<Gap, 'step' | 'severity' | 'path' | 'skipped'>;

export type NodeShape =
  'start' | 'flag' | 'rhombus' | 'stadium' | 'hexagon' | 'subroutine' | 'parallelogram' | 'rectangle' | 'missing';

export interface DiagramNode {
  /** A safe identifier in every diagram language: `s0`, `n0`, `m0`. */
  readonly id: string;
  readonly shape: NodeShape;
  /** The first line: the step's title, or its id when it has none. */
  readonly label: string;
  /** The second line, when there is one: the step id under a title, or why a node is drawn. */
  readonly detail?: string;
  /** The most severe gap at the step. */
  readonly severity?: Severity;
}

export interface DiagramEdge {
  readonly from: string;
  readonly to: string;
  /** `when` and `after` of the transition. */
  readonly label?: string;
  /** Whether some gap's witness path takes this edge. */
  readonly witness: boolean;
}

export interface Diagram {
  readonly nodes: readonly DiagramNode[];
  readonly edges: readonly DiagramEdge[];
}

const SHAPES: Partial<Record<StepType, NodeShape>> = {
  intake: 'flag',
  decision: 'rhombus',
  end: 'stadium',
  escalate: 'hexagon',
  promise: 'subroutine',
  'follow-up': 'subroutine',
  verify: 'subroutine',
  report: 'parallelogram',
  review: 'parallelogram',
};

/** Colours of the drawing, shared by every renderer so a gap looks the same in each. */
export const SEVERITY_STYLE: Record<
  Severity,
  { readonly fill: string; readonly stroke: string; readonly width: number }
> = {
  critical: { fill: '#fecaca', stroke: '#7f1d1d', width: 4 },
  high: { fill: '#fed7aa', stroke: '#c2410c', width: 3 },
  medium: { fill: '#fef08a', stroke: '#a16207', width: 2 },
  low: { fill: '#bfdbfe', stroke: '#1d4ed8', width: 2 },
};
export const WITNESS_STYLE = { stroke: '#dc2626', width: 3 } as const;
export const MISSING_STYLE = { fill: '#f3f4f6', stroke: '#6b7280' } as const;

export function describeDiagram(process: DrawnProcess, gaps: readonly DiagramGap[]): Diagram {
  const idOfStep = new Map(process.steps.map((step, index) => [step.id, `n${index}`]));
  const missing = new Map<string, string>();
  const nodeOf = (stepId: string): string => {
    const known = idOfStep.get(stepId) ?? missing.get(stepId);
    if (known !== undefined) return known;
    const id = `m${missing.size}`;
    missing.set(stepId, id);
    return id;
  };
  const witnessPairs = new Set(
    gaps.flatMap((gap) => {
      const steps = keptSteps(gap);
      // A cut path's two ends do not meet: no edge joins its last kept step before the cut to the first after it.
      return steps
        .slice(1)
        .flatMap((to, i) => (to.place === steps[i]!.place + 1 ? [pairKey(steps[i]!.id, to.id)] : []));
    }),
  );
  const edges: DiagramEdge[] = [
    ...process.start.map((ref) => ({ from: 's0', to: nodeOf(ref.id), witness: false })),
    ...process.steps.flatMap((step) =>
      step.next.map((edge) => ({
        from: idOfStep.get(step.id)!,
        to: nodeOf(edge.to.id),
        label: edgeLabel(edge.when, edge.after?.text),
        witness: witnessPairs.has(pairKey(step.id, edge.to.id)),
      })),
    ),
  ];
  const severities = worstSeverityByStep(gaps);
  const nodes: DiagramNode[] = [
    { id: 's0', shape: 'start', label: 'start' },
    ...process.steps.map((step) => {
      const title = plainText(step.title ?? '');
      return {
        id: idOfStep.get(step.id)!,
        shape: SHAPES[step.type] ?? 'rectangle',
        label: title === '' ? step.id : title,
        detail: title === '' ? undefined : step.id,
        severity: severities.get(step.id),
      };
    }),
    ...[...missing].map(([stepId, id]) => ({ id, shape: 'missing' as const, label: stepId, detail: 'no such step' })),
  ];
  return { nodes, edges };
}

function pairKey(from: string, to: string): string {
  return JSON.stringify([from, to]);
}

function edgeLabel(when: string | undefined, after: string | undefined): string | undefined {
  const parts = [when === undefined ? '' : plainText(when), after === undefined ? '' : `after ${after}`].filter(
    (part) => part !== '',
  );
  return parts.length === 0 ? undefined : parts.join(', ');
}

/** A step drawn once, in the colour of its most severe gap. */
function worstSeverityByStep(gaps: readonly DiagramGap[]): Map<string, Severity> {
  const worst = new Map<string, Severity>();
  for (const gap of gaps) {
    if (gap.step === null) continue;
    const current = worst.get(gap.step);
    if (current === undefined || severityRank(gap.severity) > severityRank(current)) worst.set(gap.step, gap.severity);
  }
  return worst;
}

/** Text as one line: a label has no room for the line breaks of a YAML block scalar. */
function plainText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
