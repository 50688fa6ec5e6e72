/** The process model: what a process file means, with where each part was written. */
import type { Position } from '../position.js';
import type { Duration } from './time.js';

export const STEP_TYPES = [
  'intake',
  'order-entry',
  'confirm',
  'deliver',
  'contact',
  'listen',
  'explain-policy',
  'decision',
  'action',
  'escalate',
  'promise',
  'follow-up',
  'verify',
  'resolve',
  'deny',
  'report',
  'review',
  'end',
] as const;
export type StepType = (typeof STEP_TYPES)[number];

export const INTENTS = ['order', 'complaint', 'inquiry', 'return', 'emergency'] as const;
export type Intent = (typeof INTENTS)[number];

export const CHANNELS = [
  'phone',
  'email',
  'sms',
  'chat',
  'social',
  'web-form',
  'letter',
  'in-person',
  'voicemail',
] as const;
export type Channel = (typeof CHANNELS)[number];

export const REMEDIES = ['refund', 'exchange', 'repair', 'replace', 'credit', 'discount', 'assist', 'other'] as const;
export type Remedy = (typeof REMEDIES)[number];

export const OUTCOMES = ['resolved', 'unresolved', 'abandoned'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const BECAUSE = ['safety', 'legal', 'security'] as const;
export type Because = (typeof BECAUSE)[number];

export const TRAINING_COVERS = ['routine', 'emergency'] as const;
export type TrainingCover = (typeof TRAINING_COVERS)[number];

/** Actors that are never declared under `roles`. */
export const BUILT_IN_ACTORS = ['system', 'customer'] as const;

/** A name that points elsewhere (a step, a role), with where it was written. */
export interface Ref {
  readonly id: string;
  readonly at: Position;
}

export interface Edge {
  readonly to: Ref;
  readonly when?: string;
  readonly after?: Duration;
}

export interface Step {
  readonly id: string;
  /** Where the step's key is written. */
  readonly at: Position;
  readonly type: StepType;
  readonly title?: string;
  readonly actor?: Ref;
  readonly takes?: Duration;
  readonly next: readonly Edge[];
  /** `intake` only; defaults to `inquiry`. */
  readonly intent: Intent;
  readonly channel?: Channel;
  readonly remedy?: Remedy;
  /** `escalate`: the role escalated to. */
  readonly to?: Ref;
  /** `promise`: the role that owns keeping it. */
  readonly owner?: Ref;
  /** `promise`: the deadline from the promise. */
  readonly by?: Duration;
  readonly promise?: string;
  /** `follow-up`: the promise it keeps. */
  readonly fulfils?: Ref;
  /** `verify`: the promise whose keeping it checks. */
  readonly verifies?: Ref;
  /** `end`: defaults to `resolved`. */
  readonly outcome: Outcome;
  readonly emergency: boolean;
  readonly customerEffort?: string;
  readonly because?: Because;
  /** Where a field's key is written, for gaps about one field: worked out when asked, as few fields ever are. */
  readonly fieldAt: (field: string) => Position | undefined;
  /** A field's value as written (an `x-` extension, for policies' selectors), read when asked; undefined when not set. */
  readonly fieldValue: (field: string) => unknown;
}

export interface Training {
  readonly last: string;
  readonly every: Duration;
  readonly covers: readonly TrainingCover[];
  readonly at: Position;
}

export interface Role {
  readonly id: string;
  readonly at: Position;
  readonly title?: string;
  readonly frontline: boolean;
  readonly can: readonly Remedy[];
  readonly training?: Training;
}

export interface Review {
  readonly last: string;
  readonly every: Duration;
  readonly at: Position;
}

export interface Waiver {
  readonly rule: string;
  readonly step?: Ref;
  readonly reason: string;
  readonly expires?: string;
  readonly at: Position;
}

export interface Process {
  readonly id: string;
  /** Where the process id is written: the location of process-level gaps. */
  readonly at: Position;
  /** The file it was read from, relative to the working directory with `/` separators. */
  readonly file: string;
  readonly title: string;
  readonly owner: Ref;
  readonly description?: string;
  readonly tags: readonly string[];
  readonly review?: Review;
  readonly roles: ReadonlyMap<string, Role>;
  /** The process that handles emergencies met in this one (`emergencies:`), where its id is written. */
  readonly emergencies?: Ref;
  readonly start: readonly Ref[];
  /** In file order. */
  readonly steps: readonly Step[];
  readonly waivers: readonly Waiver[];
}

/** A role declared under `roles`; `system`, `customer` and unknown names are not roles. */
export function isRole(process: Process, actor: Ref | undefined): boolean {
  return actor !== undefined && process.roles.has(actor.id);
}

/** The step types where the customer always hears from the company (an intake or a delivery only when a person serves it). */
export const ALWAYS_CUSTOMER_FACING_TYPES: readonly StepType[] = [
  'contact',
  'confirm',
  'listen',
  'explain-policy',
  'resolve',
  'deny',
  'promise',
  'follow-up',
  'verify',
];
const ALWAYS_CUSTOMER_FACING: ReadonlySet<StepType> = new Set(ALWAYS_CUSTOMER_FACING_TYPES);
const LIVE_CHANNELS: ReadonlySet<Channel> = new Set(['phone', 'in-person', 'chat']);

/** docs/format.md: steps where the customer hears from the company. */
export function isCustomerFacing(process: Process, step: Step): boolean {
  if (ALWAYS_CUSTOMER_FACING.has(step.type)) return true;
  if (step.type === 'deliver') return step.actor !== undefined && process.roles.get(step.actor.id)?.frontline === true;
  return (
    step.type === 'intake' &&
    step.channel !== undefined &&
    LIVE_CHANNELS.has(step.channel) &&
    isRole(process, step.actor)
  );
}

/** docs/format.md, *response*: a person answers the customer there (a customer-facing step, not an intake, done by a role). */
export function isResponse(process: Process, step: Step): boolean {
  return step.type !== 'intake' && isRole(process, step.actor) && isCustomerFacing(process, step);
}

// The two tests below read `intent` before `type`: a step that is not an intake has the default
// intent, a literal that compares at once, while a `type` read from the file compares character by character.

/** docs/rules/emergency-path.md: a step marked `emergency: true`, or an emergency intake. */
export function isEmergencyEntry(step: Step): boolean {
  return step.emergency || (step.intent === 'emergency' && step.type === 'intake');
}

export function isComplaintIntake(step: Step): boolean {
  return step.intent === 'complaint' && step.type === 'intake';
}

/** docs/rules/remedy-path.md: the intakes of customers who want something put right. */
export function isComplaintOrReturnIntake(step: Step): boolean {
  return (step.intent === 'complaint' || step.intent === 'return') && step.type === 'intake';
}
