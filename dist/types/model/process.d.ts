/** The process model: what a process file means, with where each part was written. */
import type { Position } from '../position.js';
import type { Duration } from './time.js';
export declare const STEP_TYPES: readonly ["intake", "order-entry", "confirm", "deliver", "contact", "listen", "explain-policy", "decision", "action", "escalate", "promise", "follow-up", "verify", "resolve", "deny", "report", "review", "end"];
export type StepType = (typeof STEP_TYPES)[number];
export declare const INTENTS: readonly ["order", "complaint", "inquiry", "return", "emergency"];
export type Intent = (typeof INTENTS)[number];
export declare const CHANNELS: readonly ["phone", "email", "sms", "chat", "social", "web-form", "letter", "in-person", "voicemail"];
export type Channel = (typeof CHANNELS)[number];
export declare const REMEDIES: readonly ["refund", "exchange", "repair", "replace", "credit", "discount", "assist", "other"];
export type Remedy = (typeof REMEDIES)[number];
export declare const OUTCOMES: readonly ["resolved", "unresolved", "abandoned"];
export type Outcome = (typeof OUTCOMES)[number];
export declare const BECAUSE: readonly ["safety", "legal", "security"];
export type Because = (typeof BECAUSE)[number];
export declare const TRAINING_COVERS: readonly ["routine", "emergency"];
export type TrainingCover = (typeof TRAINING_COVERS)[number];
/** Actors that are never declared under `roles`. */
export declare const BUILT_IN_ACTORS: readonly ["system", "customer"];
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
export declare function isRole(process: Process, actor: Ref | undefined): boolean;
/** The step types where the customer always hears from the company (an intake or a delivery only when a person serves it). */
export declare const ALWAYS_CUSTOMER_FACING_TYPES: readonly StepType[];
/** docs/format.md: steps where the customer hears from the company. */
export declare function isCustomerFacing(process: Process, step: Step): boolean;
/** docs/format.md, *response*: a person answers the customer there (a customer-facing step, not an intake, done by a role). */
export declare function isResponse(process: Process, step: Step): boolean;
/** docs/rules/emergency-path.md: a step marked `emergency: true`, or an emergency intake. */
export declare function isEmergencyEntry(step: Step): boolean;
export declare function isComplaintIntake(step: Step): boolean;
/** docs/rules/remedy-path.md: the intakes of customers who want something put right. */
export declare function isComplaintOrReturnIntake(step: Step): boolean;
