// Loaded into each process the bench starts (node --import): writes the process's peak RSS (KiB) and CPU time
// (microseconds, every thread) where the bench asks.
import { writeFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const target = process.env.GAPCHECK_BENCH_RSS_FILE;
if (target && isMainThread)
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(target, `${usage.maxRSS} ${usage.userCPUTime + usage.systemCPUTime}`);
  });
