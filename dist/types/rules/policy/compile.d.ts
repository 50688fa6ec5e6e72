import type { ProcessRule } from '../types.js';
import { type PolicySource } from './policy.js';
export declare function compilePolicy({ policy, config }: PolicySource): ProcessRule;
