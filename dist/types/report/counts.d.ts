import { type Severity } from '../model/severity.js';
import type { Gap } from '../rules/types.js';
export type SeverityCounts = Record<Severity, number>;
export declare function countBySeverity(gaps: readonly Gap[]): SeverityCounts;
/** `1 gap`, `3 gaps`, `2 processes`. */
export declare function plural(count: number, one: string, many?: string): string;
