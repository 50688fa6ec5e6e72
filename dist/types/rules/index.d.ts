import { RuleRegistry } from './registry.js';
export declare const BUILT_IN_RULES: RuleRegistry;
