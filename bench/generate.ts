/**
 * Writes the bench corpora under bench/out (gitignored), unless the same ones are already there:
 *   corpus/        10,000 process files of ~30 steps
 *   small/         one small process file
 *   shapes/<shape>/ one process each of 10k, 20k, 40k and 100k steps per layout (HUGE_SHAPES)
 * Usage: tsx bench/generate.ts [--files N]
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus, generateShape, writeTree, type HugeShape } from './corpus.js';

export const BENCH_OUT = path.join(path.dirname(fileURLToPath(import.meta.url)), 'out');
export const BENCH_TODAY = '2026-11-23';
export const HUGE_SIZES = [10_000, 20_000, 40_000, 100_000] as const;

export interface Corpora {
  readonly corpus: string;
  readonly small: string;
}

const SEED = 20261123;

export function ensureCorpora(files: number): Corpora {
  const stampFile = path.join(BENCH_OUT, 'stamp.json');
  const stamp = JSON.stringify({ seed: SEED, files, steps: 30, generator: generatorHash() });
  const corpora: Corpora = {
    corpus: path.join(BENCH_OUT, 'corpus'),
    small: path.join(BENCH_OUT, 'small', 'phone-order.yaml'),
  };
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return corpora;

  process.stderr.write(`generating ${files} process files in ${BENCH_OUT} ...\n`);
  writeTree(corpora.corpus, generateCorpus({ files, stepsPerProcess: 30, seed: SEED, today: BENCH_TODAY }));
  const [, smallText] = [...generateCorpus({ files: 1, stepsPerProcess: 12, seed: SEED, today: BENCH_TODAY })][0]!;
  writeTree(path.join(BENCH_OUT, 'small'), new Map([['phone-order.yaml', smallText]]));
  writeFileSync(stampFile, stamp);
  return corpora;
}

/** The huge processes of one layout, by number of steps: generated when missing or when the generator changed. */
export function ensureShape(shape: HugeShape): ReadonlyMap<number, string> {
  const folder = path.join(BENCH_OUT, 'shapes', shape);
  const stampFile = path.join(folder, 'stamp.json');
  const stamp = JSON.stringify({ seed: SEED, sizes: HUGE_SIZES, generator: generatorHash() });
  const files = new Map(HUGE_SIZES.map((steps) => [steps, path.join(folder, `${shape}-${steps}.yaml`)]));
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return files;
  process.stderr.write(`generating the ${shape} processes in ${folder} ...\n`);
  writeTree(
    folder,
    new Map(
      HUGE_SIZES.map((steps) => [path.basename(files.get(steps)!), generateShape(shape, steps, SEED, BENCH_TODAY)]),
    ),
  );
  writeFileSync(stampFile, stamp);
  return files;
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
