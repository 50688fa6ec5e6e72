// Loaded into each process the bench starts (node --import): writes the process's peak RSS (KiB) where the bench asks.
import { writeFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const target = process.env.GAPCHECK_BENCH_RSS_FILE;
if (target && isMainThread) process.on('exit', () => writeFileSync(target, String(process.resourceUsage().maxRSS)));
