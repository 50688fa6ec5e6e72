/** docs/policies.md, Selectors: a policy's selector as a test of one step of one process. */
import type { ProcessGraph } from '../../model/process-graph.js';
import type { Process } from '../../model/process.js';
import { asList, type ProcessFilter, type RoleSelector, type Selector } from './policy.js';

/** Whether a step (by its index in the graph) matches. */
export type StepTest = (step: number) => boolean;

type Condition = (graph: ProcessGraph, step: number) => boolean;

/**
 * The selector as a test of the graph's steps, each step's answer kept: a policy's searches ask about
 * the same steps again, and a selector's conditions cost more than a look-up.
 */
export function stepTest(selector: Selector, graph: ProcessGraph): StepTest {
  const matches = compileSelector(selector);
  const answers = new Int8Array(graph.steps.length);
  return (step) => {
    if (answers[step] === 0) answers[step] = matches(graph, step) ? 1 : 2;
    return answers[step] === 1;
  };
}

function compileSelector(selector: Selector): Condition {
  const conditions = Object.entries(selector).map(([name, value]) => condition(name, value));
  return (graph, step) => conditions.every((holds) => holds(graph, step));
}

function condition(name: string, value: unknown): Condition {
  switch (name) {
    case 'id':
      return among(value, (graph, step) => graph.step(step).id);
    case 'type':
      return among(value, (graph, step) => graph.typeOf(step));
    // A step has an intent only when it is an intake, and an outcome only when it is an end (the model fills in their defaults everywhere).
    case 'intent':
      return among(value, (graph, step) => (graph.typeOf(step) === 'intake' ? graph.step(step).intent : undefined));
    case 'outcome':
      return among(value, (graph, step) => (graph.typeOf(step) === 'end' ? graph.step(step).outcome : undefined));
    case 'channel':
      return among(value, (graph, step) => graph.step(step).channel);
    case 'remedy':
      return among(value, (graph, step) => graph.step(step).remedy);
    case 'because':
      return among(value, (graph, step) => graph.step(step).because);
    case 'emergency':
      return (graph, step) => graph.step(step).emergency === value;
    case 'actor':
      return isRoleSelector(value) ? roleCondition(value) : among(value, (graph, step) => graph.step(step).actor?.id);
    case 'has': {
      const fields = asList(value as string | string[]);
      return (graph, step) => fields.every((field) => graph.step(step).fieldAt(field) !== undefined);
    }
    case 'not': {
      const inner = compileSelector(value as Selector);
      return (graph, step) => !inner(graph, step);
    }
    case 'any': {
      const branches = (value as Selector[]).map(compileSelector);
      return (graph, step) => branches.some((branch) => branch(graph, step));
    }
    default: {
      if (!name.startsWith('x-'))
        throw new Error(`a policy selector has the unknown condition "${name}", which the config should have refused`);
      const wanted = asList(value).map(plainText);
      return (graph, step) => {
        const written = graph.step(step).fieldValue(name);
        return written !== undefined && wanted.includes(plainText(written));
      };
    }
  }
}

/** The step's value of a field is one of those given. */
function among(value: unknown, read: (graph: ProcessGraph, step: number) => string | undefined): Condition {
  const wanted = new Set(asList(value as string | string[]));
  return (graph, step) => {
    const written = read(graph, step);
    return written !== undefined && wanted.has(written);
  };
}

function isRoleSelector(value: unknown): value is RoleSelector {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function roleCondition(selector: RoleSelector): Condition {
  const remedies = selector.can === undefined ? undefined : asList(selector.can);
  return (graph, step) => {
    const role = graph.roleOf(step);
    if (role === undefined) return false;
    if (selector.frontline !== undefined && role.frontline !== selector.frontline) return false;
    return remedies === undefined || remedies.some((remedy) => role.can.includes(remedy));
  };
}

/** An `x-` value compared as YAML read it: `x-tier: 2` and `x-tier: "2"` differ, as they do in the file. */
function plainText(value: unknown): string {
  return JSON.stringify(value);
}

/** docs/policies.md, `processes`: a process with any of the tags, ids or owners given; every process when none is. */
export function appliesTo(filter: ProcessFilter | undefined, process: Process): boolean {
  const { tags, id, owner } = filter ?? {};
  if (tags === undefined && id === undefined && owner === undefined) return true;
  return (
    (tags !== undefined && asList(tags).some((tag) => process.tags.includes(tag))) ||
    (id !== undefined && asList(id).includes(process.id)) ||
    (owner !== undefined && asList(owner).includes(process.owner.id))
  );
}
