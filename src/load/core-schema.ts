/**
 * YAML 1.2's core schema (spec 1.2.2, section 10.3) for js-yaml 4: which plain scalars
 * are null, booleans, integers and floats. Anything else, dates included, stays text.
 * js-yaml's own CORE_SCHEMA differs at the edges: it reads `0b11` as a number and `+.5` as text.
 */
import { FAILSAFE_SCHEMA, Type } from 'js-yaml';

const INTEGER = /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/;
const FLOAT =
  /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;

/** Numbers start with a digit, a sign or a dot: the cheap test every other plain scalar fails. */
function mayBeNumber(text: string): boolean {
  const first = text.charCodeAt(0);
  return (first >= 0x30 && first <= 0x39) || first === 0x2b || first === 0x2d || first === 0x2e;
}

const coreNull = new Type('tag:yaml.org,2002:null', {
  kind: 'scalar',
  resolve: (text: string) => text === '' || text === '~' || text === 'null' || text === 'Null' || text === 'NULL',
  construct: () => null,
});

const coreBool = new Type('tag:yaml.org,2002:bool', {
  kind: 'scalar',
  resolve: (text: string) =>
    text === 'true' || text === 'True' || text === 'TRUE' || text === 'false' || text === 'False' || text === 'FALSE',
  construct: (text: string) => text[0] === 't' || text[0] === 'T',
});

const coreInt = new Type('tag:yaml.org,2002:int', {
  kind: 'scalar',
  resolve: (text: string) => mayBeNumber(text) && INTEGER.test(text),
  construct: (text: string) => {
    if (text.startsWith('0o')) return parseInt(text.slice(2), 8);
    if (text.startsWith('0x')) return parseInt(text.slice(2), 16);
    return parseInt(text, 10);
  },
});

const coreFloat = new Type('tag:yaml.org,2002:float', {
  kind: 'scalar',
  resolve: (text: string) => mayBeNumber(text) && FLOAT.test(text),
  construct: (text: string) => {
    const lower = text.toLowerCase();
    if (lower === '.nan') return NaN;
    if (lower.endsWith('.inf')) return text.startsWith('-') ? -Infinity : Infinity;
    return parseFloat(text);
  },
});

export const CORE_SCHEMA = FAILSAFE_SCHEMA.extend({ implicit: [coreNull, coreBool, coreInt, coreFloat] });
