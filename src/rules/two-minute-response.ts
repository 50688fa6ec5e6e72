import type { ProcessGraph } from '../model/process-graph.js';
import { CHANNELS, isComplaintIntake, type Channel } from '../model/process.js';
import { DURATION_PATTERN, parseDuration } from '../model/time.js';
import { lateWay } from './elapsed-time.js';
import type { ProcessRule } from './types.js';
import { gapOfWays, type Way } from './ways.js';

export interface TwoMinuteResponseOptions {
  /** Channels where a complaint is already a live conversation: complaints arriving there are not checked. */
  readonly live: readonly Channel[];
  /** The channels the first contact must use. */
  readonly channels: readonly Channel[];
  /** The longest the customer may wait, at worst, from the complaint to the first contact, like `2m`. */
  readonly within: string;
}

const channelList = { type: 'array', items: { enum: [...CHANNELS] }, uniqueItems: true } as const;

export const twoMinuteResponse: ProcessRule<TwoMinuteResponseOptions> = {
  kind: 'process',
  meta: {
    id: 'two-minute-response',
    defaultSeverity: 'high',
    summary:
      'A complaint arriving on a channel that is not live (an e-mail, a form, a voicemail) is not first answered by phone (option `channels`) within 2 minutes (option `within`) on every way it can go.',
    why:
      'A customer who writes in to complain is at their angriest while they wait for an answer. A call within two minutes tells them a person has heard them and stops the complaint growing; an automatic e-mail, or a call next morning, leaves them time to tell everyone else first.',
    fix: 'Lead every way from the complaint intake to a `contact` step on the phone (or a channel listed in `channels`), and give every step and wait on the way a `takes` and `after` that add up to no more than `within`.',
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
    next: call-customer
  call-customer:
    type: contact
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
    defaultOptions: { live: ['phone', 'in-person'], channels: ['phone'], within: '2m' },
    optionsSchema: {
      type: 'object',
      properties: {
        live: { ...channelList, description: 'Channels where a complaint is already a live conversation: complaints that arrive on them are not checked.' },
        channels: { ...channelList, minItems: 1, description: 'The channels the first contact with a complaining customer must use.' },
        within: {
          type: 'string',
          pattern: DURATION_PATTERN.source,
          description: 'The longest a complaining customer may wait, at worst, for the first contact: a duration like 2m.',
        },
      },
      additionalProperties: false,
    },
  },
  check(_process, { graph, options }) {
    const within = parseDuration(options.within)!;
    return graph.reachableOfType('intake').flatMap((intake) => {
      const step = graph.step(intake);
      if (!isComplaintIntake(step) || (step.channel !== undefined && options.live.includes(step.channel))) return [];
      const late = lateWay(graph, intake, (index) => graph.typeOf(index) === 'contact', within, 'its first contact');
      const ways = [...wrongChannels(graph, intake, options.channels), ...(late ? [late] : [])];
      if (ways.length === 0) return [];
      return [gapOfWays(step.id, `complaint "${step.id}"`, ways, `Contact the customer ${spoken(options.channels)} within ${within.text} instead`)];
    });
  },
};

/** The first `contact` steps after the intake that are not on one of `channels`, nearest first. */
function wrongChannels(graph: ProcessGraph, intake: number, channels: readonly Channel[]): Way[] {
  const reach = graph.searchFrom(intake, { stopAt: (index) => graph.typeOf(index) === 'contact' });
  return reach.order.flatMap((index) => {
    const { channel } = graph.step(index);
    if (graph.typeOf(index) !== 'contact' || (channel !== undefined && channels.includes(channel))) return [];
    const path = graph.ids(reach.pathTo(index));
    const how = channel === undefined ? `at "${path[path.length - 1]}", which names no \`channel\`` : `${spoken([channel])} at "${path[path.length - 1]}"`;
    return [{ path, text: `is first answered ${how}, not ${spoken(channels)}: ${path.join(' → ')}` }];
  });
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
