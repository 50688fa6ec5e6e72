/**
 * `npm run bench`: the speed and scale targets of docs/performance.md, measured on
 * the built CLI (dist/) as a user runs it, each in a fresh process, several times.
 * Prints medians and min–max of wall time, the CPU time of all threads, files/s
 * and MB/s, the peak memory of each process (threads included), and the ratio of the audit to a parse-only
 * pass over the same files with the same YAML layer.
 *
 * The `yaml` section times the YAML layer against js-yaml's plain `load` in this process; the `lsp` section
 * drives the built language server (bench/lsp.ts).
 *
 * Usage: npm run bench [-- --runs N] [-- --only startup,corpus,yaml,shapes,cache,memory,policies,threads,lsp]
 *        [-- --shapes promise-heavy,wide] [-- --sizes 10000,100000] [-- --edits 50]
 * Never part of `npm test`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { load } from 'js-yaml';
import type { parseYaml as ParseYaml } from '../src/load/yaml.js';
import { HUGE_SHAPES, type HugeShape } from './corpus.js';
import { BENCH_OUT, BENCH_TODAY, ensureCorpora, ensureShape, HUGE_SIZES } from './generate.js';
import { LSP_MEMORY_EDITS, LSP_STEPS, measureLsp } from './lsp.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLI = path.join(ROOT, 'bin', 'gapcheck.js');
const PROBE = path.join(ROOT, 'bench', 'rss-probe.mjs');
const PARSE_ONLY = path.join(ROOT, 'bench', 'parse-only.mjs');
const MIB = 1024 * 1024;

interface Sample {
  readonly seconds: number;
  /** CPU time of the process, every thread: what a loaded machine inflates least. */
  readonly cpuSeconds: number;
  /** Peak resident memory of the process, threads included. */
  readonly peakBytes: number;
}

interface Measured {
  readonly label: string;
  readonly samples: readonly Sample[];
  readonly files?: number;
  readonly bytes?: number;
}

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index === -1 ? undefined : process.argv[index + 1];
}

const RUNS = Number(argument('--runs') ?? 5);
const ONLY = new Set((argument('--only') ?? 'startup,corpus,yaml,shapes,cache,memory,policies,threads,lsp').split(','));
const SHAPES = (argument('--shapes')?.split(',') ?? HUGE_SHAPES) as readonly HugeShape[];
const SIZES = argument('--sizes')?.split(',').map(Number) ?? HUGE_SIZES;
for (const shape of SHAPES)
  if (!HUGE_SHAPES.includes(shape)) throw new Error(`no shape ${shape}: ${HUGE_SHAPES.join(', ')}`);
const scratch = mkdtempSync(path.join(os.tmpdir(), 'gapcheck-bench-'));

/** Runs a node script in a fresh process and measures it from the outside. */
function runNode(args: readonly string[], expectStatus: readonly number[] = [0, 1]): Sample {
  const rssFile = path.join(scratch, 'rss');
  rmSync(rssFile, { force: true });
  const started = performance.now();
  const child = spawnSync(process.execPath, ['--import', PROBE, ...args], {
    cwd: ROOT,
    env: { ...process.env, GAPCHECK_BENCH_RSS_FILE: rssFile, CI: 'true' },
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 64 * MIB,
  });
  const seconds = (performance.now() - started) / 1000;
  if (child.status === null || !expectStatus.includes(child.status)) {
    throw new Error(`node ${args.join(' ')} exited with ${child.status ?? child.signal}: ${child.stderr.toString()}`);
  }
  const [maxRss, cpuMicros] = readFileSync(rssFile, 'utf8').split(' ').map(Number);
  return { seconds, cpuSeconds: cpuMicros! / 1e6, peakBytes: maxRss! * 1024 };
}

function measure(
  label: string,
  args: readonly string[],
  extra: { files?: number; bytes?: number; runs?: number; before?: () => void } = {},
): Measured {
  const samples: Sample[] = [];
  for (let run = 0; run < (extra.runs ?? RUNS); run++) {
    extra.before?.();
    samples.push(runNode(args));
  }
  const measured = { label, samples, files: extra.files, bytes: extra.bytes };
  printRow(measured);
  return measured;
}

function audit(paths: readonly string[], ...options: string[]): string[] {
  return [
    CLI,
    'audit',
    '--format',
    'json',
    '--today',
    BENCH_TODAY,
    '--max-file-size',
    '64',
    '--fail-on',
    'none',
    ...options,
    ...paths,
  ];
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const medianSeconds = (m: Measured): number => median(m.samples.map((s) => s.seconds));
const medianCpu = (m: Measured): number => median(m.samples.map((s) => s.cpuSeconds));
const peakMiB = (m: Measured): number => Math.max(...m.samples.map((s) => s.peakBytes)) / MIB;

function printRow(m: Measured): void {
  const times = m.samples.map((s) => s.seconds);
  const wall = medianSeconds(m);
  const rate = m.files === undefined ? '' : `${Math.round(m.files / wall).toLocaleString('en')} files/s`;
  const throughput = m.bytes === undefined ? '' : `${(m.bytes / MIB / wall).toFixed(1)} MiB/s`;
  console.log(
    `  ${m.label.padEnd(46)} ${wall.toFixed(3).padStart(7)} s  (${Math.min(...times).toFixed(3)}–${Math.max(...times).toFixed(3)})  cpu ${median(
      m.samples.map((s) => s.cpuSeconds),
    )
      .toFixed(2)
      .padStart(6)} s  ${rate.padStart(14)}  ${throughput.padStart(11)}  peak ${peakMiB(m).toFixed(0).padStart(4)} MiB`,
  );
}

function verdict(target: string, met: boolean): void {
  console.log(`  ${met ? '✔' : '✘'} ${target}`);
}

function listFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.yaml'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

function totalBytes(files: readonly string[]): number {
  return files.reduce((sum, file) => sum + statSync(file).size, 0);
}

function machine(): void {
  const cpus = os.cpus();
  const git = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT }).stdout?.toString().trim();
  console.log(
    `gapcheck bench, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, commit ${git || 'unknown'}`,
  );
  console.log(
    `machine: ${cpus[0]?.model ?? 'unknown CPU'}, ${os.availableParallelism()} cores, ${(os.totalmem() / 1024 ** 3).toFixed(0)} GiB, ${os.type()} ${os.release()}, node ${process.version}`,
  );
  console.log(
    `load average at start: ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}; ${RUNS} runs each, medians (min–max)\n`,
  );
}

machine();
// The 10,000-file repository is generated only for the sections that use it.
const corpora = ['startup', 'corpus', 'yaml', 'cache', 'memory', 'policies', 'threads'].some((section) =>
  ONLY.has(section),
)
  ? ensureCorpora(10_000)
  : undefined;
const corpusFiles = corpora ? listFiles(corpora.corpus) : [];
const corpusBytes = totalBytes(corpusFiles);

if (corpora && ONLY.has('startup')) {
  console.log('Start-up');
  measure('node -e 0 (the floor, for reference)', ['-e', '0'], { runs: RUNS * 2 });
  const version = measure('gapcheck --version', [CLI, '--version'], { runs: RUNS * 2 });
  const small = measure('audit one small file (stylish)', [CLI, 'audit', '--today', BENCH_TODAY, corpora.small], {
    runs: RUNS * 2,
    files: 1,
  });
  verdict(`--version ≤ 0.15 s (${medianSeconds(version).toFixed(3)} s)`, medianSeconds(version) <= 0.15);
  verdict(`one small file ≤ 0.3 s (${medianSeconds(small).toFixed(3)} s)`, medianSeconds(small) <= 0.3);
  console.log('');
}

if (corpora && ONLY.has('corpus')) {
  console.log(
    `Repository: ${corpusFiles.length.toLocaleString('en')} files, ${(corpusBytes / MIB).toFixed(1)} MiB, every rule, JSON report`,
  );
  const list = path.join(scratch, 'corpus-files.txt');
  writeFileSync(list, corpusFiles.join('\n'));
  const parse = measure('parse only (read + YAML layer, 1 thread)', [PARSE_ONLY, list], {
    files: corpusFiles.length,
    bytes: corpusBytes,
  });
  const single = measure('audit, 1 thread (--jobs 1)', audit([corpora.corpus], '--jobs', '1'), {
    files: corpusFiles.length,
    bytes: corpusBytes,
  });
  const full = measure('audit (default: worker threads)', audit([corpora.corpus]), {
    files: corpusFiles.length,
    bytes: corpusBytes,
  });
  const singleRatio = medianSeconds(single) / medianSeconds(parse);
  const fullRatio = medianSeconds(full) / medianSeconds(parse);
  console.log(
    `  audit / parse-only: ${singleRatio.toFixed(2)} on 1 thread, ${fullRatio.toFixed(2)} with worker threads (cpu ${(medianCpu(single) / medianCpu(parse)).toFixed(2)} on 1 thread)`,
  );
  verdict(`audit ≤ 1.8 × parse-only on 1 thread (× ${singleRatio.toFixed(2)})`, singleRatio <= 1.8);
  verdict(`audit ≤ 1.3 × parse-only with worker threads (× ${fullRatio.toFixed(2)})`, fullRatio <= 1.3);
  verdict(
    `full audit ≤ 8 s (${medianSeconds(full).toFixed(2)} s) and ≤ 500 MiB (${peakMiB(full).toFixed(0)} MiB)`,
    medianSeconds(full) <= 8 && peakMiB(full) <= 500,
  );
  console.log('');
}

/**
 * The YAML layer (positions, duplicate keys, core schema) against js-yaml's plain `load` of the same texts, in
 * this process: the texts read beforehand, then the two timed in turn, run after run, the first of each pair
 * alternating, so that the machine's load and the JIT weigh on both alike. Target: at most 1.3 × `load`.
 */
async function compareYaml(label: string, files: readonly string[]): Promise<void> {
  const layer = pathToFileURL(path.join(ROOT, 'dist', 'load', 'yaml.js')).href;
  const { parseYaml } = (await import(layer)) as { parseYaml: typeof ParseYaml };
  const texts = files.map((file) => readFileSync(file, 'utf8'));
  const seconds = (parse: (text: string) => unknown): number => {
    const started = performance.now();
    for (const text of texts) parse(text);
    return (performance.now() - started) / 1000;
  };
  const ours: number[] = [];
  const theirs: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    if (run % 2 === 0) ours.push(seconds(parseYaml));
    theirs.push(seconds(load));
    if (run % 2 === 1) ours.push(seconds(parseYaml));
  }
  const bytes = totalBytes(files);
  for (const [name, times] of [
    ['gapcheck YAML layer (parseYaml)', ours],
    ["js-yaml's plain load", theirs],
  ] as const) {
    console.log(
      `  ${name.padEnd(46)} ${median(times).toFixed(3).padStart(7)} s  (${Math.min(...times).toFixed(3)}–${Math.max(...times).toFixed(3)})  ${(bytes / MIB / median(times)).toFixed(1).padStart(6)} MiB/s`,
    );
  }
  const ratio = median(ours) / median(theirs);
  verdict(`${label}: YAML layer ≤ 1.3 × js-yaml's load (× ${ratio.toFixed(2)})`, ratio <= 1.3);
}

if (ONLY.has('yaml')) {
  console.log("The YAML layer against js-yaml's plain load of the same texts, same process, alternating runs");
  await compareYaml(`${corpusFiles.length.toLocaleString('en')} files`, corpusFiles);
  const huge = ensureShape('contact-centre').get(100_000)!;
  await compareYaml('contact-centre, 100,000 steps', [huge]);
  console.log('');
}

if (ONLY.has('shapes')) {
  console.log('One huge process, per layout: audit against the parse-only pass of the same file in the same run');
  for (const shape of SHAPES) measureShape(shape);
}

/**
 * One layout at each size: the audit's time per step must not grow with the size (at most ×1.5 from the
 * smallest to the largest), the largest audit must cost at most 2.5 parse-only passes of its file, and
 * stay within 600 MiB. The ratio to the parse-only pass, measured in the same run, is what a shared and
 * loaded machine changes least.
 */
function measureShape(shape: HugeShape): void {
  console.log(`  ${shape}`);
  const files = ensureShape(shape);
  const results = SIZES.map((steps) => {
    const file = files.get(steps);
    if (file === undefined)
      throw new Error(`no ${shape} process of ${steps} steps: sizes are ${HUGE_SIZES.join(', ')}`);
    const list = path.join(scratch, `${shape}-${steps}.txt`);
    writeFileSync(list, file);
    const bytes = statSync(file).size;
    const parse = measure(`${steps.toLocaleString('en')} steps, parse only`, [PARSE_ONLY, list], { bytes });
    const audited = measure(`${steps.toLocaleString('en')} steps, audit`, audit([file]), { bytes });
    const cpuRatio = medianCpu(audited) / medianCpu(parse);
    return {
      steps,
      parse,
      audited,
      ratio: medianSeconds(audited) / medianSeconds(parse),
      cpuRatio,
      perStep: medianSeconds(audited) / steps,
    };
  });
  for (const { steps, perStep, ratio, cpuRatio, audited } of results) {
    console.log(
      `  ${steps.toLocaleString('en').padStart(9)} steps: ${(perStep * 1e6).toFixed(1).padStart(6)} µs per step, audit / parse-only ${ratio.toFixed(2)} (cpu ${cpuRatio.toFixed(2)}), peak ${peakMiB(audited).toFixed(0)} MiB`,
    );
  }
  const first = results[0]!;
  const last = results[results.length - 1]!;
  const growth = last.perStep / first.perStep;
  verdict(
    `${shape}: time per step at ${last.steps.toLocaleString('en')} ≤ 1.5 × at ${first.steps.toLocaleString('en')} (× ${growth.toFixed(2)})`,
    growth <= 1.5,
  );
  verdict(
    `${shape}: ${last.steps.toLocaleString('en')} steps ≤ 2.5 × parse-only (× ${last.ratio.toFixed(2)}) and ≤ 600 MiB (${peakMiB(last.audited).toFixed(0)} MiB)`,
    last.ratio <= 2.5 && peakMiB(last.audited) <= 600,
  );
  if (shape === 'contact-centre')
    verdict(
      `${last.steps.toLocaleString('en')} steps ≤ 5 s (${medianSeconds(last.audited).toFixed(2)} s)`,
      medianSeconds(last.audited) <= 5,
    );
  console.log('');
}

if (corpora && ONLY.has('cache')) {
  console.log(`--cache on the ${corpusFiles.length.toLocaleString('en')}-file repository`);
  const location = path.join(BENCH_OUT, 'bench-cache');
  const cold = measure(
    'cold (no cache yet: audit + write cache)',
    audit([corpora.corpus], '--cache-location', location),
    {
      files: corpusFiles.length,
      runs: 1,
      before: () => rmSync(location, { force: true }),
    },
  );
  const warm = measure('warm re-run, nothing changed', audit([corpora.corpus], '--cache-location', location), {
    files: corpusFiles.length,
    bytes: corpusBytes,
  });
  // Each run keeps its report: a JSON run before each SARIF run makes the SARIF report one to build anew.
  measure(
    'warm, another format (outcomes decoded)',
    audit([corpora.corpus], '--cache-location', location, '--format', 'sarif'),
    {
      files: corpusFiles.length,
      bytes: corpusBytes,
      before: () => runNode(audit([corpora.corpus], '--cache-location', location)),
    },
  );
  verdict(
    `warm re-run ≤ 1 s (${medianSeconds(warm).toFixed(3)} s; cold ${medianSeconds(cold).toFixed(2)} s)`,
    medianSeconds(warm) <= 1,
  );
  console.log('');
}

/**
 * Peak memory of every report format and of `--cache` on the repository: at most 500 MiB each. Peak memory hardly
 * depends on the machine's load, so the runs only guard against the collector's timing (the largest is judged).
 */
if (corpora && ONLY.has('memory')) {
  console.log(`Peak memory on the ${corpusFiles.length.toLocaleString('en')}-file repository: every format, --cache`);
  const location = path.join(scratch, 'memory-cache');
  const rows = [
    ...['stylish', 'json', 'markdown', 'sarif', 'junit', 'github'].map((format) =>
      measure(`--format ${format}`, audit([corpora.corpus], '--format', format), { files: corpusFiles.length }),
    ),
    measure('--cache, cold (audit + write cache)', audit([corpora.corpus], '--cache-location', location), {
      files: corpusFiles.length,
      before: () => rmSync(location, { force: true }),
    }),
    measure('--cache, warm, nothing changed', audit([corpora.corpus], '--cache-location', location), {
      files: corpusFiles.length,
    }),
    measure(
      '--cache, warm, another format (outcomes decoded)',
      audit([corpora.corpus], '--cache-location', location, '--format', 'sarif'),
      { files: corpusFiles.length, before: () => runNode(audit([corpora.corpus], '--cache-location', location)) },
    ),
  ];
  for (const row of rows) verdict(`${row.label} ≤ 500 MiB (${peakMiB(row).toFixed(0)} MiB)`, peakMiB(row) <= 500);
  console.log('');
}

/**
 * Ten policies of every kind of assertion (bench/ten-policies.config.yaml) against none, on the repository: the
 * policies add at most 20% to the audit. CPU time, which the machine's load inflates least, in the same run.
 */
if (corpora && ONLY.has('policies')) {
  console.log(`Ten policies on the ${corpusFiles.length.toLocaleString('en')}-file repository`);
  const without = measure('no policies (recommended rules)', audit([corpora.corpus]), { files: corpusFiles.length });
  const withPolicies = measure(
    'ten policies (bench/ten-policies.config.yaml)',
    audit([corpora.corpus], '--config', path.join(ROOT, 'bench', 'ten-policies.config.yaml')),
    { files: corpusFiles.length },
  );
  const added = medianCpu(withPolicies) / medianCpu(without) - 1;
  verdict(`ten policies add ≤ 20% to the audit (${(added * 100).toFixed(1)}% of CPU time)`, added <= 0.2);
  console.log('');
}

if (corpora && ONLY.has('threads')) {
  console.log('When worker threads pay: the first N files of the repository, 1 thread against 2 (forced)');
  for (const count of [100, 400, 800, 1600, 2400, 3200]) {
    const files = corpusFiles.slice(0, count);
    const bytes = totalBytes(files);
    const one = measure(`${count} files (${(bytes / MIB).toFixed(2)} MiB), --jobs 1`, audit(files, '--jobs', '1'), {
      files: count,
      bytes,
    });
    const two = measure(`${count} files (${(bytes / MIB).toFixed(2)} MiB), --jobs 2`, audit(files, '--jobs', '2'), {
      files: count,
      bytes,
    });
    console.log(
      `    2 threads ${medianSeconds(two) < medianSeconds(one) ? 'faster' : 'slower'} by ${Math.abs(medianSeconds(one) - medianSeconds(two)).toFixed(3)} s`,
    );
  }
  console.log('');
}

if (ONLY.has('lsp')) {
  const edits = Number(argument('--edits') ?? 50);
  console.log(
    `Editor: the built language server (gapcheck lsp), a ${LSP_STEPS.toLocaleString('en')}-step process, ${edits} changes one at a time, then ${LSP_MEMORY_EDITS.toLocaleString('en')} edits in a row`,
  );
  const { latencies, cpuPerChange, residentBefore, residentAfter } = await measureLsp(edits);
  const latency = median(latencies);
  const grown = (residentAfter - residentBefore) / MIB;
  console.log(
    `  change to diagnostics: median ${latency.toFixed(1)} ms, slowest ${latencies.at(-1)!.toFixed(1)} ms, server CPU ${cpuPerChange.toFixed(1)} ms per change; resident memory ${(residentBefore / MIB).toFixed(1)} MiB before the edits, ${(residentAfter / MIB).toFixed(1)} MiB after`,
  );
  verdict(`diagnostics within 100 ms of a change (median ${latency.toFixed(1)} ms)`, latency <= 100);
  verdict(`${LSP_MEMORY_EDITS.toLocaleString('en')} edits grow memory < 50 MB (${grown.toFixed(1)} MiB)`, grown < 50);
  console.log('');
}

console.log(
  `load average at end: ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
rmSync(scratch, { recursive: true, force: true });
