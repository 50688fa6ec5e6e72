/** The audit options about how a run is carried out, never what it finds: --jobs, --cache, --cache-location, --shard. */
import path from 'node:path';
import { DEFAULT_CACHE_LOCATION } from '../audit/cache.js';
import type { RunOptions } from '../audit/run.js';
import { parseShard } from '../audit/shard.js';
import { UsageError } from '../errors.js';
import { buildId } from '../version.js';

export interface RunFlags {
  jobs: string;
  cache?: boolean;
  cacheLocation?: string;
  shard?: string;
}

export function runOptionsFrom(flags: RunFlags, cwd: string): Pick<RunOptions, 'jobs' | 'cache' | 'shard'> {
  const cacheLocation = flags.cacheLocation ?? (flags.cache ? DEFAULT_CACHE_LOCATION : undefined);
  return {
    jobs: parseJobs(flags.jobs),
    ...(cacheLocation === undefined ? {} : { cache: { location: path.resolve(cwd, cacheLocation), build: buildId() } }),
    ...(flags.shard === undefined ? {} : { shard: parseShard(flags.shard) }),
  };
}

function parseJobs(text: string): number | 'auto' {
  if (text === 'auto') return 'auto';
  const jobs = Number(text);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 256)
    throw new UsageError(`--jobs "${text}" is not auto or a number of threads, like 2`);
  return jobs;
}
