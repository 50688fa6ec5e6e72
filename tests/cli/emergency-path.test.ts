/**
 * emergency-path across files (docs/rules/emergency-path.md): the process named to handle emergencies is found
 * among the files audited together or, when a run names only some files, among those
 * `gapcheck audit` with no path would audit; shards and the cache report what one run does.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { inShard } from '../../src/audit/shard.js';
import { deskProcess } from '../helpers/desk-process.js';
import { runCli, tempTree } from '../helpers/run-cli.js';

/** A desk that names `handler` as the process that handles its emergencies. */
const naming = (id: string, handler: string): string =>
  deskProcess(id).replace('start: greet', `emergencies: ${handler}\nstart: greet`);

const SITE_SAFETY = `process: site-safety
title: Site safety
owner: safety-officer
roles:
  safety-officer: { title: Safety officer, frontline: true, can: [assist] }
start: emergency-call
steps:
  emergency-call:
    type: intake
    intent: emergency
    channel: phone
    actor: safety-officer
    next: make-safe
  make-safe:
    type: resolve
    remedy: assist
    actor: safety-officer
    next: done
  done:
    type: end
`;
/** The same process with its emergency intake made a routine one: it has no emergency entry of its own. */
const WITHOUT_ENTRY = SITE_SAFETY.replace('intent: emergency', 'intent: inquiry');

interface JsonGap {
  readonly file: string;
  readonly process: string | null;
  readonly rule: string;
  readonly step: string | null;
  readonly line: number;
  readonly message: string;
}
interface JsonReport {
  readonly summary: { readonly files: number; readonly processes: number };
  readonly gaps: readonly JsonGap[];
}

function audit(cwd: string, ...args: string[]): JsonReport & { code: number | null; stderr: string } {
  const result = runCli(['audit', '--format', 'json', '--today', '2026-11-23', '--fail-on', 'none', ...args], { cwd });
  expect(result.stderr).toBe('');
  return { ...(JSON.parse(result.stdout) as JsonReport), code: result.code, stderr: result.stderr };
}

const emergencyGaps = (report: JsonReport): JsonGap[] => report.gaps.filter((gap) => gap.rule === 'emergency-path');

describe('emergency-path across files', () => {
  it('finds the handler named by one changed file among the files the config paths hold, without auditing them', () => {
    const cwd = tempTree({
      'gapcheck.config.yaml': 'paths: [processes]\n',
      'processes/orders.yaml': naming('orders', 'site-safety'),
      'processes/safety/site-safety.yaml': SITE_SAFETY,
    });
    const report = audit(cwd, 'processes/orders.yaml');
    expect(emergencyGaps(report)).toEqual([]);
    expect(report.summary).toMatchObject({ files: 1, processes: 1 });
    expect(report.gaps.every((gap) => gap.file === 'processes/orders.yaml')).toBe(true);

    writeFileSync(path.join(cwd, 'processes/safety/site-safety.yaml'), WITHOUT_ENTRY);
    expect(emergencyGaps(audit(cwd, 'processes/orders.yaml'))).toEqual([
      expect.objectContaining({
        file: 'processes/orders.yaml',
        step: null,
        line: 6,
        message: expect.stringContaining('"site-safety", which has no emergency entry'),
      }),
    ]);
  });

  it('finds it in the working folder when the config has no paths, and names a handler found nowhere', () => {
    const cwd = tempTree({ 'orders.yaml': naming('orders', 'site-safety'), 'safety/site-safety.yaml': SITE_SAFETY });
    expect(emergencyGaps(audit(cwd, 'orders.yaml'))).toEqual([]);
    const missing = tempTree({ 'orders.yaml': naming('orders', 'site-safety') });
    expect(emergencyGaps(audit(missing, 'orders.yaml'))).toEqual([
      expect.objectContaining({ step: null, line: 6, message: expect.stringContaining('no process has that id') }),
    ]);
  });

  it('audits the config paths, relative to the config, when no path is named', () => {
    const cwd = tempTree({
      'team/gapcheck.config.yaml': 'paths: [processes]\n',
      'team/processes/orders.yaml': naming('orders', 'site-safety'),
      'team/processes/site-safety.yaml': SITE_SAFETY,
      'team/drafts/not-audited.yaml': 'not: a process\n',
    });
    const report = audit(path.join(cwd, 'team'));
    expect(report.summary).toMatchObject({ files: 2, processes: 2 });
    expect(emergencyGaps(report)).toEqual([]);
  });

  it('takes handled-by from the config for every process with no emergency path and no emergencies key', () => {
    const files = {
      'gapcheck.config.yaml': 'rules:\n  emergency-path: { handled-by: site-safety }\n',
      'processes/desk.yaml': deskProcess('desk'),
      'processes/site-safety.yaml': SITE_SAFETY,
    };
    expect(emergencyGaps(audit(tempTree(files), 'processes'))).toEqual([]);
    const withoutHandler = tempTree({ ...files, 'processes/site-safety.yaml': WITHOUT_ENTRY });
    expect(emergencyGaps(audit(withoutHandler, 'processes'))).toEqual([
      expect.objectContaining({
        process: 'desk',
        step: null,
        line: 1,
        message: expect.stringContaining('relies on "site-safety" (option `handled-by`)'),
      }),
      expect.objectContaining({ process: 'site-safety', step: null, line: 1 }),
    ]);
    const { 'processes/site-safety.yaml': _, ...withoutSafety } = files;
    expect(emergencyGaps(audit(tempTree(withoutSafety), 'processes'))).toEqual([
      expect.objectContaining({
        process: 'desk',
        step: null,
        line: 1,
        message: expect.stringContaining('no process has that id'),
      }),
    ]);
  });

  it('reports with --shard 1/2 and 2/2 together what one run reports, the handler in the other shard', () => {
    const handlerFile = 'processes/site-safety.yaml';
    const shardOf = (file: string): boolean => inShard({ path: file }, { index: 1, count: 2 });
    const others = Array.from({ length: 40 }, (_, index) => `processes/desk-${index}.yaml`).filter(
      (file) => shardOf(file) !== shardOf(handlerFile),
    );
    const [good, broken] = others;
    const cwd = tempTree({
      [handlerFile]: SITE_SAFETY,
      [good!]: naming('good-desk', 'site-safety'),
      [broken!]: naming('broken-desk', 'site-saftey'),
      'processes/plain.yaml': deskProcess('plain-desk'),
    });
    const whole = audit(cwd, 'processes');
    const shards = [audit(cwd, '--shard', '1/2', 'processes'), audit(cwd, '--shard', '2/2', 'processes')];
    const key = (gap: JsonGap): string => JSON.stringify(gap);
    expect(
      shards
        .flatMap((shard) => shard.gaps)
        .map(key)
        .sort(),
    ).toEqual(whole.gaps.map(key).sort());
    expect(emergencyGaps(whole).map((gap) => gap.process)).toEqual(['broken-desk', 'plain-desk']);
  });

  it.each([
    ['audited together', ['processes']],
    ['read for look-up only', ['processes/orders.yaml']],
  ])(
    'with --cache, re-audits a file whose handler lost its entry (handler %s), and again when it is back',
    async (_, paths) => {
      const cwd = tempTree({
        'processes/orders.yaml': naming('orders', 'site-safety'),
        'processes/site-safety.yaml': SITE_SAFETY,
      });
      await sleep(2100); // past the racy margin: the files get stamps, so an unchanged one is not even read
      const run = () => emergencyGaps(audit(cwd, '--cache', ...paths)).filter((gap) => gap.process === 'orders');
      expect(run()).toEqual([]);
      expect(run()).toEqual([]);
      const handler = path.join(cwd, 'processes/site-safety.yaml');
      writeFileSync(handler, WITHOUT_ENTRY);
      expect(run()).toEqual([expect.objectContaining({ file: 'processes/orders.yaml', line: 6 })]);
      writeFileSync(handler, readFileSync(handler, 'utf8').replace('intent: inquiry', 'intent: emergency'));
      expect(run()).toEqual([]);
    },
  );
});
