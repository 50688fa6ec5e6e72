import type { ProcessRule } from './types.js';
export interface HandoffChainOptions {
    /** The most handoffs allowed on a path from an intake to an end. */
    readonly max: number;
}
export declare const handoffChain: ProcessRule<HandoffChainOptions>;
