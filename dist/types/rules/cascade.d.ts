import type { AlignedGapsRule } from './types.js';
export declare const cascade: AlignedGapsRule;
