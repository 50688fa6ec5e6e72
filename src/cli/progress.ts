/**
 * A progress bar on stderr for long audits. Only on a terminal that can move its
 * cursor (not `TERM=dumb`), and never in CI (`CI` set) or when stderr goes to a
 * file or pipe: logs stay clean. It appears
 * once a run has taken a second, so short runs never flicker, and its library is
 * loaded only then.
 */
import type { SingleBar } from 'cli-progress';

const SHOW_AFTER_MS = 1000;

export interface Progress {
  start(total: number): void;
  advance(files: number): void;
  stop(): void;
}

export function progressOnStderr(
  stream: NodeJS.WriteStream = process.stderr,
  env: NodeJS.ProcessEnv = process.env,
): Progress | undefined {
  if (stream.isTTY !== true || env.TERM === 'dumb' || (env.CI !== undefined && env.CI !== 'false')) return undefined;
  let total = 0;
  let done = 0;
  let bar: SingleBar | undefined;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const show = async (): Promise<void> => {
    const { Presets, SingleBar } = await import('cli-progress');
    if (stopped) return;
    bar = new SingleBar(
      {
        format: 'auditing {bar} {value}/{total} files  {percentage}%  eta {eta_formatted}',
        stream,
        clearOnComplete: true,
        hideCursor: true,
        etaBuffer: 200,
      },
      Presets.shades_classic,
    );
    bar.start(total, done);
  };
  return {
    start(files) {
      total = files;
      timer = setTimeout(() => void show(), SHOW_AFTER_MS).unref();
    },
    advance(files) {
      done += files;
      bar?.update(done);
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
      bar?.stop();
    },
  };
}
