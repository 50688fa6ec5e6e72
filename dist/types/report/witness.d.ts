import type { Gap } from '../rules/types.js';
/** `path: a → b → c`, cut to 12 steps; undefined for a gap without a witness path. */
export declare function pathLine(gap: Pick<Gap, 'path'>): string | undefined;
/** The message, then the path line under it when the gap has one: for formats with one text per gap. */
export declare function messageAndPath(gap: Gap): string;
/** A witness path as JSON and SARIF write it: whole up to 500 steps, else the first and last 250, with how many were skipped between. */
export interface MachinePath {
    readonly path: readonly string[];
    readonly skipped?: number;
}
export declare function machinePath(path: readonly string[]): MachinePath;
/** The gap as the JSON report writes it (SPEC §7): its path cut by `machinePath`, `skipped` right after it; its fix only inside `message`. */
export declare function machineGap<G extends Gap>(gap: G): Omit<G, 'fix'> | (Omit<G, 'fix'> & MachinePath);
