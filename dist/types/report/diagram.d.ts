/**
 * A process as a drawing, before any syntax: the nodes and edges that the Mermaid and Graphviz renderers
 * both write, with each gap step's worst severity and the edges of the witness paths. Identifiers are
 * generated (`n0`, `n1`, ...), never taken from the file, so no step id can break a diagram's syntax.
 */
import type { Process, Step } from '../model/process.js';
import { type Severity } from '../model/severity.js';
import type { Duration } from '../model/time.js';
import type { Gap } from '../rules/types.js';
/** What drawing a process takes of it: what a shard's JSON report carries for `gapcheck merge` to draw it. */
export interface DrawnProcess extends Pick<Process, 'id' | 'file' | 'title'> {
    readonly at: {
        readonly line: number;
    };
    readonly owner: {
        readonly id: string;
    };
    readonly start: readonly {
        readonly id: string;
    }[];
    readonly steps: readonly DrawnStep[];
}
export interface DrawnStep extends Pick<Step, 'id' | 'type' | 'title'> {
    readonly next: readonly {
        readonly to: {
            readonly id: string;
        };
        readonly when?: string;
        readonly after?: Pick<Duration, 'text'>;
    }[];
}
/** What a renderer needs of a gap: where it sits, how severe it is, and its witness path. */
export type DiagramGap = Pick<Gap, 'step' | 'severity' | 'path' | 'skipped'>;
export type NodeShape = 'start' | 'flag' | 'rhombus' | 'stadium' | 'hexagon' | 'subroutine' | 'parallelogram' | 'rectangle' | 'missing';
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
/** Colours of the drawing, shared by every renderer so a gap looks the same in each. */
export declare const SEVERITY_STYLE: Record<Severity, {
    readonly fill: string;
    readonly stroke: string;
    readonly width: number;
}>;
export declare const WITNESS_STYLE: {
    readonly stroke: "#dc2626";
    readonly width: 3;
};
export declare const MISSING_STYLE: {
    readonly fill: "#f3f4f6";
    readonly stroke: "#6b7280";
};
export declare function describeDiagram(process: DrawnProcess, gaps: readonly DiagramGap[]): Diagram;
