/** SPEC §7: the JSON report. */
import { countBySeverity } from './counts.js';
import type { Formatter } from './types.js';

export const formatJson: Formatter = ({ result }) => {
  const report = {
    gapcheck: 1,
    summary: { files: result.files, processes: result.processes, gaps: result.gaps.length, ...countBySeverity(result.gaps) },
    gaps: result.gaps,
    waived: result.waived,
  };
  return `${JSON.stringify(report, null, 2)}\n`;
};
