/** Turns a validated YAML document into the process model, keeping where each part was written. */
import type { Edge, Process, Ref, Role, Step, TrainingCover, Waiver } from '../model/process.js';
import { parseDuration, type Duration } from '../model/time.js';
import type { Position } from '../position.js';
import type { SourceText } from './source.js';
import type { YamlEntry, YamlMap, YamlNode } from './yaml.js';

/**
 * A step as the model keeps it: its fields, read from its mapping, and where each is written and its plain value,
 * worked out when a rule asks from a flat record of its fields and js-yaml's plain mapping, not from the step's
 * positioned tree, so the tree of the whole process can go once the model is built. Methods, not closures made for
 * each step: those were 22 MiB of a 100,000-step process's model.
 */
class WrittenStep implements Step {
  readonly type: Step['type'];
  readonly title: Step['title'];
  readonly actor: Step['actor'];
  readonly takes: Step['takes'];
  readonly next: Step['next'];
  readonly intent: Step['intent'];
  readonly channel: Step['channel'];
  readonly remedy: Step['remedy'];
  readonly to: Step['to'];
  readonly owner: Step['owner'];
  readonly by: Step['by'];
  readonly promise: Step['promise'];
  readonly fulfils: Step['fulfils'];
  readonly verifies: Step['verifies'];
  readonly outcome: Step['outcome'];
  readonly emergency: Step['emergency'];
  readonly customerEffort: Step['customerEffort'];
  readonly because: Step['because'];
  readonly #source: SourceText;
  /** Each field's name, where its key starts and where its entry ends, in turn: a step has a few fields. */
  readonly #written: readonly (string | number)[];
  readonly #plain: Readonly<Record<string, unknown>>;

  constructor(
    reader: Reader,
    readonly id: string,
    readonly at: Position,
    node: YamlMap,
  ) {
    const field = (key: string): YamlNode | undefined => node.entries.get(key)?.value;
    this.type = reader.text(field('type')) as Step['type'];
    this.title = reader.text(field('title'));
    this.actor = reader.ref(field('actor'));
    this.takes = reader.duration(field('takes'));
    this.next = reader.edges(field('next'));
    this.intent = (reader.text(field('intent')) ?? 'inquiry') as Step['intent'];
    this.channel = reader.text(field('channel')) as Step['channel'];
    this.remedy = reader.text(field('remedy')) as Step['remedy'];
    this.to = reader.ref(field('to'));
    this.owner = reader.ref(field('owner'));
    this.by = reader.duration(field('by'));
    this.promise = reader.text(field('promise'));
    this.fulfils = reader.ref(field('fulfils'));
    this.verifies = reader.ref(field('verifies'));
    this.outcome = (reader.text(field('outcome')) ?? 'resolved') as Step['outcome'];
    this.emergency = reader.flag(field('emergency'));
    this.customerEffort = reader.text(field('customer-effort'));
    this.because = reader.text(field('because')) as Step['because'];
    this.#source = reader.source;
    this.#written = reader.writtenFields(node);
    this.#plain = node.plain;
  }

  fieldAt(key: string): Position | undefined {
    const index = this.#indexOf(key);
    return index === -1
      ? undefined
      : this.#source.rangeAt(this.#written[index + 1] as number, this.#written[index + 2] as number);
  }

  fieldValue(key: string): unknown {
    return this.#indexOf(key) === -1 ? undefined : this.#plain[key];
  }

  #indexOf(key: string): number {
    const written = this.#written;
    for (let index = 0; index < written.length; index += 3) if (written[index] === key) return index;
    return -1;
  }
}

/** Reads a document that `validateProcess` accepted; anything else is a bug. */
export function buildProcess(root: YamlMap, source: SourceText): Process {
  const reader = new Reader(source);
  const idEntry = root.entries.get('process')!;
  return {
    id: reader.text(idEntry.value)!,
    at: reader.valueRange(idEntry.value),
    file: source.path,
    title: reader.text(root.entries.get('title')?.value)!,
    owner: reader.ref(root.entries.get('owner')?.value)!,
    description: reader.text(root.entries.get('description')?.value),
    tags: reader.texts(root.entries.get('tags')?.value),
    review: reader.review(root.entries.get('review')?.value),
    roles: reader.roles(root.entries.get('roles')?.value),
    emergencies: reader.ref(root.entries.get('emergencies')?.value),
    start: reader.refs(root.entries.get('start')!.value),
    steps: reader.steps(root.entries.get('steps')!.value as YamlMap),
    waivers: reader.waivers(root.entries.get('waivers')?.value),
  };
}

/**
 * Ranges: a value spans its text; a step or role spans its key only, since its mapping runs over many lines and an
 * underline (or a code-scanning region) over all of them would not say which line to look at.
 */
class Reader {
  constructor(readonly source: SourceText) {}

  valueRange(node: YamlNode): Position {
    return node.kind === 'scalar' ? this.source.rangeAt(node.offset, node.end) : this.source.positionAt(node.offset);
  }

  keyRange(entry: YamlEntry): Position {
    return this.source.rangeAt(entry.keyOffset, entry.keyEnd);
  }

  /** A mapping (a waiver, a review) from where it starts to the end of its first entry, usually one line. */
  mappingRange(node: YamlMap): Position {
    const first = node.entries.values().next().value;
    return first === undefined
      ? this.source.positionAt(node.offset)
      : this.source.rangeAt(node.offset, this.entryEnd(first));
  }

  /** A key with its value when that is text; a key alone before a list or mapping, for the reason above. */
  entryEnd(entry: YamlEntry): number {
    return entry.value.kind === 'scalar' ? Math.max(entry.keyEnd, entry.value.end) : entry.keyEnd;
  }

  text(node: YamlNode | undefined): string | undefined {
    return node?.kind === 'scalar' && node.value !== null ? String(node.value) : undefined;
  }

  texts(node: YamlNode | undefined): string[] {
    if (node === undefined) return [];
    return node.kind === 'seq' ? node.items.flatMap((item) => this.text(item) ?? []) : [this.text(node)!];
  }

  flag(node: YamlNode | undefined): boolean {
    return node?.kind === 'scalar' && node.value === true;
  }

  ref(node: YamlNode | undefined): Ref | undefined {
    const id = this.text(node);
    return id === undefined ? undefined : { id, at: this.valueRange(node!) };
  }

  refs(node: YamlNode): Ref[] {
    return node.kind === 'seq' ? node.items.map((item) => this.ref(item)!) : [this.ref(node)!];
  }

  duration(node: YamlNode | undefined): Duration | undefined {
    const text = this.text(node);
    return text === undefined ? undefined : parseDuration(text);
  }

  review(node: YamlNode | undefined): Process['review'] {
    if (node?.kind !== 'map') return undefined;
    return {
      last: this.text(node.entries.get('last')?.value)!,
      every: this.duration(node.entries.get('every')?.value)!,
      at: this.mappingRange(node),
    };
  }

  roles(node: YamlNode | undefined): Map<string, Role> {
    const roles = new Map<string, Role>();
    if (node?.kind !== 'map') return roles;
    for (const [id, entry] of node.entries) {
      if (id.startsWith('x-')) continue;
      const role = entry.value as YamlMap;
      const field = (key: string): YamlNode | undefined => role.entries?.get(key)?.value;
      const training = field('training');
      roles.set(id, {
        id,
        at: this.keyRange(entry),
        title: this.text(field('title')),
        frontline: this.flag(field('frontline')),
        can: this.texts(field('can')) as Role['can'],
        training:
          training?.kind === 'map'
            ? {
                last: this.text(training.entries.get('last')?.value)!,
                every: this.duration(training.entries.get('every')?.value)!,
                covers: training.entries.has('covers')
                  ? (this.texts(training.entries.get('covers')!.value) as TrainingCover[])
                  : ['routine'],
                at: this.mappingRange(training),
              }
            : undefined,
      });
    }
    return roles;
  }

  steps(node: YamlMap): Step[] {
    const steps: Step[] = [];
    for (const [id, entry] of node.entries) {
      if (id.startsWith('x-')) continue;
      steps.push(new WrittenStep(this, id, this.keyRange(entry), entry.value as YamlMap));
    }
    return steps;
  }

  /** Each field's name, where its key starts and where its entry ends, in one flat array: a step has a few fields. */
  writtenFields(node: YamlMap): (string | number)[] {
    const written = new Array<string | number>(node.entries.size * 3);
    let at = 0;
    for (const entry of node.entries.values()) {
      written[at++] = entry.key;
      written[at++] = entry.keyOffset;
      written[at++] = this.entryEnd(entry);
    }
    return written;
  }

  edges(node: YamlNode | undefined): Edge[] {
    if (node === undefined) return [];
    const items = node.kind === 'seq' ? node.items : [node];
    return items.map((item) => {
      if (item.kind !== 'map') return { to: this.ref(item)! };
      return {
        to: this.ref(item.entries.get('to')!.value)!,
        when: this.text(item.entries.get('when')?.value),
        after: this.duration(item.entries.get('after')?.value),
      };
    });
  }

  waivers(node: YamlNode | undefined): Waiver[] {
    if (node?.kind !== 'seq') return [];
    return node.items.map((item) => {
      const waiver = item as YamlMap;
      const field = (key: string): YamlNode | undefined => waiver.entries.get(key)?.value;
      return {
        rule: this.text(field('rule'))!,
        step: this.ref(field('step')),
        reason: this.text(field('reason'))!,
        expires: this.text(field('expires')),
        at: this.mappingRange(waiver),
      };
    });
  }
}
