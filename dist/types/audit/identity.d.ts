/** What tells one audit's settings from another's: shards of one run must share them to be merged (`gapcheck merge`). */
import type { LoadLimits } from '../load/load-file.js';
import type { AuditSettings } from './audit.js';
/** A fingerprint of the rules (policies among them), their effective settings and the load limits: what decides the gaps an audit finds in the same files. */
export declare function settingsFingerprint({ registry, rules }: AuditSettings, limits: LoadLimits): string;
