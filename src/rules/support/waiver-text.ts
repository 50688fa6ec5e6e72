import type { Process, Waiver } from '../../model/process.js';

/** `waiver 2 (two-minute-response at step "receive-email")`: how waiver gaps name their waiver. */
export function describeWaiver(process: Process, waiver: Waiver): string {
  const where = waiver.step ? ` at step "${waiver.step.id}"` : ', whole process';
  return `waiver ${waiverNumber(process, waiver)} (${waiver.rule}${where})`;
}

/** The waiver's place in the process's `waivers` list, counting from 1. */
export function waiverNumber(process: Process, waiver: Waiver): number {
  return process.waivers.indexOf(waiver) + 1;
}
