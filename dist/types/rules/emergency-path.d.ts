import type { ProcessRule } from './types.js';
interface Options {
    /** The process that handles the emergencies of every process that has no emergency entry and no `emergencies` key. */
    readonly 'handled-by': string | null;
}
export declare const emergencyPath: ProcessRule<Options>;
export {};
