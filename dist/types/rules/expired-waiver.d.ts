import type { WaiverRule } from './types.js';
export declare const expiredWaiver: WaiverRule;
