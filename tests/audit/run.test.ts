/**
 * However a run is carried out (one thread or worker threads, one machine or N
 * shards, from a cache or afresh), the report is exactly the one the plain
 * single-thread pipeline gives. And the cache is trusted only for the same bytes,
 * gapcheck version, config and day: never when it is damaged.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { readFileSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/corpus.js';
import { audit, type AuditResult } from '../../src/audit/audit.js';
import { AuditRun, type RunOptions, type RunResult } from '../../src/audit/run.js';
import { fileStamp } from '../../src/audit/cache.js';
import { inShard } from '../../src/audit/shard.js';
import { RunSetups } from '../../src/audit/setups.js';
import { defaultConfig, loadConfig, type Config } from '../../src/config/config.js';
import { discoverFiles, type Discovery } from '../../src/load/discover.js';
import { DEFAULT_LOAD_LIMITS, loadProcessFile } from '../../src/load/load-file.js';
import { deskProcess } from '../helpers/desk-process.js';
import { tempTree } from '../helpers/run-cli.js';
import { BUILT_IN_RULES } from '../../src/rules/index.js';
import { workerRegistry } from '../../src/audit/pool.js';

const TODAY = '2026-11-23';
/** A whole second, so a file's times can be set back exactly, to the nanosecond. */
const SOME_DAY = new Date('2026-01-05T09:00:00Z');

/** Two processes with one id, the second spelling it with an escape: no shard may miss that they collide. */
const ESCAPED_TWINS = {
  'escaped/front-desk.yaml': deskProcess('front-desk'),
  'escaped/walk-in-desk.yaml': deskProcess('"front\\x2ddesk"'),
};

/** A whole run as `gapcheck audit` makes it when no report is replayed: prepared, audited, saved. */
async function performAudit(discovery: Discovery, options: RunOptions): Promise<RunResult> {
  const run = await AuditRun.prepare(discovery, options);
  const result = await run.audit();
  return { ...result, notes: [...result.notes, ...(await run.save())] };
}

let root: string;
let config: Config;

/** One setup for every file: the config's. */
function setupsOf(withConfig: Config, today: string): RunSetups {
  return RunSetups.of(withConfig, new Map(), today, DEFAULT_LOAD_LIMITS);
}

beforeAll(() => {
  const corpus = generateCorpus({
    files: 48,
    stepsPerProcess: 18,
    seed: 5,
    today: TODAY,
    duplicateEvery: 6,
    invalidEvery: 10,
  });
  root = tempTree({ ...Object.fromEntries(corpus), ...ESCAPED_TWINS });
  config = defaultConfig(root, BUILT_IN_RULES);
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

async function discover(): Promise<Discovery> {
  return discoverFiles(['.'], { cwd: root, ignores: async () => false });
}

/** The reference: every file loaded on this thread, then audited together. */
async function plainAudit(withConfig = config): Promise<AuditResult> {
  const { files } = await discover();
  return audit(
    await Promise.all(files.map((file) => loadProcessFile(file.absolutePath, file.path, withConfig.registry.ids))),
    withConfig,
    TODAY,
  );
}

async function run(options: Partial<RunOptions> = {}, withConfig = config): Promise<RunResult> {
  return performAudit(await discover(), {
    setups: setupsOf(withConfig, TODAY),
    limits: DEFAULT_LOAD_LIMITS,
    jobs: 1,
    ...options,
  });
}

function sortedJson(values: readonly unknown[]): string[] {
  return values.map((value) => JSON.stringify(value)).sort();
}

describe('a run', () => {
  it('covers the cases that make splitting hard: duplicate ids, invalid files, waivers', async () => {
    const expected = await plainAudit();
    const rules = new Set(expected.gaps.map((gap) => gap.rule));
    expect([...rules]).toEqual(expect.arrayContaining(['duplicate-process', 'invalid-process']));
    expect(
      expected.gaps.filter((gap) => gap.file.startsWith('escaped/') && gap.rule === 'duplicate-process'),
    ).toHaveLength(2);
  });

  it('on worker threads reports exactly what one thread does', async () => {
    const expected = await plainAudit();
    expect((await run({ jobs: 1 })).result).toEqual(expected);
    expect((await run({ jobs: 3 })).result).toEqual(expected);
  });

  it.each([
    [
      'policies',
      'phone-intake',
      {
        'gapcheck.config.yaml':
          'policies:\n  - id: phone-intake\n    summary: Every intake is by phone.\n    fix: Take it by phone.\n    from: { type: intake }\n    each-step: { channel: phone }\n',
      },
    ],
    [
      'a plugin',
      'acme/intake-seen',
      {
        'gapcheck.config.yaml': 'plugins: [./acme.js]\n',
        // The worker threads load sources through tsx here, which takes a `.js` file for CommonJS without this.
        'package.json': '{ "type": "module" }\n',
        'acme.js': `export default { name: 'acme', rules: [{
  kind: 'process',
  meta: { id: 'intake-seen', defaultSeverity: 'low', summary: 'S.', why: 'W.', fix: 'F.', defaultOptions: {} },
  check: (process) => process.steps.filter((step) => step.type === 'intake').map((step) => ({ step: step.id, message: 'seen' })),
}] };
`,
      },
    ],
  ])(
    'with %s, on worker threads that make them rules again, reports exactly what one thread does',
    async (_case, rule, files) => {
      const folder = tempTree(files);
      try {
        const own = await loadConfig(path.join(folder, 'gapcheck.config.yaml'), folder, BUILT_IN_RULES);
        const setup = { rules: own.rules, policies: own.policies, plugins: own.plugins, today: TODAY };
        // The condition for worker threads (pool.ts `threadsFor`): the registry a worker builds is the audit's.
        expect((await workerRegistry(setup)).identity).toBe(own.registry.identity);
        const expected = await plainAudit(own);
        expect(expected.gaps.some((gap) => gap.rule === rule)).toBe(true);
        const threaded = await performAudit(await discover(), {
          setups: setupsOf(own, TODAY),
          limits: DEFAULT_LOAD_LIMITS,
          jobs: 3,
        });
        expect(threaded.result).toEqual(expected);
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    },
  );

  it('split into shards reports, shard by shard, exactly the whole run', async () => {
    const expected = await plainAudit();
    const { files } = await discover();
    const count = 3;
    const twins = Object.keys(ESCAPED_TWINS).map((file) =>
      [1, 2, 3].find((index) => inShard({ path: file }, { index, count })),
    );
    expect(new Set(twins).size).toBe(2); // the twins sit in different shards, so one shard must find the other's escaped id
    const shards = await Promise.all(
      [1, 2, 3].map((index) => run({ shard: { index, count }, jobs: index === 2 ? 2 : 1 })),
    );
    expect(shards.map((shard) => shard.result.files).reduce((a, b) => a + b)).toBe(files.length);
    expect(shards.map((shard) => shard.result.processes).reduce((a, b) => a + b)).toBe(expected.processes);
    expect(sortedJson(shards.flatMap((shard) => shard.result.gaps))).toEqual(sortedJson(expected.gaps));
    expect(sortedJson(shards.flatMap((shard) => shard.result.waived))).toEqual(sortedJson(expected.waived));
    expect(sortedJson(shards.flatMap((shard) => shard.audited))).toEqual(sortedJson((await run()).audited));
  });
});

describe('--cache', () => {
  let cacheFile: string;
  const cached = (options: Partial<RunOptions> = {}, withConfig = config, build = '1.0.0'): Promise<RunResult> =>
    run({ cache: { location: cacheFile, build }, ...options }, withConfig);

  beforeAll(() => {
    cacheFile = path.join(root, '.gapcheck-cache');
  });

  it('reuses every outcome when nothing changed, with the same report', async () => {
    rmSync(cacheFile, { force: true });
    const expected = await plainAudit();
    const cold = await cached();
    expect(cold.reused).toBe(0);
    expect(cold.result).toEqual(expected);
    const warm = await cached({ jobs: 2 });
    expect(warm.reused).toBe(warm.result.files);
    expect(warm.result).toEqual(expected);
  });

  it('audits again a file whose content changed, and the files whose duplicate-process gaps it changes', async () => {
    await cached();
    const file = path.join(root, 'escaped/walk-in-desk.yaml');
    const before = readFileSync(file, 'utf8');
    try {
      writeFileSync(file, deskProcess('walk-in-desk'));
      const expected = await plainAudit();
      const after = await cached();
      expect(after.result).toEqual(expected);
      // the changed file, and its former twin, whose duplicate-process gap is gone
      expect(after.reused).toBe(after.result.files - 2);
      expect(
        after.result.gaps.some((gap) => gap.file === 'escaped/front-desk.yaml' && gap.rule === 'duplicate-process'),
      ).toBe(false);
    } finally {
      writeFileSync(file, before);
    }
    expect((await cached()).result).toEqual(await plainAudit());
  });

  it('trusts a file stamp only while the file is untouched: same size and modification time do not hide a change', async () => {
    const file = path.join(root, 'escaped/walk-in-desk.yaml');
    const before = readFileSync(file, 'utf8');
    const later = (seconds: number): bigint => BigInt(Date.now() + seconds * 1000) * 1_000_000n;
    expect(fileStamp(file, later(0))).toBeUndefined(); // just written: racily clean, so read and hashed every time
    utimesSync(file, SOME_DAY, SOME_DAY);
    const stamp = fileStamp(file, later(10));
    expect(stamp).toBeDefined();
    expect(fileStamp(file, later(10))).toBe(stamp);
    try {
      writeFileSync(file, before.replace('Walk-in desk', 'Walk-in DESK'));
      utimesSync(file, SOME_DAY, SOME_DAY);
      expect(statSync(file).size).toBe(before.length);
      expect(fileStamp(file, later(10))).not.toBe(stamp);
    } finally {
      writeFileSync(file, before);
    }
  });

  it('audits a changed file again even when the cache holds its stamp', async () => {
    rmSync(cacheFile, { force: true });
    const file = path.join(root, 'escaped/front-desk.yaml');
    const before = readFileSync(file, 'utf8');
    utimesSync(file, SOME_DAY, SOME_DAY);
    await sleep(2100); // past the racy margin: the files written so far get stamps
    await cached();
    expect(readFileSync(cacheFile, 'utf8')).toMatch(/"[0-9]+:[0-9]+:[0-9]+:[0-9]+:[0-9]+"/);
    expect((await cached()).reused).toBe((await plainAudit()).files);
    try {
      writeFileSync(file, before.replace('greet', 'hello')); // as long, and given the same times: only its change time moves
      utimesSync(file, SOME_DAY, SOME_DAY);
      const after = await cached();
      expect(after.reused).toBe(after.result.files - 1);
      expect(after.result).toEqual(await plainAudit());
    } finally {
      writeFileSync(file, before);
    }
  });

  it('starts afresh when the config, the gapcheck version or the date changes', async () => {
    await cached();
    const configFolder = tempTree({ 'gapcheck.config.yaml': 'extends: strict\nrules:\n  handoff-chain: off\n' });
    const strict = await loadConfig(path.join(configFolder, 'gapcheck.config.yaml'), root, BUILT_IN_RULES);
    rmSync(configFolder, { recursive: true });
    const underStrict = await cached({}, strict);
    expect(underStrict.reused).toBe(0);
    expect(underStrict.result).toEqual(await plainAudit(strict));

    await cached();
    expect((await cached({}, config, '1.0.1')).reused).toBe(0);

    await cached();
    const tomorrow = await performAudit(await discover(), {
      setups: setupsOf(config, '2026-11-24'),
      limits: DEFAULT_LOAD_LIMITS,
      jobs: 1,
      cache: { location: cacheFile, build: '1.0.0' },
    });
    expect(tomorrow.reused).toBe(0);
  });

  it('never trusts a cache signed elsewhere: a committed cache cannot hide gaps', async () => {
    const expected = await plainAudit();
    await cached();
    const [headerLine, body] = readFileSync(cacheFile, 'utf8').split('\n') as [string, string];
    const withoutGaps = body.replace(/"gaps":\[.*?\],"waived"/g, '"gaps":[],"waived"');
    const header = JSON.parse(headerLine) as Record<string, unknown>;
    for (const secret of [randomBytes(32), Buffer.alloc(0)]) {
      const forged = { ...header, signature: createHmac('sha256', secret).update(withoutGaps).digest('base64') };
      writeFileSync(cacheFile, `${JSON.stringify(forged)}\n${withoutGaps}`);
      const rebuilt = await cached();
      expect(rebuilt.reused).toBe(0);
      expect(rebuilt.result).toEqual(expected);
    }
  });

  it('ignores and rebuilds a damaged cache, never trusting it', async () => {
    const expected = await plainAudit();
    await cached();
    const text = readFileSync(cacheFile, 'utf8');
    const damaged = [
      text.slice(0, text.length / 2), // cut short
      text.replace(/"line":(\d+)/, (_, line: string) => `"line":${Number(line) + 1}`), // changed after it was written
      'not a cache at all',
      '',
    ];
    for (const damage of damaged) {
      writeFileSync(cacheFile, damage);
      const rebuilt = await cached();
      expect(rebuilt.reused).toBe(0);
      expect(rebuilt.result).toEqual(expected);
      expect(rebuilt.notes.join('\n')).toMatch(/damaged/);
      expect((await cached()).reused).toBe(rebuilt.result.files);
    }
  });
});

describe('a kept report', () => {
  const REPORT_OPTIONS = JSON.stringify({ format: 'json' });
  let tree: string;
  let cacheFile: string;

  beforeAll(async () => {
    tree = tempTree(
      Object.fromEntries(generateCorpus({ files: 12, stepsPerProcess: 10, seed: 9, today: TODAY, duplicateEvery: 5 })),
    );
    cacheFile = path.join(tree, '.gapcheck-cache');
    await sleep(2100); // past the racy margin, so every file gets a stamp
  });

  afterAll(() => rmSync(tree, { recursive: true, force: true }));

  async function prepare(options: Partial<RunOptions> = {}): Promise<AuditRun> {
    const discovery = await discoverFiles(['.'], { cwd: tree, ignores: async () => false });
    return AuditRun.prepare(discovery, {
      setups: setupsOf(config, TODAY),
      limits: DEFAULT_LOAD_LIMITS,
      jobs: 1,
      cache: { location: cacheFile, build: '1.0.0' },
      ...options,
    });
  }

  async function auditAndKeep(text: string, options: Partial<RunOptions> = {}): Promise<void> {
    const run = await prepare(options);
    await run.audit();
    await run.save({ reportOptions: REPORT_OPTIONS, pieces: [text], exitCode: 1 });
  }

  it('is printed again, with its exit code, when no file and no setting changed', async () => {
    rmSync(cacheFile, { force: true });
    expect((await prepare()).replay(REPORT_OPTIONS)).toBeUndefined();
    await auditAndKeep('the report → as printed\n');
    const replayed = (await prepare()).replay(REPORT_OPTIONS);
    expect(Buffer.from(replayed!.bytes).toString('utf8')).toBe('the report → as printed\n');
    expect(replayed!.exitCode).toBe(1);
  });

  it('is not printed for other report options, another day, a shard or a format that draws processes', async () => {
    await auditAndKeep('kept\n');
    expect((await prepare()).replay(JSON.stringify({ format: 'stylish' }))).toBeUndefined();
    expect((await prepare({ setups: setupsOf(config, '2026-11-24') })).replay(REPORT_OPTIONS)).toBeUndefined();
    expect((await prepare({ shard: { index: 1, count: 2 } })).replay(REPORT_OPTIONS)).toBeUndefined();
    expect((await prepare({ keepProcesses: true })).replay(REPORT_OPTIONS)).toBeUndefined();
    expect((await prepare()).replay(REPORT_OPTIONS)).toBeDefined();
  });

  it('is not printed once a file changed, was added or was removed', async () => {
    const [first] = readdirSync(tree, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.yaml'))
      .sort();
    const file = path.join(tree, first!);
    const before = readFileSync(file, 'utf8');
    const added = path.join(tree, 'added.yaml');
    for (const change of [
      () => writeFileSync(file, `${before}# a comment\n`),
      () => writeFileSync(added, deskProcess('added-desk')),
    ]) {
      await auditAndKeep('kept\n');
      change();
      expect((await prepare()).replay(REPORT_OPTIONS)).toBeUndefined();
    }
    writeFileSync(file, before);
    rmSync(added);
    await auditAndKeep('kept\n');
    await sleep(2100);
    await auditAndKeep('kept\n'); // the restored files get their stamps back
    expect((await prepare()).replay(REPORT_OPTIONS)).toBeDefined();
    rmSync(file);
    expect((await prepare()).replay(REPORT_OPTIONS)).toBeUndefined();
    writeFileSync(file, before);
  });
});
