/** SPEC §7: the JSON report. */
import { countBySeverity } from './counts.js';
import type { Formatter } from './types.js';
import { escapeUntrusted } from '../untrusted-text.js';
import { reportJson } from './json-text.js';
import { machineGap } from './witness.js';

export const formatJson: Formatter = ({ result }) => {
  const report = {
    gapcheck: 1,
    summary: { files: result.files, processes: result.processes, gaps: result.gaps.length, ...countBySeverity(result.gaps) },
    gaps: result.gaps.map(machineGap),
    waived: result.waived.map(machineGap),
  };
  return `${jsonText(report)}\n`;
};

/**
 * JSON as `reportJson` writes it, whose strings hold no raw control, bidirectional or separator character: each is written as a JSON
 * escape (`\u0085`), which reads back as the same string, so the data is exact and a terminal shows it safely.
 */
export function jsonText(value: unknown): string {
  return escapeUntrusted(reportJson(value), { keepLayout: true });
}
