/** A policy (docs/policies.md) made a rule like the built-in ones: metadata from its own words, and a check of one process. */
import type { ProcessGraph } from '../../model/process-graph.js';
import { parseDuration } from '../../model/time.js';
import type { Finding, ProcessRule } from '../types.js';
import { eachStep, everyPath, neverReaches, reaches, type Assertion } from './assertions.js';
import { DEFAULT_PATH_END, DEFAULT_POLICY_SEVERITY, type Policy, type PolicySource } from './policy.js';
import { appliesTo, stepTest } from './selector.js';

export function compilePolicy({ policy, config }: PolicySource): ProcessRule {
  return {
    kind: 'process',
    meta: {
      id: policy.id,
      defaultSeverity: policy.severity ?? DEFAULT_POLICY_SEVERITY,
      summary: policy.summary,
      why: policy.why ?? `A policy of this repository, written in ${config}.`,
      fix: policy.fix,
      structural: false,
      defaultOptions: {},
      source: { kind: 'policy', config },
      ...(policy.docs === undefined ? {} : { docs: policy.docs }),
    },
    check(process, { graph }) {
      if (!appliesTo(policy.processes, process)) return [];
      const assertion = assertionOf(policy, graph);
      return originsOf(policy, graph).flatMap((origin): Finding[] => {
        const ways = assertion(graph, origin);
        if (ways.length === 0) return [];
        const step = graph.step(origin).id;
        const subject = policy['each-step'] ? `Step "${step}"` : `From "${step}" the case`;
        return [
          {
            step,
            path: ways.find((way) => way.path)?.path,
            message: `${asSentence(policy.summary)} ${subject} ${ways.map((way) => way.text).join('; and ')}`,
            fix: policy.fix,
          },
        ];
      });
    },
  };
}

/** The steps its searches start from: those `from` matches among the reachable ones, else the process's `start` steps. */
function originsOf(policy: Policy, graph: ProcessGraph): readonly number[] {
  if (policy.from === undefined) return graph.startSteps;
  return graph.reachableSteps().filter(stepTest(policy.from, graph));
}

/** Its one assertion (the config made sure there is exactly one), over this graph's steps. */
function assertionOf(policy: Policy, graph: ProcessGraph): Assertion {
  const test = (selector: Parameters<typeof stepTest>[0]) => stepTest(selector, graph);
  const path = policy['every-path'];
  if (path)
    return everyPath(
      test(path.to ?? DEFAULT_PATH_END),
      test(path.passes),
      path.within === undefined ? undefined : parseDuration(path.within),
    );
  const never = policy['never-reaches'];
  if (never) return neverReaches(test(never.to), never['unless-passes'] && test(never['unless-passes']));
  if (policy.reaches) return reaches(test(policy.reaches));
  return eachStep(test(policy['each-step']!));
}

/** The summary as the first sentence of a message. */
function asSentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
