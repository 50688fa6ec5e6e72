/** `gapcheck init [dir]`: a commented sample process and a config that pass `gapcheck audit`, to start from. */
import { constants } from 'node:fs';
import { access, mkdir, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { CONFIG_FILE_NAMES } from '../load/discover.js';
import { UsageError } from '../errors.js';
import { describeWriteError, removeMadeFolders } from '../load/write-whole.js';
import { todayUtc } from '../model/time.js';
import { escapeUntrusted } from '../untrusted-text.js';

export const SAMPLE_PROCESS_FILE = 'processes/example.yaml';

export function registerInit(program: Command): void {
  program
    .command('init')
    .description(
      `Write a sample process (${SAMPLE_PROCESS_FILE}) and a ${CONFIG_FILE_NAMES[0]} to start from; never overwrites a file`,
    )
    .argument('[dir]', 'the folder to write them into', '.')
    .addHelpText(
      'after',
      '\nExamples:\n  gapcheck init\n  gapcheck init service-processes && cd service-processes && gapcheck audit',
    )
    .action(async (dir: string) => {
      await init(path.resolve(process.cwd(), dir), todayUtc());
    });
}

/** Writes the starter files into `root`, or, if any of them exists, nothing at all. */
export async function init(root: string, today: string): Promise<void> {
  const files = starterFiles(today);
  const existing: string[] = [];
  for (const file of Object.keys(files)) {
    if (await exists(path.join(root, file))) existing.push(file);
  }
  if (existing.length > 0) {
    const named = existing.map((file) => `"${shown(path.join(root, file))}"`).join(' and ');
    throw new UsageError(
      `${named} already ${existing.length === 1 ? 'exists' : 'exist'}; gapcheck init never overwrites a file, so it wrote nothing (move ${existing.length === 1 ? 'it' : 'them'} aside, or init another folder)`,
    );
  }
  const written = await writeAllOrNothing(root, files);
  for (const target of written) process.stdout.write(`wrote ${shown(target)}\n`);
  const where = root === process.cwd() ? '' : ` in ${shown(root)}`;
  process.stdout.write(
    `\nNext: run \`gapcheck audit\`${where}, then make ${SAMPLE_PROCESS_FILE} one of your own processes.\n`,
  );
}

/**
 * Writes every file, each only where none exists, or, when one cannot be written, removes those already written and
 * the folders made for them, and says which could not be.
 */
async function writeAllOrNothing(root: string, files: Record<string, string>): Promise<string[]> {
  const written: string[] = [];
  const madeFolders: [deepest: string, first: string][] = [];
  for (const [file, text] of Object.entries(files)) {
    const target = path.join(root, file);
    try {
      const made = await mkdir(path.dirname(target), { recursive: true });
      if (made !== undefined) madeFolders.push([path.dirname(target), made]);
      await writeFile(target, text, { flag: 'wx' });
      written.push(target);
    } catch (error) {
      await Promise.all(written.map((done) => unlink(done).catch(() => undefined)));
      for (const [deepest, first] of madeFolders.reverse()) await removeMadeFolders(deepest, first);
      throw new UsageError(
        `cannot write "${shown(target)}" (${describeWriteError(error)}); gapcheck init wrote nothing: check that the folder may be written`,
      );
    }
  }
  return written;
}

/** A path as the user would type it: relative to the working directory, its control characters written as codes. */
function shown(file: string): string {
  return escapeUntrusted(path.relative(process.cwd(), file) || '.');
}

async function exists(file: string): Promise<boolean> {
  try {
    await access(file, constants.F_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The `$schema` comments point into node_modules, where `npm install --save-dev gapcheck` puts the schemas: editors
 * with the YAML language server then complete and check keys offline, at the version the project pins.
 */
function starterFiles(today: string): Record<string, string> {
  return {
    [CONFIG_FILE_NAMES[0]]: `# yaml-language-server: $schema=node_modules/gapcheck/schemas/config.schema.json
# gapcheck settings for the processes in this folder. \`gapcheck rules\` lists every rule;
# \`gapcheck explain RULE\` says why it matters and how to close its gaps.

# recommended: each rule at its default severity; strict: every rule one step more severe.
# A config may also extend a file (./base.yaml, ../gapcheck.config.yaml), a config package, or a list.
extends: recommended

# What \`gapcheck audit\` with no path audits, relative to this file.
paths: [processes]

# Change a rule's severity (off, low, medium, high, critical) or its options, for example:
# rules:
#   issue-reporting: off
#   handoff-chain: { severity: high, max: 2 }
#   two-minute-response: { within: 5m, channels: [phone, chat] }
#   emergency-path: { handled-by: site-safety }   # one process, with its own emergency path,
#                                                   # handles emergencies met in every other one

# Settings for some files only (globs relative to this file), later entries over earlier ones:
# overrides:
#   - files: ["processes/stores/**"]
#     rules: { human-touch: high }

# Your team's own rules, written in YAML and checked like the built-in ones (docs/policies.md).
policies:
  - id: complaint-reaches-a-person
    summary: Every complaint reaches someone who talks to customers.
    fix: Add a step where a frontline role answers the customer.
    from: { type: intake, intent: complaint }
    reaches: { actor: { frontline: true } }

# Files and folders not to audit:
# ignore: ["drafts/**"]
`,
    [SAMPLE_PROCESS_FILE]: `# yaml-language-server: $schema=../node_modules/gapcheck/schemas/process.schema.json
#
# A sample process written by \`gapcheck init\`: a customer phones in a complaint about a delivery.
# It passes every rule, so \`gapcheck audit\` is clean; change it into one of your own processes and
# gapcheck will tell you where the customer could fall through. Keys starting with x- are yours.

process: delivery-complaint          # the id: lowercase letters, digits and dashes, unique across your processes
title: Delivery complaint by phone
owner: service-lead                  # the role accountable for this process
description: A customer calls because a delivery arrived late or damaged.

review:                              # when the team last walked through the process, and how often it must
  last: ${today}
  every: 90d

roles:                               # who does the steps (system and customer are built in)
  service-agent:
    title: Customer service agent
    frontline: true                  # talks to customers
    can: [refund, replace]           # remedies the agent may give without asking anyone
    training:
      last: ${today}
      every: 180d
      covers: [routine, emergency]
  service-lead:
    title: Customer service lead

# This process has its own emergency path (make-safe, below). A process without one names the
# process that handles its emergencies instead, which needs an emergency path of its own:
# emergencies: site-safety

start: receive-call                  # the step where a case begins (or a list of them)

steps:
  receive-call:
    type: intake                     # a customer contact arrives
    title: Customer calls about a late or damaged delivery
    intent: complaint
    channel: phone                   # a live channel: the agent answers the customer at once
    actor: service-agent
    takes: 2m                        # the worst-case time the step takes
    next: hear-customer

  hear-customer:
    type: listen                     # take the customer's account before explaining anything
    title: Let the customer tell what happened
    actor: service-agent
    takes: 5m
    next:
      - to: make-safe
        when: the damaged item is unsafe (sparks, leaks, sharp edges)
      - to: give-remedy

  make-safe:
    type: contact
    title: Tell the customer how to keep safe until the item is collected
    emergency: true                  # where the emergency path starts: it must reach a person and a resolved end
    channel: phone
    actor: service-agent
    takes: 3m
    next: give-remedy

  give-remedy:
    type: resolve
    title: Refund the delivery or send a replacement
    remedy: refund                   # one the agent's role \`can\` give
    actor: service-agent
    takes: 5m
    next: log-lesson

  log-lesson:
    type: report                     # record what went wrong, so the team can learn from it
    title: Log the complaint for the monthly delivery review
    actor: service-agent
    takes: 2m
    next: done

  done:
    type: end
    outcome: resolved
`,
  };
}
