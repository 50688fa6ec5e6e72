import { type Channel } from '../model/process.js';
import type { ProcessRule } from './types.js';
/** How fast, and on which channels, a person must first answer a complaint. */
export interface ResponseTarget {
    /** The longest the customer may wait, at worst, from the complaint to the first response, like `2m`. */
    readonly within: string;
    /** The channels the first response must be on. */
    readonly channels: readonly Channel[];
}
export interface TwoMinuteResponseOptions extends ResponseTarget {
    /** Channels where a complaint taken by a role is a live conversation that answers itself. */
    readonly live: readonly Channel[];
    /** Targets for complaints arriving on one channel; what one leaves out is the rule's own. */
    readonly 'per-channel': Readonly<Partial<Record<Channel, Partial<ResponseTarget>>>>;
}
export declare const twoMinuteResponse: ProcessRule<TwoMinuteResponseOptions>;
