/**
 * Deterministic, seeded process corpora for the bench and the scale tests: contact-centre
 * processes of ~30 steps (orders, complaints, returns, inquiries, emergencies) built from
 * the blocks real processes are made of, with the gaps real repositories have (a missing
 * read-back, a promise nobody follows up, an overdue review, a copied process id, a typo).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** mulberry32: small, fast and the same on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Dice {
  constructor(readonly random: () => number) {}

  chance(probability: number): boolean {
    return this.random() < probability;
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.random() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)]!;
  }
}

interface StepSpec {
  id: string;
  type: string;
  title: string;
  fields: [string, string][];
  next: Transition[];
}

interface Transition {
  to: string;
  when?: string;
  after?: string;
}

const FLAVOURS = ['order', 'complaint', 'return', 'inquiry', 'emergency'] as const;
type Flavour = (typeof FLAVOURS)[number];

const SUBJECTS: Record<Flavour, readonly string[]> = {
  order: ['phone order', 'catering order', 'spare-parts order', 'subscription order', 'bulk order'],
  complaint: ['late delivery', 'billing error', 'damaged parcel', 'rude agent', 'missed appointment'],
  return: ['store return', 'warranty return', 'online return', 'exchange request'],
  inquiry: ['opening hours', 'order status', 'tariff question', 'account access'],
  emergency: ['gas smell', 'water leak', 'power cut', 'lift entrapment'],
};
const TEAMS = ['north', 'south', 'east', 'west', 'central', 'online', 'retail', 'field'] as const;
const NON_LIVE = ['email', 'web-form', 'sms', 'letter', 'social', 'voicemail'] as const;
const LIVE = ['phone', 'chat', 'in-person'] as const;
const REMEDIES = ['refund', 'exchange', 'repair', 'replace', 'credit', 'discount'] as const;
const AGENT_REMEDIES = ['refund', 'exchange', 'credit', 'discount'] as const;

/** Builds one process as YAML text, block by block, wiring each block's exits to the next block's entry. */
class ProcessWriter {
  readonly steps: StepSpec[] = [];
  private readonly used = new Set<string>();
  /** Appended to every id written: one per team flow of a huge process. */
  suffix = '';

  constructor(private readonly dice: Dice) {}

  add(id: string, type: string, title: string, fields: [string, string][] = []): StepSpec {
    const base = `${id}${this.suffix}`;
    let unique = base;
    for (let n = 2; this.used.has(unique); n++) unique = `${base}-${n}`;
    this.used.add(unique);
    const step = { id: unique, type, title, fields, next: [] };
    this.steps.push(step);
    return step;
  }

  /** Steps whose `next` is still open: the exits of the blocks written so far. */
  link(exits: readonly StepSpec[], to: StepSpec, when?: string): void {
    for (const exit of exits) exit.next.push(when === undefined ? { to: to.id } : { to: to.id, when });
  }

  takes(unit: 's' | 'm' | 'h', min: number, max: number): [string, string][] {
    return this.dice.chance(0.97) ? [['takes', `${this.dice.int(min, max)}${unit}`]] : [];
  }
}

export interface ProcessOptions {
  readonly id: string;
  readonly flavour: Flavour;
  /** Rough number of steps wanted. */
  readonly steps: number;
  readonly today: string;
}

/** The blocks between intake and end, chosen at random and chained. */
function writeBody(
  writer: ProcessWriter,
  dice: Dice,
  flavour: Flavour,
  entryExits: StepSpec[],
  target: number,
): StepSpec[] {
  let exits = entryExits;
  let block = 0;
  let escalated = false;
  while (writer.steps.length < target - 3) {
    block++;
    const kind = dice.pick(['triage', 'promise', 'escalate', 'fix', 'contact', 'retry', 'resolve'] as const);
    if (kind === 'escalate' && escalated && target < 100) continue; // one escalation is the norm in a small process
    escalated ||= kind === 'escalate';
    exits = BLOCKS[kind](writer, dice, exits, `${block}`, flavour);
  }
  return exits;
}

type Block = (writer: ProcessWriter, dice: Dice, exits: StepSpec[], tag: string, flavour: Flavour) => StepSpec[];

const BLOCKS: Record<
  'triage' | 'promise' | 'escalate' | 'fix' | 'contact' | 'retry' | 'resolve' | 'bookingPromise' | 'stuckLoop',
  Block
> = {
  triage(writer, dice, exits, tag) {
    const decide = writer.add(`triage-${tag}`, 'decision', 'Decide how to handle the case', [
      ['actor', 'agent'],
      ...writer.takes('m', 1, 5),
    ]);
    writer.link(exits, decide);
    const routine = writer.add(`handle-routine-${tag}`, 'action', 'Handle it as a routine case', [
      ['actor', 'agent'],
      ...writer.takes('m', 5, 30),
    ]);
    const specialist = writer.add(`book-specialist-${tag}`, 'action', 'Book a specialist', [
      ['actor', 'system'],
      ...writer.takes('s', 10, 90),
    ]);
    decide.next.push(
      { to: routine.id, when: 'the agent can handle it' },
      { to: specialist.id, when: 'it needs a specialist' },
    );
    if (dice.chance(0.3)) {
      const check = writer.add(`check-account-${tag}`, 'action', 'Check the customer account', [
        ['actor', 'system'],
        ...writer.takes('s', 5, 30),
      ]);
      decide.next.push({ to: check.id, when: 'the account looks unusual' });
      return [routine, specialist, check];
    }
    return [routine, specialist];
  },
  promise(writer, dice, exits, tag) {
    const days = dice.int(1, 3);
    const promise = writer.add(`promise-update-${tag}`, 'promise', 'Promise an update', [
      ['actor', 'agent'],
      ...(dice.chance(0.95) ? ([['owner', 'agent']] as [string, string][]) : []),
      ['by', `${days}d`],
      ['promise', `We will call you back within ${days} working day${days === 1 ? '' : 's'}`],
      ...writer.takes('m', 1, 3),
    ]);
    writer.link(exits, promise);
    const work = writer.add(`work-on-case-${tag}`, 'action', 'Work on the case', [
      ['actor', dice.chance(0.7) ? 'agent' : 'specialist'],
      ...writer.takes('h', 1, 8),
    ]);
    promise.next.push({ to: work.id });
    const followUp = writer.add(`call-back-${tag}`, 'follow-up', 'Call the customer back', [
      ['actor', dice.chance(0.97) ? 'agent' : 'specialist'],
      ['fulfils', promise.id],
      ...writer.takes('m', 5, 15),
    ]);
    work.next.push({ to: followUp.id, after: `${dice.int(1, 4)}h` });
    if (dice.chance(0.15)) {
      const verify = writer.add(`verify-call-back-${tag}`, 'verify', 'Check the customer got the update', [
        ['actor', 'agent'],
        ['verifies', promise.id],
        ...writer.takes('m', 2, 5),
      ]);
      followUp.next.push({ to: verify.id });
      return [verify];
    }
    return [followUp];
  },
  escalate(writer, dice, exits, tag) {
    const escalate = writer.add(`escalate-${tag}`, 'escalate', 'Escalate to the team lead', [
      ['actor', 'agent'],
      ['to', 'team-lead'],
      ...writer.takes('m', 2, 10),
    ]);
    writer.link(exits, escalate);
    const review = writer.add(`lead-reviews-${tag}`, 'action', 'The team lead reviews the case', [
      ['actor', 'team-lead'],
      ...writer.takes('h', 1, 4),
    ]);
    escalate.next.push({ to: review.id });
    if (dice.chance(0.8)) {
      const tell = writer.add(`tell-customer-${tag}`, 'contact', 'Tell the customer the outcome', [
        ['actor', 'team-lead'],
        ['channel', dice.pick(['phone', 'email'])],
        ...writer.takes('m', 5, 15),
      ]);
      review.next.push({ to: tell.id });
      return [tell];
    }
    return [review];
  },
  fix(writer, dice, exits, tag) {
    const first = writer.add(`record-details-${tag}`, 'action', 'Record the details in the CRM', [
      ['actor', 'agent'],
      ...writer.takes('m', 2, 6),
    ]);
    writer.link(exits, first);
    let last = first;
    for (let i = 0, n = dice.int(1, 3); i < n; i++) {
      const step = writer.add(`update-system-${tag}-${i + 1}`, 'action', 'Update the order system', [
        ['actor', 'system'],
        ...writer.takes('s', 5, 60),
      ]);
      last.next.push({ to: step.id });
      last = step;
    }
    return [last];
  },
  contact(writer, dice, exits, tag) {
    const contact = writer.add(`send-update-${tag}`, 'contact', 'Send the customer an update', [
      ['actor', dice.chance(0.8) ? 'agent' : 'system'],
      ['channel', dice.pick(['email', 'sms', 'phone'])],
      ...writer.takes('m', 1, 5),
    ]);
    writer.link(exits, contact);
    return [contact];
  },
  retry(writer, dice, exits, tag) {
    const attempt = writer.add(`try-to-reach-${tag}`, 'contact', 'Try to reach the customer', [
      ['actor', 'agent'],
      ['channel', 'phone'],
      ...writer.takes('m', 2, 5),
    ]);
    writer.link(exits, attempt);
    const reached = writer.add(`reached-${tag}`, 'decision', 'Did the customer answer?', [['actor', 'agent']]);
    attempt.next.push({ to: reached.id });
    const wait = writer.add(`wait-to-retry-${tag}`, 'action', 'Wait before trying again', [
      ['actor', 'system'],
      ['takes', '1s'],
    ]);
    reached.next.push({ to: wait.id, when: 'no answer' });
    wait.next.push({ to: attempt.id, after: `${dice.int(1, 3)}h` });
    return [reached];
  },
  /**
   * A repair booking's promise: mostly kept by its owner; some by a specialist, verified by the owner
   * or not; some missing their follow-up when the customer cancels. Each way that breaks the promise
   * ends near it, so witness paths stay short while every promise reaches the rest of the flow.
   */
  bookingPromise(writer, dice, exits, tag) {
    const promise = writer.add(`promise-visit-${tag}`, 'promise', 'Promise a repair visit', [
      ['actor', 'agent'],
      ['owner', 'agent'],
      ['by', `${dice.int(1, 5)}d`],
      ['promise', 'We will book the engineer and confirm the visit'],
      ...writer.takes('m', 1, 3),
    ]);
    writer.link(exits, promise);
    const book = writer.add(`book-engineer-${tag}`, 'action', 'Book the engineer', [
      ['actor', 'system'],
      ...writer.takes('m', 1, 10),
    ]);
    promise.next.push({ to: book.id });
    const roll = dice.random();
    const byOther = roll < 0.15;
    const followUp = writer.add(`confirm-visit-${tag}`, 'follow-up', 'Confirm the visit with the customer', [
      ['actor', byOther ? 'specialist' : 'agent'],
      ['fulfils', promise.id],
      ...writer.takes('m', 2, 8),
    ]);
    book.next.push({ to: followUp.id, after: `${dice.int(1, 24)}h` });
    const cancelled = (from: StepSpec): void => {
      const end = writer.add(`visit-cancelled-${tag}`, 'end', 'The customer cancelled the visit', [
        ['outcome', 'abandoned'],
      ]);
      from.next.push({ to: end.id, when: 'the customer cancels' });
    };
    if (roll >= 0.15 && roll < 0.25) cancelled(book);
    if (byOther && dice.chance(0.5)) {
      const verify = writer.add(`check-visit-${tag}`, 'verify', 'Check the visit suits the customer', [
        ['actor', 'agent'],
        ['verifies', promise.id],
        ...writer.takes('m', 2, 5),
      ]);
      followUp.next.push({ to: verify.id });
      return [verify];
    }
    if (byOther) cancelled(followUp);
    return [followUp];
  },
  /** A hand-over loop nobody leaves: a branch into two steps that pass the case back and forth. */
  stuckLoop(writer, dice, exits, tag) {
    const check = writer.add(`check-parts-${tag}`, 'decision', 'Are the parts in stock?', [
      ['actor', 'agent'],
      ...writer.takes('m', 1, 5),
    ]);
    writer.link(exits, check);
    const order = writer.add(`order-parts-${tag}`, 'action', 'Order the parts', [
      ['actor', 'system'],
      ...writer.takes('h', 1, 48),
    ]);
    const chase = writer.add(`chase-supplier-${tag}`, 'action', 'Chase the supplier', [
      ['actor', dice.chance(0.5) ? 'agent' : 'specialist'],
      ...writer.takes('h', 1, 8),
    ]);
    check.next.push({ to: order.id, when: 'the parts are missing' });
    order.next.push({ to: chase.id });
    chase.next.push({ to: order.id });
    return [check];
  },
  resolve(writer, dice, exits, tag) {
    const remedy = dice.chance(0.9) ? dice.pick(AGENT_REMEDIES) : dice.pick(REMEDIES);
    const resolve = writer.add(`give-${remedy}-${tag}`, 'resolve', `Give the customer a ${remedy}`, [
      ['actor', dice.chance(0.95) ? 'agent' : 'team-lead'],
      ['remedy', remedy],
      ...writer.takes('m', 2, 10),
    ]);
    writer.link(exits, resolve);
    return [resolve];
  },
};

function writeIntakes(writer: ProcessWriter, dice: Dice, flavour: Flavour, count: number): StepSpec[] {
  const intent = flavour === 'return' ? 'return' : flavour;
  const subject = dice.pick(SUBJECTS[flavour]);
  const intakes: StepSpec[] = [];
  for (let i = 0; i < count; i++) {
    const channel = i === 0 && flavour !== 'emergency' && dice.chance(0.4) ? dice.pick(NON_LIVE) : dice.pick(LIVE);
    intakes.push(
      writer.add(`receive-${channel}`, 'intake', `Receive the ${subject} by ${channel}`, [
        ['intent', intent],
        ['channel', channel],
        ['actor', channel === 'web-form' || channel === 'email' ? 'system' : 'agent'],
        ...writer.takes('m', 1, 5),
      ]),
    );
  }
  return intakes;
}

/** The customer-facing opening each flavour has, when the team wrote it down. */
function writeOpening(writer: ProcessWriter, dice: Dice, flavour: Flavour, intakes: StepSpec[]): StepSpec[] {
  switch (flavour) {
    case 'complaint': {
      const acknowledge = writer.add('acknowledge', 'contact', 'Acknowledge the complaint', [
        ['actor', 'agent'],
        ['channel', dice.chance(0.85) ? 'phone' : 'email'],
        ...writer.takes('s', 30, 150),
      ]);
      writer.link(intakes, acknowledge);
      if (dice.chance(0.15)) return [acknowledge];
      const listen = writer.add('listen-to-customer', 'listen', 'Let the customer tell the whole story', [
        ['actor', 'agent'],
        ...writer.takes('m', 3, 15),
      ]);
      acknowledge.next.push({ to: listen.id });
      return [listen];
    }
    case 'order': {
      const entry = writer.add('enter-order', 'order-entry', 'Enter the order', [
        ['actor', 'agent'],
        ...writer.takes('m', 2, 8),
      ]);
      writer.link(intakes, entry);
      if (dice.chance(0.1)) return [entry];
      const confirm = writer.add('read-back-order', 'confirm', 'Read the order back to the customer', [
        ['actor', 'agent'],
        ['channel', 'phone'],
        ...writer.takes('m', 1, 3),
      ]);
      entry.next.push({ to: confirm.id });
      return [confirm];
    }
    case 'emergency': {
      const dispatch = writer.add('dispatch-engineer', 'action', 'Dispatch the on-call engineer', [
        ['actor', dice.chance(0.9) ? 'dispatcher' : 'system'],
        ['emergency', 'true'],
        ['takes', '5m'],
      ]);
      writer.link(intakes, dispatch);
      const safe = writer.add('make-safe', 'action', 'Make the site safe', [
        ['actor', 'specialist'],
        ['takes', '2h'],
      ]);
      dispatch.next.push({ to: safe.id });
      return [safe];
    }
    default: {
      const greet = writer.add('answer-question', 'contact', 'Answer the customer', [
        ['actor', 'agent'],
        ['channel', dice.pick(['phone', 'chat', 'email'])],
        ...writer.takes('m', 2, 8),
      ]);
      writer.link(intakes, greet);
      return [greet];
    }
  }
}

/** The way out for a caller who reports a hazard: what emergency-path asks every process to have. */
function writeEmergencyBranch(writer: ProcessWriter, from: StepSpec): void {
  const callout = writer.add('emergency-callout', 'action', 'Send the emergency engineer', [
    ['actor', 'dispatcher'],
    ['emergency', 'true'],
    ['takes', '5m'],
  ]);
  from.next.push({ to: callout.id, when: 'the customer reports a safety risk' });
  const safe = writer.add('make-site-safe', 'action', 'Make the site safe', [
    ['actor', 'specialist'],
    ['takes', '2h'],
  ]);
  callout.next.push({ to: safe.id });
  const report = writer.add('confirm-site-safe', 'contact', 'Tell the customer the site is safe', [
    ['actor', 'dispatcher'],
    ['channel', 'phone'],
    ['takes', '5m'],
  ]);
  safe.next.push({ to: report.id });
  const closed = writer.add('emergency-closed', 'end', 'Emergency handled');
  report.next.push({ to: closed.id });
}

function writeClosing(writer: ProcessWriter, dice: Dice, flavour: Flavour, exits: StepSpec[]): void {
  let last = exits;
  if (flavour === 'order') {
    const ship = writer.add('ship-order', 'deliver', 'Ship the order', [
      ['actor', 'system'],
      ...writer.takes('h', 4, 48),
    ]);
    writer.link(last, ship);
    last = [ship];
  }
  if (flavour === 'complaint' || dice.chance(0.75)) {
    const report = writer.add('log-lesson', 'report', 'Log what went wrong for the weekly review', [
      ['actor', 'agent'],
      ...writer.takes('m', 2, 5),
    ]);
    writer.link(last, report);
    last = [report];
  }
  const done = writer.add('done', 'end', 'Case closed');
  writer.link(last, done);
  if (dice.chance(0.2)) {
    const abandoned = writer.add('customer-gave-up', 'end', 'The customer gave up', [['outcome', 'abandoned']]);
    writer.link(last, abandoned, 'the customer stops answering');
  }
}

const ROLES = `roles:
  agent:
    title: Contact-centre agent
    frontline: true
    can: [refund, exchange, credit, discount]
    training: { last: TRAINED, every: 365d, covers: [routine, emergency] }
  team-lead:
    title: Team lead
    can: [refund, exchange, repair, replace, credit, discount]
    training: { last: TRAINED, every: 365d }
  specialist:
    title: Product specialist
    training: { last: TRAINED, every: 365d, covers: [routine, emergency] }
  dispatcher:
    title: Dispatcher
    frontline: true
    training: { last: TRAINED, every: 365d, covers: [emergency] }
`;

/** One process file's text. */
function writeProcess(options: ProcessOptions, dice: Dice): string {
  const writer = new ProcessWriter(dice);
  const intakes = writeIntakes(writer, dice, options.flavour, dice.int(1, 2));
  const opening = writeOpening(writer, dice, options.flavour, intakes);
  if (options.flavour !== 'emergency' && dice.chance(0.85)) writeEmergencyBranch(writer, opening[0]!);
  const body = writeBody(writer, dice, options.flavour, opening, options.steps);
  writeClosing(writer, dice, options.flavour, body);
  const reviewed = dice.chance(0.9) ? shiftDate(options.today, -dice.int(5, 120)) : shiftDate(options.today, -400);
  const lines = [
    '# Generated by bench/corpus.ts: a realistic process, gaps included.',
    `process: ${options.id}`,
    `title: ${capitalise(dice.pick(SUBJECTS[options.flavour]))} (${options.id})`,
    'owner: team-lead',
    `description: How the ${dice.pick(TEAMS)} team handles ${/^[aeiou]/.test(options.flavour) ? 'an' : 'a'} ${options.flavour}, from first contact to closing the case.`,
    `tags: [${options.flavour}, ${dice.pick(TEAMS)}]`,
    'review:',
    `  last: ${reviewed}`,
    '  every: 180d',
    ROLES.replaceAll('TRAINED', shiftDate(options.today, -dice.int(10, 300))).trimEnd(),
    `start: ${intakes.length === 1 ? intakes[0]!.id : `[${intakes.map((step) => step.id).join(', ')}]`}`,
    'steps:',
    ...writer.steps.flatMap(stepLines),
  ];
  if (dice.chance(0.1)) {
    lines.push(
      'waivers:',
      '  - rule: issue-reporting',
      '    reason: Problems are logged in the weekly team meeting instead.',
      `    expires: ${shiftDate(options.today, 90)}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

function stepLines(step: StepSpec): string[] {
  const lines = [`  ${step.id}:`, `    type: ${step.type}`, `    title: ${step.title}`];
  for (const [key, value] of step.fields) lines.push(`    ${key}: ${quoteIfNeeded(value)}`);
  if (step.next.length === 1 && step.next[0]!.when === undefined && step.next[0]!.after === undefined) {
    lines.push(`    next: ${step.next[0]!.to}`);
  } else if (step.next.length > 0) {
    lines.push('    next:');
    for (const transition of step.next) {
      lines.push(`      - to: ${transition.to}`);
      if (transition.when !== undefined) lines.push(`        when: ${quoteIfNeeded(transition.when)}`);
      if (transition.after !== undefined) lines.push(`        after: ${transition.after}`);
    }
  }
  return lines;
}

function quoteIfNeeded(text: string): string {
  return /[:#?]/.test(text) ? JSON.stringify(text) : text;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function shiftDate(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

export interface CorpusOptions {
  readonly files: number;
  readonly stepsPerProcess: number;
  readonly seed: number;
  /** The date reviews and training are written relative to (audit with `--today` this date). */
  readonly today: string;
  /** Every this many files, one keeps the id of a file half as many before it: duplicate-process. */
  readonly duplicateEvery?: number;
  /** Every this many files, one has a typo (`nxt:`): invalid-process. */
  readonly invalidEvery?: number;
}

/** Relative path → text for a repository of process files, some of them broken the way real ones are. */
export function generateCorpus(options: CorpusOptions): Map<string, string> {
  const dice = new Dice(seededRandom(options.seed));
  const files = new Map<string, string>();
  const ids: string[] = [];
  const { duplicateEvery = 400, invalidEvery = 250 } = options;
  for (let i = 0; i < options.files; i++) {
    const flavour = dice.pick(FLAVOURS);
    const team = TEAMS[i % TEAMS.length]!;
    const copied = i % duplicateEvery === duplicateEvery - 1 ? ids[i - Math.ceil(duplicateEvery / 2)] : undefined;
    const id = copied ?? `${flavour}-${team}-${String(i).padStart(5, '0')}`;
    ids.push(id);
    let text = writeProcess(
      { id, flavour, steps: dice.int(options.stepsPerProcess - 6, options.stepsPerProcess + 6), today: options.today },
      dice,
    );
    if (i % invalidEvery === Math.floor(invalidEvery / 2)) text = text.replace('    next: ', '    nxt: ');
    const folder = `team-${team}/${flavour}/batch-${String(Math.floor(i / 100)).padStart(3, '0')}`;
    files.set(`${folder}/${copied ? `${id}-copy-${i}` : id}.yaml`, text);
  }
  return files;
}

/** Steps in each team's flow of a huge process. */
const TEAM_FLOW_STEPS = 30;
/** Choices per routing menu. */
const MENU_SIZE = 8;

/**
 * One process of about `steps` steps, as a contact-centre group writes one: four
 * intakes, a routing menu of menus down to each team's queue, and a ~30-step
 * case-handling flow per team, each with its own end.
 */
export function generateHugeProcess(steps: number, seed: number, today: string): string {
  const dice = new Dice(seededRandom(seed));
  const writer = new ProcessWriter(dice);
  const intakes = writeIntakes(writer, dice, 'complaint', 4);
  const opening = writeOpening(writer, dice, 'complaint', intakes);
  writeEmergencyBranch(writer, opening[0]!);
  const queues = writeRouting(writer, opening, Math.max(1, Math.round(steps / (TEAM_FLOW_STEPS + 2.5))));
  queues.forEach((queue, team) => {
    writer.suffix = `-t${team + 1}`;
    const body = writeBody(writer, dice, 'complaint', [queue], writer.steps.length + TEAM_FLOW_STEPS);
    writeClosing(writer, dice, 'complaint', body);
  });
  return hugeProcessText(
    writer,
    `huge-complaint-flow-${steps}`,
    `Group complaint handling (${steps} steps)`,
    intakes,
    today,
  );
}

function hugeProcessText(
  writer: ProcessWriter,
  id: string,
  title: string,
  starts: readonly StepSpec[],
  today: string,
): string {
  const lines = [
    `process: ${id}`,
    `title: ${title}`,
    'owner: team-lead',
    'review:',
    `  last: ${shiftDate(today, -30)}`,
    '  every: 180d',
    ROLES.replaceAll('TRAINED', shiftDate(today, -60)).trimEnd(),
    `start: [${starts.map((step) => step.id).join(', ')}]`,
    'steps:',
    ...writer.steps.flatMap(stepLines),
  ];
  return `${lines.join('\n')}\n`;
}

/**
 * The layouts a huge process can have besides the contact centre's menu of short team
 * flows, each the way some team writes one file: the bench checks that the audit's cost
 * follows the number of steps whatever the layout.
 */
export const HUGE_SHAPES = [
  'contact-centre',
  'promise-heavy',
  'intake-heavy',
  'escalation-heavy',
  'loop-heavy',
  'wide',
] as const;
export type HugeShape = (typeof HUGE_SHAPES)[number];

export function generateShape(shape: HugeShape, steps: number, seed: number, today: string): string {
  if (shape === 'contact-centre') return generateHugeProcess(steps, seed, today);
  const dice = new Dice(seededRandom(seed));
  const writer = new ProcessWriter(dice);
  const intakes =
    shape === 'intake-heavy'
      ? writeManyIntakes(writer, dice, Math.round(steps / 40))
      : writeIntakes(writer, dice, 'complaint', 4);
  const opening =
    shape === 'intake-heavy' ? [listenToAll(writer, dice, intakes)] : writeOpening(writer, dice, 'complaint', intakes);
  writeEmergencyBranch(writer, opening[0]!);
  let exits = opening;
  if (shape === 'wide') exits = writeWideMenu(writer, exits, Math.round(steps / 8));
  if (shape === 'loop-heavy') exits = writeLongClosedLoop(writer, exits, Math.round(steps / 10));
  const body = writeFlow(writer, dice, exits, steps, SHAPE_BLOCKS[shape]);
  writeClosing(writer, dice, 'complaint', body);
  return hugeProcessText(
    writer,
    `huge-${shape}-${steps}`,
    `Group complaint handling, ${shape} (${steps} steps)`,
    intakes,
    today,
  );
}

type BlockName = keyof typeof BLOCKS;

/** How often each block comes in the one long flow of a shape (weights). */
const SHAPE_BLOCKS: Record<Exclude<HugeShape, 'contact-centre'>, readonly (readonly [BlockName, number])[]> = {
  // A repair-booking flow: a promise every ~25 steps, each reaching all the rest of the flow.
  'promise-heavy': [
    ['bookingPromise', 1],
    ['fix', 3],
    ['triage', 2],
    ['contact', 2],
    ['retry', 1],
    ['resolve', 1],
  ],
  'intake-heavy': [
    ['triage', 2],
    ['promise', 1],
    ['escalate', 1],
    ['fix', 3],
    ['contact', 2],
    ['retry', 1],
    ['resolve', 1],
  ],
  'escalation-heavy': [
    ['escalate', 3],
    ['triage', 2],
    ['fix', 2],
    ['contact', 1],
    ['resolve', 1],
  ],
  'loop-heavy': [
    ['retry', 3],
    ['stuckLoop', 1],
    ['triage', 2],
    ['fix', 2],
    ['contact', 1],
    ['resolve', 1],
  ],
  wide: [
    ['triage', 2],
    ['promise', 1],
    ['escalate', 1],
    ['fix', 3],
    ['contact', 2],
    ['retry', 1],
    ['resolve', 1],
  ],
};

/** One long flow of blocks drawn by weight, until the process has about `target` steps. */
function writeFlow(
  writer: ProcessWriter,
  dice: Dice,
  entryExits: StepSpec[],
  target: number,
  weights: readonly (readonly [BlockName, number])[],
): StepSpec[] {
  const total = weights.reduce((sum, [, weight]) => sum + weight, 0);
  let exits = entryExits;
  for (let block = 1; writer.steps.length < target - 3; block++) {
    let roll = dice.int(1, total);
    const [kind] = weights.find(([, weight]) => (roll -= weight) <= 0)!;
    exits = BLOCKS[kind](writer, dice, exits, `${block}`, 'complaint');
  }
  return exits;
}

/** Intakes on every channel and team, each with its own greeting or none. */
function writeManyIntakes(writer: ProcessWriter, dice: Dice, count: number): StepSpec[] {
  const intakes: StepSpec[] = [];
  for (let i = 0; i < count; i++) {
    const channel = dice.chance(0.3) ? dice.pick(NON_LIVE) : dice.pick(LIVE);
    const intake = writer.add(
      `receive-${channel}-${dice.pick(TEAMS)}`,
      'intake',
      `Receive the complaint by ${channel}`,
      [
        ['intent', dice.chance(0.8) ? 'complaint' : 'inquiry'],
        ['channel', channel],
        ['actor', channel === 'web-form' || channel === 'email' ? 'system' : 'agent'],
        ...writer.takes('m', 1, 5),
      ],
    );
    intakes.push(intake);
  }
  return intakes;
}

/** Each intake with its own greeting or none, all into one listening step that opens the shared flow. */
function listenToAll(writer: ProcessWriter, dice: Dice, intakes: readonly StepSpec[]): StepSpec {
  const listen = writer.add('listen-to-customer', 'listen', 'Let the customer tell the whole story', [
    ['actor', 'agent'],
    ...writer.takes('m', 3, 15),
  ]);
  for (const intake of intakes) {
    if (dice.chance(0.5)) {
      const greet = writer.add(`greet-${intake.id}`, 'contact', 'Greet the customer', [
        ['actor', 'agent'],
        ['channel', 'phone'],
        ...writer.takes('s', 20, 90),
      ]);
      intake.next.push({ to: greet.id });
      greet.next.push({ to: listen.id });
    } else intake.next.push({ to: listen.id });
  }
  return listen;
}

/** One decision with `options` successors, each a step of its own, all joining the flow after it. */
function writeWideMenu(writer: ProcessWriter, from: StepSpec[], options: number): StepSpec[] {
  const menu = writer.add('pick-product', 'decision', 'Which product is it about?', [
    ['actor', 'agent'],
    ['takes', '30s'],
  ]);
  writer.link(from, menu);
  const choices: StepSpec[] = [];
  for (let option = 1; option <= options; option++) {
    const choice = writer.add(`load-product-${option}`, 'action', `Load the notes for product ${option}`, [
      ['actor', 'system'],
      ['takes', '2s'],
    ]);
    menu.next.push({ to: choice.id, when: `the product is number ${option}` });
    choices.push(choice);
  }
  return choices;
}

/** A branch into one long loop of `length` steps with no way out (endless-loop), beside the flow. */
function writeLongClosedLoop(writer: ProcessWriter, from: StepSpec[], length: number): StepSpec[] {
  const choose = writer.add('choose-queue', 'decision', 'Queue or hand over?', [
    ['actor', 'agent'],
    ['takes', '1m'],
  ]);
  writer.link(from, choose);
  const ring: StepSpec[] = [];
  for (let i = 1; i <= length; i++)
    ring.push(
      writer.add(`pass-along-${i}`, 'action', 'Pass the case along', [
        ['actor', i % 2 ? 'agent' : 'specialist'],
        ['takes', '10m'],
      ]),
    );
  choose.next.push({ to: ring[0]!.id, when: 'the case is handed to the back office' });
  ring.forEach((step, i) => step.next.push({ to: ring[(i + 1) % ring.length]!.id }));
  return [choose];
}

/** Menus of up to MENU_SIZE choices, split until there is one queue step per team. */
function writeRouting(writer: ProcessWriter, from: StepSpec[], teams: number): StepSpec[] {
  const root = writer.add('route-case', 'decision', 'Route the case to a team', [
    ['actor', 'system'],
    ['takes', '1s'],
  ]);
  writer.link(from, root);
  const leaves: StepSpec[] = [root];
  let menus = 1;
  while (leaves.length < teams) {
    const menu = leaves.shift()!;
    const choices = Math.min(MENU_SIZE, teams - leaves.length);
    for (let choice = 1; choice <= choices; choice++) {
      const next = writer.add(`route-case-${++menus}`, 'decision', 'Narrow the case down', [
        ['actor', 'system'],
        ['takes', '1s'],
      ]);
      menu.next.push({ to: next.id, when: `the customer picks option ${choice}` });
      leaves.push(next);
    }
  }
  return leaves.map((leaf, team) => {
    const queue = writer.add(`queue-for-team-${team + 1}`, 'action', `Queue the case for team ${team + 1}`, [
      ['actor', 'system'],
      ['takes', '5s'],
    ]);
    leaf.next.push({ to: queue.id });
    return queue;
  });
}

/** Writes files (relative path → text) under `root`, replacing what was there. */
export function writeTree(root: string, files: ReadonlyMap<string, string>): void {
  rmSync(root, { recursive: true, force: true });
  for (const [relative, text] of files) {
    const file = path.join(root, relative);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
}
