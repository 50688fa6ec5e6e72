/**
 * A gap's witness path (docs/format.md) as reports show it. Human formats print it once, on its own
 * line, cut to 12 steps; machine formats keep up to 500 steps, so a report stays linear in its gaps.
 */
import { type KeptPath } from '../rules/support/step-list.js';
import type { Gap } from '../rules/types.js';
/** `path: a → b → c`, cut to 12 steps; undefined for a gap without a witness path. */
export declare function pathLine(gap: Pick<Gap, 'path' | 'skipped'>): string | undefined;
/** The message, then the path line under it when the gap has one: for formats with one text per gap. */
export declare function messageAndPath(gap: Gap): string;
/** A witness path as JSON and SARIF write it: as the gap keeps it (`keptPath`), with how many steps were skipped between its ends. */
export declare function machinePath(gap: Pick<Gap, 'path' | 'skipped'>): KeptPath;
/** The steps a gap keeps of its witness path, each with its place in the whole path (1 for the first): a cut path keeps as many at each end. */
export declare function keptSteps(gap: Pick<Gap, 'path' | 'skipped'>): {
    readonly id: string;
    readonly place: number;
}[];
/** The gap as the JSON report writes it (SPEC §7): its path as the gap keeps it, `skipped` right after it; its fix only inside `message`. */
export declare function machineGap<G extends Gap>(gap: G): Omit<G, 'fix'>;
