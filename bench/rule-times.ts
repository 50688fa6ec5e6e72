/**
 * What each rule costs on one process file: the time of reading and parsing it, of building its
 * graph, and of each rule's check, from the sources (tsx), in one process. The per-rule line of
 * docs/performance.md. Usage: tsx bench/rule-times.ts FILE [--today YYYY-MM-DD]
 */
import { readFileSync } from 'node:fs';
import { defaultConfig } from '../src/config/config.js';
import { loadProcessText } from '../src/load/load-file.js';
import { ProcessGraph } from '../src/model/process-graph.js';
import { BUILT_IN_RULES } from '../src/rules/index.js';
import type { Gap } from '../src/rules/types.js';
import { BENCH_TODAY } from './generate.js';

const file = process.argv[2]!;
const today = process.argv.includes('--today') ? process.argv[process.argv.indexOf('--today') + 1]! : BENCH_TODAY;
const config = defaultConfig(process.cwd(), BUILT_IN_RULES);
/** CPU time, which a loaded machine inflates less than wall time. */
const timed = <T>(label: string, work: () => T): T => {
  const started = process.cpuUsage();
  const result = work();
  const { user, system } = process.cpuUsage(started);
  console.log(`${label.padEnd(24)} ${((user + system) / 1000).toFixed(0).padStart(7)} ms cpu`);
  return result;
};

const loaded = timed('read + parse + validate', () =>
  loadProcessText(file, readFileSync(file, 'utf8'), BUILT_IN_RULES.ids),
);
for (const document of loaded.documents) {
  if (document.kind === 'invalid') continue;
  const audited = document.process;
  const graph = timed('graph', () => new ProcessGraph(audited));
  const gaps: Gap[] = [];
  for (const rule of BUILT_IN_RULES.rules) {
    if (rule.kind !== 'process') continue;
    const options = config.rules.get(rule.meta.id)!.options;
    const findings = timed(rule.meta.id, () => rule.check(audited, { graph, options, today }));
    gaps.push(
      ...findings.map(
        (finding) => ({ ...finding, rule: rule.meta.id, severity: rule.meta.defaultSeverity }) as unknown as Gap,
      ),
    );
  }
  for (const rule of BUILT_IN_RULES.rules) {
    if (rule.kind !== 'aligned-gaps') continue;
    const options = config.rules.get(rule.meta.id)!.options;
    timed(rule.meta.id, () => rule.check(audited, { graph, options, today, gaps, wholePath: (gap) => gap.path }));
  }
}
