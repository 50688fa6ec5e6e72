/** The fixtures run with the default `max` (3); here the option itself moves the limit. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadProcessText } from '../../../src/load/load-file.js';
import { ProcessGraph } from '../../../src/model/process-graph.js';
import { handoffChain } from '../../../src/rules/handoff-chain.js';
import { FIXTURE_TODAY } from '../../helpers/audit-text.js';
import { BUILT_IN_RULES } from '../../../src/rules/index.js';

function findings(fixture: string, max: number): string[] {
  const path = `tests/rules/handoff-chain/${fixture}`;
  const [document] = loadProcessText(path, readFileSync(path, 'utf8'), BUILT_IN_RULES.ids).documents;
  if (document?.kind !== 'process') throw new Error(`${path} is not a valid process`);
  const { process } = document;
  return handoffChain.check(process, { graph: new ProcessGraph(process), options: { max }, today: FIXTURE_TODAY }).map((f) => f.message);
}

describe('handoff-chain option max', () => {
  it('allows as many handoffs as max', () => {
    expect(findings('fail/four-handoffs-on-the-longest-branch.yaml', 4)).toEqual([]);
  });

  it('reports one handoff more than max', () => {
    expect(findings('pass/three-handoffs-is-the-limit.yaml', 2)).toEqual([
      expect.stringContaining('3 times on the way to "done", more than the 2 allowed'),
    ]);
  });

  it('at 0, reports any handoff', () => {
    expect(findings('pass/loop-within-one-role.yaml', 0)).toEqual([expect.stringContaining('between roles once on the way to "done", more than the 0 allowed')]);
  });
});
