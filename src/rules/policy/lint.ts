/**
 * The mistakes in a policy that its schema cannot see: no assertion or two, `each-step` without `from`, and
 * a selector that can never match a step because it asks a type for a field that type never has
 * (`{ type: contact, intent: complaint }`). The config reports each at its place (src/config/config.ts).
 */
import { didYouMean } from '../../load/suggest.js';
import { ALWAYS_CUSTOMER_FACING_TYPES, STEP_TYPES, type StepType } from '../../model/process.js';
import { ASSERTIONS, asList, type Policy, type Selector } from './policy.js';

export interface PolicyProblem {
  /** The keys (and list positions) from the policy down to the mistake; empty for the policy itself. */
  readonly path: readonly string[];
  readonly message: string;
}

/** The steps that may name a `channel`: every step where a customer can be served. */
const CUSTOMER_CHANNEL_TYPES: readonly StepType[] = ['intake', 'deliver', ...ALWAYS_CUSTOMER_FACING_TYPES];

/** The fields only some step types have (schemas/process.schema.json), and those types. */
const TYPES_WITH_FIELD: Readonly<Record<string, readonly StepType[]>> = {
  intent: ['intake'],
  channel: CUSTOMER_CHANNEL_TYPES,
  remedy: ['resolve'],
  outcome: ['end'],
  to: ['escalate'],
  owner: ['promise'],
  by: ['promise'],
  promise: ['promise'],
  fulfils: ['follow-up'],
  verifies: ['verify'],
  next: STEP_TYPES.filter((type) => type !== 'end'),
};

/** Every field a step may set besides `x-` ones (schemas/process.schema.json): what `has` may name. */
const STEP_FIELDS: readonly string[] = [
  'type',
  'title',
  'actor',
  'takes',
  'next',
  'intent',
  'channel',
  'remedy',
  'to',
  'owner',
  'by',
  'promise',
  'fulfils',
  'verifies',
  'outcome',
  'emergency',
  'customer-effort',
  'because',
];

/** Where each assertion and `from` keep their selectors. */
const SELECTOR_PLACES: readonly (readonly string[])[] = [
  ['from'],
  ['every-path', 'to'],
  ['every-path', 'passes'],
  ['reaches'],
  ['never-reaches', 'to'],
  ['never-reaches', 'unless-passes'],
  ['each-step'],
];

export function policyProblems(policy: Policy): PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  const assertions = ASSERTIONS.filter((name) => policy[name] !== undefined);
  if (assertions.length === 0) {
    problems.push({ path: [], message: `has no assertion; give it one of ${ASSERTIONS.join(', ')}` });
  } else if (assertions.length > 1) {
    problems.push({
      path: [assertions[1]!],
      message: `has ${assertions.length} assertions (${assertions.join(', ')}); a policy has exactly one, so write one policy for each`,
    });
  }
  if (policy['each-step'] !== undefined && policy.from === undefined) {
    problems.push({ path: ['each-step'], message: 'needs "from": the steps it checks (like from: { type: resolve })' });
  }
  for (const place of SELECTOR_PLACES) {
    const selector = place.reduce<unknown>(
      (within, key) => (within as Record<string, unknown> | undefined)?.[key],
      policy,
    ) as Selector | undefined;
    if (selector !== undefined) problems.push(...neverMatching(selector, [...place], undefined));
  }
  return problems;
}

/** Conditions that no step of the selector's types can meet. `not` is left alone: a `not` that never matches is merely always true. */
function neverMatching(
  selector: Selector,
  path: readonly string[],
  inherited: readonly StepType[] | undefined,
): PolicyProblem[] {
  const types = selector.type === undefined ? inherited : asList(selector.type);
  const problems: PolicyProblem[] = unknownFields(selector, path);
  if (types !== undefined) {
    const fields: [string, readonly string[]][] = [
      ...Object.keys(TYPES_WITH_FIELD)
        .filter((field) => field in selector)
        .map((field): [string, string[]] => [field, [...path, field]]),
      ...(selector.has === undefined
        ? []
        : asList(selector.has).map((field, index): [string, string[]] => [
            field,
            Array.isArray(selector.has) ? [...path, 'has', String(index)] : [...path, 'has'],
          ])),
    ];
    for (const [field, at] of fields) {
      const allowed = TYPES_WITH_FIELD[field];
      if (allowed === undefined || types.some((type) => allowed.includes(type))) continue;
      problems.push({
        path: at,
        message: `can never match: ${orList(types)} steps have no "${field}" (only ${orList(allowed)} steps do); change "type" or remove "${field}"`,
      });
    }
  }
  selector.any?.forEach((branch, index) =>
    problems.push(...neverMatching(branch, [...path, 'any', String(index)], types)),
  );
  return problems;
}

/** `has` naming no field a step may set: a typo that would never match. */
function unknownFields(selector: Selector, path: readonly string[]): PolicyProblem[] {
  if (selector.has === undefined) return [];
  const listed = Array.isArray(selector.has);
  return asList(selector.has).flatMap((field, index) =>
    STEP_FIELDS.includes(field) || field.startsWith('x-')
      ? []
      : [
          {
            path: listed ? [...path, 'has', String(index)] : [...path, 'has'],
            message: `names "${field}", which no step has${didYouMean(field, STEP_FIELDS) || `; a step's fields are ${STEP_FIELDS.join(', ')} and x- ones`}`,
          },
        ],
  );
}

function orList(words: readonly string[]): string {
  const quoted = words.map((word) => `\`${word}\``);
  return quoted.length <= 1 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
}
