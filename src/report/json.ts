/** SPEC §7: the JSON report. */
import { countBySeverity } from './counts.js';
import type { Formatter } from './types.js';
import { reportJson } from './json-text.js';
import { machineGap } from './witness.js';

export const formatJson: Formatter = ({ result }) => {
  const report = {
    gapcheck: 1,
    summary: { files: result.files, processes: result.processes, gaps: result.gaps.length, ...countBySeverity(result.gaps) },
    gaps: result.gaps.map(machineGap),
    waived: result.waived.map(machineGap),
  };
  return `${reportJson(report)}\n`;
};
