import type { ProcessGraph } from '../model/process-graph.js';
import { CHANNELS, isComplaintIntake, isRole, type Channel, type Process, type Step } from '../model/process.js';
import { DURATION_PATTERN, parseDuration, type Duration } from '../model/time.js';
import { lateWay } from './support/elapsed-time.js';
import { cutSteps, quoteSteps } from './support/step-list.js';
import type { ProcessRule } from './types.js';
import { gapOfWays, type Way } from './support/ways.js';

/** How fast, and on which channels, a person must first answer a complaint. */
export interface ResponseTarget {
  /** The longest the customer may wait, at worst, from the complaint to the first response, like `2m`. */
  readonly within: string;
  /** The channels the first response must be on. */
  readonly channels: readonly Channel[];
}

export interface TwoMinuteResponseOptions extends ResponseTarget {
  /** Channels where a complaint taken by a role is a live conversation that answers itself. */
  readonly live: readonly Channel[];
  /** Targets for complaints arriving on one channel; what one leaves out is the rule's own. */
  readonly 'per-channel': Readonly<Partial<Record<Channel, Partial<ResponseTarget>>>>;
}

const channelList = { type: 'array', items: { enum: [...CHANNELS] }, uniqueItems: true } as const;
const withinSchema = { type: 'string', pattern: DURATION_PATTERN.source } as const;
const WITHIN = 'The longest a complaining customer may wait, at worst, for the first response: a duration like 2m.';
const CHANNELS_TEXT = 'The channels the first response to a complaint must be on.';
// `propertyNames` rather than `additionalProperties: false`: a wrong key is then told as "must be one of ...".
const targetSchema = {
  type: 'object',
  propertyNames: { enum: ['within', 'channels'] },
  properties: {
    within: { ...withinSchema, description: WITHIN },
    channels: { ...channelList, minItems: 1, description: CHANNELS_TEXT },
  },
} as const;

export const twoMinuteResponse: ProcessRule<TwoMinuteResponseOptions> = {
  kind: 'process',
  meta: {
    id: 'two-minute-response',
    defaultSeverity: 'high',
    summary:
      'A complaint that does not arrive live with a person (an e-mail, a form, a phone menu) is not first answered by a person, on a channel in {channels}, within {within} on every way it can go, or on some way only ever by automatic replies.',
    why: 'A customer who writes in to complain is at their angriest while they wait for an answer. A person answering within two minutes, on the phone, tells them they have been heard and stops the complaint growing; an automatic receipt is no answer, and a call next morning leaves them time to tell everyone else first.',
    fix: 'Lead every way from the complaint intake to a response by a person (a `contact`, `listen` or other customer-facing step done by a role) with a `channel` listed in `channels`, and give every step and wait before it a `takes` and `after` that add up to no more than `within`. Automatic acknowledgements may come first; they do not count as the answer.',
    example: `process: emailed-complaint
title: Complaint by e-mail
owner: care-lead
review: { last: 2026-09-01, every: 365d }
roles:
  care-agent: { title: Care agent, frontline: true, can: [credit], training: { last: 2026-09-01, every: 365d } }
  care-lead: { title: Care lead }
start: receive-email
steps:
  receive-email:
    type: intake
    intent: complaint
    channel: email
    actor: system
    takes: 10s
    next: acknowledge
  acknowledge:
    type: contact
    channel: email
    actor: system
    takes: 10s
    next: call-customer
  call-customer:
    type: listen
    channel: phone
    actor: care-agent
    takes: 15m
    next: make-good
  make-good:
    type: resolve
    remedy: credit
    actor: care-agent
    next: log-complaint
  log-complaint:
    type: report
    actor: care-agent
    next: done
  done:
    type: end
waivers:
  - rule: emergency-path
    reason: Emergencies are handled by the gas-leak-report process.
`,
    failingExample: `process: emailed-complaint
title: Complaint by e-mail
owner: care-lead
review: { last: 2026-09-01, every: 365d }
roles:
  care-agent: { title: Care agent, frontline: true, can: [credit], training: { last: 2026-09-01, every: 365d } }
  care-lead: { title: Care lead }
start: receive-email
steps:
  receive-email:
    type: intake
    intent: complaint
    channel: email
    actor: system
    takes: 10s
    next: call-customer
  call-customer:
    type: contact
    channel: email
    actor: care-agent
    takes: 15m
    next: make-good
  make-good:
    type: resolve
    remedy: credit
    actor: care-agent
    next: log-complaint
  log-complaint:
    type: report
    actor: care-agent
    next: done
  done:
    type: end
waivers:
  - rule: emergency-path
    reason: Emergencies are handled by the gas-leak-report process.
`,
    structural: false,
    defaultOptions: { live: ['phone', 'in-person', 'chat'], channels: ['phone'], within: '2m', 'per-channel': {} },
    optionsSchema: {
      type: 'object',
      properties: {
        live: {
          ...channelList,
          description:
            'Channels where a complaint taken by a person (a role) is a live conversation that answers itself: such complaints are not checked.',
        },
        channels: { ...channelList, minItems: 1, description: CHANNELS_TEXT },
        within: { ...withinSchema, description: WITHIN },
        'per-channel': {
          type: 'object',
          propertyNames: { enum: [...CHANNELS] },
          additionalProperties: targetSchema,
          description:
            'Targets for complaints arriving on one channel, as `{ within, channels }` (each defaulting to the rule’s), like `social: { within: 15m, channels: [social] }`.',
        },
      },
      additionalProperties: false,
    },
  },
  check(process, { graph, options }) {
    return graph.reachableOfType('intake').flatMap((intake) => {
      const step = graph.step(intake);
      if (!isComplaintIntake(step) || answersItself(process, step, options.live)) return [];
      const target = targetFor(step, options);
      const late = lateWay(graph, intake, (index) => graph.isResponse(index), target.within, 'a person to answer');
      const ways = [
        ...firstResponsesOffChannel(graph, intake, target.channels),
        ...(late ? [late] : []),
        ...neverAnswered(graph, intake),
      ];
      if (ways.length === 0) return [];
      return [
        gapOfWays(
          step.id,
          `complaint "${step.id}"`,
          ways,
          `Have a person answer ${spoken(target.channels)} within ${target.within.text} on every way`,
        ),
      ];
    });
  },
};

/** docs/rules/two-minute-response.md: a person took the complaint live, on a channel in `live`. */
function answersItself(process: Process, intake: Step, live: readonly Channel[]): boolean {
  return intake.channel !== undefined && live.includes(intake.channel) && isRole(process, intake.actor);
}

/** The intake channel's own target from `per-channel`, completed by the rule's. */
function targetFor(
  intake: Step,
  options: TwoMinuteResponseOptions,
): { within: Duration; channels: readonly Channel[] } {
  const own = intake.channel === undefined ? undefined : options['per-channel'][intake.channel];
  return { within: parseDuration(own?.within ?? options.within)!, channels: own?.channels ?? options.channels };
}

/**
 * The first responses after the intake (automatic steps passed over) that are not on one of `channels`:
 * one way for those on another channel, one for those on none. Each way's witness leads to its nearest.
 */
function firstResponsesOffChannel(graph: ProcessGraph, intake: number, channels: readonly Channel[]): Way[] {
  const reach = graph.searchFrom(intake, { stopAt: (index) => graph.isResponse(index) });
  const first = reach.order.filter((index) => graph.isResponse(index));
  const unnamed = first.filter((index) => graph.step(index).channel === undefined);
  const elsewhere = first.filter((index) => {
    const { channel } = graph.step(index);
    return channel !== undefined && !channels.includes(channel);
  });
  const ways: Way[] = [];
  if (elsewhere.length > 0) {
    const where = cutSteps(
      elsewhere.map((index) => `${spoken([graph.step(index).channel!])} at "${graph.step(index).id}"`),
    ).join(', ');
    ways.push({
      path: graph.ids(reach.pathTo(elsewhere[0]!)),
      text: `is first answered ${where}, not ${spoken(channels)}`,
    });
  }
  if (unnamed.length > 0) {
    const ids = graph.ids(unnamed);
    const which = ids.length === 1 ? 'which names no `channel`: name one' : 'which name no `channel`: name one on each';
    ways.push({
      path: graph.ids(reach.pathTo(unnamed[0]!)),
      text: `is first answered at ${quoteSteps(ids)}, ${which}`,
    });
  }
  return ways;
}

/** docs/rules/two-minute-response.md: a way to an end (or a step without `next`) that passes customer-facing steps, but none done by a person. */
function neverAnswered(graph: ProcessGraph, intake: number): Way[] {
  const path = graph.findPath({
    from: intake,
    passes: (index) => graph.isCustomerFacing(index),
    avoid: (index) => graph.isResponse(index),
    isTarget: (index, passed) => passed && !graph.hasNext(index),
  });
  if (path === undefined) return [];
  const ids = graph.ids(path);
  return [
    { path: ids, text: `can end at "${ids[ids.length - 1]}" after automatic replies only, never answered by a person` },
  ];
}

const CHANNEL_PHRASES: Readonly<Record<Channel, string>> = {
  phone: 'by phone',
  email: 'by e-mail',
  sms: 'by text message',
  chat: 'by chat',
  social: 'on social media',
  'web-form': 'through a web form',
  letter: 'by letter',
  'in-person': 'in person',
  voicemail: 'by voicemail',
};

/** Channels as a person says them: "by phone or in person". */
function spoken(channels: readonly Channel[]): string {
  return channels.map((channel) => CHANNEL_PHRASES[channel]).join(' or ');
}
