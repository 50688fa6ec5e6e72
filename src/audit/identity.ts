/** What tells one audit's settings from another's: shards of one run must share them to be merged (`gapcheck merge`). */
import type { Config } from '../config/config.js';
import type { LoadLimits } from '../load/load-file.js';
import { contentHash, policiesPart } from './cache.js';

/** A fingerprint of the effective rule settings, the policies and the load limits: what decides the gaps an audit finds in the same files. */
export function settingsFingerprint(config: Pick<Config, 'rules' | 'policies'>, limits: LoadLimits): string {
  return contentHash(JSON.stringify({ limits, rules: [...config.rules], ...policiesPart(config.policies) }));
}

