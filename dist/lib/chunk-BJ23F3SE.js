import { createRequire as gapcheckCreateRequire } from 'node:module'; const require = gapcheckCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// dist/model/time.js
var DURATION_PATTERN = /^([0-9]+)(s|m|h|d|w)$/;
var DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
var UNIT_SECONDS = { s: 1, m: 60, h: 3600, d: 86400, w: 604800 };
function parseDuration(text) {
  const match = DURATION_PATTERN.exec(text);
  if (!match)
    return void 0;
  return { text, seconds: Number(match[1]) * UNIT_SECONDS[match[2]] };
}
function formatSeconds(total) {
  if (!Number.isSafeInteger(total))
    return `more than ${formatSeconds(Number.MAX_SAFE_INTEGER - Number.MAX_SAFE_INTEGER % 604800)}`;
  if (total === 0)
    return "0s";
  const parts = [];
  let rest = total;
  for (const [unit, size] of [
    ["w", 604800],
    ["d", 86400],
    ["h", 3600],
    ["m", 60],
    ["s", 1]
  ]) {
    if (rest >= size) {
      parts.push(`${Math.floor(rest / size)}${unit}`);
      rest %= size;
    }
  }
  return parts.join(" ");
}
function parseDate(text) {
  const match = DATE_PATTERN.exec(text);
  if (!match)
    return void 0;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const back = /* @__PURE__ */ new Date(0);
  back.setUTCFullYear(year, month - 1, day);
  const ms = back.getTime();
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) {
    return void 0;
  }
  return ms;
}
function isValidDate(text) {
  return parseDate(text) !== void 0;
}
function todayUtc(now = /* @__PURE__ */ new Date()) {
  return now.toISOString().slice(0, 10);
}
function isOverdue(lastDate, every, today) {
  const start = parseDate(lastDate);
  const midnightToday = parseDate(today);
  if (start === void 0 || midnightToday === void 0)
    return false;
  return start + (every?.seconds ?? 0) * 1e3 < midnightToday;
}
function dueDate(lastDate, every) {
  const start = parseDate(lastDate);
  if (start === void 0)
    return void 0;
  return new Date(start + every.seconds * 1e3).toISOString().slice(0, 10);
}

// dist/model/step-path.js
var StepPath = class _StepPath {
  own;
  rest;
  length;
  constructor(own, rest, length) {
    this.own = own;
    this.rest = rest;
    this.length = length;
  }
  static of(steps) {
    return new _StepPath(steps, void 0, steps.length);
  }
  /** `steps`, then `rest`: `rest` is shared, not copied. */
  static join(steps, rest) {
    return new _StepPath(steps, rest, steps.length + rest.length);
  }
  /** The path without its first `start` steps, sharing its rest. */
  from(start) {
    if (start === 0)
      return this;
    if (this.rest === void 0 || start < this.own.length)
      return new _StepPath(this.own.slice(start), this.rest, this.length - start);
    return this.rest.from(start - this.own.length);
  }
  /** The steps from `start` up to `end` (not included), read across the shared parts. */
  slice(start = 0, end = this.length) {
    return readSteps(this, start, end, (step) => step);
  }
  /** `slice`, each step read through `read` (to its id, say), into one array. */
  sliceAs(start, end, read) {
    return readSteps(this, start, end, read);
  }
};
function readSteps(path, start, end, read) {
  const steps = [];
  for (let piece = path, offset = 0; piece !== void 0 && offset < end; piece = piece.rest) {
    const { own } = piece;
    for (let at = Math.max(start - offset, 0); at < Math.min(end - offset, own.length); at++)
      steps.push(read(own[at]));
    offset += own.length;
  }
  return steps;
}
function isStepIds(path) {
  return Array.isArray(path);
}

// dist/rules/support/step-list.js
var AT_MOST = 12;
var HEAD = 6;
var TAIL = 5;
function cutSteps(items) {
  return cutList(items, (item) => item);
}
function cutList(items, name, total = items.length) {
  if (total <= AT_MOST)
    return items.map(name);
  return [...items.slice(0, HEAD).map(name), `\u2026 ${total - HEAD - TAIL} more \u2026`, ...items.slice(-TAIL).map(name)];
}
function keptEnds(lists, total) {
  if (total <= AT_MOST)
    return lists.flat();
  return [
    ...lists.flatMap((list) => list.slice(0, HEAD)).slice(0, HEAD),
    ...lists.flatMap((list) => list.slice(-TAIL)).slice(-TAIL)
  ];
}
function quoteSteps(ids) {
  return cutList(ids, (id) => `"${id}"`).join(", ");
}
function pathText(ids, skipped = 0) {
  return cutList(ids, (id) => id, ids.length + skipped).join(" \u2192 ");
}
var KEPT_AT_EACH_END = 250;
function keptPath(length, slice) {
  if (length <= 2 * KEPT_AT_EACH_END)
    return { path: slice(0, length) };
  return {
    path: slice(0, KEPT_AT_EACH_END).concat(slice(length - KEPT_AT_EACH_END, length)),
    skipped: length - 2 * KEPT_AT_EACH_END
  };
}

// dist/rules/support/elapsed-time.js
function lateWay(graph, origin, isTarget, limit, waitFor, mayReachTarget) {
  const worst = graph.worstElapsedTime(origin, isTarget, mayReachTarget);
  switch (worst.kind) {
    case "none":
      return void 0;
    case "known": {
      if (worst.cost <= limit.seconds)
        return void 0;
      const parts = cutSteps(timeParts(graph, worst.path)).join(", ");
      return {
        path: StepPath.of(worst.path),
        text: `can wait ${formatSeconds(worst.cost)} for ${waitFor} at "${lastId(graph, worst.path)}", more than ${limit.text} (${parts})`
      };
    }
    case "unknown": {
      const way = [...worst.path, ...onToTarget(graph, origin, worst.node, isTarget, mayReachTarget)];
      const untimed = graph.ids(way.slice(0, -1).filter((step) => graph.step(step).takes === void 0));
      return {
        path: StepPath.of(way),
        text: `waits an unknown time for ${waitFor} at "${lastId(graph, way)}": ${quoteSteps(untimed)} ${untimed.length === 1 ? "has" : "have"} no \`takes\``
      };
    }
    case "unbounded": {
      const { into, loop } = enterLoop(worst.path, worst.cycle);
      return {
        path: StepPath.of([...into, ...loop.slice(1)]),
        text: `can wait without limit for ${waitFor}: the loop through ${quoteSteps(graph.ids(loop.slice(0, -1)))} can go round again and again`
      };
    }
  }
}
function lastId(graph, path) {
  return graph.step(path[path.length - 1]).id;
}
function onToTarget(graph, origin, step, isTarget, mayReachTarget) {
  const path = graph.findPath({
    from: step,
    avoid: mayReachTarget && ((index) => !mayReachTarget(index)),
    isTarget: (index) => index !== origin && isTarget(index)
  });
  return path === void 0 ? [] : path.slice(1);
}
function enterLoop(path, cycle) {
  const onLoop = new Set(cycle);
  const into = path.slice(0, path.findIndex((step) => onLoop.has(step)) + 1);
  const entry = cycle.indexOf(into[into.length - 1]);
  return { into, loop: [...cycle.slice(entry), ...cycle.slice(0, entry + 1)] };
}
function timeParts(graph, path) {
  const parts = [];
  for (let i = 0; i + 1 < path.length; i++) {
    const [from, to] = [path[i], path[i + 1]];
    const takes = graph.step(from).takes.seconds;
    if (takes > 0)
      parts.push(`"${graph.step(from).id}" takes ${formatSeconds(takes)}`);
    const wait = longestWait(graph, from, to);
    if (wait > 0)
      parts.push(`a wait of ${formatSeconds(wait)} before "${graph.step(to).id}"`);
  }
  return parts;
}
function longestWait(graph, from, to) {
  let longest = 0;
  graph.forEachSuccessor(from, (next, wait) => {
    if (next === to)
      longest = Math.max(longest, wait?.seconds ?? 0);
  });
  return longest;
}

// dist/model/process.js
var STEP_TYPES = [
  "intake",
  "order-entry",
  "confirm",
  "deliver",
  "contact",
  "listen",
  "explain-policy",
  "decision",
  "action",
  "escalate",
  "promise",
  "follow-up",
  "verify",
  "resolve",
  "deny",
  "report",
  "review",
  "end"
];
var CHANNELS = [
  "phone",
  "email",
  "sms",
  "chat",
  "social",
  "web-form",
  "letter",
  "in-person",
  "voicemail"
];
var BUILT_IN_ACTORS = ["system", "customer"];
function isRole(process, actor) {
  return actor !== void 0 && process.roles.has(actor.id);
}
var ALWAYS_CUSTOMER_FACING_TYPES = [
  "contact",
  "confirm",
  "listen",
  "explain-policy",
  "resolve",
  "deny",
  "promise",
  "follow-up",
  "verify"
];
var ALWAYS_CUSTOMER_FACING = new Set(ALWAYS_CUSTOMER_FACING_TYPES);
var LIVE_CHANNELS = /* @__PURE__ */ new Set(["phone", "in-person", "chat"]);
function isCustomerFacing(process, step) {
  if (ALWAYS_CUSTOMER_FACING.has(step.type))
    return true;
  if (step.type === "deliver")
    return step.actor !== void 0 && process.roles.get(step.actor.id)?.frontline === true;
  return step.type === "intake" && step.channel !== void 0 && LIVE_CHANNELS.has(step.channel) && isRole(process, step.actor);
}
function isResponse(process, step) {
  return step.type !== "intake" && isRole(process, step.actor) && isCustomerFacing(process, step);
}
function isEmergencyEntry(step) {
  return step.emergency || step.intent === "emergency" && step.type === "intake";
}
function isComplaintIntake(step) {
  return step.intent === "complaint" && step.type === "intake";
}
function isComplaintOrReturnIntake(step) {
  return (step.intent === "complaint" || step.intent === "return") && step.type === "intake";
}

// dist/model/graph.js
var LAST_GENERATION = 2147483647;
var NO_PARENT = -1;
var DENSE_INDEX_SHARE = 1 / 4;
var NOT_REACHED = -1;
var VisitMarks = class {
  generationOf;
  generation = 0;
  visiting = false;
  constructor(size) {
    this.generationOf = new Int32Array(size);
  }
  /** Starts a visit: no node is marked. */
  startVisit() {
    if (this.visiting)
      throw new Error("a search over this graph was started while another was running");
    this.visiting = true;
    if (++this.generation === LAST_GENERATION) {
      this.generationOf.fill(0);
      this.generation = 1;
    }
    return this;
  }
  has(node) {
    return this.generationOf[node] === this.generation;
  }
  add(node) {
    this.generationOf[node] = this.generation;
  }
  endVisit() {
    this.visiting = false;
  }
};
var Digraph = class {
  /** Edges of node n are edge ids `edgeStart[n]` up to (not including) `edgeStart[n + 1]`. */
  edgeStart;
  edgeTarget;
  /** Reverse adjacency: predecessors of n are `predSource[predStart[n] .. predStart[n + 1])`. */
  predStart;
  predSource;
  /** For each entry of `predSource`, the id of the forward edge it mirrors. */
  predEdge;
  marks;
  constructor(successors) {
    const size = successors.length;
    this.marks = new VisitMarks(size);
    this.edgeStart = new Int32Array(size + 1);
    let edgeCount = 0;
    for (let n = 0; n < size; n++) {
      this.edgeStart[n] = edgeCount;
      edgeCount += successors[n].length;
    }
    this.edgeStart[size] = edgeCount;
    this.edgeTarget = new Int32Array(edgeCount);
    const indegree = new Int32Array(size + 1);
    let e = 0;
    for (const targets of successors) {
      for (const target of targets) {
        this.edgeTarget[e++] = target;
        indegree[target + 1]++;
      }
    }
    for (let n = 0; n < size; n++)
      indegree[n + 1] += indegree[n];
    this.predStart = indegree;
    this.predSource = new Int32Array(edgeCount);
    this.predEdge = new Int32Array(edgeCount);
    const fill = this.predStart.slice(0, size);
    for (let n = 0; n < size; n++) {
      for (let edge = this.edgeStart[n]; edge < this.edgeStart[n + 1]; edge++) {
        const slot = fill[this.edgeTarget[edge]]++;
        this.predSource[slot] = n;
        this.predEdge[slot] = edge;
      }
    }
  }
  get size() {
    return this.edgeStart.length - 1;
  }
  outDegree(node) {
    return this.edgeStart[node + 1] - this.edgeStart[node];
  }
};
var Reach = class {
  graphSize;
  order;
  parentAt;
  positionOf;
  constructor(graphSize, order, parentAt) {
    this.graphSize = graphSize;
    this.order = order;
    this.parentAt = parentAt;
  }
  has(node) {
    return this.position(node) !== NOT_REACHED;
  }
  /** The shortest path from an origin to `node`, both included. */
  pathTo(node) {
    const at = this.position(node);
    if (at === NOT_REACHED)
      throw new Error(`node ${node} was not reached`);
    return pathBack(this.order, this.parentAt, at);
  }
  /** The nearest reached node that satisfies `test`, if any. */
  first(test) {
    return this.order.find(test);
  }
  /**
   * Where `node` stands in `order`, or NOT_REACHED. The index is built on first use and costs what the
   * search visited: an array as large as the graph only when it visited a good part of it.
   */
  position(node) {
    if (this.positionOf === void 0) {
      if (this.order.length >= this.graphSize * DENSE_INDEX_SHARE) {
        const dense = new Int32Array(this.graphSize).fill(NOT_REACHED);
        this.order.forEach((visited, at) => dense[visited] = at);
        this.positionOf = (n) => dense[n];
      } else {
        const sparse = new Map(this.order.map((visited, at) => [visited, at]));
        this.positionOf = (n) => sparse.get(n) ?? NOT_REACHED;
      }
    }
    return this.positionOf(node);
  }
};
function search(graph, origins, options = {}) {
  const { blocked, stopAt } = options;
  const visited = graph.marks.startVisit();
  const order = [];
  const parentAt = [];
  try {
    for (const origin of origins) {
      if (visited.has(origin))
        continue;
      visited.add(origin);
      order.push(origin);
      parentAt.push(NO_PARENT);
    }
    const originCount = order.length;
    for (let head = 0; head < order.length; head++) {
      const node = order[head];
      if (head >= originCount && stopAt?.(node))
        continue;
      for (let edge = graph.edgeStart[node]; edge < graph.edgeStart[node + 1]; edge++) {
        const next = graph.edgeTarget[edge];
        if (visited.has(next) || blocked?.(next))
          continue;
        visited.add(next);
        order.push(next);
        parentAt.push(head);
      }
    }
  } finally {
    visited.endVisit();
  }
  return new Reach(graph.size, order, parentAt);
}
function funnelOf(graph, components, origin) {
  const severalPredecessors = (node) => graph.predStart[node + 1] - graph.predStart[node] > 1;
  const before = search(graph, [origin], { stopAt: severalPredecessors });
  const joins = before.order.filter((node, at) => at > 0 && severalPredecessors(node));
  if (joins.length !== 1)
    return void 0;
  const step = joins[0];
  const { component } = components;
  return before.order.every((node) => node === step || component[node] > component[step]) ? { before, step } : void 0;
}
function pathBack(order, parentAt, at) {
  const path = [];
  for (; at !== NO_PARENT; at = parentAt[at])
    path.push(order[at]);
  return path.reverse();
}
function shortestPath(graph, origin, options) {
  const { blocked, isTarget } = options;
  const backToOrigin = isTarget(origin, false) && !blocked?.(origin);
  const visited = graph.marks.startVisit();
  const order = [origin];
  const parentAt = [NO_PARENT];
  try {
    visited.add(origin);
    for (let head = 0; head < order.length; head++) {
      const node = order[head];
      for (let edge = graph.edgeStart[node]; edge < graph.edgeStart[node + 1]; edge++) {
        const next = graph.edgeTarget[edge];
        if (next === origin && backToOrigin)
          return [...pathBack(order, parentAt, head), origin];
        if (visited.has(next) || blocked?.(next))
          continue;
        visited.add(next);
        order.push(next);
        parentAt.push(head);
        if (isTarget(next, false))
          return pathBack(order, parentAt, order.length - 1);
      }
    }
    return void 0;
  } finally {
    visited.endVisit();
  }
}
function shortestPathPassing(graph, origin, options) {
  const { blocked, passes, isTarget } = options;
  const stateOf = (node, passed) => node * 2 + (passed ? 1 : 0);
  const originPassed = passes(origin);
  const originState = stateOf(origin, originPassed);
  const originIsTarget = isTarget(origin, originPassed);
  const order = [originState];
  const parentAt = [NO_PARENT];
  const seen = new Set(order);
  const nodesBack = (at) => pathBack(order, parentAt, at).map((state) => state >> 1);
  for (let head = 0; head < order.length; head++) {
    const state = order[head];
    const [node, passed] = [state >> 1, (state & 1) === 1];
    for (let edge = graph.edgeStart[node]; edge < graph.edgeStart[node + 1]; edge++) {
      const next = graph.edgeTarget[edge];
      if (blocked?.(next))
        continue;
      const nextPassed = passed || passes(next);
      const nextState = stateOf(next, nextPassed);
      if (nextState === originState && originIsTarget)
        return [...nodesBack(head), origin];
      if (seen.has(nextState))
        continue;
      seen.add(nextState);
      order.push(nextState);
      parentAt.push(head);
      if (isTarget(next, nextPassed))
        return nodesBack(order.length - 1);
    }
  }
  return void 0;
}
function reaching(graph, targets, within) {
  const found = new Set(targets);
  const queue = [...found];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head];
    for (let slot = graph.predStart[node]; slot < graph.predStart[node + 1]; slot++) {
      const previous = graph.predSource[slot];
      if (found.has(previous) || within && !within(previous))
        continue;
      found.add(previous);
      queue.push(previous);
    }
  }
  return found;
}
function stronglyConnectedComponents(graph) {
  const size = graph.size;
  const index = new Int32Array(size).fill(-1);
  const lowLink = new Int32Array(size);
  const onStack = new Uint8Array(size);
  const component = new Int32Array(size).fill(-1);
  const nextEdge = new Int32Array(size);
  const stack = [];
  const callStack = [];
  const sizes = [];
  let counter = 0;
  for (let root = 0; root < size; root++) {
    if (index[root] !== -1)
      continue;
    callStack.push(root);
    while (callStack.length > 0) {
      const node = callStack[callStack.length - 1];
      if (index[node] === -1) {
        index[node] = lowLink[node] = counter++;
        nextEdge[node] = graph.edgeStart[node];
        stack.push(node);
        onStack[node] = 1;
      }
      if (nextEdge[node] < graph.edgeStart[node + 1]) {
        const next = graph.edgeTarget[nextEdge[node]++];
        if (index[next] === -1)
          callStack.push(next);
        else if (onStack[next])
          lowLink[node] = Math.min(lowLink[node], index[next]);
        continue;
      }
      callStack.pop();
      const parent = callStack[callStack.length - 1];
      if (parent !== void 0)
        lowLink[parent] = Math.min(lowLink[parent], lowLink[node]);
      if (lowLink[node] === index[node]) {
        let member;
        let members = 0;
        do {
          member = stack.pop();
          onStack[member] = 0;
          component[member] = sizes.length;
          members++;
        } while (member !== node);
        sizes.push(members);
      }
    }
  }
  const componentSize = Int32Array.from(sizes);
  const selfLoop = new Uint8Array(size);
  for (let node = 0; node < size; node++) {
    for (let edge = graph.edgeStart[node]; edge < graph.edgeStart[node + 1]; edge++) {
      if (graph.edgeTarget[edge] === node)
        selfLoop[node] = 1;
    }
  }
  return {
    component,
    count: sizes.length,
    componentSize,
    inCycle: (node) => componentSize[component[node]] > 1 || selfLoop[node] === 1
  };
}
function worstCase(graph, origin, options) {
  const isTarget = (node) => node !== origin && options.isTarget(node);
  const { mayReachTarget } = options;
  const reach = search(graph, [origin], {
    stopAt: isTarget,
    blocked: mayReachTarget && ((node) => !mayReachTarget(node))
  });
  const targets = reach.order.filter(isTarget);
  if (targets.length === 0)
    return { kind: "none" };
  const relevant = reaching(graph, targets, (node) => reach.has(node) && !isTarget(node));
  const walksOn = (node) => relevant.has(node) && !isTarget(node);
  const topological = topologicalOrder(graph, reach.order, relevant, walksOn);
  if (topological.length < relevant.size) {
    const cycle = findCycle(graph, reach.order, relevant, walksOn, topological);
    return { kind: "unbounded", path: reach.pathTo(cycle[0]), cycle };
  }
  const unknown = reach.order.find((node) => walksOn(node) && options.nodeCost(node) === void 0);
  if (unknown !== void 0)
    return { kind: "unknown", node: unknown, path: reach.pathTo(unknown) };
  const cost = /* @__PURE__ */ new Map([[origin, 0]]);
  const via = /* @__PURE__ */ new Map([[origin, -1]]);
  const costOf = (node) => cost.get(node) ?? -Infinity;
  for (const node of topological) {
    if (!walksOn(node) || !cost.has(node))
      continue;
    const leave = options.nodeCost(node);
    for (let edge = graph.edgeStart[node]; edge < graph.edgeStart[node + 1]; edge++) {
      const next = graph.edgeTarget[edge];
      if (!relevant.has(next))
        continue;
      const candidate = costOf(node) + leave + options.edgeCost(edge);
      if (candidate > costOf(next)) {
        cost.set(next, candidate);
        via.set(next, node);
      }
    }
  }
  let worst = targets[0];
  for (const target of targets)
    if (costOf(target) > costOf(worst))
      worst = target;
  const path = [];
  for (let at = worst; at !== -1; at = via.get(at) ?? -1)
    path.push(at);
  return { kind: "known", cost: costOf(worst), path: path.reverse() };
}
function topologicalOrder(graph, nodes, marked, walksOn) {
  const indegree = /* @__PURE__ */ new Map();
  for (const node of nodes) {
    if (!walksOn(node))
      continue;
    for (let edge = graph.edgeStart[node]; edge < graph.edgeStart[node + 1]; edge++) {
      const next = graph.edgeTarget[edge];
      if (marked.has(next))
        indegree.set(next, (indegree.get(next) ?? 0) + 1);
    }
  }
  const order = nodes.filter((node) => marked.has(node) && !indegree.has(node));
  for (let head = 0; head < order.length; head++) {
    const node = order[head];
    if (!walksOn(node))
      continue;
    for (let edge = graph.edgeStart[node]; edge < graph.edgeStart[node + 1]; edge++) {
      const next = graph.edgeTarget[edge];
      if (!marked.has(next))
        continue;
      const left = indegree.get(next) - 1;
      indegree.set(next, left);
      if (left === 0)
        order.push(next);
    }
  }
  return order;
}
function findCycle(graph, nodes, marked, walksOn, ordered) {
  const done = new Set(ordered);
  const rank = new Map(nodes.map((node, index) => [node, index]));
  let at = nodes.find((node) => marked.has(node) && !done.has(node));
  const seenAt = /* @__PURE__ */ new Map();
  const walk = [];
  while (!seenAt.has(at)) {
    seenAt.set(at, walk.length);
    walk.push(at);
    let earliest = -1;
    for (let slot = graph.predStart[at]; slot < graph.predStart[at + 1]; slot++) {
      const previous = graph.predSource[slot];
      if (!marked.has(previous) || done.has(previous) || !walksOn(previous))
        continue;
      if (earliest === -1 || rank.get(previous) < rank.get(earliest))
        earliest = previous;
    }
    at = earliest;
  }
  return walk.slice(seenAt.get(at)).reverse();
}

// dist/model/nearest-target.js
var UNREACHED = -1;
var OUTSIDE = -2;
var PIECE = 256;
var NearestTarget = class {
  graph;
  components;
  isTarget;
  pieceLength;
  /** Edges from a node to the nearest target, in the whole graph; UNREACHED when none can be reached. */
  distance;
  /** Distances within the current region (OUTSIDE for nodes not in it); reset after each query. */
  regionDistance;
  /** The greedy path from a node by shared distances, kept for the nodes pieces start at. */
  shared = /* @__PURE__ */ new Map();
  constructor(graph, components, isTarget, pieceLength = PIECE) {
    this.graph = graph;
    this.components = components;
    this.isTarget = isTarget;
    this.pieceLength = pieceLength;
    this.distance = distancesToTargets(graph, isTarget);
    this.regionDistance = new Int32Array(graph.size).fill(OUTSIDE);
  }
  /**
   * The path a breadth-first search from `origin` that never visits `avoid` (the origin excepted)
   * takes to the first target it meets, both ends included; undefined when it meets none.
   */
  pathFrom(origin, avoid) {
    if (this.isTarget(origin))
      return StepPath.of([origin]);
    const blocked = new Set(avoid.filter((node) => node !== origin));
    const mayReachBlocked = mayReachAny(this.components, blocked);
    const free = (node) => !mayReachBlocked(node);
    if (free(origin))
      return this.distance[origin] === UNREACHED ? void 0 : this.sharedPath(origin);
    const region = this.regionAfter(origin, blocked, free);
    try {
      this.settleRegion(region, blocked, free);
      return this.walk(origin, blocked, free);
    } finally {
      for (const node of region)
        this.regionDistance[node] = OUTSIDE;
    }
  }
  /** The nodes reachable from the origin, not avoided, that may still reach an avoided node. */
  regionAfter(origin, blocked, free) {
    const { edgeStart, edgeTarget } = this.graph;
    const region = [origin];
    this.regionDistance[origin] = UNREACHED;
    for (let head = 0; head < region.length; head++) {
      const node = region[head];
      for (let edge = edgeStart[node]; edge < edgeStart[node + 1]; edge++) {
        const next = edgeTarget[edge];
        if (this.regionDistance[next] !== OUTSIDE || blocked.has(next) || free(next))
          continue;
        this.regionDistance[next] = UNREACHED;
        region.push(next);
      }
    }
    return region;
  }
  /**
   * Distances within the region: a target is 0, an edge out to a free node adds one to the shared
   * distance, and they spread backwards along the region's edges in order of distance (a
   * breadth-first pass whose sources start at different distances).
   */
  settleRegion(region, blocked, free) {
    const { edgeStart, edgeTarget, predStart, predSource } = this.graph;
    const sources = [];
    for (const node of region) {
      let best = this.isTarget(node) ? 0 : Infinity;
      for (let edge = edgeStart[node]; edge < edgeStart[node + 1] && best > 0; edge++) {
        const next = edgeTarget[edge];
        if (blocked.has(next) || !free(next) || this.distance[next] === UNREACHED)
          continue;
        best = Math.min(best, this.distance[next] + 1);
      }
      if (best !== Infinity)
        sources.push([node, best]);
    }
    sources.sort((a, b) => a[1] - b[1]);
    const queue = [];
    let nextSource = 0;
    for (let head = 0; head < queue.length || nextSource < sources.length; ) {
      const fromQueue = head < queue.length && (nextSource === sources.length || this.regionDistance[queue[head]] < sources[nextSource][1]);
      let node;
      if (fromQueue)
        node = queue[head++];
      else {
        const [source, distance2] = sources[nextSource++];
        if (this.regionDistance[source] !== UNREACHED)
          continue;
        this.regionDistance[source] = distance2;
        node = source;
      }
      const distance = this.regionDistance[node];
      for (let slot = predStart[node]; slot < predStart[node + 1]; slot++) {
        const previous = predSource[slot];
        if (this.regionDistance[previous] !== UNREACHED)
          continue;
        this.regionDistance[previous] = distance + 1;
        queue.push(previous);
      }
    }
  }
  /** From the origin, the first edge to a node one nearer a target, until a target or the shared distances. */
  walk(origin, blocked, free) {
    const { edgeStart, edgeTarget } = this.graph;
    if (this.regionDistance[origin] === UNREACHED)
      return void 0;
    const path = [origin];
    let node = origin;
    while (this.regionDistance[node] > 0) {
      const wanted = this.regionDistance[node] - 1;
      for (let edge = edgeStart[node]; edge < edgeStart[node + 1]; edge++) {
        const next = edgeTarget[edge];
        if (blocked.has(next))
          continue;
        if (free(next) ? this.distance[next] === wanted : this.regionDistance[next] === wanted) {
          node = next;
          break;
        }
      }
      if (free(node))
        return StepPath.join(path, this.sharedPath(node));
      path.push(node);
    }
    return StepPath.of(path);
  }
  /**
   * The greedy path by shared distances from a node that can reach a target. Paths that meet go on
   * alike, so each is kept as pieces shared from the first piece start it meets on: thousands of
   * promises on one flow hold their own steps and the flow once.
   */
  sharedPath(from) {
    const { edgeStart, edgeTarget } = this.graph;
    const walked = [];
    let rest;
    for (let node = from; ; ) {
      rest = this.shared.get(node);
      if (rest)
        break;
      walked.push(node);
      if (this.distance[node] === 0)
        break;
      const wanted = this.distance[node] - 1;
      let edge = edgeStart[node];
      while (this.distance[edgeTarget[edge]] !== wanted)
        edge++;
      node = edgeTarget[edge];
    }
    for (let end = walked.length, at = walked.length - 1; at >= 0; at--) {
      if (at > 0 && this.distance[walked[at]] % this.pieceLength !== 0)
        continue;
      const own = walked.slice(at, end);
      rest = rest ? StepPath.join(own, rest) : StepPath.of(own);
      this.shared.set(walked[at], rest);
      end = at;
    }
    return rest;
  }
};
function mayReachAny(components, targets) {
  let lowest = Infinity;
  for (const node of targets)
    lowest = Math.min(lowest, components.component[node]);
  return (node) => components.component[node] >= lowest;
}
function distancesToTargets(graph, isTarget) {
  const distance = new Int32Array(graph.size).fill(UNREACHED);
  const queue = [];
  for (let node = 0; node < graph.size; node++) {
    if (!isTarget(node))
      continue;
    distance[node] = 0;
    queue.push(node);
  }
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head];
    for (let slot = graph.predStart[node]; slot < graph.predStart[node + 1]; slot++) {
      const previous = graph.predSource[slot];
      if (distance[previous] !== UNREACHED)
        continue;
      distance[previous] = distance[node] + 1;
      queue.push(previous);
    }
  }
  return distance;
}

// dist/model/longest-path.js
var NOT_REACHED2 = -2;
var FEW_NODES_SHARE = 8;
function heaviestPaths(graph, components, origin, edgeWeight, reach = search(graph, [origin])) {
  const { component } = components;
  const entries = new ComponentEntries(components.count);
  weighFrom(graph, components, origin, edgeWeight, reach.order, entries);
  let parent;
  return {
    reached: reach.order,
    weightTo: (node) => reach.has(node) ? entries.weight[component[node]] : void 0,
    pathTo(node) {
      if (!reach.has(node))
        throw new Error(`node ${node} was not reached`);
      parent ??= newParents(graph);
      return pathBack2(graph, component, entries, node, parent);
    }
  };
}
var UNDECIDED = /* @__PURE__ */ Symbol("undecided");
var HeaviestTarget = class {
  graph;
  components;
  isTarget;
  edgeWeight;
  atFunnel = /* @__PURE__ */ new Map();
  /** Reused by the passes over the steps before a funnel, each clearing what it set. */
  entries;
  parent;
  constructor(graph, components, isTarget, edgeWeight) {
    this.graph = graph;
    this.components = components;
    this.isTarget = isTarget;
    this.edgeWeight = edgeWeight;
    this.entries = new ComponentEntries(components.count);
    this.parent = newParents(graph);
  }
  from(origin) {
    const funnel = funnelOf(this.graph, this.components, origin);
    const throughFunnel = funnel === void 0 ? UNDECIDED : this.throughFunnel(origin, funnel.before, funnel.step);
    const found = throughFunnel === UNDECIDED ? this.wholePass(origin) : throughFunnel;
    return found && { path: found.path, weight: found.weight };
  }
  throughFunnel(origin, before, funnel) {
    const { graph, components, entries } = this;
    weighFrom(graph, components, origin, this.edgeWeight, before.order, entries);
    try {
      const weightOf = (node) => entries.weight[components.component[node]];
      const own = firstHeaviest(before.order.filter((node) => node !== funnel && this.isTarget(node)), weightOf);
      const behind = this.answerAt(funnel);
      const toFunnel = weightOf(funnel);
      const pathTo = (node) => pathBack2(graph, components.component, entries, node, this.parent);
      const ownFound = () => ({
        path: StepPath.of(pathTo(own)),
        weight: weightOf(own),
        depth: before.pathTo(own).length - 1
      });
      if (behind === void 0)
        return own === void 0 ? void 0 : ownFound();
      const viaFunnel = () => ({
        path: StepPath.join(pathTo(funnel).slice(0, -1), behind.path),
        weight: toFunnel + behind.weight,
        depth: before.pathTo(funnel).length - 1 + behind.depth
      });
      if (own === void 0 || weightOf(own) < toFunnel + behind.weight)
        return viaFunnel();
      if (weightOf(own) > toFunnel + behind.weight)
        return ownFound();
      const [mine, theirs] = [ownFound(), viaFunnel()];
      if (mine.depth === theirs.depth)
        return UNDECIDED;
      return mine.depth < theirs.depth ? mine : theirs;
    } finally {
      entries.clear();
    }
  }
  answerAt(funnel) {
    if (!this.atFunnel.has(funnel))
      this.atFunnel.set(funnel, this.wholePass(funnel));
    return this.atFunnel.get(funnel);
  }
  /** `heaviestPaths` from the origin over all it reaches, and its first heaviest target. */
  wholePass(origin) {
    const reach = search(this.graph, [origin]);
    const paths = heaviestPaths(this.graph, this.components, origin, this.edgeWeight, reach);
    const target = firstHeaviest(reach.order.filter((node) => this.isTarget(node)), (node) => paths.weightTo(node));
    if (target === void 0)
      return void 0;
    return {
      path: StepPath.of(paths.pathTo(target)),
      weight: paths.weightTo(target),
      depth: reach.pathTo(target).length - 1
    };
  }
};
function firstHeaviest(nodes, weightOf) {
  let heaviest;
  for (const node of nodes) {
    if (heaviest === void 0 || weightOf(node) > weightOf(heaviest))
      heaviest = node;
  }
  return heaviest;
}
var ComponentEntries = class {
  weight;
  entryFrom;
  entryNode;
  entered = [];
  constructor(count) {
    this.weight = new Float64Array(count).fill(-1);
    this.entryFrom = new Int32Array(count).fill(-1);
    this.entryNode = new Int32Array(count).fill(-1);
  }
  enter(component, weight, from, node) {
    if (this.weight[component] === -1)
      this.entered.push(component);
    this.weight[component] = weight;
    this.entryFrom[component] = from;
    this.entryNode[component] = node;
  }
  clear() {
    for (const component of this.entered) {
      this.weight[component] = -1;
      this.entryFrom[component] = -1;
      this.entryNode[component] = -1;
    }
    this.entered.length = 0;
  }
};
function weighFrom(graph, components, origin, edgeWeight, reached, entries) {
  const { component } = components;
  const { weight } = entries;
  entries.enter(component[origin], 0, -1, origin);
  for (const node of inTopologicalOrder(reached, components)) {
    const here = component[node];
    for (let edge = graph.edgeStart[node]; edge < graph.edgeStart[node + 1]; edge++) {
      const next = graph.edgeTarget[edge];
      const there = component[next];
      if (there === here)
        continue;
      const candidate = weight[here] + edgeWeight(edge, node, next);
      if (candidate > weight[there])
        entries.enter(there, candidate, node, next);
    }
  }
}
function pathBack2(graph, component, entries, node, parent) {
  const pieces = [];
  for (let at = node; at !== -1; at = entries.entryFrom[component[at]]) {
    pieces.push(pathInside(graph, component, entries.entryNode[component[at]], at, parent));
  }
  return pieces.reverse().flat();
}
function pathWithinComponent(graph, components, from, to) {
  return pathInside(graph, components.component, from, to, newParents(graph));
}
function newParents(graph) {
  return new Int32Array(graph.size).fill(NOT_REACHED2);
}
function pathInside(graph, component, from, to, parent) {
  const inside = component[from];
  parent[from] = -1;
  const queue = [from];
  for (let head = 0; head < queue.length && parent[to] === NOT_REACHED2; head++) {
    const node = queue[head];
    for (let edge = graph.edgeStart[node]; edge < graph.edgeStart[node + 1]; edge++) {
      const next = graph.edgeTarget[edge];
      if (parent[next] !== NOT_REACHED2 || component[next] !== inside)
        continue;
      parent[next] = node;
      queue.push(next);
    }
  }
  const path = [];
  for (let at = to; at !== -1; at = parent[at])
    path.push(at);
  for (const visited of queue)
    parent[visited] = NOT_REACHED2;
  return path.reverse();
}
function inTopologicalOrder(nodes, components) {
  const { component, count } = components;
  if (nodes.length * FEW_NODES_SHARE < count)
    return [...nodes].sort((a, b) => component[b] - component[a]);
  const slot = new Int32Array(count + 1);
  for (const node of nodes)
    slot[count - component[node]]++;
  for (let c = 0; c < count; c++)
    slot[c + 1] += slot[c];
  const ordered = new Array(nodes.length);
  for (const node of nodes)
    ordered[slot[count - 1 - component[node]]++] = node;
  return ordered;
}

// dist/model/process-graph.js
var TYPE_LITERALS = new Map(STEP_TYPES.map((type) => [type, type]));
var CUSTOMER_FACING = 1;
var RESPONSE = 2;
var MEMO_GRAPHS = 8;
var ProcessGraph = class {
  process;
  #graph;
  /** The `after` wait of each graph edge, by edge id. */
  #waits;
  startSteps;
  indexById;
  types;
  roles;
  reachable;
  reachableByType;
  /** Per step: CUSTOMER_FACING and RESPONSE bits, worked out once. */
  facing;
  reachFromStep = /* @__PURE__ */ new Map();
  memoisedSteps = 0;
  emergencyEntrySteps;
  emergency;
  components;
  nearestEndFinder;
  constructor(process) {
    this.process = process;
    const indexById = /* @__PURE__ */ new Map();
    process.steps.forEach((step, index) => indexById.set(step.id, index));
    this.indexById = indexById;
    const waits = [];
    const { steps } = process;
    const successors = steps.map((step, index) => {
      const targets = [];
      for (const edge of step.next) {
        const target = steps[index + 1]?.id === edge.to.id ? index + 1 : indexById.get(edge.to.id);
        if (target === void 0)
          continue;
        targets.push(target);
        waits.push(edge.after);
      }
      return targets;
    });
    this.#graph = new Digraph(successors);
    this.#waits = waits;
    this.startSteps = [...new Set(process.start.flatMap((ref) => indexById.get(ref.id) ?? []))];
    this.types = process.steps.map((step) => TYPE_LITERALS.get(step.type));
    this.roles = process.steps.map((step) => step.actor && process.roles.get(step.actor.id));
  }
  get steps() {
    return this.process.steps;
  }
  step(index) {
    return this.process.steps[index];
  }
  typeOf(index) {
    return this.types[index];
  }
  /** The declared role that does the step; undefined for `system`, `customer`, no actor or an unknown name. */
  roleOf(index) {
    return this.roles[index];
  }
  /** docs/format.md: whether the customer hears from the company at the step. */
  isCustomerFacing(index) {
    return (this.facingOf(index) & CUSTOMER_FACING) !== 0;
  }
  /** docs/format.md, *response*: whether a person answers the customer at the step. */
  isResponse(index) {
    return (this.facingOf(index) & RESPONSE) !== 0;
  }
  facingOf(index) {
    this.facing ??= Uint8Array.from(this.steps, (step) => (isCustomerFacing(this.process, step) ? CUSTOMER_FACING : 0) | (isResponse(this.process, step) ? RESPONSE : 0));
    return this.facing[index];
  }
  indexOf(stepId) {
    return this.indexById.get(stepId);
  }
  /** docs/format.md: a step without `next` has no successor step (unknown targets do not count). */
  hasNext(index) {
    return this.#graph.outDegree(index) > 0;
  }
  /** How many of the step's `next` entries name a known step (a step named twice counts twice). */
  successorCount(index) {
    return this.#graph.outDegree(index);
  }
  /**
   * Calls `visit` with each successor of the step, in `next` order, the `after` wait on the way there
   * (undefined when none is written) and the step itself. Allocates nothing: in a loop over many steps,
   * one `visit` made before the loop serves them all.
   */
  forEachSuccessor(index, visit) {
    const { edgeStart, edgeTarget } = this.#graph;
    for (let edge = edgeStart[index], end = edgeStart[index + 1]; edge < end; edge++)
      visit(edgeTarget[edge], this.#waits[edge], index);
  }
  /** The first successor of the step, in `next` order, for which `test` holds; its arguments are `forEachSuccessor`'s. */
  findSuccessor(index, test) {
    const { edgeStart, edgeTarget } = this.#graph;
    for (let edge = edgeStart[index], end = edgeStart[index + 1]; edge < end; edge++) {
      if (test(edgeTarget[edge], this.#waits[edge], index))
        return edgeTarget[edge];
    }
    return void 0;
  }
  /** Whether some `start` reaches the step. */
  isReachable(index) {
    this.reachable ??= search(this.#graph, this.startSteps);
    return this.reachable.has(index);
  }
  /** Steps some `start` reaches, in breadth-first order from the starts. */
  reachableSteps() {
    this.reachable ??= search(this.#graph, this.startSteps);
    return this.reachable.order;
  }
  /** Reachable steps of one type, in breadth-first order from the starts. */
  reachableOfType(type) {
    this.reachableByType ??= this.groupReachableByType();
    return this.reachableByType.get(type) ?? [];
  }
  /** The emergency entries some `start` reaches, in breadth-first order from the starts. */
  emergencyEntries() {
    this.emergencyEntrySteps ??= this.reachableSteps().filter((index) => isEmergencyEntry(this.step(index)));
    return this.emergencyEntrySteps;
  }
  /** docs/format.md: the steps on an emergency path: those entries, and every step reachable from them. */
  emergencyPath() {
    this.emergency ??= this.searchFrom(this.emergencyEntries());
    return this.emergency;
  }
  /** Shortest path from a start to the step. */
  pathFromStart(index) {
    this.reachable ??= search(this.#graph, this.startSteps);
    return this.reachable.pathTo(index);
  }
  /** The loops of the process: its strongly connected components, worked out once. */
  cycles() {
    this.components ??= stronglyConnectedComponents(this.#graph);
    return this.components;
  }
  /** The step the intake (or any step) funnels into, with the steps before it (src/model/graph.ts `funnelOf`). */
  funnelOf(index) {
    return funnelOf(this.#graph, this.cycles(), index);
  }
  /** The shortest path from `from` to `to` (both included) that never leaves the loop they share (`cycles()`). */
  pathWithinLoop(from, to) {
    return pathWithinComponent(this.#graph, this.cycles(), from, to);
  }
  /**
   * Every step reachable from one step, memoised: several rules walk all that follows each intake.
   * The memo holds at most a few graphs' worth of steps, so a process with thousands of intakes
   * costs time (a search per intake, as every rule may), never memory beyond its size.
   */
  reachFrom(index) {
    const known = this.reachFromStep.get(index);
    if (known)
      return known;
    const reach = this.searchFrom(index);
    if (this.memoisedSteps + reach.order.length <= MEMO_GRAPHS * this.steps.length) {
      this.reachFromStep.set(index, reach);
      this.memoisedSteps += reach.order.length;
    }
    return reach;
  }
  /**
   * The path `searchFrom(origin, { avoid })` takes to its first `end`, shared by every origin
   * (see NearestTarget): thousands of promises on one flow cost what lies between each and the
   * steps it avoids, not all that follows it.
   */
  pathToFirstEnd(origin, avoid) {
    return this.sharedPathToFirstEnd(origin, avoid)?.slice();
  }
  /**
   * `pathToFirstEnd` as a `StepPath` that goes on along the paths other origins share: a rule that
   * keeps thousands of them as witnesses holds each one's own steps and the flow once.
   */
  sharedPathToFirstEnd(origin, avoid) {
    this.nearestEndFinder ??= new NearestTarget(this.#graph, this.cycles(), (index) => this.typeOf(index) === "end");
    return this.nearestEndFinder.pathFrom(origin, avoid);
  }
  /**
   * For many origins: the path `searchFrom(origin)` takes to the first step that passes `isTarget`,
   * from one backward pass shared by every origin (see NearestTarget), so thousands of intakes on
   * one flow cost their paths, not a search each.
   */
  nearestPaths(isTarget) {
    const finder = new NearestTarget(this.#graph, this.cycles(), isTarget);
    return (origin) => finder.pathFrom(origin, [])?.slice();
  }
  /** False for steps that can reach none of `targets`: a search for them may leave those out. */
  mayReachAny(targets) {
    return mayReachAny(this.cycles(), targets);
  }
  /**
   * Breadth-first search from steps: every step reached, and the shortest path to each, paths
   * branching in `next` order. For "from A, C can be reached without passing B", when every C matters;
   * `findPath` answers for the nearest C alone, and stops there.
   */
  searchFrom(origins, limits = {}) {
    return search(this.#graph, typeof origins === "number" ? [origins] : origins, {
      blocked: limits.avoid,
      stopAt: limits.stopAt
    });
  }
  /**
   * The shortest path (both ends included) from `query.from` to the nearest target, never entering an
   * `avoid` step; undefined when no target can be reached so. It is the witness `searchFrom` would give
   * for the first target it reaches, found without searching further. With `passes`, each step is
   * visited at most twice (before and after passing one): "an end reached after a response" in
   * O(V+E), without enumerating paths.
   */
  findPath(query) {
    const { from, avoid, passes, isTarget } = query;
    if (passes)
      return shortestPathPassing(this.#graph, from, { blocked: avoid, passes, isTarget });
    return shortestPath(this.#graph, from, { blocked: avoid, isTarget });
  }
  /**
   * Every step from which a target can be reached, the targets included, walking back only through
   * `within` steps. Costs what it finds.
   */
  stepsReaching(targets, within) {
    return reaching(this.#graph, targets, within);
  }
  /**
   * The longest elapsed time (SPEC §2: the `takes` of the steps left plus the `after` of the edges
   * taken) from `from` to the first target on each path: known, unknown (a step without `takes`),
   * unbounded (a loop), or none when no target can be reached. `from` is never a target.
   * `mayReachTarget` (`mayReachAny` of the targets) spares the walk past them; the answer is the same.
   */
  worstElapsedTime(from, isTarget, mayReachTarget) {
    return worstCase(this.#graph, from, {
      isTarget,
      nodeCost: (step) => this.step(step).takes?.seconds,
      edgeCost: (edge) => this.#waits[edge]?.seconds ?? 0,
      mayReachTarget
    });
  }
  /**
   * For many origins: the heaviest path from each to a target, where an edge between two loops (or steps
   * on none) weighs `weight(from, to)` (at least 0) and an edge inside a loop weighs nothing (a loop
   * would make the weight unlimited, so the caller looks for weighted edges in loops itself); among
   * the heaviest, the target a breadth-first search meets first. Origins that funnel into one step
   * share its answer (see HeaviestTarget): thousands of intakes into one flow cost their own steps.
   */
  heaviestPathsTo(isTarget, weight) {
    const finder = new HeaviestTarget(this.#graph, this.cycles(), isTarget, (_edge, source, target) => weight(source, target));
    return (origin) => finder.from(origin);
  }
  groupReachableByType() {
    const byType = /* @__PURE__ */ new Map();
    for (const index of this.reachableSteps()) {
      const ofType = byType.get(this.typeOf(index));
      if (ofType)
        ofType.push(index);
      else
        byType.set(this.typeOf(index), [index]);
    }
    return byType;
  }
  /** Step ids of a path, as reports show it. */
  ids(path) {
    return path.map((index) => this.step(index).id);
  }
};

// dist/rules/support/ways.js
function gapOfWays(step, subject, ways, fix) {
  const listed = ways.map((way) => way.text).join("; and ");
  return {
    step,
    path: ways.find((way) => way.path)?.path,
    message: `${subject} ${listed}`,
    ...fix && { fix }
  };
}

export {
  __require,
  __commonJS,
  __toESM,
  DURATION_PATTERN,
  DATE_PATTERN,
  parseDuration,
  formatSeconds,
  isValidDate,
  todayUtc,
  isOverdue,
  dueDate,
  StepPath,
  isStepIds,
  cutSteps,
  cutList,
  keptEnds,
  quoteSteps,
  pathText,
  keptPath,
  lateWay,
  STEP_TYPES,
  CHANNELS,
  BUILT_IN_ACTORS,
  isRole,
  ALWAYS_CUSTOMER_FACING_TYPES,
  isCustomerFacing,
  isResponse,
  isComplaintIntake,
  isComplaintOrReturnIntake,
  ProcessGraph,
  gapOfWays
};
