import { SEVERITIES, type Severity } from '../model/severity.js';
import type { Gap } from '../rules/types.js';

export type SeverityCounts = Record<Severity, number>;

export function countBySeverity(gaps: readonly Gap[]): SeverityCounts {
  const counts = Object.fromEntries(SEVERITIES.map((severity) => [severity, 0])) as SeverityCounts;
  for (const gap of gaps) counts[gap.severity]++;
  return counts;
}

/** `1 gap`, `3 gaps`, `2 processes`. */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
