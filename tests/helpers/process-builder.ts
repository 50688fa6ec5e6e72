/**
 * Processes built in code, for renderer tests: they can hold what no valid file can (step ids with quotes,
 * brackets, unicode), because a renderer must stay safe whatever it is given.
 */
import type { Edge, Process, Step, StepType } from '../../src/model/process.js';
import { parseDuration } from '../../src/model/time.js';

const AT = { line: 1, column: 1 };

export function step(id: string, type: StepType, fields: Partial<Step> = {}): Step {
  return {
    id,
    at: AT,
    type,
    next: [],
    intent: 'inquiry',
    outcome: 'resolved',
    emergency: false,
    fieldAt: () => undefined,
    fieldValue: () => undefined,
    ...fields,
  };
}

export function to(target: string, options: { when?: string; after?: string } = {}): Edge {
  return {
    to: { id: target, at: AT },
    ...(options.when === undefined ? {} : { when: options.when }),
    ...(options.after === undefined ? {} : { after: parseDuration(options.after)! }),
  };
}

export function processOf(steps: readonly Step[], start: readonly string[] = [steps[0]!.id]): Process {
  return {
    id: 'built',
    at: AT,
    file: 'built.yaml',
    title: 'Built in a test',
    owner: { id: 'lead', at: AT },
    tags: [],
    roles: new Map(),
    start: start.map((id) => ({ id, at: AT })),
    steps,
    waivers: [],
  };
}
