import { UsageError } from '../errors.js';
import { didYouMean } from '../load/suggest.js';

/** Checks an option's value against its allowed values, suggesting the nearest on a typo. */
export function oneOf<T extends string>(option: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${option} "${value}" is not one of ${allowed.join(', ')}${didYouMean(value, allowed)}`);
}
