/** SPEC §7: the JSON report. */
import { countBySeverity } from './counts.js';
import type { Formatter } from './types.js';
import { escapeUntrusted } from '../untrusted-text.js';

export const formatJson: Formatter = ({ result }) => {
  const report = {
    gapcheck: 1,
    summary: { files: result.files, processes: result.processes, gaps: result.gaps.length, ...countBySeverity(result.gaps) },
    gaps: result.gaps,
    waived: result.waived,
  };
  return `${jsonText(report)}\n`;
};

/**
 * JSON whose strings hold no raw control, bidirectional or separator character: each is written as a JSON
 * escape (`\u0085`), which reads back as the same string, so the data is exact and a terminal shows it safely.
 */
export function jsonText(value: unknown): string {
  return escapeUntrusted(JSON.stringify(value, null, 2), { keepLayout: true });
}
