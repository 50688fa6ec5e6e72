import type { Process, Waiver } from '../../model/process.js';
/** `waiver 2 (two-minute-response at step "receive-email")`: how waiver gaps name their waiver. */
export declare function describeWaiver(process: Process, waiver: Waiver): string;
/** The waiver's place in the process's `waivers` list, counting from 1. */
export declare function waiverNumber(process: Process, waiver: Waiver): number;
