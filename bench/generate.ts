/**
 * Writes the bench corpora under bench/out (gitignored), unless the same ones are already there:
 *   corpus/        10,000 process files of ~30 steps
 *   huge/          one process each of 10k, 20k, 40k and 100k steps
 *   small/         one small process file
 * Usage: tsx bench/generate.ts [--files N]
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus, generateHugeProcess, writeTree } from './corpus.js';

export const BENCH_OUT = path.join(path.dirname(fileURLToPath(import.meta.url)), 'out');
export const BENCH_TODAY = '2026-11-23';
export const HUGE_SIZES = [10_000, 20_000, 40_000, 100_000] as const;

export interface Corpora {
  readonly corpus: string;
  readonly huge: ReadonlyMap<number, string>;
  readonly small: string;
}

const SEED = 20261123;

export function ensureCorpora(files: number): Corpora {
  const stampFile = path.join(BENCH_OUT, 'stamp.json');
  const stamp = JSON.stringify({ seed: SEED, files, steps: 30, huge: HUGE_SIZES, generator: generatorHash() });
  const corpora: Corpora = {
    corpus: path.join(BENCH_OUT, 'corpus'),
    huge: new Map(HUGE_SIZES.map((steps) => [steps, path.join(BENCH_OUT, 'huge', `huge-${steps}.yaml`)])),
    small: path.join(BENCH_OUT, 'small', 'phone-order.yaml'),
  };
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return corpora;

  process.stderr.write(`generating ${files} process files and the huge processes in ${BENCH_OUT} ...\n`);
  writeTree(corpora.corpus, generateCorpus({ files, stepsPerProcess: 30, seed: SEED, today: BENCH_TODAY }));
  writeTree(path.join(BENCH_OUT, 'huge'), new Map(HUGE_SIZES.map((steps) => [`huge-${steps}.yaml`, generateHugeProcess(steps, SEED, BENCH_TODAY)])));
  const [, smallText] = [...generateCorpus({ files: 1, stepsPerProcess: 12, seed: SEED, today: BENCH_TODAY })][0]!;
  writeTree(path.join(BENCH_OUT, 'small'), new Map([['phone-order.yaml', smallText]]));
  writeFileSync(stampFile, stamp);
  return corpora;
}

/** The generator's own text, so a change to it regenerates the corpora. */
function generatorHash(): number {
  const text = readFileSync(new URL('./corpus.ts', import.meta.url), 'utf8');
  let hash = 0;
  for (let i = 0; i < text.length; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
  return hash;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const index = process.argv.indexOf('--files');
  ensureCorpora(index === -1 ? 10_000 : Number(process.argv[index + 1]));
}
