import type { ProcessGraph } from '../model/process-graph.js';
import type { Role, TrainingCover } from '../model/process.js';
import { dueDate, isOverdue } from '../model/time.js';
import { quoteSteps } from './support/step-list.js';
import type { ProcessRule } from './types.js';

export const trainingCurrent: ProcessRule = {
  kind: 'process',
  meta: {
    id: 'training-current',
    defaultSeverity: 'medium',
    summary:
      'A role that acts on a reachable step has no `training`, its training is overdue, or its `covers` lacks the kind of work it does (`emergency` on an emergency path, `routine` elsewhere).',
    why: 'A process is only as good as the people who run it. Staff who were never trained on it, were trained too long ago, or were trained for routine days only, improvise when it matters most: in front of an angry customer or in an emergency.',
    fix: "Train the role on the process, then record it under the role's `training`: the date in `last`, how often it must be repeated in `every`, and in `covers` each kind of work the role does (`routine`, `emergency`).",
    example: `process: gas-leak-report
title: Gas leak report
owner: dispatcher
review: { last: 2026-09-01, every: 365d }
roles:
  dispatcher:
    title: Dispatcher
    frontline: true
    training: { last: 2026-09-01, every: 180d, covers: [routine, emergency] }
start: answer-call
steps:
  answer-call:
    type: intake
    channel: phone
    actor: dispatcher
    next: triage
  triage:
    type: decision
    actor: dispatcher
    next:
      - to: send-engineer
        when: caller smells gas
      - to: answer-question
        when: anything else
  send-engineer:
    type: action
    emergency: true
    actor: dispatcher
    next: done
  answer-question:
    type: contact
    channel: phone
    actor: dispatcher
    next: done
  done:
    type: end
`,
    failingExample: `process: gas-leak-report
title: Gas leak report
owner: dispatcher
review: { last: 2026-09-01, every: 365d }
roles:
  dispatcher:
    title: Dispatcher
    frontline: true
    training: { last: 2026-09-01, every: 180d, covers: [routine] }
start: answer-call
steps:
  answer-call:
    type: intake
    channel: phone
    actor: dispatcher
    next: triage
  triage:
    type: decision
    actor: dispatcher
    next:
      - to: send-engineer
        when: caller smells gas
      - to: answer-question
        when: anything else
  send-engineer:
    type: action
    emergency: true
    actor: dispatcher
    next: done
  answer-question:
    type: contact
    channel: phone
    actor: dispatcher
    next: done
  done:
    type: end
`,
    structural: false,
    defaultOptions: {},
  },
  check(process, { graph, today }) {
    const work = workByRole(graph);
    return [...process.roles.values()].flatMap((role) => {
      const done = work.get(role.id);
      if (done === undefined) return [];
      const problems = trainingProblems(role, done, today);
      if (problems.length === 0) return [];
      const needed = TRAINING_KINDS.filter((kind) => done[kind].length > 0);
      return [
        {
          at: role.at,
          message: `role "${role.id}" ${problems.join('; and ')}`,
          fix: `train the role and record it under its \`training\` with \`covers: [${needed.join(', ')}]\``,
        },
      ];
    });
  },
};

const TRAINING_KINDS: readonly TrainingCover[] = ['routine', 'emergency'];
const WORK_NAMES: Record<TrainingCover, string> = { routine: 'routine steps', emergency: 'steps of an emergency path' };

/** The reachable steps (ids) each role acts on, split into emergency work (on an emergency path) and routine work. */
type Work = Record<TrainingCover, string[]>;

function workByRole(graph: ProcessGraph): Map<string, Work> {
  const emergencyPath = graph.emergencyPath();
  const work = new Map<string, Work>();
  for (const index of graph.reachableSteps()) {
    const role = graph.roleOf(index);
    if (role === undefined) continue;
    const done = work.get(role.id) ?? { routine: [], emergency: [] };
    done[emergencyPath.has(index) ? 'emergency' : 'routine'].push(graph.step(index).id);
    work.set(role.id, done);
  }
  return work;
}

function trainingProblems(role: Role, done: Work, today: string): string[] {
  const { training } = role;
  if (training === undefined)
    return [`acts on ${quoteSteps([...done.routine, ...done.emergency])} but has no \`training\``];
  const problems: string[] = [];
  if (isOverdue(training.last, training.every, today)) {
    problems.push(
      `was last trained on ${training.last} and fell due on ${dueDate(training.last, training.every)} (every ${training.every.text})`,
    );
  }
  for (const kind of TRAINING_KINDS) {
    if (done[kind].length > 0 && !training.covers.includes(kind)) {
      problems.push(`acts on ${WORK_NAMES[kind]} (${quoteSteps(done[kind])}) but its training does not cover ${kind}`);
    }
  }
  return problems;
}
