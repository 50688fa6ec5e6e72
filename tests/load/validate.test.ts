import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SourceText } from '../../src/load/source.js';
import { validateConfig, validateProcess } from '../../src/load/validate.js';
import type { OffsetComplaint } from '../../src/load/complaint.js';
import { parseYaml } from '../../src/load/yaml.js';
import type { YamlNode } from '../../src/load/yaml.js';
import {
  BECAUSE,
  BUILT_IN_ACTORS,
  CHANNELS,
  INTENTS,
  OUTCOMES,
  REMEDIES,
  STEP_TYPES,
  TRAINING_COVERS,
} from '../../src/model/process.js';
import { SEVERITIES } from '../../src/model/severity.js';
import { DURATION_PATTERN } from '../../src/model/time.js';
import { PRESETS } from '../../src/config/settings.js';
import { BUILT_IN_RULES } from '../../src/rules/index.js';

/** Each complaint as `line:column message`, so a test shows exactly what a user would read. */
function check(
  text: string,
  validate: (root: YamlNode | null, ruleIds: readonly string[]) => OffsetComplaint[] = validateProcess,
): string[] {
  const source = new SourceText('test.yaml', text);
  const root = parseYaml(text)[0]?.contents ?? null;
  return validate(root, BUILT_IN_RULES.ids).map((complaint) => {
    const { line, column } = source.positionAt(complaint.offset);
    return `${line}:${column} ${complaint.message}`;
  });
}

/** Seven lines of a valid process head; the steps given start on line 8. */
function processWith(steps: string, tail = ''): string {
  return `process: orders
title: Orders
owner: lead
roles:
  lead: { title: Lead }
start: a
steps:
${steps}${tail}`;
}

const SPEC_EXAMPLE = `# yaml-language-server: $schema=../schemas/process.schema.json
process: phone-order-intake
title: Phone order intake
owner: sales-lead
description: Orders taken by phone.
tags: [orders, phone]
review:
  last: 2026-09-01
  every: 90d
roles:
  sales-rep:
    title: Sales representative
    frontline: true
    can: [refund, exchange]
    training:
      last: 2026-08-01
      every: 180d
      covers: [routine, emergency]
  sales-lead:
    title: Sales lead
start: receive-call
steps:
  receive-call:
    type: intake
    intent: order
    channel: phone
    actor: sales-rep
    takes: 5m
    next: enter-order
  enter-order:
    type: order-entry
    actor: sales-rep
    next: confirm-order
  confirm-order:
    type: confirm
    channel: phone
    actor: sales-rep
    next: ship
  ship:
    type: deliver
    actor: system
    next: done
  done:
    type: end
waivers:
  - rule: emergency-path
    reason: Emergencies are handled by the site-safety process.
    expires: 2027-03-01
`;

describe('validateProcess: valid files', () => {
  it('accepts the example of the spec', () => {
    expect(check(SPEC_EXAMPLE)).toEqual([]);
  });

  it('accepts every field on the step type it belongs to', () => {
    const steps = `  a: { type: intake, intent: complaint, channel: email, actor: lead, takes: 1m, emergency: true, next: b }
  b: { type: contact, channel: phone, customer-effort: call again, because: safety, next: c }
  c: { type: escalate, to: lead, next: d }
  d: { type: promise, owner: lead, by: 1d, promise: we call you back today, next: e }
  e: { type: follow-up, fulfils: d, next: f }
  f: { type: verify, verifies: d, next: g }
  g: { type: resolve, remedy: refund, next: h }
  h: { type: end, outcome: abandoned, title: Closed }
`;
    expect(check(processWith(steps))).toEqual([]);
  });

  it('accepts next as one id, a list of ids, and a list of transitions', () => {
    const steps = `  a: { type: decision, next: b }
  b: { type: decision, next: [c, d] }
  c:
    type: decision
    next:
      - to: d
        when: customer asked for a call
        after: 1h
      - to: e
      - e
  d: { type: end }
  e: { type: end }
`;
    expect(check(processWith(steps))).toEqual([]);
  });

  it('accepts x- keys at every level, including among roles and steps', () => {
    const text = `process: orders
x-team: sales
title: Orders
owner: lead
review: { last: 2026-01-01, every: 90d, x-by: ana }
roles:
  x-note: roles are reviewed yearly
  lead: { x-phone: 123, training: { last: 2026-01-01, every: 1w, x-course: basics } }
start: a
steps:
  x-draft: not a step
  a: { type: action, x-system: crm, next: [{ to: b, x-reason: always }] }
  b: { type: end }
waivers:
  - { rule: dead-end, reason: known, x-ticket: 42 }
`;
    expect(check(text)).toEqual([]);
  });
});

describe('validateProcess: complaints', () => {
  it('names an unknown key at its key, and suggests the key meant', () => {
    const steps = `  enter-order:
    type: order-entry
    nxt: confirm
`;
    expect(check(processWith(steps))).toEqual(['10:5 step "enter-order": unknown key "nxt" — did you mean "next"?']);
  });

  it('points to x- keys when an unknown key is like no known one', () => {
    expect(check(processWith('  a: { type: end, notes: ask Ana }\n'))).toEqual([
      '8:19 step "a": unknown key "notes" (keys of your own must start with x-)',
    ]);
  });

  it('names unknown top-level keys', () => {
    expect(check(processWith('  a: { type: end }\n', 'titel: x\n'))).toEqual([
      '9:1 unknown key "titel" — did you mean "title"?',
    ]);
  });

  it('points a missing step key at the step, and a missing top-level key at the start of the document', () => {
    expect(check(processWith('  a: { title: Start }\n'))).toEqual(['8:3 step "a": missing "type"']);
    expect(check('\n\nprocess: orders\nowner: lead\nstart: a\nsteps: { a: { type: end } }\n')).toEqual([
      '3:1 missing "title"',
    ]);
  });

  it('says what kind of value a field needs', () => {
    const text = processWith('  a: { type: end }\n').replace('lead: { title: Lead }', 'lead: { frontline: "yes" }');
    expect(check(text)).toEqual(['5:23 role "lead": "frontline" must be true or false']);
  });

  it('asks for quotes when a number is written where text belongs', () => {
    expect(check(processWith('  a: { type: end, title: 2024 }\n'))).toEqual([
      '8:26 step "a": "title" must be text (write it in quotes: "2024")',
    ]);
  });

  it('points an empty value at its key', () => {
    expect(check(processWith('  a: { type: end }\n').replace('title: Orders', 'title:'))).toEqual([
      '2:1 "title" must be text (found nothing)',
    ]);
  });

  it('lists the allowed values and suggests the one meant', () => {
    const steps = `  receive-call:
    type: intake
    channel: phne
`;
    expect(check(processWith(steps))).toEqual([
      '10:14 step "receive-call": "channel" must be one of phone, email, sms, chat, social, web-form, letter, in-person, voicemail — did you mean "phone"?',
    ]);
  });

  it.each([
    ['type: confirmation', 'type', 'confirm'],
    ['type: intake, intent: Complaint', 'intent', 'complaint'],
    ['type: intake, channel: e-mail', 'channel', 'email'],
    ['type: intake, channel: web form', 'channel', 'web-form'],
    ['type: resolve, remedy: refnd', 'remedy', 'refund'],
    ['type: end, outcome: resolve', 'outcome', 'resolved'],
    ['type: end, because: legl', 'because', 'legal'],
  ])('suggests the value meant for %s', (step, field, meant) => {
    expect(check(processWith(`  a: { ${step} }\n`))).toEqual([
      expect.stringMatching(new RegExp(`^8:\\d+ step "a": "${field}" must be one of .* — did you mean "${meant}"\\?$`)),
    ]);
  });

  it('suggests the value meant in training covers', () => {
    const roles = processWith('  a: { type: end }\n').replace(
      'lead: { title: Lead }',
      'lead: { title: Lead, training: { last: 2026-01-01, every: 90d, covers: [emergncy] } }',
    );
    expect(check(roles)).toEqual([
      expect.stringMatching(
        /^5:\d+ training of role "lead": entry 1 of "covers" must be one of routine, emergency — did you mean "emergency"\?$/,
      ),
    ]);
  });

  it('says the space after the colon is missing where a mapping holds only key:value text', () => {
    expect(check(processWith('  a:\n    takes:20m\n'))).toEqual([
      '9:5 step "a": the space after the colon is missing in "takes:20m", so YAML reads it as text, not as the key "takes"; write "takes: 20m"',
    ]);
    expect(check(processWith('  a: { type: end }\n', 'review: {last:2026-01-01, every: 90d}\n'))).toEqual([
      '9:10 review: the space after the colon is missing in "last:2026-01-01", so YAML reads it as text, not as the key "last"; write "last: 2026-01-01"',
    ]);
  });

  it('lists the allowed values without a guess when none is close', () => {
    expect(check(processWith('  a: { type: intake, intent: praise }\n'))).toEqual([
      '8:30 step "a": "intent" must be one of order, complaint, inquiry, return, emergency',
    ]);
  });

  it('names the entry of a list that is wrong', () => {
    const text = processWith('  a: { type: end }\n').replace('lead: { title: Lead }', 'lead: { can: [refund, refnd] }');
    expect(check(text)).toEqual([
      '5:25 role "lead": entry 2 of "can" must be one of refund, exchange, repair, replace, credit, discount, assist, other — did you mean "refund"?',
    ]);
  });

  it('rejects a duration without a unit', () => {
    const steps = `  call-back:
    type: contact
    takes: 5 minutes
`;
    expect(check(processWith(steps))).toEqual(['10:12 step "call-back": "takes" must be a duration like 90s, 2m, 4h']);
  });

  it('rejects a date not written YYYY-MM-DD', () => {
    expect(check(processWith('  a: { type: end }\n', 'review: { last: 2026-9-1, every: 90d }\n'))).toEqual([
      '9:17 review: "last" must be a date like 2026-09-01',
    ]);
  });

  it('rejects a date that is not on the calendar', () => {
    const text = processWith('  a: { type: end }\n').replace(
      'lead: { title: Lead }',
      'lead: { training: { last: 2026-02-30, every: 1w } }',
    );
    expect(check(text)).toEqual([
      '5:29 training of role "lead": "last" must be a real date: 2026-02-30 does not exist',
    ]);
  });

  it('rejects ids that are not lowercase letters, digits and dashes, and shows the id meant', () => {
    expect(check(processWith('  Receive Call: { type: end }\n'))).toEqual([
      '8:3 step id "Receive Call" must use lowercase letters, digits and dashes, like receive-call',
    ]);
    expect(check(processWith('  a: { type: end }\n').replace('process: orders', 'process: Phone_Orders'))).toEqual([
      '1:10 "process" must use lowercase letters, digits and dashes, like phone-orders',
    ]);
    expect(check(processWith('  a: { type: end }\n').replace('lead: {', 'Lead: {'))).toEqual([
      '5:3 role id "Lead" must use lowercase letters, digits and dashes, like lead',
    ]);
  });

  it('requires at least one step', () => {
    expect(check(processWith('').replace('steps:\n', 'steps: {}\n'))).toEqual([
      '7:8 "steps" must list at least one step',
    ]);
  });

  it('requires start to name a step or list steps', () => {
    expect(check(processWith('  a: { type: end }\n').replace('start: a', 'start: []'))).toEqual([
      '6:8 "start" must name a step or list steps',
    ]);
    expect(check(processWith('  a: { type: end }\n').replace('start: a', 'start: { a: 1 }'))).toEqual([
      '6:8 "start" must name a step or list steps',
    ]);
  });

  it('rejects a field on a step type it does not belong to, at the field', () => {
    const steps = `  a: { type: contact, remedy: refund, next: b }
  b: { type: intake, outcome: resolved }
  c: { type: end, next: a }
`;
    expect(check(processWith(steps))).toEqual([
      '8:23 step "a": "remedy" is only allowed on resolve steps',
      '9:22 step "b": "outcome" is only allowed on end steps',
      '10:19 step "c": "next" is not allowed on end steps',
    ]);
    expect(check(processWith('  a: { type: action, channel: phone }\n'))).toEqual([
      '8:22 step "a": "channel" is only allowed on intake, deliver, contact, confirm, listen, explain-policy, resolve, deny, promise, follow-up or verify steps',
    ]);
    expect(
      check(
        processWith('  a: { type: deliver, channel: in-person, next: b }\n  b: { type: listen, channel: phone }\n'),
      ),
    ).toEqual([]);
  });

  it('names the transition that is wrong', () => {
    const steps = `  a:
    type: decision
    next:
      - to: b
        after: soon
      - when: always
      - { to: b, if: raining }
  b: { type: end }
`;
    expect(check(processWith(steps))).toEqual([
      '12:16 transition 1 of step "a": "after" must be a duration like 90s, 2m, 4h',
      '13:9 transition 2 of step "a": missing "to"',
      '14:18 transition 3 of step "a": unknown key "if" (keys of your own must start with x-)',
    ]);
  });

  it('rejects declaring the built-in system or customer as a role', () => {
    const text = processWith('  a: { type: end }\n').replace('roles:\n', 'roles:\n  system: { title: CRM }\n');
    expect(check(text)).toEqual(['5:3 "system" is built in; remove it from roles']);
  });

  it('rejects a waiver for an unknown rule, suggesting the rule meant', () => {
    const waivers = `waivers:
  - rule: two-minute-reponse
    reason: Overnight queue.
  - rule: no-such-rule
    reason: Because.
`;
    expect(check(processWith('  a: { type: end }\n', waivers))).toEqual([
      '10:11 waiver 1: unknown rule "two-minute-reponse" — did you mean "two-minute-response"?',
      '12:11 waiver 2: unknown rule "no-such-rule"; gapcheck rules lists them',
    ]);
  });

  it('requires a waiver to give a reason', () => {
    const waivers = `waivers:
  - rule: dead-end
  - rule: dead-end
    reason: ""
`;
    expect(check(processWith('  a: { type: end }\n', waivers))).toEqual([
      '10:5 waiver 1: missing "reason"',
      '12:14 waiver 2: "reason" must not be empty',
    ]);
  });

  it('rejects a document that is not a mapping', () => {
    expect(check('- process: orders\n')).toEqual([
      '1:1 a process file must be a mapping of keys such as process, title, steps (found a list)',
    ]);
    expect(check('just some text\n')).toEqual([
      '1:1 a process file must be a mapping of keys such as process, title, steps (found "just some text")',
    ]);
    expect(check('')).toEqual([
      '1:1 a process file must be a mapping of keys such as process, title, steps (found nothing)',
    ]);
  });

  it('gives one complaint per mistake, not one per schema branch', () => {
    expect(check(processWith('  a: { type: resolv, remedy: refund }\n'))).toEqual([
      '8:14 step "a": "type" must be one of intake, order-entry, confirm, deliver, contact, listen, explain-policy, decision, action, escalate, promise, follow-up, verify, resolve, deny, report, review, end — did you mean "resolve"?',
    ]);
    expect(check(processWith('  a: { remedy: refund }\n'))).toEqual(['8:3 step "a": missing "type"']);
    expect(check(processWith('  a: intake\n'))).toEqual([
      '8:6 step "a" must be a mapping of keys such as type, actor, next (found "intake")',
    ]);
    expect(check(processWith('  a: { type: action, next: { to: b } }\n'))).toEqual([
      '8:28 step "a": "next" must name a step or list steps or transitions (one transition is a list of one: put "- " before "to:", or write [{ to: …, after: … }])',
    ]);
    expect(check(processWith('  a: { type: action, next: [b, 7] }\n'))).toEqual([
      '8:32 transition 2 of step "a" must name a step or be a mapping with "to" (write it in quotes: "7")',
    ]);
  });

  it('sorts complaints by their place in the file', () => {
    const text = processWith('  a: { type: end, nxt: b }\n', 'titel: x\n').replace('owner: lead', 'owner: Lead');
    expect(check(text)).toEqual([
      '3:8 "owner" must use lowercase letters, digits and dashes, like lead',
      '8:19 step "a": unknown key "nxt" — did you mean "next"?',
      '9:1 unknown key "titel" — did you mean "title"?',
    ]);
  });
});

describe('validateConfig', () => {
  const config = (text: string): string[] => check(text, validateConfig);

  it('accepts the example of the spec, and an empty file', () => {
    const text = `extends: recommended
rules:
  issue-reporting: off
  handoff-chain: { severity: high, max: 2 }
  two-minute-response: { within: 5m, channels: [phone, chat] }
ignore: ["drafts/**"]
`;
    expect(config(text)).toEqual([]);
    expect(config('')).toEqual([]);
  });

  // `extends: strct` is no schema mistake (a package may have any name): tests/config/extends.test.ts finds it.
  it('names the key that is wrong', () => {
    const text = `extends: strict
ignor: [a]
rules:
  handoff-chain: urgent
  cascade: { severity: hgh }
  listen-first: 3
ignore: drafts
`;
    expect(config(text)).toEqual([
      '2:1 unknown key "ignor" — did you mean "ignore"?',
      '4:18 rules.handoff-chain: level must be one of off, low, medium, high, critical',
      '5:24 rules.cascade: severity must be one of off, low, medium, high, critical — did you mean "high"?',
      '6:17 rules.listen-first: level must be one of off, low, medium, high, critical',
      '7:9 ignore must be a list',
    ]);
  });

  it('lists the allowed keys when an unknown key is like none of them', () => {
    expect(config('folders: [a]\n')).toEqual([
      '1:1 unknown key "folders"; allowed keys are extends, plugins, rules, policies, paths, overrides, ignore',
    ]);
  });

  it('rejects unknown rule ids, suggesting the rule meant', () => {
    expect(config('rules:\n  issue-report: off\n')).toEqual([
      '2:3 rules: unknown rule "issue-report" — did you mean "issue-reporting"?',
    ]);
  });

  it('rejects a config that is not a mapping', () => {
    expect(config('- extends: strict\n')).toEqual([
      '1:1 a config file must be a mapping of keys such as extends, rules, ignore (found a list)',
    ]);
  });
});

describe('the schemas', () => {
  const load = (name: string): Record<string, unknown> =>
    JSON.parse(readFileSync(new URL(`../../schemas/${name}`, import.meta.url), 'utf8')) as Record<string, unknown>;
  const processSchema = load('process.schema.json');
  const defs = processSchema.$defs as Record<
    string,
    { enum?: string[]; properties?: Record<string, { enum?: string[] }> }
  >;

  it('describe every property, for editors', () => {
    const undescribed: string[] = [];
    const visit = (node: unknown, where: string): void => {
      if (typeof node !== 'object' || node === null) return;
      for (const [key, value] of Object.entries(node)) {
        if (key === 'properties' && !where.includes('/if') && !where.includes('/then')) {
          for (const [name, property] of Object.entries(value as Record<string, { description?: string }>)) {
            if (!property.description) undescribed.push(`${where}/${name}`);
          }
        }
        visit(value, `${where}/${key}`);
      }
    };
    visit(processSchema, '#');
    visit(load('config.schema.json'), 'config#');
    expect(undescribed).toEqual([]);
  });

  it('agree with the process model on every list of values', () => {
    const step = defs.step!.properties!;
    expect(defs.stepType!.enum).toEqual([...STEP_TYPES]);
    expect(defs.remedy!.enum).toEqual([...REMEDIES]);
    expect(step.intent!.enum).toEqual([...INTENTS]);
    expect(step.channel!.enum).toEqual([...CHANNELS]);
    expect(step.outcome!.enum).toEqual([...OUTCOMES]);
    expect(step.because!.enum).toEqual([...BECAUSE]);
    expect(defs.training!.properties!.covers).toMatchObject({ items: { enum: [...TRAINING_COVERS] } });
    expect(defs.roles).toMatchObject({ propertyNames: { not: { enum: [...BUILT_IN_ACTORS] } } });
    expect(new RegExp((defs.duration as { pattern: string }).pattern).source).toBe(
      DURATION_PATTERN.source.replace('([0-9]+)', '[0-9]+'),
    );
  });

  it('agree with the config model on presets and levels', () => {
    const config = load('config.schema.json') as {
      $defs: { level: { enum: string[] }; extendsEntry: { anyOf: [{ enum: string[] }] } };
    };
    expect(config.$defs.extendsEntry.anyOf[0].enum).toEqual([...PRESETS]);
    expect(config.$defs.level.enum).toEqual(['off', ...[...SEVERITIES].reverse()]);
  });

  it('know the 24 rules of the catalogue, each once', () => {
    expect(new Set(BUILT_IN_RULES.ids).size).toBe(24);
  });

  // validate.ts finds the definition an error comes from by its text: two alike would be mistaken for each other.
  it('have no two definitions written alike', () => {
    for (const schema of [processSchema, load('config.schema.json')]) {
      const texts = [schema, ...Object.values((schema.$defs ?? {}) as Record<string, unknown>)].map((def) =>
        JSON.stringify(def),
      );
      expect(new Set(texts).size).toBe(texts.length);
    }
  });
});
