import type { OffsetComplaint } from './complaint.js';
import type { YamlNode } from './yaml.js';
/** `ruleIds`: the rules of the registry the audit runs, which waivers may name. */
export declare function validateProcess(root: YamlNode | null, ruleIds: readonly string[]): OffsetComplaint[];
/** An empty config file is valid: every setting keeps its default. `ruleIds`: the rules it may set besides its own policies. */
export declare function validateConfig(root: YamlNode | null, ruleIds: readonly string[]): OffsetComplaint[];
