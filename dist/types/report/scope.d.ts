/** What an audit covered, as reports show it: the rules that ran. */
import type { Config } from '../config/config.js';
/** The ids of the rules that are not `off`, in catalogue order. */
export declare function rulesThatRan(config: Config): string[];
