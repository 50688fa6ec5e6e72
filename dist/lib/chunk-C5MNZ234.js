import { createRequire as gapcheckCreateRequire } from 'node:module'; const require = gapcheckCreateRequire(import.meta.url);
import {
  BUILT_IN_ACTORS,
  CHANNELS,
  DATE_PATTERN,
  DURATION_PATTERN,
  ProcessGraph,
  StepPath,
  __commonJS,
  __toESM,
  cutList,
  cutSteps,
  dueDate,
  gapOfWays,
  isComplaintIntake,
  isComplaintOrReturnIntake,
  isOverdue,
  isRole,
  isStepIds,
  isValidDate,
  keptEnds,
  keptPath,
  lateWay,
  parseDuration,
  quoteSteps
} from "./chunk-BJ23F3SE.js";

// node_modules/fastest-levenshtein/mod.js
var require_mod = __commonJS({
  "node_modules/fastest-levenshtein/mod.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.distance = exports.closest = void 0;
    var peq = new Uint32Array(65536);
    var myers_32 = function(a, b) {
      var n = a.length;
      var m = b.length;
      var lst = 1 << n - 1;
      var pv = -1;
      var mv = 0;
      var sc = n;
      var i = n;
      while (i--) {
        peq[a.charCodeAt(i)] |= 1 << i;
      }
      for (i = 0; i < m; i++) {
        var eq = peq[b.charCodeAt(i)];
        var xv = eq | mv;
        eq |= (eq & pv) + pv ^ pv;
        mv |= ~(eq | pv);
        pv &= eq;
        if (mv & lst) {
          sc++;
        }
        if (pv & lst) {
          sc--;
        }
        mv = mv << 1 | 1;
        pv = pv << 1 | ~(xv | mv);
        mv &= xv;
      }
      i = n;
      while (i--) {
        peq[a.charCodeAt(i)] = 0;
      }
      return sc;
    };
    var myers_x = function(b, a) {
      var n = a.length;
      var m = b.length;
      var mhc = [];
      var phc = [];
      var hsize = Math.ceil(n / 32);
      var vsize = Math.ceil(m / 32);
      for (var i = 0; i < hsize; i++) {
        phc[i] = -1;
        mhc[i] = 0;
      }
      var j = 0;
      for (; j < vsize - 1; j++) {
        var mv_1 = 0;
        var pv_1 = -1;
        var start_1 = j * 32;
        var vlen_1 = Math.min(32, m) + start_1;
        for (var k = start_1; k < vlen_1; k++) {
          peq[b.charCodeAt(k)] |= 1 << k;
        }
        for (var i = 0; i < n; i++) {
          var eq = peq[a.charCodeAt(i)];
          var pb = phc[i / 32 | 0] >>> i & 1;
          var mb = mhc[i / 32 | 0] >>> i & 1;
          var xv = eq | mv_1;
          var xh = ((eq | mb) & pv_1) + pv_1 ^ pv_1 | eq | mb;
          var ph = mv_1 | ~(xh | pv_1);
          var mh = pv_1 & xh;
          if (ph >>> 31 ^ pb) {
            phc[i / 32 | 0] ^= 1 << i;
          }
          if (mh >>> 31 ^ mb) {
            mhc[i / 32 | 0] ^= 1 << i;
          }
          ph = ph << 1 | pb;
          mh = mh << 1 | mb;
          pv_1 = mh | ~(xv | ph);
          mv_1 = ph & xv;
        }
        for (var k = start_1; k < vlen_1; k++) {
          peq[b.charCodeAt(k)] = 0;
        }
      }
      var mv = 0;
      var pv = -1;
      var start = j * 32;
      var vlen = Math.min(32, m - start) + start;
      for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] |= 1 << k;
      }
      var score = m;
      for (var i = 0; i < n; i++) {
        var eq = peq[a.charCodeAt(i)];
        var pb = phc[i / 32 | 0] >>> i & 1;
        var mb = mhc[i / 32 | 0] >>> i & 1;
        var xv = eq | mv;
        var xh = ((eq | mb) & pv) + pv ^ pv | eq | mb;
        var ph = mv | ~(xh | pv);
        var mh = pv & xh;
        score += ph >>> m - 1 & 1;
        score -= mh >>> m - 1 & 1;
        if (ph >>> 31 ^ pb) {
          phc[i / 32 | 0] ^= 1 << i;
        }
        if (mh >>> 31 ^ mb) {
          mhc[i / 32 | 0] ^= 1 << i;
        }
        ph = ph << 1 | pb;
        mh = mh << 1 | mb;
        pv = mh | ~(xv | ph);
        mv = ph & xv;
      }
      for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] = 0;
      }
      return score;
    };
    var distance2 = function(a, b) {
      if (a.length < b.length) {
        var tmp = b;
        b = a;
        a = tmp;
      }
      if (b.length === 0) {
        return a.length;
      }
      if (a.length <= 32) {
        return myers_32(a, b);
      }
      return myers_x(a, b);
    };
    exports.distance = distance2;
    var closest = function(str2, arr) {
      var min_distance = Infinity;
      var min_index = 0;
      for (var i = 0; i < arr.length; i++) {
        var dist = distance2(str2, arr[i]);
        if (dist < min_distance) {
          min_distance = dist;
          min_index = i;
        }
      }
      return arr[min_index];
    };
    exports.closest = closest;
  }
});

// dist/errors.js
var UsageError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "UsageError";
  }
};

// dist/text-order.js
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// dist/rules/invalid-process.js
var invalidProcess = {
  kind: "loader",
  meta: {
    id: "invalid-process",
    defaultSeverity: "critical",
    summary: "The file is not valid YAML, has a duplicate key, or does not match the process schema.",
    why: "A process gapcheck cannot read is a process nobody is checking: every gap in it stays hidden until it burns a customer.",
    fix: "Correct each problem listed, at the line and column given. Editors that know the schema (`schemas/process.schema.json`) show them as you type.",
    example: `# yaml-language-server: $schema=../schemas/process.schema.json
process: password-reset
title: Password reset request
owner: it-desk
review: { last: 2026-09-01, every: 365d }
roles:
  it-desk: { title: IT desk, training: { last: 2026-09-01, every: 365d } }
start: receive-request
steps:
  receive-request:
    type: intake
    channel: chat
    actor: it-desk
    next: done
  done:
    type: end
waivers:
  - rule: emergency-path
    reason: Emergencies are handled by the gas-leak-report process.
`,
    failingExample: `# yaml-language-server: $schema=../schemas/process.schema.json
process: password-reset
title: Password reset request
owner: it-desk
review: { last: 2026-09-01, every: 365d }
roles:
  it-desk: { title: IT desk, training: { last: 2026-09-01, every: 365d } }
start: receive-request
steps:
  receive-request:
    type: intake
    channel: chat
    actor: it-desk
    nxt: done
  done:
    type: end
waivers:
  - rule: emergency-path
    reason: Emergencies are handled by the gas-leak-report process.
`,
    structural: true,
    defaultOptions: {}
  }
};

// dist/model/severity.js
var SEVERITIES = ["critical", "high", "medium", "low"];
var RANK = { critical: 4, high: 3, medium: 2, low: 1 };
function severityRank(severity) {
  return RANK[severity];
}
function isAtLeast(severity, threshold) {
  return RANK[severity] >= RANK[threshold];
}
function isSeverity(value) {
  return typeof value === "string" && SEVERITIES.includes(value);
}
function escalateSeverity(severity) {
  const index = SEVERITIES.indexOf(severity);
  return SEVERITIES[Math.max(0, index - 1)];
}

// dist/rules/support/journey-tree.js
var BreadthFirstTree = class {
  graph;
  order = new Int32Array(0);
  queue;
  parent;
  depth;
  reached;
  enter = new Int32Array(0);
  exit = new Int32Array(0);
  position;
  generation = 0;
  constructor(graph) {
    this.graph = graph;
    const size = graph.steps.length;
    this.parent = new Int32Array(size);
    this.depth = new Int32Array(size);
    this.reached = new Int32Array(size);
    this.position = new Int32Array(size);
    this.queue = new Int32Array(size);
  }
  grow(root) {
    const generation = ++this.generation;
    const { queue } = this;
    queue[0] = root;
    this.reached[root] = generation;
    this.parent[root] = -1;
    this.depth[root] = 0;
    this.position[root] = 0;
    let size = 1;
    const parentAt = new Int32Array(this.graph.steps.length);
    let head = 0;
    const reach = (next, _wait, step) => {
      if (this.reached[next] === generation)
        return;
      this.reached[next] = generation;
      this.parent[next] = step;
      this.depth[next] = this.depth[step] + 1;
      this.position[next] = size;
      parentAt[size] = head;
      queue[size++] = next;
    };
    for (; head < size; head++)
      this.graph.forEachSuccessor(queue[head], reach);
    this.order = queue.subarray(0, size);
    ({ enter: this.enter, exit: this.exit } = numberTree(parentAt.subarray(0, size)));
    return this;
  }
  has(step) {
    return this.reached[step] === this.generation;
  }
  parentOf(step) {
    return this.parent[step];
  }
  depthOf(step) {
    return this.depth[step];
  }
  isAncestorOrSelf(ancestor, step) {
    const [a, b] = [this.position[ancestor], this.position[step]];
    return this.enter[a] <= this.enter[b] && this.exit[b] <= this.exit[a];
  }
  pathTo(step) {
    const path2 = [];
    for (let at2 = step; at2 !== -1; at2 = this.parent[at2])
      path2.push(at2);
    return path2.reverse();
  }
};
var FunnelTree = class {
  funnel;
  behind;
  order = [];
  parent = /* @__PURE__ */ new Map();
  depth = /* @__PURE__ */ new Map();
  constructor(graph, intake, funnel, behind) {
    this.funnel = funnel;
    this.behind = behind;
    this.parent.set(intake, -1);
    this.depth.set(intake, 0);
    const visit = (next, _wait, from) => {
      if (this.depth.has(next))
        return;
      this.parent.set(next, from);
      this.depth.set(next, this.depth.get(from) + 1);
      if (next !== funnel)
        this.order.push(next);
    };
    this.order.push(intake);
    for (let head = 0; head < this.order.length; head++)
      graph.forEachSuccessor(this.order[head], visit);
  }
  /** A step before the funnel, the funnel not included. */
  isBefore(step) {
    return step !== this.funnel && this.depth.has(step);
  }
  has(step) {
    return this.depth.has(step) || this.behind.has(step);
  }
  parentOf(step) {
    return this.parent.get(step) ?? this.behind.parentOf(step);
  }
  depthOf(step) {
    return this.depth.get(step) ?? this.depth.get(this.funnel) + this.behind.depthOf(step);
  }
  isAncestorOrSelf(ancestor, step) {
    if (!this.isBefore(ancestor))
      return !this.isBefore(step) && this.behind.isAncestorOrSelf(ancestor, step);
    let at2 = this.isBefore(step) ? step : this.funnel;
    while (this.depth.get(at2) > this.depth.get(ancestor))
      at2 = this.parent.get(at2);
    return at2 === ancestor;
  }
  pathTo(step) {
    const path2 = this.isBefore(step) || step === this.funnel ? [] : this.behind.pathTo(step).slice(1).reverse();
    for (let at2 = this.isBefore(step) ? step : this.funnel; at2 !== -1; at2 = this.parent.get(at2))
      path2.push(at2);
    return path2.reverse();
  }
};
function numberTree(parentOf) {
  const size = parentOf.length;
  const firstChild = new Int32Array(size + 1);
  for (let node = 1; node < size; node++)
    firstChild[parentOf[node] + 1]++;
  for (let node = 0; node < size; node++)
    firstChild[node + 1] += firstChild[node];
  const children = new Int32Array(Math.max(0, size - 1));
  const fill = firstChild.slice(0, size);
  for (let node = 1; node < size; node++)
    children[fill[parentOf[node]]++] = node;
  const enter = new Int32Array(size);
  const exit = new Int32Array(size);
  const stack = [0];
  const nextChild = firstChild.slice(0, size);
  let clock = 1;
  while (stack.length > 0) {
    const node = stack[stack.length - 1];
    if (nextChild[node] < firstChild[node + 1]) {
      const next = children[nextChild[node]++];
      enter[next] = clock++;
      stack.push(next);
    } else {
      exit[node] = clock++;
      stack.pop();
    }
  }
  return { enter, exit };
}

// dist/rules/support/segment-index.js
var Segment = class {
  path;
  length;
  /** The pieces that hold steps, in order, and the position each starts at. */
  pieces;
  starts;
  constructor(path2) {
    this.path = path2;
    const pieces = [];
    const starts = [];
    let at2 = 0;
    for (let piece = path2; piece; piece = piece.rest) {
      if (piece.own.length === 0)
        continue;
      pieces.push(piece);
      starts.push(at2);
      at2 += piece.own.length;
    }
    this.pieces = pieces;
    this.starts = starts;
    this.length = path2.length;
  }
  /** The piece that holds position `at` (a binary search: a path down a long flow has hundreds). */
  pieceAt(at2) {
    let [low, high] = [0, this.pieces.length - 1];
    while (low < high) {
      const middle = low + high + 1 >> 1;
      if (this.starts[middle] <= at2)
        low = middle;
      else
        high = middle - 1;
    }
    return low;
  }
  /** A piece starts at position `at`. */
  startsPiece(at2) {
    return this.starts[this.pieceAt(at2)] === at2;
  }
  stepAt(at2) {
    const piece = this.pieceAt(at2);
    return this.pieces[piece].own[at2 - this.starts[piece]];
  }
};
var SegmentIndex = class {
  segments;
  tailsOfPiece = /* @__PURE__ */ new Map();
  /** Per segment, per piece: the node of each of its positions. */
  tails;
  enter;
  exit;
  constructor(segments) {
    this.segments = segments;
    const trie = new ReversedTrie();
    this.tails = segments.map(({ pieces }) => {
      const tails = new Array(pieces.length);
      for (let piece = pieces.length - 1; piece >= 0; piece--) {
        let known = this.tailsOfPiece.get(pieces[piece]);
        if (known === void 0) {
          known = trie.add(pieces[piece].own, piece + 1 < pieces.length ? tails[piece + 1][0] : 0);
          this.tailsOfPiece.set(pieces[piece], known);
        }
        tails[piece] = known;
      }
      return tails;
    });
    ({ enter: this.enter, exit: this.exit } = numberTree(trie.failureLinks()));
  }
  /** The node of segment `gap` from position `at` on: equal for equal tails, whatever the segment. */
  tailAt(gap, at2) {
    const segment = this.segments[gap];
    const piece = segment.pieceAt(at2);
    return this.tails[gap][piece][at2 - segment.starts[piece]];
  }
  /** Segment `inner` occurs in a piece of a segment, from the piece's position `at`. */
  occursInPiece(inner, piece, at2) {
    return this.isPrefix(this.tailAt(inner, 0), this.tailsOfPiece.get(piece)[at2]);
  }
  /** Segment `gap` from position `at` on is a prefix of segment `next`. */
  continuesInto(gap, at2, next) {
    return this.isPrefix(this.tailAt(gap, at2), this.tailAt(next, 0));
  }
  same(a, b) {
    return this.tailAt(a, 0) === this.tailAt(b, 0);
  }
  /** Tail `x` is a prefix of tail `y`. */
  isPrefix(x, y) {
    return this.enter[x] <= this.enter[y] && this.exit[y] <= this.exit[x];
  }
};
var ReversedTrie = class {
  child = new PairMap();
  parent = [-1];
  symbol = [-1];
  depth = [0];
  /** The nodes of `steps` followed by the tail `then`, position by position. */
  add(steps, then) {
    const tails = new Int32Array(steps.length);
    let node = then;
    for (let at2 = steps.length - 1; at2 >= 0; at2--) {
      let next = this.child.get(node, steps[at2]);
      if (next === -1) {
        next = this.parent.length;
        this.child.set(node, steps[at2], next);
        this.parent.push(node);
        this.symbol.push(steps[at2]);
        this.depth.push(this.depth[node] + 1);
      }
      tails[at2] = node = next;
    }
    return tails;
  }
  /** Aho-Corasick failure links, nodes taken by depth: O(the trie's size). */
  failureLinks() {
    const { parent, symbol, child: child2 } = this;
    const fail = new Int32Array(parent.length);
    for (const node of this.sortedByDepth()) {
      const up = parent[node];
      if (up <= 0)
        continue;
      let candidate = fail[up];
      let found2 = child2.get(candidate, symbol[node]);
      while (found2 === -1 && candidate !== 0) {
        candidate = fail[candidate];
        found2 = child2.get(candidate, symbol[node]);
      }
      fail[node] = Math.max(found2, 0);
    }
    return fail;
  }
  /** Node numbers by depth, shallowest first (a counting sort). */
  sortedByDepth() {
    const { depth } = this;
    const first = new Int32Array(depth.reduce((deepest, d) => Math.max(deepest, d), 0) + 2);
    for (const d of depth)
      first[d + 1]++;
    for (let d = 1; d < first.length; d++)
      first[d] += first[d - 1];
    const sorted = new Int32Array(depth.length);
    depth.forEach((d, node) => sorted[first[d]++] = node);
    return sorted;
  }
};
var PairMap = class {
  // Small at first: a process of thirty steps has a trie of a few dozen edges, and ten thousand of them are audited in a run.
  nodes = new Int32Array(64);
  steps = new Int32Array(64);
  values = new Int32Array(64).fill(-1);
  size = 0;
  /** The child, or -1. */
  get(node, step) {
    return this.values[this.slotOf(node, step)];
  }
  set(node, step, value) {
    if (2 * (this.size + 1) > this.values.length)
      this.grow();
    const slot = this.slotOf(node, step);
    if (this.values[slot] === -1)
      this.size++;
    this.nodes[slot] = node;
    this.steps[slot] = step;
    this.values[slot] = value;
  }
  slotOf(node, step) {
    const mask = this.values.length - 1;
    let slot = (Math.imul(node, 2654435761) ^ Math.imul(step + 1, 2246822507)) & mask;
    while (this.values[slot] !== -1 && (this.nodes[slot] !== node || this.steps[slot] !== step))
      slot = slot + 1 & mask;
    return slot;
  }
  grow() {
    const { nodes, steps, values } = this;
    this.nodes = new Int32Array(values.length * 2);
    this.steps = new Int32Array(values.length * 2);
    this.values = new Int32Array(values.length * 2).fill(-1);
    this.size = 0;
    values.forEach((value, slot) => {
      if (value !== -1)
        this.set(nodes[slot], steps[slot], value);
    });
  }
};

// dist/rules/cascade.js
var cascade = {
  kind: "aligned-gaps",
  meta: {
    id: "cascade",
    defaultSeverity: "critical",
    summary: "From an `intake`, one journey (the shortest way to a gap, then on along its witness path) meets gaps of two or more rules that are different failures, at least one of them high or critical.",
    why: "Each gap alone is usually caught by the next step: a missed confirmation by the delivery driver, a slow reply by a friendly call. When several lie on the journey one customer takes, nothing catches the fall, and small gaps become the disaster the customer tells everyone about. Gaps on different branches are met by different customers: they do not line up.",
    fix: "Close the gaps listed, the high and critical ones first. The journey is no cascade once no high or critical gap is left on it, or the gaps left on it all belong to one rule.",
    example: `process: phone-order-intake
title: Phone order intake
owner: sales-lead
review: { last: 2026-09-01, every: 365d }
roles:
  sales-rep: { title: Sales representative, frontline: true, training: { last: 2026-09-01, every: 365d } }
  sales-lead: { title: Sales lead }
start: receive-call
steps:
  receive-call:
    type: intake
    intent: order
    channel: phone
    actor: sales-rep
    next: enter-order
  enter-order:
    type: order-entry
    actor: sales-rep
    next: confirm-order
  confirm-order:
    type: confirm
    channel: phone
    actor: sales-rep
    next: ship
  ship:
    type: deliver
    actor: system
    next: done
  done:
    type: end
waivers:
  - rule: emergency-path
    reason: Emergencies are handled by the gas-leak-report process.
`,
    failingExample: `process: phone-order-intake
title: Phone order intake
owner: sales-lead
review: { last: 2026-09-01, every: 365d }
roles:
  sales-rep: { title: Sales representative, frontline: true, training: { last: 2026-09-01, every: 365d } }
  sales-lead: { title: Sales lead }
start: receive-call
steps:
  receive-call:
    type: intake
    intent: order
    channel: phone
    actor: sales-rep
    next: enter-order
  enter-order:
    type: order-entry
    actor: sales-rep
    next: ship
  ship:
    type: deliver
    actor: system
    customer-effort: collect the parcel from the depot
    next: done
  done:
    type: end
waivers:
  - rule: emergency-path
    reason: Emergencies are handled by the gas-leak-report process.
`,
    structural: false,
    defaultOptions: {}
  },
  check(_process, { graph, gaps, wholePath }) {
    const counted = countedGaps(graph, gaps, wholePath);
    if (counted.length < 2)
      return [];
    return new LineUp(graph, counted).bestCascades(graph.reachableOfType("intake")).flatMap((best) => best ? [describe(graph, best)] : []);
  }
};
function countedGaps(graph, gaps, wholePath) {
  const counted = [];
  for (const gap of gaps) {
    const step = gap.step === null ? void 0 : graph.indexOf(gap.step);
    if (step === void 0)
      continue;
    const whole = wholePath(gap);
    const path2 = whole && (isStepIds(whole) ? stepsOf(graph, whole) : whole);
    const walk = path2 && path2.length > 0 ? new Segment(path2) : void 0;
    const hasPath = walk?.stepAt(0) === step;
    counted.push({
      index: counted.length,
      gap,
      step,
      high: isAtLeast(gap.severity, "high"),
      segment: hasPath ? walk : new Segment(StepPath.of([step])),
      hasPath
    });
  }
  return counted;
}
function stepsOf(graph, ids) {
  const steps = ids.map((id) => graph.indexOf(id));
  return steps.every((step) => step !== void 0) ? StepPath.of(steps) : void 0;
}
function kernelOf(gaps) {
  const first = gaps[0];
  if (!first)
    return [];
  const kept = /* @__PURE__ */ new Set([first]);
  const atAnotherStep = gaps.find((gap) => gap.step !== first.step);
  if (atAnotherStep)
    kept.add(atAnotherStep);
  for (const rule of new Set([first, atAnotherStep ?? first].map((gap) => gap.gap.rule))) {
    const other = gaps.find((gap) => gap.gap.rule !== rule);
    if (!other)
      continue;
    kept.add(other);
    const another = gaps.find((gap) => gap.gap.rule !== rule && gap.step !== other.step);
    if (another)
      kept.add(another);
  }
  return [...kept];
}
function holdsAnotherRuleAtAnotherStep(kernel, gap) {
  return kernel.some((other) => other.gap.rule !== gap.gap.rule && other.step !== gap.step);
}
function failDifferently(a, b, segments) {
  return a.step === b.step && a.gap.rule !== b.gap.rule && (a.high || b.high) && a.hasPath && b.hasPath && !segments.same(a.index, b.index);
}
var NOTHING_ALONG = { count: 0, all: [], high: [], failDifferentlyAtOneStep: false };
var NO_GAPS = [];
var NO_CROSSINGS = [];
var LineUp = class {
  graph;
  counted;
  segments;
  /** The counted gaps at each step. */
  gapsAtStep;
  hitsInPiece = /* @__PURE__ */ new Map();
  gapStepsInPiece = /* @__PURE__ */ new Map();
  insideOfPiece = /* @__PURE__ */ new Map();
  mark;
  markGeneration = 0;
  constructor(graph, counted) {
    this.graph = graph;
    this.counted = counted;
    this.segments = new SegmentIndex(counted.map((gap) => gap.segment));
    this.gapsAtStep = new Array(graph.steps.length);
    for (const { index, step } of counted)
      (this.gapsAtStep[step] ??= []).push(index);
    this.mark = new Int32Array(counted.length);
  }
  /**
   * docs/rules/cascade.md: for each intake, the cascade with the most gaps on it among its journeys; ties: the
   * shorter, then by step ids. Intakes that funnel into one step share everything behind it: its tree and
   * how each journey behind it weighs are worked out once, and each intake adds its own few steps.
   */
  bestCascades(intakes) {
    const byFunnel = /* @__PURE__ */ new Map();
    intakes.forEach((intake, at2) => {
      const funnel = this.graph.funnelOf(intake)?.step;
      if (funnel !== void 0)
        pushTo(byFunnel, funnel, at2);
    });
    const best = new Array(intakes.length);
    const tree = new BreadthFirstTree(this.graph);
    const shared = [...byFunnel].filter(([, sharing]) => sharing.length > 1);
    const sharingIntakes = new Set(shared.flatMap(([, sharing]) => sharing));
    intakes.forEach((intake, at2) => {
      if (!sharingIntakes.has(at2))
        best[at2] = this.bestFrom(intake, tree.grow(intake));
    });
    for (const [funnel, sharing] of shared) {
      const behind = new Behind(this, funnel, tree.grow(funnel));
      for (const at2 of sharing)
        best[at2] = this.bestThroughFunnel(intakes[at2], behind);
    }
    return best;
  }
  gapsAt(step) {
    return this.gapsAtStep[step] ?? NO_GAPS;
  }
  /** A fresh mark: `isMarked(gap, mark)` holds for no gap until `setMark`. */
  newMark() {
    return ++this.markGeneration;
  }
  setMark(gap, mark) {
    this.mark[gap] = mark;
  }
  isMarked(gap, mark) {
    return this.mark[gap] === mark;
  }
  /** Each position from `first` to `last` of the gap's segment where gaps sit, in order, with the step there. */
  forEachGapStep(gap, first, last, visit) {
    const { segment } = this.counted[gap];
    for (let piece = segment.pieceAt(first); piece < segment.pieces.length; piece++) {
      const start = segment.starts[piece];
      if (start > last)
        return;
      const { own } = segment.pieces[piece];
      for (const offset of this.gapStepsIn(segment.pieces[piece])) {
        const at2 = start + offset;
        if (at2 > last)
          return;
        if (at2 >= first)
          visit(own[offset], at2);
      }
    }
  }
  /** Where in a piece's own steps gaps sit. */
  gapStepsIn(piece) {
    let offsets = this.gapStepsInPiece.get(piece);
    if (!offsets) {
      offsets = [];
      for (let offset = 0; offset < piece.own.length; offset++)
        if (this.gapsAtStep[piece.own[offset]])
          offsets.push(offset);
      this.gapStepsInPiece.set(piece, offsets);
    }
    return offsets;
  }
  /** Each gap whose segment lies inside the segment of `gap` (its own included), at each place it starts there, in order. */
  forEachInside(gap, visit, beforePiece = Infinity) {
    const { segment } = this.counted[gap];
    for (let index = 0; index < Math.min(segment.pieces.length, beforePiece); index++) {
      const start = segment.starts[index];
      for (const hit of this.hitsIn(segment.pieces[index]))
        visit(hit.gap, start + hit.at);
    }
  }
  /**
   * The gaps inside a segment from one of its pieces on, where each first starts (from the piece's start), and what
   * decides a cascade among them: the same for every segment that shares the piece, so thousands of intakes whose
   * witness paths run down one flow weigh the gaps on it once.
   */
  insideFrom(gap, piece) {
    const { segment } = this.counted[gap];
    const known = this.insideOfPiece.get(segment.pieces[piece]);
    if (known)
      return known;
    const first = /* @__PURE__ */ new Map();
    for (let index = piece; index < segment.pieces.length; index++) {
      const start = segment.starts[index] - segment.starts[piece];
      for (const hit of this.hitsIn(segment.pieces[index]))
        if (!first.has(hit.gap))
          first.set(hit.gap, start + hit.at);
    }
    const rule = (gap2) => this.counted[gap2].gap.rule;
    const order = [...first.keys()].sort((a, b) => first.get(a) - first.get(b) || compareText(rule(a), rule(b)));
    const gaps = order.map((index) => this.counted[index]);
    const inside = {
      gaps: new Set(first.keys()),
      list: gaps,
      all: kernelOf(gaps),
      high: kernelOf(gaps.filter((on) => on.high)),
      failDifferently: gaps.some((on) => this.gapsAt(on.step).some((other) => first.has(other) && failDifferently(on, this.counted[other], this.segments))),
      rules: new Set(gaps.map((on) => on.gap.rule))
    };
    this.insideOfPiece.set(segment.pieces[piece], inside);
    return inside;
  }
  /** The gaps whose segment starts in the piece's own steps and lies inside the piece and what follows it: the same in every segment that shares it. */
  hitsIn(piece) {
    const known = this.hitsInPiece.get(piece);
    if (known)
      return known;
    const hits = [];
    piece.own.forEach((step, at2) => {
      for (const other of this.gapsAt(step))
        if (this.segments.occursInPiece(other, piece, at2))
          hits.push({ gap: other, at: at2 });
    });
    this.hitsInPiece.set(piece, hits);
    return hits;
  }
  /** The best cascade from an intake, weighing every journey from its own tree. */
  bestFrom(intake, tree) {
    const weighing = new Weighing(this, tree);
    let best;
    for (const journey of weighing.weighAll(false)) {
      if (journey.cascade && (!best || weighing.isBetter(journey, best)))
        best = journey;
    }
    return best && weighing.cascadeOf(intake, best.gap);
  }
  /**
   * The best cascade from an intake that funnels into a step J: journeys to gaps before J are
   * weighed on the intake's own tree; a journey to a gap behind J weighs what it weighs from J
   * (`Behind`), plus the gaps before J that lie on it. Those can only add gaps, so J's journeys are
   * taken most gaps first, and no more once even all of those gaps could not make one the best.
   */
  bestThroughFunnel(intake, behind) {
    const tree = new FunnelTree(this.graph, intake, behind.funnel, behind.tree);
    const near = new Weighing(this, tree, behind);
    let best;
    for (const journey of near.weighAll(false)) {
      if (journey.cascade && (!best || near.isBetter(journey, best)))
        best = journey;
    }
    const { always, crossings } = this.beforeFunnel(tree, near);
    const most = always.length + crossings.length;
    const toFunnel = tree.depthOf(behind.funnel);
    let bestOn;
    for (const candidate of behind.ranked) {
      if (best && candidate.count + most < best.count)
        break;
      const on = [
        ...always,
        ...crossings.filter((crossing) => behind.liesOn(crossing, candidate.gap)).map(({ gap }) => this.counted[gap])
      ];
      const journey = {
        ...candidate,
        count: candidate.count + on.length,
        steps: toFunnel + candidate.steps
      };
      if (journey.count < 2 || best && !this.mayBeBetter(journey, best))
        continue;
      if (!this.isCascadeWith(candidate, on) || best && !near.isBetter(journey, best))
        continue;
      best = journey;
      bestOn = on;
    }
    if (!best)
      return void 0;
    if (!bestOn)
      return near.cascadeOf(intake, best.gap);
    const rule = (gap) => gap.gap.rule;
    bestOn.sort((a, b) => tree.depthOf(a.step) - tree.depthOf(b.step) || compareText(rule(a), rule(b)));
    const found2 = behind.cascadeTo(best.gap);
    return {
      intake,
      journey: StepPath.join(tree.pathTo(behind.funnel).slice(0, -1), found2.journey),
      gaps: gapList([bestOn, found2.gaps], /* @__PURE__ */ new Set([...found2.rules, ...bestOn.map(rule)]))
    };
  }
  /** The gaps before the funnel on every journey behind it, and those on some of them. */
  beforeFunnel(tree, near) {
    const always = [];
    const crossings = [];
    for (const step of tree.order) {
      for (const gap of this.gapsAt(step)) {
        const { last, end, funnelAt } = near.followed(gap);
        if (funnelAt === -1) {
          if (end !== -1 && tree.isAncestorOrSelf(end, tree.funnel))
            always.push(this.counted[gap]);
          continue;
        }
        crossings.push({ gap, last: this.counted[gap].segment.stepAt(last), whole: end !== -1, funnelAt });
      }
    }
    return { always, crossings };
  }
  /** Whether a journey could beat the best so far on gaps and length alone. */
  mayBeBetter(journey, best) {
    return journey.count > best.count || journey.count === best.count && journey.steps <= best.steps;
  }
  /** Whether a journey behind the funnel is a cascade with the gaps before the funnel on it. */
  isCascadeWith(behind, before) {
    if (behind.cascade)
      return true;
    const all = kernelOf([...behind.all, ...before]);
    const high = kernelOf([...behind.high, ...before.filter((gap) => gap.high)]);
    return high.some((gap) => holdsAnotherRuleAtAnotherStep(all, gap)) || before.some((a, at2) => before.slice(at2 + 1).some((b) => failDifferently(a, b, this.segments)));
  }
};
var Weighing = class {
  lineUp;
  tree;
  behind;
  followedBy = /* @__PURE__ */ new Map();
  followedByTail = /* @__PURE__ */ new Map();
  /** Gaps whose segment follows the tree past a step where other gaps sit, and where. */
  crossingAt = /* @__PURE__ */ new Map();
  /** The gaps along the tree's path to each step weighed. */
  along = /* @__PURE__ */ new Map();
  constructor(lineUp, tree, behind) {
    this.lineUp = lineUp;
    this.tree = tree;
    this.behind = behind;
  }
  /** How every journey to a gap at a step of the tree's `order` weighs; `keepAll` works out kernels of journeys with fewer than two gaps too. */
  weighAll(keepAll) {
    const { order } = this.tree;
    const endingAt = /* @__PURE__ */ new Map();
    for (let at2 = 0; at2 < order.length; at2++) {
      for (const gap of this.lineUp.gapsAt(order[at2]))
        this.follow(gap, endingAt);
    }
    const weighed = [];
    for (let at2 = 0; at2 < order.length; at2++) {
      const step = order[at2];
      const parent = this.tree.parentOf(step);
      const before = parent === -1 ? NOTHING_ALONG : this.along.get(parent);
      const ending = endingAt.get(step);
      const along = ending ? this.alongTree(step, before, ending) : before;
      this.along.set(step, along);
      for (const gap of this.lineUp.gapsAt(step))
        weighed.push(this.weigh(gap, along, keepAll));
    }
    return weighed;
  }
  followed(gap) {
    return this.followedBy.get(gap);
  }
  /** a is the better cascade of two: more gaps, then the shorter journey, then the first by step ids (equal journeys hold equal gaps). */
  isBetter(a, b) {
    if (a.count !== b.count)
      return a.count > b.count;
    if (a.steps !== b.steps)
      return a.steps < b.steps;
    return this.compareJourneys(a.gap, b.gap) < 0;
  }
  cascadeOf(intake, gap) {
    const { before, inside } = this.gapsOnInParts(gap);
    const rules = /* @__PURE__ */ new Set([...before.map((on) => on.gap.rule), ...inside?.rules ?? []]);
    return { intake, journey: this.journey(gap), gaps: gapList([before, inside?.list ?? []], rules) };
  }
  /** The journey of a gap: the tree's path to its step, then the rest of its segment. */
  journey(gap) {
    const { step, segment } = this.lineUp.counted[gap];
    return StepPath.join(this.tree.pathTo(step), segment.path.from(1));
  }
  /** Every gap on the journey of `gap`, in the order met, gaps met at one place by rule. */
  gapsOn(gap) {
    const { before, inside } = this.gapsOnInParts(gap);
    return [...before, ...inside?.list ?? []];
  }
  /** `gapsOn`, the part read as one shared whole (`beyondTree`) kept apart: all its gaps are met after the others. */
  gapsOnInParts(gap) {
    const { counted } = this.lineUp;
    const rule = (on) => counted[on.gap].gap.rule;
    const { beyond, inside } = this.beyondTree(gap);
    const gapsOn = [...this.gapsAlongTree(counted[gap].step), ...beyond];
    gapsOn.sort((a, b) => a.at - b.at || compareText(rule(a), rule(b)));
    return { before: gapsOn.map((on) => counted[on.gap]), ...inside && { inside } };
  }
  /**
   * How far the gap's segment follows the tree: a segment that follows it to its end lies on
   * every journey through that end (`endingAt`); one that leaves it after passing step s may
   * still lie on a journey through s, if the journey's segment goes on as it does (`crossingAt`).
   * Behind a funnel, how far is worked out once for every segment that goes on alike (`Behind`),
   * and what it passes there is weighed from the funnel.
   */
  follow(gap, endingAt) {
    const { segment } = this.lineUp.counted[gap];
    let last = 0;
    let funnelAt = -1;
    if (this.behind) {
      while (segment.stepAt(last) !== this.behind.funnel && this.followsOn(segment, last))
        last++;
      if (segment.stepAt(last) === this.behind.funnel) {
        funnelAt = last;
        last += this.behind.followedFrom(gap, last);
      }
    } else
      last = this.followedFrom(gap, 0);
    const end = last === segment.length - 1 ? segment.stepAt(last) : -1;
    this.followedBy.set(gap, { last, end, funnelAt });
    if (end !== -1)
      pushTo(endingAt, end, gap);
    const crossed = Math.min(last, segment.length - 2, funnelAt === -1 ? last : funnelAt - 1);
    this.lineUp.forEachGapStep(gap, 1, crossed, (step, at2) => pushTo(this.crossingAt, step, { gap, at: at2 }));
  }
  /**
   * How many steps past position `at` (reached along the tree) the gap's segment goes on along it.
   * Where a piece of the segment starts, the answer for the rest is the same for every segment that
   * shares it, and is worked out once (`followedFromTail`).
   */
  followedFrom(gap, at2) {
    const { segment } = this.lineUp.counted[gap];
    let last = at2;
    while (this.followsOn(segment, last)) {
      last++;
      if (segment.startsPiece(last))
        return last - at2 + this.followedFromTail(gap, last);
    }
    return last - at2;
  }
  /** `followedFrom`, once for every segment that goes on alike from `at`. */
  followedFromTail(gap, at2) {
    const tail = this.lineUp.segments.tailAt(gap, at2);
    let further = this.followedByTail.get(tail);
    if (further === void 0) {
      further = this.followedFrom(gap, at2);
      this.followedByTail.set(tail, further);
    }
    return further;
  }
  /** The segment's next step, after position `at`, is the tree's child of its step there. */
  followsOn(segment, at2) {
    if (at2 + 1 >= segment.length)
      return false;
    const next = segment.stepAt(at2 + 1);
    return this.tree.has(next) && this.tree.parentOf(next) === segment.stepAt(at2);
  }
  /** Whether the gap's whole segment lies on the tree's path to `step`. */
  alongTreeTo(gap, step) {
    const followed = this.followedBy.get(gap);
    return followed !== void 0 && followed.end !== -1 && this.tree.isAncestorOrSelf(followed.end, step);
  }
  alongTree(step, before, ending) {
    const gaps = ending.map((gap) => this.lineUp.counted[gap]);
    const newPair = ending.some((gap) => this.failsDifferentlyWithAnotherOn(gap, (other) => this.alongTreeTo(other, step)));
    return {
      count: before.count + ending.length,
      all: kernelOf([...before.all, ...gaps]),
      high: kernelOf([...before.high, ...gaps.filter((gap) => gap.high)]),
      failDifferentlyAtOneStep: before.failDifferentlyAtOneStep || newPair
    };
  }
  weigh(gap, along, keepAll) {
    const { counted } = this.lineUp;
    const { step, segment } = counted[gap];
    const { beyond, onJourney, inside } = this.beyondTree(gap);
    const count = along.count + beyond.length + (inside?.list.length ?? 0);
    const steps = this.tree.depthOf(step) + segment.length;
    if (count < 2 && !keepAll)
      return { gap, count, all: [], high: [], cascade: false, steps };
    const beyondGaps = beyond.map(({ gap: other }) => counted[other]);
    const all = kernelOf([...along.all, ...beyondGaps, ...inside?.all ?? []]);
    const high = kernelOf([...along.high, ...beyondGaps.filter((other) => other.high), ...inside?.high ?? []]);
    const isOn = (other) => this.lineUp.isMarked(other, onJourney) || inside?.gaps.has(other) === true || this.alongTreeTo(other, step);
    const failDifferentlyAtOneStep = along.failDifferentlyAtOneStep || inside?.failDifferently === true || beyond.some(({ gap: other }) => this.failsDifferentlyWithAnotherOn(other, isOn));
    const cascade2 = count >= 2 && (failDifferentlyAtOneStep || high.some((other) => holdsAnotherRuleAtAnotherStep(all, other)));
    return { gap, count, all, high, cascade: cascade2, steps };
  }
  /**
   * The gaps on the journey of `gap` that are not along the tree's path to its step, marked with `onJourney`. From an
   * intake's own step, the part of its segment that has gone on behind the funnel for good is read as one shared
   * whole (`inside`, never along the intake's tree), unless a gap met before it is met there again.
   */
  beyondTree(gap) {
    const behind = this.behindFunnel(gap);
    const part = this.beyondTreeBefore(gap, behind?.piece);
    if (!behind || part.beyond.some(({ gap: other }) => behind.inside.gaps.has(other)))
      return behind ? this.beyondTreeBefore(gap) : part;
    return { ...part, inside: behind.inside };
  }
  /** Where the segment of a gap before the funnel goes on behind it for good: the first piece from which every gap inside sits behind it. */
  behindFunnel(gap) {
    const { behind, lineUp } = this;
    if (!behind)
      return void 0;
    const { pieces } = lineUp.counted[gap].segment;
    for (let piece = 1; piece < pieces.length; piece++) {
      if (!behind.tree.has(pieces[piece].own[0]))
        continue;
      const inside = lineUp.insideFrom(gap, piece);
      return behind.holdsAll(inside) ? { piece, inside } : void 0;
    }
    return void 0;
  }
  beyondTreeBefore(gap, beforePiece) {
    const { lineUp, tree } = this;
    const { step } = lineUp.counted[gap];
    const onJourney = lineUp.newMark();
    const beyond = [];
    for (const { gap: other, at: at2 } of this.crossingAt.get(step) ?? NO_CROSSINGS) {
      if (!lineUp.segments.continuesInto(other, at2, gap))
        continue;
      lineUp.setMark(other, onJourney);
      beyond.push({ gap: other, at: tree.depthOf(lineUp.counted[other].step) });
    }
    lineUp.forEachInside(gap, (other, at2) => {
      if (lineUp.isMarked(other, onJourney))
        return;
      lineUp.setMark(other, onJourney);
      if (!this.alongTreeTo(other, step))
        beyond.push({ gap: other, at: tree.depthOf(step) + at2 });
    }, beforePiece);
    return { beyond, onJourney };
  }
  /** Whether another gap on the journey (`isOn`) at this gap's step is a different failure of another rule, one of the two high or critical. */
  failsDifferentlyWithAnotherOn(gap, isOn) {
    const { counted, segments } = this.lineUp;
    const own = counted[gap];
    return this.lineUp.gapsAt(own.step).some((index) => failDifferently(own, counted[index], segments) && isOn(index));
  }
  /** The gaps whose whole segment lies on the tree's path to `step`, where they start. */
  gapsAlongTree(step) {
    return this.tree.pathTo(step).flatMap((at2) => this.lineUp.gapsAt(at2).filter((gap) => this.alongTreeTo(gap, step)).map((gap) => ({ gap, at: this.tree.depthOf(at2) })));
  }
  /**
   * Whether the segment of `a` goes down the tree to the step of `b`, `distance` steps deeper, and on as the segment of
   * `b` does: then the two journeys are one. Read off how far the segment follows the tree (`follow`), in O(log n),
   * where walking the tree between the two would cost the distance: gaps down one long flow are thousands apart.
   */
  isSameJourney(a, b, distance2) {
    const followed = this.followedBy.get(a);
    const { segment } = this.lineUp.counted[a];
    return followed !== void 0 && distance2 <= followed.last && segment.stepAt(distance2) === this.lineUp.counted[b].step && this.lineUp.segments.continuesInto(a, distance2, b);
  }
  /**
   * The journeys of two gaps, as long as each other, compared by their step ids in order. Step ids
   * are unique, so the first step where they differ decides; it is found from where the two part,
   * never by spelling out both journeys: below their common ancestor in the tree when their tree
   * paths part, else along the rest of the shorter path.
   */
  compareJourneys(a, b) {
    const { counted, segments, graph } = this.lineUp;
    const { tree, behind } = this;
    const [first, second] = [counted[a], counted[b]];
    if (behind?.tree.has(first.step) && behind.tree.has(second.step))
      return behind.compareJourneys(a, b);
    if (tree.depthOf(first.step) > tree.depthOf(second.step))
      return -this.compareJourneys(b, a);
    const depth = tree.depthOf(first.step);
    if (this.isSameJourney(a, b, tree.depthOf(second.step) - depth))
      return 0;
    const below = [];
    let other = second.step;
    while (tree.depthOf(other) > depth) {
      below.push(other);
      other = tree.parentOf(other);
    }
    if (other !== first.step) {
      let own = first.step;
      while (tree.parentOf(own) !== tree.parentOf(other))
        [own, other] = [tree.parentOf(own), tree.parentOf(other)];
      return compareText(graph.step(own).id, graph.step(other).id);
    }
    const followsTree = below.every((step, up) => below.length - up < first.segment.length && first.segment.stepAt(below.length - up) === step);
    if (followsTree && segments.continuesInto(a, below.length, b))
      return 0;
    for (let at2 = 1; at2 < first.segment.length; at2++) {
      const mine = first.segment.stepAt(at2);
      const theirs = at2 <= below.length ? below[below.length - at2] : second.segment.stepAt(at2 - below.length);
      if (mine !== theirs)
        return compareText(graph.step(mine).id, graph.step(theirs).id);
    }
    return 0;
  }
};
var Behind = class {
  lineUp;
  funnel;
  tree;
  ranked;
  weighing;
  compared = /* @__PURE__ */ new Map();
  holding = /* @__PURE__ */ new Map();
  found = /* @__PURE__ */ new Map();
  constructor(lineUp, funnel, tree) {
    this.lineUp = lineUp;
    this.funnel = funnel;
    this.tree = tree;
    this.weighing = new Weighing(lineUp, tree);
    this.ranked = this.withoutRepeats(this.weighing.weighAll(true).sort((a, b) => b.count - a.count));
  }
  /**
   * The journeys, each once: of gaps whose journeys take the very same steps (gaps down one witness path), only the
   * first is kept. The same steps hold the same gaps, so the others could never be better for any intake, and each
   * intake would otherwise compare them all with its best.
   */
  withoutRepeats(journeys) {
    const stepCount = this.lineUp.graph.steps.length;
    const byShape = /* @__PURE__ */ new Map();
    return journeys.filter((journey) => {
      const { segment } = this.lineUp.counted[journey.gap];
      const shape = journey.steps * stepCount + segment.stepAt(segment.length - 1);
      const alike = byShape.get(shape);
      const same = (other) => other.count === journey.count && this.compareJourneys(journey.gap, other.gap) === 0;
      if (alike?.some(same))
        return false;
      if (alike)
        alike.push(journey);
      else
        byShape.set(shape, [journey]);
      return true;
    });
  }
  /** How many steps past position `at` (where it is at the funnel) the gap's segment follows the funnel's tree. */
  followedFrom(gap, at2) {
    return this.weighing.followedFromTail(gap, at2);
  }
  /** Whether every gap of `inside` sits behind the funnel: none is the intake's own, so none is ever along its tree. */
  holdsAll(inside) {
    let holds = this.holding.get(inside);
    if (holds === void 0) {
      holds = inside.list.every((on) => this.tree.has(on.step));
      this.holding.set(inside, holds);
    }
    return holds;
  }
  /** Whether a gap before the funnel lies on the journey (from the funnel) of the gap `to` behind it. */
  liesOn({ gap, last, whole, funnelAt }, to) {
    const { step } = this.lineUp.counted[to];
    if (whole && this.tree.isAncestorOrSelf(last, step))
      return true;
    if (!this.tree.isAncestorOrSelf(step, last))
      return false;
    return this.lineUp.segments.continuesInto(gap, funnelAt + this.tree.depthOf(step), to);
  }
  /** Two journeys from the funnel compared as `Weighing.compareJourneys` does, once for every intake. */
  compareJourneys(a, b) {
    const key = a * this.lineUp.counted.length + b;
    let order = this.compared.get(key);
    if (order === void 0) {
      order = this.weighing.compareJourneys(a, b);
      this.compared.set(key, order);
    }
    return order;
  }
  /** The gaps on the journey from the funnel to `gap`, and the journey. */
  cascadeTo(gap) {
    let found2 = this.found.get(gap);
    if (!found2) {
      const gaps = this.weighing.gapsOn(gap);
      found2 = { gaps, rules: new Set(gaps.map((on) => on.gap.rule)), journey: this.weighing.journey(gap) };
      this.found.set(gap, found2);
    }
    return found2;
  }
};
function gapList(lists, rules) {
  const count = lists.reduce((sum, list2) => sum + list2.length, 0);
  return { count, rules: rules.size, kept: keptEnds(lists, count) };
}
function pushTo(map2, key, value) {
  const list2 = map2.get(key);
  if (list2)
    list2.push(value);
  else
    map2.set(key, [value]);
}
function describe(graph, cascade2) {
  const intake = graph.step(cascade2.intake).id;
  const { count, rules, kept } = cascade2.gaps;
  const listed = cutList(kept, ({ gap }) => `${gap.rule} (${gap.severity}) at "${gap.step}"`, count).join("; ");
  return {
    step: intake,
    path: cascade2.journey,
    message: `from intake "${intake}", one customer's journey meets ${count} gaps of ${rules} rules: ${listed}. Each might be caught alone; together nothing catches the customer. Close them, the high and critical ones first`
  };
}

// dist/untrusted-text.js
var UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
var UNSAFE_BUT_LAYOUT = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
function escapeUntrusted(text, { keepLayout = false } = {}) {
  return text.replace(keepLayout ? UNSAFE_BUT_LAYOUT : UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
function withoutWorkflowCommands(text, colon) {
  return text.replace(/^([ \t]*):(?=:)/gm, (_, blanks) => `${blanks}${colon}`);
}
var ESCAPED_COLON = "\\u003a";

// dist/load/source.js
var SourceText = class {
  path;
  text;
  lineStarts;
  /** The line of the last offset asked for: offsets are mostly asked in file order, a few lines apart. */
  lastLine = 0;
  constructor(path2, text) {
    this.path = path2;
    this.text = text;
    this.lineStarts = [0];
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) {
      this.lineStarts.push(i + 1);
    }
  }
  positionAt(offset) {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineIndexOf(clamped);
    this.lastLine = line;
    return { line: line + 1, column: clamped - this.lineStarts[line] + 1 };
  }
  /**
   * The text from `start` to `end` (exclusive). Written out, not `{ ...point, end }`: V8 gives each object made by
   * spreading and then adding a property its own hidden class, three times the memory (52 MiB of classes for the
   * 320,000 ranges of a 100,000-step process).
   */
  rangeAt(start, end) {
    const { line, column } = this.positionAt(start);
    return { line, column, end: this.positionAt(Math.max(start, end)) };
  }
  /** From `start` to the end of its line's text: for a complaint, whose extent the loader does not know. */
  toEndOfLine(start) {
    const at2 = this.positionAt(start);
    const lineEnd = this.lineText(at2.line).trimEnd().length + 1;
    return { line: at2.line, column: at2.column, end: { line: at2.line, column: Math.max(at2.column, lineEnd) } };
  }
  /** The 0-based line holding the offset: a few lines on from the last one asked for, else by binary search. */
  lineIndexOf(offset) {
    const starts = this.lineStarts;
    let line = this.lastLine;
    for (let step = 0; step < NEARBY_LINES && starts[line] <= offset; step++, line++) {
      if (line + 1 === starts.length || starts[line + 1] > offset)
        return line;
    }
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = low + high + 1 >> 1;
      if (starts[mid] <= offset)
        low = mid;
      else
        high = mid - 1;
    }
    return low;
  }
  /** The text of a 1-based line, without its line break. */
  lineText(line) {
    const start = this.lineStarts[line - 1];
    if (start === void 0)
      return "";
    const end = this.lineStarts[line] ?? this.text.length + 1;
    return this.text.slice(start, end - 1).replace(/\r$/, "");
  }
};
var NEARBY_LINES = 8;
var LONGEST_QUOTE = 60;
function printable(text) {
  const head = escapeUntrusted(text.slice(0, LONGEST_QUOTE + 1));
  return head.length <= LONGEST_QUOTE ? head : `${head.slice(0, LONGEST_QUOTE - 1)}\u2026`;
}

// dist/rules/customer-effort.js
var customerEffort = {
  kind: "process",
  meta: {
    id: "customer-effort",
    defaultSeverity: "low",
    summary: "A step has `customer-effort` and no `because`: the customer is made to do work with no stated reason.",
    why: "Every time a customer has to call again, re-send a form or come back in person, their patience runs down, and effort is the surest predictor that they will not come back. Effort is acceptable only when safety, the law or security demand it.",
    fix: "Remove the effort (fetch what is missing yourself, call the customer back), or, if it is unavoidable, say why with `because: safety`, `legal` or `security`.",
    example: `process: account-closure
title: Account closure
owner: account-agent
review: { last: 2026-09-01, every: 365d }
roles:
  account-agent: { title: Account agent, frontline: true, training: { last: 2026-09-01, every: 365d } }
start: receive-request
steps:
  receive-request:
    type: intake
    channel: email
    next: check-identity
  check-identity:
    type: contact
    channel: phone
    actor: account-agent
    customer-effort: answer security questions on a call
    because: security
    next: close-account
  close-account:
    type: action
    actor: system
    next: done
  done:
    type: end
waivers:
  - rule: emergency-path
    reason: Emergencies are handled by the gas-leak-report process.
`,
    failingExample: `process: account-closure
title: Account closure
owner: account-agent
review: { last: 2026-09-01, every: 365d }
roles:
  account-agent: { title: Account agent, frontline: true, training: { last: 2026-09-01, every: 365d } }
start: receive-request
steps:
  receive-request:
    type: intake
    channel: email
    next: check-identity
  check-identity:
    type: contact
    channel: phone
    actor: account-agent
    customer-effort: answer security questions on a call
    next: close-account
  close-account:
    type: action
    actor: system
    next: done
  done:
    type: end
waivers:
  - rule: emergency-path
    reason: Emergencies are handled by the gas-leak-report process.
`,
    structural: false,
    defaultOptions: {}
  },
  check(process, { graph }) {
    return process.steps.flatMap((step, index) => {
      if (!graph.isReachable(index) || step.customerEffort === void 0 || step.because !== void 0)
        return [];
      return [
        {
          step: step.id,
          at: step.fieldAt("customer-effort"),
          message: `step "${step.id}" puts effort on the customer ("${printable(step.customerEffort)}") with no \`because\``,
          fix: "remove the effort, or if safety, the law or security demand it, say so with `because`"
        }
      ];
    });
  }
};

// dist/rules/dead-end.js
var deadEnd = {
  kind: "process",
  meta: {
    id: "dead-end",
    defaultSeverity: "high",
    summary: "A step other than `end` has no `next` key: the process stops there without saying how it ends.",
    why: "A step that leads nowhere is where a case stops without anyone deciding it is over: the customer waits for a next step that never comes.",
    fix: "Give the step a `next` that leads on, or, if the case really ends there, add an `end` step with its `outcome` and point to it.",
    example: `process: callback-request
title: Call-back request
owner: team-lead
review: { last: 2026-09-01, every: 365d }
roles:
  team-lead: { title: Team lead, training: { last: 2026-09-01, every: 365d } }
start: take-request
steps:
  take-request:
    type: intake
    next: call-back
  call-back:
    type: contact
    channel: phone
    actor: team-lead
    next: done
  done:
    type: end
waivers:
  - rule: emergency-path
    reason: Emergencies are handled by the gas-leak-report process.
`,
    failingExample: `process: callback-request
title: Call-back request
owner: team-lead
review: { last: 2026-09-01, every: 365d }
roles:
  team-lead: { title: Team lead, training: { last: 2026-09-01, every: 365d } }
start: take-request
steps:
  take-request:
    type: intake
    next: call-back
  call-back:
    type: contact
    channel: phone
    actor: team-lead
waivers:
  - rule: emergency-path
    reason: Emergencies are handled by the gas-leak-report process.
`,
    structural: true,
    defaultOptions: {}
  },
  check(process) {
    return process.steps.flatMap((step) => {
      if (step.type === "end" || step.next.length > 0)
        return [];
      return [
        {
          step: step.id,
          message: `step "${step.id}" has no "next", so the case stops there without an end`,
          fix: 'add a "next" that leads on, or to an end step'
        }
      ];
    });
  }
};

// dist/rules/duplicate-process.js
var duplicateProcess = {
  kind: "project",
  meta: {
    id: "duplicate-process",
    defaultSeverity: "critical",
    summary: "Two processes audited together share an id.",
    why: "Reports, waivers and baselines find a process by its id: two processes with one id get each other\u2019s findings, and a fix to one may be credited to the other.",
    fix: "Give each process its own `process` id (copies of a template are the usual cause).",
    example: `process: returns-desk
title: Returns desk
owner: desk-lead
review: { last: 2026-09-01, every: 365d }
roles:
  desk-lead: { title: Desk lead, training: { last: 2026-09-01, every: 365d } }
start: receive-return
steps:
  receive-return:
    type: intake
    channel: in-person
    actor: desk-lead
    next: done
  done:
    type: end
waivers:
  - rule: emergency-path
    reason: Emergencies are handled by the gas-leak-report process.
`,
    failingExample: `process: returns-desk
title: Returns desk
owner: desk-lead
review: { last: 2026-09-01, every: 365d }
roles:
  desk-lead: { title: Desk lead, training: { last: 2026-09-01, every: 365d } }
start: receive-return
steps:
  receive-return:
    type: intake
    channel: in-person
    actor: desk-lead
    next: done
  done:
    type: end
waivers:
  - rule: emergency-path
    reason: Emergencies are handled by the gas-leak-report process.
---
process: returns-desk
title: Returns desk (copied to start a new process)
owner: desk-lead
review: { last: 2026-09-01, every: 365d }
roles:
  desk-lead: { title: Desk lead, training: { last: 2026-09-01, every: 365d } }
start: receive-return
steps:
  receive-return:
    type: intake
    channel: in-person
    actor: desk-lead
    next: done
  done:
    type: end
waivers:
  - rule: emergency-path
    reason: Emergencies are handled by the gas-leak-report process.
`,
    structural: true,
    defaultOptions: {}
  },
  check(processes) {
    const byId = /* @__PURE__ */ new Map();
    processes.forEach((process, index) => {
      const sharing = byId.get(process.id);
      if (sharing)
        sharing.push(index);
      else
        byId.set(process.id, [index]);
    });
    const findings = /* @__PURE__ */ new Map();
    for (const [id, indices] of byId) {
      if (indices.length < 2)
        continue;
      for (const index of indices) {
        const own = processes[index];
        const others = cutList(indices.filter((other) => other !== index), (other) => {
          const { file, at: at2 } = processes[other];
          return file === own.file ? `this file at line ${at2.line}` : `${file}:${at2.line}`;
        });
        findings.set(index, [
          { message: `process id "${id}" is also used in ${others.join(", ")}`, fix: "give each process its own id" }
        ]);
      }
    }
    return findings;
  }
};

// dist/rules/emergency-path.js
var emergencyPath = {
  kind: "process",
  meta: {
    id: "emergency-path",
    defaultSeverity: "high",
    summary: "No emergency entry is reachable and no process with one is named to handle emergencies (`emergencies:` or option `handled-by`); or an emergency path can end unresolved, or without a person, or has a step without `actor`.",
    why: "In an emergency (a gas smell, an injury, a customer in danger) nobody has time to work out who does what. Staff need a path drawn in advance, with someone named at every step, that a person sees through to the emergency dealt with, not a case closed as unresolved. Where one process handles every emergency, each process must point to it, and it must exist.",
    fix: "Add an `intake` with `intent: emergency` (or mark the step where an emergency is recognised `emergency: true`), lead every way from it through a step done by a role to an `end` whose outcome is resolved, and give every step on the way an `actor`. If another process handles emergencies, name it with `emergencies: <process id>`, or once for the whole repository with the rule's option `handled-by`; that process needs an emergency entry of its own.",
    example: `# Emergencies met while taking orders are handled by the site-safety process.
process: phone-orders
title: Phone orders
owner: sales-lead
review: { last: 2026-09-01, every: 365d }
roles:
  sales-lead: { title: Sales lead, frontline: true, training: { last: 2026-09-01, every: 365d } }
emergencies: site-safety
start: take-order
steps:
  take-order: { type: intake, intent: order, channel: phone, actor: sales-lead, next: done }
  done: { type: end }
---
# The process that handles them: a person takes the call, and every way ends resolved.
process: site-safety
title: Site safety
owner: duty-manager
review: { last: 2026-09-01, every: 365d }
roles:
  call-handler: { title: Call handler, frontline: true, training: { last: 2026-09-01, every: 365d, covers: [routine, emergency] } }
  duty-manager: { title: Duty manager, can: [repair], training: { last: 2026-09-01, every: 365d, covers: [routine, emergency] } }
start: receive-call
steps:
  receive-call:
    type: intake
    intent: emergency
    channel: phone
    actor: call-handler
    next: make-safe
  make-safe:
    type: resolve
    remedy: repair
    actor: duty-manager
    next: done
  done:
    type: end
    outcome: resolved
`,
    failingExample: `process: callback-request
title: Call-back request
owner: team-lead
review: { last: 2026-09-01, every: 365d }
roles:
  team-lead: { title: Team lead, training: { last: 2026-09-01, every: 365d } }
start: take-request
steps:
  take-request:
    type: intake
    next: call-back
  call-back:
    type: contact
    channel: phone
    actor: team-lead
    next: done
  done:
    type: end
`,
    structural: false,
    defaultOptions: { "handled-by": null },
    optionsSchema: {
      type: "object",
      properties: {
        "handled-by": {
          type: ["string", "null"],
          pattern: "^[a-z0-9][a-z0-9-]*$",
          description: "The id of the process that handles emergencies for every process with no emergency entry of its own and no `emergencies` key, like site-safety; null for none."
        }
      },
      additionalProperties: false
    }
  },
  check(_process, { graph }) {
    const ways = /* @__PURE__ */ new Map();
    const add = (step, way) => {
      if (way)
        ways.set(step, [...ways.get(step) ?? [], way]);
    };
    const entries = graph.emergencyEntries();
    for (const entry of entries) {
      add(entry, endsUnresolved(graph, entry));
      add(entry, endsWithoutPerson(graph, entry));
    }
    const emergencySteps = graph.emergencyPath();
    for (const index of emergencySteps.order) {
      if (graph.typeOf(index) !== "end" && graph.step(index).actor === void 0)
        add(index, withoutActor(graph, emergencySteps.pathTo(index)));
    }
    return [...ways].map(([index, stepWays]) => {
      const step = graph.step(index);
      return gapOfWays(step.id, entries.includes(index) ? `emergency entry "${step.id}"` : `step "${step.id}"`, stepWays);
    });
  },
  project: {
    check(processes, { options, lookup }) {
      const handledBy = options["handled-by"];
      const withEntry = new Set([...processes, ...lookup].filter((process) => process.emergencyEntry).map((process) => process.id));
      const named = new Set([...processes, ...lookup].map((process) => process.id));
      const findings = /* @__PURE__ */ new Map();
      processes.forEach((process, index) => {
        const finding = handlerGap(process, handlerOf(process, handledBy), named, withEntry);
        if (finding)
          findings.set(index, [finding]);
      });
      return findings;
    },
    references(process, options) {
      const handler = handlerOf(process, options["handled-by"]);
      return handler === void 0 ? [] : [handler];
    }
  }
};
function handlerOf(process, handledBy) {
  if (process.emergencies)
    return process.emergencies.id;
  return process.emergencyEntry || handledBy === null ? void 0 : handledBy;
}
function handlerGap(process, handler, named, withEntry) {
  if (handler === void 0) {
    if (process.emergencyEntry)
      return void 0;
    return {
      message: `process "${process.id}" has no emergency entry reachable from its start and names no process to handle emergencies`,
      fix: "add an `intake` with `intent: emergency`, or name the handler in `emergencies:`"
    };
  }
  if (withEntry.has(handler))
    return void 0;
  const [subject, at2] = process.emergencies ? [`\`emergencies\` names "${handler}"`, { at: process.emergencies.at }] : [`process "${process.id}" relies on "${handler}" (option \`handled-by\`) for emergencies`, {}];
  if (!named.has(handler)) {
    return {
      ...at2,
      message: `${subject}, but no process has that id here or in the repository's process files`,
      fix: "correct the id, or add that process"
    };
  }
  const fix = process.emergencies ? "add one there, or name a process that has one" : "add one there";
  return {
    ...at2,
    message: `${subject}, which has no emergency entry reachable from its own start (naming another handler does not count)`,
    fix
  };
}
function endsUnresolved(graph, entry) {
  const path2 = graph.findPath({
    from: entry,
    isTarget: (index) => graph.typeOf(index) === "end" && graph.step(index).outcome !== "resolved"
  });
  if (path2 === void 0)
    return void 0;
  const step = graph.step(path2[path2.length - 1]);
  return {
    path: graph.ids(path2),
    text: `can end at "${step.id}" (${step.outcome}): lead every way to a resolved \`end\``
  };
}
function endsWithoutPerson(graph, entry) {
  const byRole = (index) => graph.roleOf(index) !== void 0;
  if (byRole(entry))
    return void 0;
  const path2 = graph.findPath({ from: entry, avoid: byRole, isTarget: (index) => graph.typeOf(index) === "end" });
  if (path2 === void 0)
    return void 0;
  const ids = graph.ids(path2);
  return {
    path: ids,
    text: `can reach "${ids[ids.length - 1]}" without a role's step: have a person handle it`
  };
}
function withoutActor(graph, fromEntry) {
  const fix = "name the role (or `system`) that does it";
  if (fromEntry.length === 1)
    return { text: `has no \`actor\`: ${fix}` };
  return { text: `is on the emergency path from "${graph.step(fromEntry[0]).id}" but has no \`actor\`: ${fix}` };
}

// dist/rules/empowerment.js
var empowerment = {
  kind: "process",
  meta: {
    id: "empowerment",
    defaultSeverity: "medium",
    summary: "A `resolve` step is done by a role whose `can` lacks its `remedy`, or from a complaint `intake` every way to a `resolve` step passes an `escalate` step.",
    why: "When the person facing the customer may not give the remedy, the customer waits while someone asks permission, and every complaint climbs to a manager. Staff who can put things right on the spot end complaints while they are still small.",
    fix: "Add the remedy to the `can` of the role that does the `resolve` step, or have a role that may give it do the step; give the complaint a way to a `resolve` step that does not need an escalation.",
    example: `process: faulty-kettle-complaint
title: Faulty kettle complaint
owner: store-manager
review: { last: 2026-09-01, every: 365d }
roles:
  store-agent: { title: Store agent, frontline: true, can: [exchange, refund], training: { last: 2026-09-01, every: 365d } }
  store-manager: { title: Store manager, can: [refund, exchange, credit] }
start: receive-complaint
steps:
  receive-complaint:
    type: intake
    intent: complaint
    channel: in-person
    actor: store-agent
    next: hear-customer
  hear-customer:
    type: listen
    actor: store-agent
    next: exchange-kettle
  exchange-kettle:
    type: resolve
    remedy: exchange
    actor: store-agent
    next: log-complaint
  log-complaint:
    type: report
    actor: store-agent
    next: done
  done:
    type: end
waivers:
  - rule: emergency-path
    reason: Emergencies are handled by the gas-leak-report process.
`,
    failingExample: `process: faulty-kettle-complaint
title: Faulty kettle complaint
owner: store-manager
review: { last: 2026-09-01, every: 365d }
roles:
  store-agent: { title: Store agent, frontline: true, can: [exchange, refund], training: { last: 2026-09-01, every: 365d } }
  store-manager: { title: Store manager, can: [refund, exchange, credit] }
start: receive-complaint
steps:
  receive-complaint:
    type: intake
    intent: complaint
    channel: in-person
    actor: store-agent
    next: hear-customer
  hear-customer:
    type: listen
    actor: store-agent
    next: ask-manager
  ask-manager:
    type: escalate
    to: store-manager
    actor: store-agent
    next: exchange-kettle
  exchange-kettle:
    type: resolve
    remedy: exchange
    actor: store-agent
    next: log-complaint
  log-complaint:
    type: report
    actor: store-agent
    next: done
  done:
    type: end
waivers:
  - rule: emergency-path
    reason: Emergencies are handled by the gas-leak-report process.
`,
    structural: false,
    defaultOptions: {}
  },
  check(process, { graph }) {
    return [
      ...graph.reachableOfType("resolve").flatMap((index) => remedyOutOfReach(process, graph.step(index))),
      ...graph.reachableOfType("intake").flatMap((index) => isComplaintIntake(graph.step(index)) ? onlyThroughEscalation(graph, index) : [])
    ];
  }
};
function remedyOutOfReach(process, step) {
  const role = step.actor && process.roles.get(step.actor.id);
  if (role === void 0 || step.remedy === void 0 || role.can.includes(step.remedy))
    return [];
  const allowed = role.can.length > 0 ? `it may give only ${role.can.join(", ")}` : "it has no `can` at all";
  return [
    {
      step: step.id,
      message: `step "${step.id}" gives the remedy "${step.remedy}", but role "${role.id}" who does it may not (${allowed})`,
      fix: `add ${step.remedy} to the \`can\` of "${role.id}", or have a role that may give it do the step`
    }
  ];
}
function onlyThroughEscalation(graph, intake) {
  const isResolve = (index) => graph.typeOf(index) === "resolve";
  if (graph.findPath({ from: intake, avoid: (index) => graph.typeOf(index) === "escalate", isTarget: isResolve }) !== void 0)
    return [];
  const found2 = graph.findPath({ from: intake, isTarget: isResolve });
  if (found2 === void 0)
    return [];
  const path2 = graph.ids(found2);
  return [
    {
      step: path2[0],
      path: path2,
      message: `from complaint intake "${path2[0]}" every way to a remedy passes an escalation, so the first person the customer reaches cannot put it right`,
      fix: "give that role the remedy and a way to a `resolve` step"
    }
  ];
}

// dist/rules/endless-loop.js
var endlessLoop = {
  kind: "process",
  meta: {
    id: "endless-loop",
    defaultSeverity: "high",
    summary: "Steps form a closed loop: no `end`, no step without `next` and no `next` leading out, so a case that enters it never ends.",
    why: "A case caught in a loop with no exit goes round for ever: the customer is asked again and again and the case is never closed.",
    fix: "Give one step of the loop a `next` that leaves it, usually through a `decision` with a `when` that ends the loop.",
    example: `process: missing-details
title: Chase missing order details
owner: agent
review: { last: 2026-09-01, every: 365d }
roles:
  agent: { title: Agent, training: { last: 2026-09-01, every: 365d } }
start: ask-details
steps:
  ask-details:
    type: contact
    channel: phone
    actor: agent
    next: check-details
  check-details:
    type: decision
    actor: agent
    next:
      - to: ask-details
        when: details still missing
      - to: done
        when: details complete
  done:
    type: end
waivers:
  - rule: emergency-path
    reason: Emergencies are handled by the gas-leak-report process.
`,
    failingExample: `process: missing-details
title: Chase missing order details
owner: agent
review: { last: 2026-09-01, every: 365d }
roles:
  agent: { title: Agent, training: { last: 2026-09-01, every: 365d } }
start: ask-details
steps:
  ask-details:
    type: contact
    channel: phone
    actor: agent
    next: check-details
  check-details:
    type: decision
    actor: agent
    next:
      - to: ask-details
        when: details still missing
      - to: ask-details
        when: details complete
waivers:
  - rule: emergency-path
    reason: Emergencies are handled by the gas-leak-report process.
`,
    structural: true,
    defaultOptions: {}
  },
  check(process, { graph }) {
    const exits = process.steps.flatMap((_step, index) => graph.typeOf(index) === "end" || !graph.hasNext(index) ? [index] : []);
    const canEnd = graph.stepsReaching(exits);
    return closedLoops(graph, canEnd).map((members) => {
      const first = members[0];
      const others = trappedBefore(graph, members, canEnd);
      const leadIn = others === 0 ? "" : ` (${others === 1 ? "1 other step leads" : `${others} other steps lead`} only into it)`;
      return {
        step: graph.step(first).id,
        path: graph.ids(roundTrip(graph, first)),
        message: `the loop ${quoteSteps(graph.ids(members))} has no way out, so a case that enters it never ends${leadIn}`,
        fix: 'give a step of the loop a "next" that leads to an end step'
      };
    });
  }
};
function closedLoops(graph, canEnd) {
  const { component, inCycle } = graph.cycles();
  const leaves = /* @__PURE__ */ new Set();
  const leaving = (next, _wait, node) => {
    if (component[next] !== component[node])
      leaves.add(component[node]);
  };
  for (let node = 0; node < graph.steps.length; node++)
    graph.forEachSuccessor(node, leaving);
  const loops = /* @__PURE__ */ new Map();
  for (let node = 0; node < graph.steps.length; node++) {
    const own = component[node];
    if (canEnd.has(node) || !inCycle(node) || leaves.has(own))
      continue;
    const members = loops.get(own);
    if (members)
      members.push(node);
    else
      loops.set(own, [node]);
  }
  return [...loops.values()];
}
function roundTrip(graph, first) {
  const { component } = graph.cycles();
  return graph.findPath({
    from: first,
    avoid: (node) => component[node] !== component[first],
    isTarget: (node) => node === first
  });
}
function trappedBefore(graph, members, canEnd) {
  return graph.stepsReaching(members, (node) => !canEnd.has(node)).size - members.length;
}

// dist/rules/escalation-closure.js
var escalationClosure = {
  kind: "process",
  meta: {
    id: "escalation-closure",
    defaultSeverity: "high",
    summary: "From an `escalate` step, an `end` can be reached without a customer-facing step: the escalation may never come back to the customer.",
    why: "An escalation is where the customer hands their problem to someone they will never speak to. If the case can be settled upstairs and closed without anyone telling the customer, they are left waiting for an answer that was already given, and the escalation feels like a black hole.",
    fix: "After the `escalate` step, put a customer-facing step (a `contact`, `resolve` or `deny`, for example) on every way to an `end`, so whoever decides tells the customer.",
    example: `process: refund-escalation
title: Goodwill refund request
owner: care-lead
review: { last: 2026-09-01, every: 365d }
roles:
  care-agent: { title: Care agent, frontline: true, training: { last: 2026-09-01, every: 365d } }
  care-lead: { title: Care lead, can: [refund], training: { last: 2026-09-01, every: 365d } }
start: receive-request
steps:
  receive-request:
    type: intake
    channel: phone
    actor: care-agent
    next: escalate-refund
  escalate-refund:
    type: escalate
    to: care-lead
    actor: care-agent
    next: decide-refund
  decide-refund:
    type: decision
    actor: care-lead
    next:
      - to: give-refund
        when: refund approved
      - to: explain-refusal
        when: refund refused
  give-refund:
    type: resolve
    remedy: refund
    actor: care-lead
    next: log-request
  explain-refusal:
    type: deny
    actor: care-lead
    next: log-request
  log-request:
    type: report
    actor: care-lead
    next: done
  done:
    type: end
waivers:
  - rule: emergency-path
    reason: Emergencies are handled by the gas-leak-report process.
`,
    failingExample: `process: refund-escalation
title: Goodwill refund request
owner: care-lead
review: { last: 2026-09-01, every: 365d }
roles:
  care-agent: { title: Care agent, frontline: true, training: { last: 2026-09-01, every: 365d } }
  care-lead: { title: Care lead, can: [refund], training: { last: 2026-09-01, every: 365d } }
start: receive-request
steps:
  receive-request:
    type: intake
    channel: phone
    actor: care-agent
    next: escalate-refund
  escalate-refund:
    type: escalate
    to: care-lead
    actor: care-agent
    next: decide-refund
  decide-refund:
    type: decision
    actor: care-lead
    next:
      - to: give-refund
        when: refund approved
      - to: log-request
        when: refund refused
  give-refund:
    type: resolve
    remedy: refund
    actor: care-lead
    next: log-request
  log-request:
    type: report
    actor: care-lead
    next: done
  done:
    type: end
waivers:
  - rule: emergency-path
    reason: Emergencies are handled by the gas-leak-report process.
`,
    structural: false,
    defaultOptions: {}
  },
  check(_process, { graph }) {
    return graph.reachableOfType("escalate").flatMap((escalation) => {
      const found2 = graph.findPath({
        from: escalation,
        avoid: (index) => graph.isCustomerFacing(index),
        isTarget: (index) => graph.typeOf(index) === "end"
      });
      if (found2 === void 0)
        return [];
      const path2 = graph.ids(found2);
      return [
        {
          step: path2[0],
          path: path2,
          message: `from escalation "${path2[0]}" the case can end at "${path2[path2.length - 1]}" without anyone getting back to the customer`,
          fix: "put a `contact`, `resolve` or `deny` on every way from the escalation to an end"
        }
      ];
    });
  }
};

// dist/rules/support/waiver-text.js
function describeWaiver(process, waiver) {
  const where = waiver.step ? ` at step "${waiver.step.id}"` : ", whole process";
  return `waiver ${waiverNumber(process, waiver)} (${waiver.rule}${where})`;
}
function waiverNumber(process, waiver) {
  return process.waivers.indexOf(waiver) + 1;
}

// dist/rules/expired-waiver.js
var expiredWaiver = {
  kind: "waivers",
  meta: {
    id: "expired-waiver",
    defaultSeverity: "medium",
    summary: "A waiver's `expires` is before today: it no longer waives anything.",
    why: "A waiver is a promise to come back to a gap by a date. Once that date has passed the gap it hid is reported again, and the stale waiver says nothing true about why.",
    fix: "Close the gap and remove the waiver; or, if the reason still holds, decide again and set a new `expires`.",
    example: `process: email-support
title: Email support
owner: support-lead
review: { last: 2026-09-01, every: 365d }
roles:
  support-agent: { title: Support agent, frontline: true, training: { last: 2026-09-01, every: 365d } }
  support-lead: { title: Support lead }
start: receive-email
steps:
  receive-email:
    type: intake
    channel: email
    actor: support-agent
    next: reply
  reply:
    type: contact
    channel: email
    actor: support-agent
    next: done
  done:
    type: end
waivers:
  - rule: emergency-path
    reason: Emergencies are handled by the site-safety process.
    expires: 2099-01-01
`,
    failingExample: `process: email-support
title: Email support
owner: support-lead
review: { last: 2026-09-01, every: 365d }
roles:
  support-agent: { title: Support agent, frontline: true, training: { last: 2026-09-01, every: 365d } }
  support-lead: { title: Support lead }
start: receive-email
steps:
  receive-email:
    type: intake
    channel: email
    actor: support-agent
    next: reply
  reply:
    type: contact
    channel: email
    actor: support-agent
    next: done
  done:
    type: end
waivers:
  - rule: emergency-path
    reason: Emergencies are handled by the site-safety process.
    expires: 2026-06-30
`,
    structural: true,
    defaultOptions: {}
  },
  check(process, { waivers }) {
    return waivers.flatMap(({ waiver, expired }) => expired ? [
      {
        at: waiver.at,
        message: `${describeWaiver(process, waiver)} expired on ${waiver.expires} and waives nothing`,
        fix: 'remove it (closing its gap if still open), or set a new "expires" date if the reason still holds'
      }
    ] : []);
  }
};

// dist/rules/follow-through.js
var followThrough = {
  kind: "process",
  meta: {
    id: "follow-through",
    defaultSeverity: "high",
    summary: "A `promise` has no `owner` or no deadline `by`, can reach an `end` without a `follow-up` that keeps it, may be followed up later than `by`, or is followed up by someone other than its owner without the owner checking with the customer (`verify`).",
    why: `"We'll call you back today" is the sentence customers remember. A promise with no named owner, no deadline, or no step that keeps it is the one that is quietly forgotten, and a broken promise turns a small problem into a complaint about the company's word.`,
    fix: "Give the promise an `owner` and a `by`; lead every way from it to an `end` through a `follow-up` that `fulfils` it, soon enough to keep to `by`; and when someone other than the owner does the follow-up, have the owner `verify` with the customer that it was kept.",
    example: `process: refund-callback
title: Refund call-back
owner: care-lead
review: { last: 2026-09-01, every: 365d }
roles:
  care-agent: { title: Care agent, frontline: true, training: { last: 2026-09-01, every: 365d } }
  care-lead: { title: Care lead }
start: receive-call
steps:
  receive-call:
    type: intake
    channel: phone
    actor: care-agent
    next: promise-callback
  promise-callback:
    type: promise
    actor: care-agent
    owner: care-agent
    by: 1d
    promise: We will call you back today with your refund date.
    takes: 5m
    next:
      - to: call-back
        after: 4h
  call-back:
    type: follow-up
    fulfils: promise-callback
    actor: care-agent
    next: done
  done:
    type: end
waivers:
  - rule: emergency-path
    reason: Emergencies are handled by the gas-leak-report process.
`,
    failingExample: `process: refund-callback
title: Refund call-back
owner: care-lead
review: { last: 2026-09-01, every: 365d }
roles:
  care-agent: { title: Care agent, frontline: true, training: { last: 2026-09-01, every: 365d } }
  care-lead: { title: Care lead }
start: receive-call
steps:
  receive-call:
    type: intake
    channel: phone
    actor: care-agent
    next: promise-callback
  promise-callback:
    type: promise
    actor: care-agent
    owner: care-agent
    by: 1d
    promise: We will call you back today with your refund date.
    takes: 5m
    next:
      - to: call-back
        after: 2d
  call-back:
    type: follow-up
    fulfils: promise-callback
    actor: care-agent
    next: done
  done:
    type: end
waivers:
  - rule: emergency-path
    reason: Emergencies are handled by the gas-leak-report process.
`,
    structural: false,
    defaultOptions: {}
  },
  check(process, { graph }) {
    const followUps = byPromise(graph, "follow-up", (step) => step.fulfils);
    const verifies = byPromise(graph, "verify", (step) => step.verifies);
    return graph.reachableOfType("promise").flatMap((index) => {
      const promise = graph.step(index);
      const keepers = followUps.get(promise.id) ?? [];
      const problems = [
        ...missingOwner(promise),
        ...endWithoutFollowUp(graph, index, keepers),
        ...missedDeadline(graph, index, keepers),
        ...unverifiedFollowUps(process, graph, index, keepers, verifies.get(promise.id) ?? [])
      ];
      if (problems.length === 0)
        return [];
      const fixes = [...new Set(problems.map((problem) => problem.fix))];
      return [gapOfWays(promise.id, `promise "${promise.id}"`, problems, fixes.join(". "))];
    });
  }
};
function missingOwner(promise) {
  if (promise.owner)
    return [];
  return [
    {
      text: "has no `owner`, so nobody is answerable for keeping it",
      fix: "Name the role that keeps it as its `owner`"
    }
  ];
}
function endWithoutFollowUp(graph, promise, keepers) {
  const way = graph.sharedPathToFirstEnd(promise, keepers);
  if (way === void 0)
    return [];
  return [
    {
      path: way,
      text: `can end at "${graph.step(way.slice(way.length - 1)[0]).id}" without a \`follow-up\` that fulfils it`,
      fix: "Lead every way from it to an end through a `follow-up` that `fulfils` it"
    }
  ];
}
function missedDeadline(graph, promise, keepers) {
  const { by } = graph.step(promise);
  if (by === void 0) {
    return [
      {
        text: "has no deadline `by`, so nobody can tell whether it is kept in time",
        fix: "Give it the deadline promised to the customer as `by`"
      }
    ];
  }
  const keeps = new Set(keepers);
  const late = lateWay(graph, promise, (step) => keeps.has(step), by, "its follow-up", graph.mayReachAny(keepers));
  return late ? [{ ...late, fix: `Bring the follow-up within ${by.text} on every way, with a \`takes\` on each step before it` }] : [];
}
function byPromise(graph, type2, promiseOf) {
  const steps = /* @__PURE__ */ new Map();
  for (const index of graph.reachableOfType(type2)) {
    const promise = promiseOf(graph.step(index));
    if (!promise)
      continue;
    const known = steps.get(promise.id);
    if (known)
      known.push(index);
    else
      steps.set(promise.id, [index]);
  }
  return steps;
}
function unverifiedFollowUps(process, graph, promise, followUps, verifies) {
  const { owner } = graph.step(promise);
  if (owner === void 0)
    return [];
  const byOthers = followUps.filter((index) => {
    const { actor } = graph.step(index);
    return isRole(process, actor) && actor.id !== owner.id;
  });
  if (byOthers.length === 0)
    return [];
  const mayReachFollowUp = graph.mayReachAny(byOthers);
  const fromPromise = graph.searchFrom(promise, { avoid: (index) => !mayReachFollowUp(index) });
  const byOwner = verifies.filter((index) => graph.step(index).actor?.id === owner.id);
  const unverified = byOthers.flatMap((followUp) => {
    if (!fromPromise.has(followUp))
      return [];
    const afterwards = graph.sharedPathToFirstEnd(followUp, byOwner);
    return afterwards === void 0 ? [] : [{ followUp, witness: () => StepPath.join(fromPromise.pathTo(followUp), afterwards.from(1)) }];
  });
  if (unverified.length === 0)
    return [];
  return [
    {
      path: unverified[0].witness(),
      text: `is followed up at ${quoteSteps(graph.ids(unverified.map(({ followUp }) => followUp)))} by another role, and the case can then end without its owner "${owner.id}" verifying it`,
      fix: `Have "${owner.id}" \`verify\` it with the customer after such a follow-up`
    }
  ];
}

// dist/rules/handoff-chain.js
var handoffChain = {
  kind: "process",
  meta: {
    id: "handoff-chain",
    defaultSeverity: "medium",
    summary: "From an `intake`, a path to an `end` hands the case between roles more than {max} times, or a loop can bounce the customer between roles without end.",
    why: "Every handoff is a chance for the case to be dropped, and for the customer to explain everything again to someone new. A customer passed around four desks, or sent back and forth between two, stops believing anyone owns their problem.",
    fix: "Let one role own the case from intake to end, and give it the authority (`can`) it needs to finish it; where a loop sends the case back to a role it came from, give the loop a way out that does not change hands.",
    example: `process: billing-question
title: Billing question
owner: billing-lead
review: { last: 2026-09-01, every: 365d }
roles:
  billing-agent: { title: Billing agent, frontline: true, can: [credit], training: { last: 2026-09-01, every: 365d } }
  billing-lead: { title: Billing lead, training: { last: 2026-09-01, every: 365d } }
start: receive-question
steps:
  receive-question:
    type: intake
    channel: phone
    actor: billing-agent
    next: check-invoice
  check-invoice:
    type: action
    actor: billing-agent
    next: approve-correction
  approve-correction:
    type: action
    actor: billing-lead
    next: explain-correction
  explain-correction:
    type: contact
    channel: phone
    actor: billing-agent
    next: done
  done:
    type: end
waivers:
  - rule: emergency-path
    reason: Emergencies are handled by the gas-leak-report process.
`,
    failingExample: `process: billing-question
title: Billing question
owner: billing-lead
review: { last: 2026-09-01, every: 365d }
roles:
  billing-agent: { title: Billing agent, frontline: true, can: [credit], training: { last: 2026-09-01, every: 365d } }
  billing-lead: { title: Billing lead, training: { last: 2026-09-01, every: 365d } }
start: receive-question
steps:
  receive-question:
    type: intake
    channel: phone
    actor: billing-agent
    next: check-invoice
  check-invoice:
    type: action
    actor: billing-agent
    next: approve-correction
  approve-correction:
    type: action
    actor: billing-lead
    next: recheck-invoice
  recheck-invoice:
    type: action
    actor: billing-agent
    next: sign-off
  sign-off:
    type: action
    actor: billing-lead
    next: explain-correction
  explain-correction:
    type: contact
    channel: phone
    actor: billing-agent
    next: done
  done:
    type: end
waivers:
  - rule: emergency-path
    reason: Emergencies are handled by the gas-leak-report process.
`,
    structural: false,
    defaultOptions: { max: 3 },
    optionsSchema: {
      type: "object",
      properties: {
        max: {
          type: "integer",
          minimum: 0,
          description: "The most handoffs allowed on a path from an intake to an end."
        }
      },
      additionalProperties: false
    }
  },
  check(_process, { graph, options }) {
    const handoffs = new Handoffs(graph);
    return graph.reachableOfType("intake").flatMap((intake) => {
      const ways = [handoffs.longestChain(intake, options.max), handoffs.bounce(intake)].flatMap((way) => way ?? []);
      if (ways.length === 0)
        return [];
      return [
        {
          step: graph.step(intake).id,
          path: ways[0].path,
          message: `from intake "${graph.step(intake).id}" ${ways.map((way) => way.text).join("; and ")}`,
          fix: "let one role own the case to the end, with the authority (`can`) to finish it"
        }
      ];
    });
  }
};
var Handoffs = class {
  graph;
  component;
  /** Per intake, the path its breadth-first search takes to the first step with a handoff inside a loop. */
  pathToLoopHandoff;
  /** Per intake, the path to an `end` with the most handoffs between loops. */
  heaviestChain;
  handed = /* @__PURE__ */ new Map();
  constructor(graph) {
    this.graph = graph;
    this.component = graph.cycles().component;
    this.pathToLoopHandoff = graph.nearestPaths((node) => graph.findSuccessor(node, this.handsOffInLoop) !== void 0);
    this.heaviestChain = graph.heaviestPathsTo((node) => graph.typeOf(node) === "end", (from, to) => this.isHandoff(from, to) ? 1 : 0);
  }
  /**
   * The path to an `end` with the most handoffs, when it has more than `max`. Handoffs inside a
   * loop are `bounce`'s (they make the count unlimited), so the count is taken between loops;
   * the path found may still cross a loop's handoffs, and then they count too, as it really has them.
   */
  longestChain(intake, max) {
    const path2 = this.heaviestChain(intake)?.path;
    if (path2 === void 0)
      return void 0;
    const { first, count, next } = this.handoffsAlong(path2);
    if (first === void 0 || count <= max)
      return void 0;
    const roles = cutList([first, ...next], (role) => role, count + 1).join(" \u2192 ");
    const end = this.graph.step(path2.slice(path2.length - 1)[0]).id;
    return {
      path: path2,
      text: `hands the customer between roles ${times(count)} on the way to "${end}", more than the ${max} allowed (${roles})`
    };
  }
  /** The nearest loop with a handoff in it, when the intake reaches one. */
  bounce(intake) {
    const path2 = this.pathToLoopHandoff(intake);
    if (!path2)
      return void 0;
    const node = path2[path2.length - 1];
    const next = this.graph.findSuccessor(node, this.handsOffInLoop);
    const loop = this.graph.ids([node, ...this.graph.pathWithinLoop(next, node)]);
    const [from, to] = this.graph.ids([node, next]);
    return {
      path: [...this.graph.ids(path2), ...loop.slice(1)],
      text: `can bounce the customer between roles without end, from "${this.actor(node)}" at "${from}" to "${this.actor(next)}" at "${to}" and round again`
    };
  }
  handsOffInLoop = (to, _wait, from) => this.component[to] === this.component[from] && this.isHandoff(from, to);
  isHandoff(from, to) {
    const [fromRole, toRole] = [this.graph.roleOf(from), this.graph.roleOf(to)];
    return fromRole !== void 0 && toRole !== void 0 && fromRole !== toRole;
  }
  actor(node) {
    return this.graph.step(node).actor.id;
  }
  /**
   * The roles the case passes through along `path`: the first, then one per handoff (kept as
   * `cutList` reads them). Worked out once for each part of a path that other paths share, so
   * thousands of intakes whose chains run down one flow cost the flow once.
   */
  handoffsAlong(path2) {
    const known = this.handed.get(path2);
    if (known)
      return known;
    const steps = path2.rest ? [...path2.own, path2.rest.slice(0, 1)[0]] : path2.own;
    let first;
    const next = [];
    for (let i = 1; i < steps.length; i++) {
      if (!this.isHandoff(steps[i - 1], steps[i]))
        continue;
      first ??= this.actor(steps[i - 1]);
      next.push(this.actor(steps[i]));
    }
    const rest = path2.rest ? this.handoffsAlong(path2.rest) : NO_HANDOFFS;
    const count = next.length + rest.count;
    const handed = { first: first ?? rest.first, count, next: keptEnds([next, rest.next], count) };
    this.handed.set(path2, handed);
    return handed;
  }
};
var NO_HANDOFFS = { first: void 0, count: 0, next: [] };
function times(count) {
  return count === 1 ? "once" : `${count} times`;
}

// dist/rules/human-touch.js
var humanTouch = {
  kind: "process",
  meta: {
    id: "human-touch",
    defaultSeverity: "medium",
    summary: "From an `intake`, no customer-facing step done by a role can be reached (the intake itself counts): the customer can never reach a person.",
    why: "Automated replies are fine until something goes wrong. A customer who can only ever reach a form, a bot or a queue has nowhere to go when the automation does not fit their problem, and that is when they go public.",
    fix: "Give the intake a way to a customer-facing step (a `contact`, `listen`, `resolve`, ...) whose `actor` is a role declared under `roles`, not `system` or `customer`.",
    example: `process: password-reset
title: Password reset
owner: support-agent
review: { last: 2026-09-01, every: 365d }
roles:
  support-agent: { title: Support agent, frontline: true, training: { last: 2026-09-01, every: 365d } }
start: receive-request
steps:
  receive-request:
    type: intake
    channel: web-form
    actor: system
    next: send-reset-link
  send-reset-link:
    type: contact
    channel: email
    actor: system
    next: check-reset
  check-reset:
    type: decision
    actor: system
    next:
      - to: done
        when: password was reset
      - to: call-customer
        when: reset link not used within a day
  call-customer:
    type: contact
    channel: phone
    actor: support-agent
    next: done
  done:
    type: end
waivers:
  - rule: emergency-path
    reason: Emergencies are handled by the gas-leak-report process.
`,
    failingExample: `process: password-reset
title: Password reset
owner: support-agent
review: { last: 2026-09-01, every: 365d }
roles:
  support-agent: { title: Support agent, frontline: true, training: { last: 2026-09-01, every: 365d } }
start: receive-request
steps:
  receive-request:
    type: intake
    channel: web-form
    actor: system
    next: send-reset-link
  send-reset-link:
    type: contact
    channel: email
    actor: system
    next: check-reset
  check-reset:
    type: decision
    actor: system
    next:
      - to: done
        when: password was reset
      - to: send-reset-link
        when: reset link not used within a day
  done:
    type: end
waivers:
  - rule: emergency-path
    reason: Emergencies are handled by the gas-leak-report process.
`,
    structural: false,
    defaultOptions: {}
  },
  check(_process, { graph }) {
    const people = graph.reachableSteps().filter((index) => graph.isCustomerFacing(index) && graph.roleOf(index) !== void 0);
    const reachesPerson = graph.stepsReaching(people);
    return graph.reachableOfType("intake").flatMap((intake) => {
      const step = graph.step(intake);
      if (reachesPerson.has(intake))
        return [];
      return [
        {
          step: step.id,
          message: `from intake "${step.id}" the customer can never reach a person: no customer-facing step is done by a role`,
          fix: "add a `contact` or another customer-facing step with a role as its `actor`"
        }
      ];
    });
  }
};

// dist/rules/issue-reporting.js
var issueReporting = {
  kind: "process",
  meta: {
    id: "issue-reporting",
    defaultSeverity: "low",
    summary: "The process has a complaint `intake` or an `escalate` step but no reachable `report` step.",
    why: "Complaints and escalations are how a team learns what is going wrong. If nobody logs them, the same fault reaches the next customer, and the one after, and nobody sees the pattern until it is a crisis.",
    fix: "Add a `report` step where staff log what went wrong (after the complaint is resolved, or when the case is escalated) and lead a `next` to it.",
    example: `process: wrong-order-complaint
title: Wrong order complaint
owner: shift-lead
review: { last: 2026-09-01, every: 365d }
roles:
  server: { title: Server, frontline: true, can: [replace], training: { last: 2026-09-01, every: 365d } }
  shift-lead: { title: Shift lead }
start: receive-complaint
steps:
  receive-complaint:
    type: intake
    intent: complaint
    channel: in-person
    actor: server
    next: replace-dish
  replace-dish:
    type: resolve
    remedy: replace
    actor: server
    next: log-mistake
  log-mistake:
    type: report
    actor: server
    next: done
  done:
    type: end
waivers:
  - rule: emergency-path
    reason: Emergencies are handled by the gas-leak-report process.
`,
    failingExample: `process: wrong-order-complaint
title: Wrong order complaint
owner: shift-lead
review: { last: 2026-09-01, every: 365d }
roles:
  server: { title: Server, frontline: true, can: [replace], training: { last: 2026-09-01, every: 365d } }
  shift-lead: { title: Shift lead }
start: receive-complaint
steps:
  receive-complaint:
    type: intake
    intent: complaint
    channel: in-person
    actor: server
    next: replace-dish
  replace-dish:
    type: resolve
    remedy: replace
    actor: server
    next: done
  done:
    type: end
waivers:
  - rule: emergency-path
    reason: Emergencies are handled by the gas-leak-report process.
`,
    structural: false,
    defaultOptions: {}
  },
  check(_process, { graph }) {
    if (graph.reachableOfType("report").length > 0)
      return [];
    const triggers = graph.reachableSteps().filter((index) => graph.typeOf(index) === "escalate" || isComplaintIntake(graph.step(index))).map((index) => graph.step(index));
    if (triggers.length === 0)
      return [];
    return [
      {
        message: `the process takes complaints or escalates cases (${quoteSteps(triggers.map((step) => step.id))}) but has no \`report\` step, so staff have no way to record what went wrong`,
        fix: "add a `report` step and lead a `next` to it"
      }
    ];
  }
};

// dist/rules/listen-first.js
var listenFirst = {
  kind: "process",
  meta: {
    id: "listen-first",
    defaultSeverity: "medium",
    summary: "From a complaint `intake`, an `explain-policy` or `deny` step can be reached without passing a `listen` step.",
    why: "A customer who complains and hears the policy, or a no, before anyone has heard them out feels dismissed: the complaint hardens, and they take it to a manager, a review site or a competitor.",
    fix: "Put a `listen` step between the complaint intake and every `explain-policy` or `deny` step, so staff take the customer's account before they explain or refuse.",
    example: `process: late-delivery-complaint
title: Late delivery complaint
owner: care-lead
review: { last: 2026-09-01, every: 365d }
roles:
  care-agent: { title: Care agent, frontline: true, can: [credit], training: { last: 2026-09-01, every: 365d } }
  care-lead: { title: Care lead }
start: receive-complaint
steps:
  receive-complaint:
    type: intake
    intent: complaint
    channel: phone
    actor: care-agent
    next: hear-customer
  hear-customer:
    type: listen
    actor: care-agent
    next: explain-delivery-terms
  explain-delivery-terms:
    type: explain-policy
    actor: care-agent
    next: give-credit
  give-credit:
    type: resolve
    remedy: credit
    actor: care-agent
    next: log-complaint
  log-complaint:
    type: report
    actor: care-agent
    next: done
  done:
    type: end
waivers:
  - rule: emergency-path
    reason: Emergencies are handled by the gas-leak-report process.
`,
    failingExample: `process: late-delivery-complaint
title: Late delivery complaint
owner: care-lead
review: { last: 2026-09-01, every: 365d }
roles:
  care-agent: { title: Care agent, frontline: true, can: [credit], training: { last: 2026-09-01, every: 365d } }
  care-lead: { title: Care lead }
start: receive-complaint
steps:
  receive-complaint:
    type: intake
    intent: complaint
    channel: phone
    actor: care-agent
    next: explain-delivery-terms
  explain-delivery-terms:
    type: explain-policy
    actor: care-agent
    next: give-credit
  give-credit:
    type: resolve
    remedy: credit
    actor: care-agent
    next: log-complaint
  log-complaint:
    type: report
    actor: care-agent
    next: done
  done:
    type: end
waivers:
  - rule: emergency-path
    reason: Emergencies are handled by the gas-leak-report process.
`,
    structural: false,
    defaultOptions: {}
  },
  check(_process, { graph }) {
    return graph.reachableOfType("intake").flatMap((intake) => {
      if (!isComplaintIntake(graph.step(intake)))
        return [];
      const reach = graph.searchFrom(intake, { avoid: (index) => graph.typeOf(index) === "listen" });
      const unheard = reach.order.filter((index) => graph.typeOf(index) === "explain-policy" || graph.typeOf(index) === "deny");
      if (unheard.length === 0)
        return [];
      const path2 = graph.ids(reach.pathTo(unheard[0]));
      return [
        {
          step: graph.step(intake).id,
          path: path2,
          message: `from complaint intake "${path2[0]}" the customer can be told the policy or refused (${quoteSteps(graph.ids(unheard))}) before anyone listens to them`,
          fix: `add a \`listen\` step on every way from the intake to ${unheard.length === 1 ? "it" : "them"}`
        }
      ];
    });
  }
};

// dist/rules/order-confirmation.js
var orderConfirmation = {
  kind: "process",
  meta: {
    id: "order-confirmation",
    defaultSeverity: "high",
    summary: "From an `order-entry` step, a `deliver` or `end` step can be reached without passing a `confirm` step.",
    why: "An order taken down is not yet an order understood. Read it back and the customer catches the wrong size, the wrong address or the wrong date in seconds; skip it and the mistake is found on the doorstep, where it costs a return, a second delivery and the customer's trust.",
    fix: "Put a `confirm` step, where the order is read back to the customer and they agree to it, on every way from the `order-entry` step to a `deliver` or `end` step.",
    example: `process: phone-order-intake
title: Phone order intake
owner: sales-lead
review: { last: 2026-09-01, every: 365d }
roles:
  sales-rep: { title: Sales representative, frontline: true, training: { last: 2026-09-01, every: 365d } }
  sales-lead: { title: Sales lead }
start: receive-call
steps:
  receive-call:
    type: intake
    intent: order
    channel: phone
    actor: sales-rep
    next: enter-order
  enter-order:
    type: order-entry
    actor: sales-rep
    next: confirm-order
  confirm-order:
    type: confirm
    channel: phone
    actor: sales-rep
    next: ship
  ship:
    type: deliver
    actor: system
    next: done
  done:
    type: end
waivers:
  - rule: emergency-path
    reason: Emergencies are handled by the gas-leak-report process.
`,
    failingExample: `process: phone-order-intake
title: Phone order intake
owner: sales-lead
review: { last: 2026-09-01, every: 365d }
roles:
  sales-rep: { title: Sales representative, frontline: true, training: { last: 2026-09-01, every: 365d } }
  sales-lead: { title: Sales lead }
start: receive-call
steps:
  receive-call:
    type: intake
    intent: order
    channel: phone
    actor: sales-rep
    next: enter-order
  enter-order:
    type: order-entry
    actor: sales-rep
    next: ship
  ship:
    type: deliver
    actor: system
    next: done
  done:
    type: end
waivers:
  - rule: emergency-path
    reason: Emergencies are handled by the gas-leak-report process.
`,
    structural: false,
    defaultOptions: {}
  },
  check(_process, { graph }) {
    return graph.reachableOfType("order-entry").flatMap((entry) => {
      const found2 = graph.findPath({
        from: entry,
        avoid: (index) => graph.typeOf(index) === "confirm",
        isTarget: (index) => graph.typeOf(index) === "deliver" || graph.typeOf(index) === "end"
      });
      if (found2 === void 0)
        return [];
      const path2 = graph.ids(found2);
      const where = path2[path2.length - 1];
      const what = graph.typeOf(found2[found2.length - 1]) === "deliver" ? `be delivered at "${where}"` : `end at "${where}"`;
      return [
        {
          step: path2[0],
          path: path2,
          message: `from order entry "${path2[0]}" the order can ${what} without being confirmed with the customer`,
          fix: "add a `confirm` step that reads the order back before every delivery or end"
        }
      ];
    });
  }
};

// dist/rules/process-review.js
var processReview = {
  kind: "process",
  meta: {
    id: "process-review",
    defaultSeverity: "medium",
    summary: "The process has no `review`, or `review.last` + `review.every` is before today.",
    why: "A process nobody reviews drifts away from what the team really does: products, staff and systems change, and the written process keeps promising what no one delivers any more.",
    fix: "Review the process with the people who run it, then set `review.last` to the date of that review; if it has none, add `review: { last: YYYY-MM-DD, every: 90d }`.",
    example: `process: opening-hours-inquiry
title: Opening hours inquiry
owner: front-desk
review:
  last: 2026-10-01
  every: 180d
roles:
  front-desk: { title: Front desk, frontline: true, training: { last: 2026-09-01, every: 365d } }
start: answer-call
steps:
  answer-call:
    type: intake
    channel: phone
    actor: front-desk
    next: done
  done:
    type: end
waivers:
  - rule: emergency-path
    reason: Emergencies are handled by the gas-leak-report process.
`,
    failingExample: `process: opening-hours-inquiry
title: Opening hours inquiry
owner: front-desk
review:
  last: 2025-10-01
  every: 180d
roles:
  front-desk: { title: Front desk, frontline: true, training: { last: 2026-09-01, every: 365d } }
start: answer-call
steps:
  answer-call:
    type: intake
    channel: phone
    actor: front-desk
    next: done
  done:
    type: end
waivers:
  - rule: emergency-path
    reason: Emergencies are handled by the gas-leak-report process.
`,
    structural: false,
    defaultOptions: {}
  },
  check(process, { today }) {
    const { review } = process;
    if (review === void 0) {
      return [
        {
          message: `process "${process.id}" has no \`review\`, so nobody checks that it still matches what the team does`,
          fix: "add `review: { last: YYYY-MM-DD, every: 90d }` after reviewing it"
        }
      ];
    }
    if (!isOverdue(review.last, review.every, today))
      return [];
    return [
      {
        message: `process "${process.id}" was last reviewed on ${review.last} and fell due on ${dueDate(review.last, review.every)} (every ${review.every.text})`,
        fix: "review it with the team and update `review.last`"
      }
    ];
  }
};

// dist/rules/registry.js
import { createHash } from "node:crypto";
var RuleRegistry = class _RuleRegistry {
  rules;
  code;
  byId;
  /** Every rule id, in catalogue order: what waivers and the config may name. */
  ids;
  identityText;
  /**
   * `code`: a fingerprint of the code of rules that are not part of gapcheck's build (a
   * plugin's file, for one); the build's own fingerprint already covers the built-in rules.
   */
  constructor(rules, code = "") {
    this.rules = rules;
    this.code = code;
    this.byId = new Map(rules.map((rule) => [rule.meta.id, rule]));
    if (this.byId.size !== rules.length) {
      const twice = rules.map((rule) => rule.meta.id).filter((id, index, ids) => ids.indexOf(id) !== index);
      throw new Error(`rules registered twice: ${[...new Set(twice)].join(", ")}`);
    }
    this.ids = rules.map((rule) => rule.meta.id);
  }
  /** What tells this rule set from another, for the cache key: each rule's kind and metadata, and `code`. Worked out on first use. */
  get identity() {
    this.identityText ??= createHash("sha256").update(JSON.stringify([this.code, this.rules.map(({ kind, meta }) => [kind, meta])])).digest("hex");
    return this.identityText;
  }
  get(id) {
    return this.byId.get(id);
  }
  /** `registries`' rules, each id once, in the order first met: the rules a run of several configs describes. */
  static union(registries) {
    const [first, ...others] = registries;
    const known = new Set(first.ids);
    const added = others.flatMap((registry) => registry.rules.filter((rule) => !known.has(rule.meta.id) && known.add(rule.meta.id)));
    return added.length === 0 ? first : first.with(added, JSON.stringify(others.map((other) => other.identity)));
  }
  /** This registry and `rules` after it (a team's own, issue 17), with the fingerprint of their code. */
  with(rules, code) {
    return new _RuleRegistry([...this.rules, ...rules], JSON.stringify([this.code, code]));
  }
};

// dist/rules/remedy-path.js
var remedyPath = {
  kind: "process",
  meta: {
    id: "remedy-path",
    defaultSeverity: "medium",
    summary: "From a complaint or return `intake`, an `end` can be reached without passing a `resolve` step or a refusal justified by safety, law or security (an `abandoned` end after a person answered is fine).",
    why: "A complaint closed without a remedy leaves the customer with nothing: they were heard, maybe, but nothing was put right, so they complain again, louder, or leave. Telling them no, even to the exchange of a defective product, is how complaints become disasters; only safety, the law or security come before their convenience.",
    fix: "Lead every way from the intake to an `end` through a `resolve` step that gives the customer a remedy (a refund, a repair, or at least `assist`), or a `deny` whose `because` says why it must refuse (`safety`, `legal` or `security`). A way where the customer stops answering may end `outcome: abandoned`, once a person has answered them.",
    example: `process: damaged-item-complaint
title: Damaged item complaint
owner: care-lead
review: { last: 2026-09-01, every: 365d }
roles:
  care-agent: { title: Care agent, frontline: true, can: [replace], training: { last: 2026-09-01, every: 365d } }
  care-lead: { title: Care lead }
start: receive-complaint
steps:
  receive-complaint:
    type: intake
    intent: complaint
    channel: chat
    actor: care-agent
    next: hear-customer
  hear-customer:
    type: listen
    channel: chat
    actor: care-agent
    next:
      - to: send-replacement
        when: the item can be shipped
      - to: refuse-unsafe-item
        when: the item was recalled as unsafe
      - to: gone-quiet
        when: the customer stops answering
        after: 7d
  send-replacement:
    type: resolve
    remedy: replace
    actor: care-agent
    next: log-complaint
  log-complaint:
    type: report
    actor: care-agent
    next: done
  refuse-unsafe-item:
    type: deny
    because: safety
    channel: chat
    actor: care-agent
    next: done
  gone-quiet:
    type: end
    outcome: abandoned
  done:
    type: end
waivers:
  - rule: emergency-path
    reason: Emergencies are handled by the gas-leak-report process.
`,
    failingExample: `process: damaged-item-complaint
title: Damaged item complaint
owner: care-lead
review: { last: 2026-09-01, every: 365d }
roles:
  care-agent: { title: Care agent, frontline: true, can: [replace], training: { last: 2026-09-01, every: 365d } }
  care-lead: { title: Care lead }
start: receive-complaint
steps:
  receive-complaint:
    type: intake
    intent: complaint
    channel: chat
    actor: care-agent
    next: hear-customer
  hear-customer:
    type: listen
    actor: care-agent
    next: log-complaint
  log-complaint:
    type: report
    actor: care-agent
    next: done
  done:
    type: end
waivers:
  - rule: emergency-path
    reason: Emergencies are handled by the gas-leak-report process.
`,
    structural: false,
    defaultOptions: {}
  },
  check(_process, { graph }) {
    return graph.reachableOfType("intake").flatMap((intake) => {
      const step = graph.step(intake);
      if (!isComplaintOrReturnIntake(step))
        return [];
      const path2 = endWithoutRemedy(graph, intake);
      if (path2 === void 0)
        return [];
      const ids = graph.ids(path2);
      const end = graph.step(path2[path2.length - 1]);
      const refusal = path2.find((index) => graph.typeOf(index) === "deny");
      const why = [
        ...refusal === void 0 ? [] : [`"${graph.step(refusal).id}" refuses without \`because\``],
        ...end.outcome === "abandoned" ? ["abandoned before any response by a person"] : []
      ];
      return [
        {
          step: step.id,
          path: ids,
          message: `${step.intent} "${step.id}" can end at "${end.id}" with no remedy given${why.length > 0 ? ` (${why.join("; ")})` : ""}`,
          fix: "Put a `resolve`, or a `deny` with `because` safety, legal or security, on every way to an end"
        }
      ];
    });
  }
};
function isRemedy(step) {
  return step.type === "resolve" || step.type === "deny" && step.because !== void 0;
}
function endWithoutRemedy(graph, intake) {
  return graph.findPath({
    from: intake,
    passes: (index) => graph.isResponse(index),
    avoid: (index) => isRemedy(graph.step(index)),
    isTarget: (index, answered) => graph.typeOf(index) === "end" && !(answered && graph.step(index).outcome === "abandoned")
  });
}

// dist/rules/training-current.js
var trainingCurrent = {
  kind: "process",
  meta: {
    id: "training-current",
    defaultSeverity: "medium",
    summary: "A role that acts on a reachable step has no `training`, its training is overdue, or its `covers` lacks the kind of work it does (`emergency` on an emergency path, `routine` elsewhere).",
    why: "A process is only as good as the people who run it. Staff who were never trained on it, were trained too long ago, or were trained for routine days only, improvise when it matters most: in front of an angry customer or in an emergency.",
    fix: "Train the role on the process, then record it under the role's `training`: the date in `last`, how often it must be repeated in `every`, and in `covers` each kind of work the role does (`routine`, `emergency`).",
    example: `process: gas-leak-report
title: Gas leak report
owner: dispatcher
review: { last: 2026-09-01, every: 365d }
roles:
  dispatcher:
    title: Dispatcher
    frontline: true
    training: { last: 2026-09-01, every: 180d, covers: [routine, emergency] }
start: answer-call
steps:
  answer-call:
    type: intake
    channel: phone
    actor: dispatcher
    next: triage
  triage:
    type: decision
    actor: dispatcher
    next:
      - to: send-engineer
        when: caller smells gas
      - to: answer-question
        when: anything else
  send-engineer:
    type: action
    emergency: true
    actor: dispatcher
    next: done
  answer-question:
    type: contact
    channel: phone
    actor: dispatcher
    next: done
  done:
    type: end
`,
    failingExample: `process: gas-leak-report
title: Gas leak report
owner: dispatcher
review: { last: 2026-09-01, every: 365d }
roles:
  dispatcher:
    title: Dispatcher
    frontline: true
    training: { last: 2026-09-01, every: 180d, covers: [routine] }
start: answer-call
steps:
  answer-call:
    type: intake
    channel: phone
    actor: dispatcher
    next: triage
  triage:
    type: decision
    actor: dispatcher
    next:
      - to: send-engineer
        when: caller smells gas
      - to: answer-question
        when: anything else
  send-engineer:
    type: action
    emergency: true
    actor: dispatcher
    next: done
  answer-question:
    type: contact
    channel: phone
    actor: dispatcher
    next: done
  done:
    type: end
`,
    structural: false,
    defaultOptions: {}
  },
  check(process, { graph, today }) {
    const work = workByRole(graph);
    return [...process.roles.values()].flatMap((role) => {
      const done = work.get(role.id);
      if (done === void 0)
        return [];
      const problems = trainingProblems(role, done, today);
      if (problems.length === 0)
        return [];
      const needed = TRAINING_KINDS.filter((kind) => done[kind].length > 0);
      return [
        {
          at: role.at,
          message: `role "${role.id}" ${problems.join("; and ")}`,
          fix: `train the role and record it under its \`training\` with \`covers: [${needed.join(", ")}]\``
        }
      ];
    });
  }
};
var TRAINING_KINDS = ["routine", "emergency"];
var WORK_NAMES = { routine: "routine steps", emergency: "steps of an emergency path" };
function workByRole(graph) {
  const emergencyPath2 = graph.emergencyPath();
  const work = /* @__PURE__ */ new Map();
  for (const index of graph.reachableSteps()) {
    const role = graph.roleOf(index);
    if (role === void 0)
      continue;
    const done = work.get(role.id) ?? { routine: [], emergency: [] };
    done[emergencyPath2.has(index) ? "emergency" : "routine"].push(graph.step(index).id);
    work.set(role.id, done);
  }
  return work;
}
function trainingProblems(role, done, today) {
  const { training } = role;
  if (training === void 0)
    return [`acts on ${quoteSteps([...done.routine, ...done.emergency])} but has no \`training\``];
  const problems = [];
  if (isOverdue(training.last, training.every, today)) {
    problems.push(`was last trained on ${training.last} and fell due on ${dueDate(training.last, training.every)} (every ${training.every.text})`);
  }
  for (const kind of TRAINING_KINDS) {
    if (done[kind].length > 0 && !training.covers.includes(kind)) {
      problems.push(`acts on ${WORK_NAMES[kind]} (${quoteSteps(done[kind])}) but its training does not cover ${kind}`);
    }
  }
  return problems;
}

// dist/rules/two-minute-response.js
var channelList = { type: "array", items: { enum: [...CHANNELS] }, uniqueItems: true };
var withinSchema = { type: "string", pattern: DURATION_PATTERN.source };
var WITHIN = "The longest a complaining customer may wait, at worst, for the first response: a duration like 2m.";
var CHANNELS_TEXT = "The channels the first response to a complaint must be on.";
var targetSchema = {
  type: "object",
  propertyNames: { enum: ["within", "channels"] },
  properties: {
    within: { ...withinSchema, description: WITHIN },
    channels: { ...channelList, minItems: 1, description: CHANNELS_TEXT }
  }
};
var twoMinuteResponse = {
  kind: "process",
  meta: {
    id: "two-minute-response",
    defaultSeverity: "high",
    summary: "A complaint that does not arrive live with a person (an e-mail, a form, a phone menu) is not first answered by a person, on a channel in {channels}, within {within} on every way it can go, or on some way only ever by automatic replies.",
    why: "A customer who writes in to complain is at their angriest while they wait for an answer. A person answering within two minutes, on the phone, tells them they have been heard and stops the complaint growing; an automatic receipt is no answer, and a call next morning leaves them time to tell everyone else first.",
    fix: "Lead every way from the complaint intake to a response by a person (a `contact`, `listen` or other customer-facing step done by a role) with a `channel` listed in `channels`, and give every step and wait before it a `takes` and `after` that add up to no more than `within`. Automatic acknowledgements may come first; they do not count as the answer.",
    example: `process: emailed-complaint
title: Complaint by e-mail
owner: care-lead
review: { last: 2026-09-01, every: 365d }
roles:
  care-agent: { title: Care agent, frontline: true, can: [credit], training: { last: 2026-09-01, every: 365d } }
  care-lead: { title: Care lead }
start: receive-email
steps:
  receive-email:
    type: intake
    intent: complaint
    channel: email
    actor: system
    takes: 10s
    next: acknowledge
  acknowledge:
    type: contact
    channel: email
    actor: system
    takes: 10s
    next: call-customer
  call-customer:
    type: listen
    channel: phone
    actor: care-agent
    takes: 15m
    next: make-good
  make-good:
    type: resolve
    remedy: credit
    actor: care-agent
    next: log-complaint
  log-complaint:
    type: report
    actor: care-agent
    next: done
  done:
    type: end
waivers:
  - rule: emergency-path
    reason: Emergencies are handled by the gas-leak-report process.
`,
    failingExample: `process: emailed-complaint
title: Complaint by e-mail
owner: care-lead
review: { last: 2026-09-01, every: 365d }
roles:
  care-agent: { title: Care agent, frontline: true, can: [credit], training: { last: 2026-09-01, every: 365d } }
  care-lead: { title: Care lead }
start: receive-email
steps:
  receive-email:
    type: intake
    intent: complaint
    channel: email
    actor: system
    takes: 10s
    next: call-customer
  call-customer:
    type: contact
    channel: email
    actor: care-agent
    takes: 15m
    next: make-good
  make-good:
    type: resolve
    remedy: credit
    actor: care-agent
    next: log-complaint
  log-complaint:
    type: report
    actor: care-agent
    next: done
  done:
    type: end
waivers:
  - rule: emergency-path
    reason: Emergencies are handled by the gas-leak-report process.
`,
    structural: false,
    defaultOptions: { live: ["phone", "in-person", "chat"], channels: ["phone"], within: "2m", "per-channel": {} },
    optionsSchema: {
      type: "object",
      properties: {
        live: {
          ...channelList,
          description: "Channels where a complaint taken by a person (a role) is a live conversation that answers itself: such complaints are not checked."
        },
        channels: { ...channelList, minItems: 1, description: CHANNELS_TEXT },
        within: { ...withinSchema, description: WITHIN },
        "per-channel": {
          type: "object",
          propertyNames: { enum: [...CHANNELS] },
          additionalProperties: targetSchema,
          description: "Targets for complaints arriving on one channel, as `{ within, channels }` (each defaulting to the rule\u2019s), like `social: { within: 15m, channels: [social] }`."
        }
      },
      additionalProperties: false
    }
  },
  check(process, { graph, options }) {
    return graph.reachableOfType("intake").flatMap((intake) => {
      const step = graph.step(intake);
      if (!isComplaintIntake(step) || answersItself(process, step, options.live))
        return [];
      const target = targetFor(step, options);
      const late = lateWay(graph, intake, (index) => graph.isResponse(index), target.within, "a person to answer");
      const ways = [
        ...firstResponsesOffChannel(graph, intake, target.channels),
        ...late ? [late] : [],
        ...neverAnswered(graph, intake)
      ];
      if (ways.length === 0)
        return [];
      return [
        gapOfWays(step.id, `complaint "${step.id}"`, ways, `Have a person answer ${spoken(target.channels)} within ${target.within.text} on every way`)
      ];
    });
  }
};
function answersItself(process, intake, live) {
  return intake.channel !== void 0 && live.includes(intake.channel) && isRole(process, intake.actor);
}
function targetFor(intake, options) {
  const own = intake.channel === void 0 ? void 0 : options["per-channel"][intake.channel];
  return { within: parseDuration(own?.within ?? options.within), channels: own?.channels ?? options.channels };
}
function firstResponsesOffChannel(graph, intake, channels) {
  const reach = graph.searchFrom(intake, { stopAt: (index) => graph.isResponse(index) });
  const first = reach.order.filter((index) => graph.isResponse(index));
  const unnamed = first.filter((index) => graph.step(index).channel === void 0);
  const elsewhere = first.filter((index) => {
    const { channel } = graph.step(index);
    return channel !== void 0 && !channels.includes(channel);
  });
  const ways = [];
  if (elsewhere.length > 0) {
    const where = cutSteps(elsewhere.map((index) => `${spoken([graph.step(index).channel])} at "${graph.step(index).id}"`)).join(", ");
    ways.push({
      path: graph.ids(reach.pathTo(elsewhere[0])),
      text: `is first answered ${where}, not ${spoken(channels)}`
    });
  }
  if (unnamed.length > 0) {
    const ids = graph.ids(unnamed);
    const which = ids.length === 1 ? "which names no `channel`: name one" : "which name no `channel`: name one on each";
    ways.push({
      path: graph.ids(reach.pathTo(unnamed[0])),
      text: `is first answered at ${quoteSteps(ids)}, ${which}`
    });
  }
  return ways;
}
function neverAnswered(graph, intake) {
  const path2 = graph.findPath({
    from: intake,
    passes: (index) => graph.isCustomerFacing(index),
    avoid: (index) => graph.isResponse(index),
    isTarget: (index, passed) => passed && !graph.hasNext(index)
  });
  if (path2 === void 0)
    return [];
  const ids = graph.ids(path2);
  return [
    { path: ids, text: `can end at "${ids[ids.length - 1]}" after automatic replies only, never answered by a person` }
  ];
}
var CHANNEL_PHRASES = {
  phone: "by phone",
  email: "by e-mail",
  sms: "by text message",
  chat: "by chat",
  social: "on social media",
  "web-form": "through a web form",
  letter: "by letter",
  "in-person": "in person",
  voicemail: "by voicemail"
};
function spoken(channels) {
  return channels.map((channel) => CHANNEL_PHRASES[channel]).join(" or ");
}

// dist/rules/unanswered-contact.js
var unansweredContact = {
  kind: "process",
  meta: {
    id: "unanswered-contact",
    defaultSeverity: "high",
    summary: "From an `intake`, an `end` (or a step with no `next`) can be reached without passing a customer-facing step: the customer may never hear back.",
    why: "Silence is the worst answer. A customer who wrote in and never heard back does not know whether anyone read it, so they write again, call, and then complain about being ignored on top of the problem they came with.",
    fix: "Put a customer-facing step (a `contact`, `confirm`, `resolve`, `deny`, ... done for the customer) on every way from the intake to an end, so every customer hears back. A live call answered by a role answers itself.",
    example: `process: web-inquiry
title: Web inquiry
owner: agent
review: { last: 2026-09-01, every: 365d }
roles:
  agent: { title: Agent, frontline: true, training: { last: 2026-09-01, every: 365d } }
start: receive-form
steps:
  receive-form:
    type: intake
    channel: web-form
    actor: system
    next: sort-request
  sort-request:
    type: decision
    actor: system
    next:
      - to: reply
        when: a question we can answer
      - to: refer-elsewhere
        when: meant for another company
  reply:
    type: contact
    channel: email
    actor: agent
    next: done
  refer-elsewhere:
    type: deny
    actor: agent
    next: done
  done:
    type: end
waivers:
  - rule: emergency-path
    reason: Emergencies are handled by the gas-leak-report process.
`,
    failingExample: `process: web-inquiry
title: Web inquiry
owner: agent
review: { last: 2026-09-01, every: 365d }
roles:
  agent: { title: Agent, frontline: true, training: { last: 2026-09-01, every: 365d } }
start: receive-form
steps:
  receive-form:
    type: intake
    channel: web-form
    actor: system
    next: sort-request
  sort-request:
    type: decision
    actor: system
    next:
      - to: reply
        when: a question we can answer
      - to: done
        when: meant for another company
  reply:
    type: contact
    channel: email
    actor: agent
    next: done
  done:
    type: end
waivers:
  - rule: emergency-path
    reason: Emergencies are handled by the gas-leak-report process.
`,
    structural: false,
    defaultOptions: {}
  },
  check(_process, { graph }) {
    return graph.reachableOfType("intake").flatMap((intake) => {
      const step = graph.step(intake);
      if (graph.isCustomerFacing(intake))
        return [];
      const found2 = graph.findPath({
        from: intake,
        avoid: (index) => graph.isCustomerFacing(index),
        isTarget: (index) => graph.typeOf(index) === "end" || !graph.hasNext(index)
      });
      if (found2 === void 0)
        return [];
      const path2 = graph.ids(found2);
      const stop = graph.typeOf(found2[found2.length - 1]) === "end" ? `end at "${path2[path2.length - 1]}"` : `stop at "${path2[path2.length - 1]}" (it has no \`next\`)`;
      return [
        {
          step: step.id,
          path: path2,
          message: `from intake "${step.id}" the case can ${stop} without the customer ever hearing back`,
          fix: "put a customer-facing step (a `contact` by a role) on every way from the intake to an end"
        }
      ];
    });
  }
};

// dist/load/suggest.js
var import_fastest_levenshtein = __toESM(require_mod(), 1);
var SHORT_WORD = 3;
var LETTERS_PER_TYPO = 3;
var MIN_TYPOS = 2;
var MIN_PREFIX_WORD = 4;
function closestName(written, known) {
  const typed = comparable(written);
  const limit = typed.length <= SHORT_WORD ? 1 : Math.max(MIN_TYPOS, Math.floor(typed.length / LETTERS_PER_TYPO));
  let best;
  for (const name of known) {
    const candidate = comparable(name);
    const score = candidate === typed ? 0 : isPrefixPair(typed, candidate) ? 1 : (0, import_fastest_levenshtein.distance)(typed, candidate);
    if (score <= limit && (best === void 0 || score < best.score))
      best = { name, score };
  }
  return best?.name;
}
function didYouMean(written, known) {
  const name = closestName(written, known);
  return name === void 0 ? "" : ` \u2014 did you mean "${name}"?`;
}
function comparable(name) {
  return name.toLowerCase().replace(/[-_\s]+/g, "");
}
function isPrefixPair(a, b) {
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  return shorter.length >= MIN_PREFIX_WORD && longer.startsWith(shorter);
}

// dist/rules/unknown-reference.js
var unknownReference = {
  kind: "process",
  meta: {
    id: "unknown-reference",
    defaultSeverity: "critical",
    summary: "`start`, `next`, `fulfils` or `verifies` names no step, or an `actor`, promise `owner`, escalation `to` or process `owner` names no declared role.",
    why: "A name that points nowhere is usually a typo, and it silently cuts the process: the step a case should go to, or the person who should own it, does not exist.",
    fix: "Correct the name to an existing step or role, or declare the role under `roles`.",
    example: `process: order-query
title: Order query
owner: agent
review: { last: 2026-09-01, every: 365d }
roles:
  agent: { title: Agent, training: { last: 2026-09-01, every: 365d } }
start: receive-query
steps:
  receive-query:
    type: intake
    channel: chat
    actor: agent
    next: answer
  answer:
    type: contact
    channel: chat
    actor: agent
    next: done
  done:
    type: end
waivers:
  - rule: emergency-path
    reason: Emergencies are handled by the gas-leak-report process.
`,
    failingExample: `process: order-query
title: Order query
owner: agent
review: { last: 2026-09-01, every: 365d }
roles:
  agent: { title: Agent, training: { last: 2026-09-01, every: 365d } }
start: receive-query
steps:
  receive-query:
    type: intake
    channel: chat
    actor: agent
    next: answer
  answer:
    type: contact
    channel: chat
    actor: agnet
    next: done
  done:
    type: end
waivers:
  - rule: emergency-path
    reason: Emergencies are handled by the gas-leak-report process.
`,
    structural: true,
    defaultOptions: {}
  },
  check(process, { graph }) {
    const roleIds = new Set(process.roles.keys());
    const names = {
      steps: { has: (id) => graph.indexOf(id) !== void 0, keys: () => process.steps.map((step) => step.id) },
      roles: roleIds,
      actors: /* @__PURE__ */ new Set([...roleIds, ...BUILT_IN_ACTORS])
    };
    const findings = [];
    const processProblems = [
      ...process.start.map((ref) => missing(ref, names.steps, '"start" names no step', "add the step")),
      missing(process.owner, names.roles, 'the process "owner" names no declared role', 'declare the role under "roles"')
    ].filter((problem) => problem !== void 0);
    if (processProblems.length > 0)
      findings.push(summarize(processProblems));
    for (let index = 0; index < process.steps.length; index++) {
      const step = graph.step(index);
      const problems = stepProblems(graph, index, names);
      if (problems.length > 0) {
        const first = problems.reduce((a, b) => b.at.line < a.at.line || b.at.line === a.at.line && b.at.column < a.at.column ? b : a);
        const { message, fix } = summarize(problems);
        findings.push({ step: step.id, at: first.at, message: `step "${step.id}": ${message}`, ...fix && { fix } });
      }
    }
    return findings;
  }
};
var ADD_STEP = "add the step";
var DECLARE_ROLE = 'declare the role under "roles"';
function stepProblems(graph, index, names) {
  const step = graph.step(index);
  const everyNextKnown = graph.successorCount(index) === step.next.length;
  return [
    ...everyNextKnown ? [] : step.next.map((edge) => missing(edge.to, names.steps, '"next" names no step', ADD_STEP)),
    missing(step.fulfils, names.steps, '"fulfils" names no step', ADD_STEP),
    missing(step.verifies, names.steps, '"verifies" names no step', ADD_STEP),
    graph.roleOf(index) ? void 0 : missing(step.actor, names.actors, '"actor" names no declared role (nor system or customer)', DECLARE_ROLE),
    graph.typeOf(index) === "promise" ? missing(step.owner, names.roles, 'the promise "owner" names no declared role', DECLARE_ROLE) : void 0,
    graph.typeOf(index) === "escalate" ? missing(step.to, names.roles, 'the escalation "to" names no declared role', DECLARE_ROLE) : void 0
  ].filter((problem) => problem !== void 0);
}
function missing(ref, known, what, remedy) {
  if (ref === void 0 || known.has(ref.id))
    return void 0;
  const suggestion = didYouMean(ref.id, known.keys());
  return { text: `${what} "${ref.id}"${suggestion}`, at: ref.at, remedy: suggestion ? void 0 : remedy };
}
function summarize(problems) {
  const inFileOrder = [...problems].sort((a, b) => a.at.line - b.at.line || a.at.column - b.at.column);
  const remedies = [...new Set(inFileOrder.flatMap((p) => p.remedy ?? []))];
  const message = cutList(inFileOrder, (p) => p.text).join("; ");
  return remedies.length > 0 ? { message, fix: `correct the name or ${remedies.join(", or ")}` } : { message };
}

// dist/rules/unreachable-step.js
var unreachableStep = {
  kind: "process",
  meta: {
    id: "unreachable-step",
    defaultSeverity: "low",
    summary: "No `start` reaches the step: it is never part of the process.",
    why: "A step nothing leads to is a part of the process the team believes in but no case ever takes, often a safeguard cut off by an edit.",
    fix: "Point a `next` (or `start`) at the step, or delete it if it is no longer part of the process.",
    example: `process: web-inquiry
title: Web inquiry
owner: agent
review: { last: 2026-09-01, every: 365d }
roles:
  agent: { title: Agent, training: { last: 2026-09-01, every: 365d } }
start: receive-form
steps:
  receive-form:
    type: intake
    channel: web-form
    next: reply
  reply:
    type: contact
    channel: email
    actor: agent
    next: done
  done:
    type: end
waivers:
  - rule: emergency-path
    reason: Emergencies are handled by the gas-leak-report process.
`,
    failingExample: `process: web-inquiry
title: Web inquiry
owner: agent
review: { last: 2026-09-01, every: 365d }
roles:
  agent: { title: Agent, training: { last: 2026-09-01, every: 365d } }
start: receive-form
steps:
  receive-form:
    type: intake
    channel: web-form
    next: reply
  reply:
    type: contact
    channel: email
    actor: agent
    next: done
  send-survey:
    type: contact
    channel: email
    actor: agent
    next: done
  done:
    type: end
waivers:
  - rule: emergency-path
    reason: Emergencies are handled by the gas-leak-report process.
`,
    structural: true,
    defaultOptions: {}
  },
  check(process, { graph }) {
    return process.steps.flatMap((step, index) => graph.isReachable(index) ? [] : [
      {
        step: step.id,
        message: `no start reaches step "${step.id}", so no case ever takes it`,
        fix: 'lead a "next" to it, or delete it'
      }
    ]);
  }
};

// dist/rules/unused-waiver.js
var unusedWaiver = {
  kind: "waivers",
  meta: {
    id: "unused-waiver",
    defaultSeverity: "low",
    summary: "A waiver matches no gap (a waiver naming a step that does not exist is unused).",
    why: "A waiver that waives nothing is left over from a gap already closed, or misspelt so that it never applied. Left in place it will silently hide the next gap of that rule, which nobody has decided to accept.",
    fix: "Remove the waiver; if it names the wrong step, correct the step.",
    example: `process: email-support
title: Email support
owner: support-lead
review: { last: 2026-09-01, every: 365d }
roles:
  support-agent: { title: Support agent, frontline: true, training: { last: 2026-09-01, every: 365d } }
  support-lead: { title: Support lead }
start: receive-email
steps:
  receive-email:
    type: intake
    channel: email
    actor: support-agent
    next: reply
  reply:
    type: contact
    channel: email
    actor: support-agent
    next: done
  done:
    type: end
waivers:
  - rule: emergency-path
    reason: Emergencies are handled by the site-safety process.
`,
    failingExample: `process: email-support
title: Email support
owner: support-lead
review: { last: 2026-09-01, every: 365d }
roles:
  support-agent: { title: Support agent, frontline: true, training: { last: 2026-09-01, every: 365d } }
  support-lead: { title: Support lead }
start: receive-email
steps:
  receive-email:
    type: intake
    channel: email
    actor: support-agent
    next: reply
  reply:
    type: contact
    channel: email
    actor: support-agent
    next: done
  done:
    type: end
waivers:
  - rule: emergency-path
    reason: Emergencies are handled by the site-safety process.
  - rule: dead-end
    step: reply
    reason: The reply step used to stop here.
`,
    structural: true,
    defaultOptions: {}
  },
  check(process, { graph, waivers }) {
    return waivers.flatMap(({ waiver, expired, used }) => {
      if (expired || used)
        return [];
      const step = waiver.step;
      const finding = step && graph.indexOf(step.id) === void 0 ? {
        message: `waiver ${waiverNumber(process, waiver)} names step "${step.id}", which does not exist${didYouMean(step.id, process.steps.map(({ id }) => id)) || "."} As written it waives nothing: correct the step, or remove the waiver`
      } : {
        message: `${describeWaiver(process, waiver)} matches no gap: ${waiver.rule} reports none ${step ? `at step "${step.id}"` : "in this process"}`,
        fix: "remove it, so it cannot hide a new gap nobody accepted"
      };
      return [{ at: waiver.at, ...finding }];
    });
  }
};

// dist/rules/index.js
var BUILT_IN_RULES = new RuleRegistry([
  // The four named rules
  orderConfirmation,
  twoMinuteResponse,
  followThrough,
  emergencyPath,
  // Rules from the practices behind them
  unansweredContact,
  escalationClosure,
  listenFirst,
  remedyPath,
  handoffChain,
  empowerment,
  issueReporting,
  processReview,
  trainingCurrent,
  humanTouch,
  customerEffort,
  cascade,
  // Structural rules
  invalidProcess,
  unknownReference,
  deadEnd,
  endlessLoop,
  unreachableStep,
  duplicateProcess,
  expiredWaiver,
  unusedWaiver
]);

// dist/audit/pool.js
import { setImmediate } from "node:timers/promises";
import { Worker } from "node:worker_threads";

// dist/config/plugins.js
import { createHash as createHash2 } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
async function loadPlugin(spec, configFile, at2) {
  const where = `${at2.config}:${at2.line}:${at2.column}: plugin "${escapeUntrusted(spec)}"`;
  const module = resolvePlugin(spec, configFile, where);
  const source = { spec, module, config: at2.config, identity: pluginIdentity(spec, module, configFile) };
  const plugin = checkedPlugin(await importModule(source, where), source);
  if (Array.isArray(plugin))
    throw new UsageError(plugin.map((problem) => `${where} ${problem}`).join("\n"));
  return plugin;
}
async function reloadPlugin(source) {
  const where = `plugin "${source.spec}" of ${source.config}`;
  const plugin = checkedPlugin(await importModule(source, where), source);
  if (Array.isArray(plugin))
    throw new Error(`${where} ${plugin.join("; ")}`);
  return plugin;
}
function pluginSource({ spec, module, config, identity }) {
  return { spec, module, config, identity };
}
function withPlugins(registry, plugins) {
  if (plugins.length === 0)
    return registry;
  return registry.with(plugins.flatMap((plugin) => plugin.rules), JSON.stringify(plugins.map((plugin) => [plugin.name, plugin.identity])));
}
function isPath(spec) {
  return spec.startsWith("./") || spec.startsWith("../") || path.isAbsolute(spec);
}
function resolvePlugin(spec, configFile, where) {
  if (isPath(spec)) {
    const file = path.resolve(path.dirname(configFile), spec);
    const found2 = statSync(file, { throwIfNoEntry: false });
    if (found2 === void 0)
      throw new UsageError(`${where}: there is no file ${escapeUntrusted(file)}; a plugin's path is relative to the config's folder: correct the path`);
    if (!found2.isFile())
      throw new UsageError(`${where}: ${escapeUntrusted(file)} is not a file (a folder?); name the plugin's module file, like ./rules/acme.js`);
    return file;
  }
  let resolved;
  try {
    resolved = createRequire(configFile).resolve(spec);
  } catch (error) {
    const code = error.code;
    if (code === "ERR_PACKAGE_PATH_NOT_EXPORTED")
      throw new UsageError(`${where}: the package exports no entry gapcheck can load; give its package.json "exports" a "default" entry`);
    throw new UsageError(`${where} is not installed where the config's folder can find it; run \`npm install --save-dev ${escapeUntrusted(spec)}\` there, or correct the name (a path starts with ./)`);
  }
  if (!path.isAbsolute(resolved))
    throw new UsageError(`${where} is one of Node's own modules, not a plugin; name a plugin's package or file`);
  return resolved;
}
async function importModule({ module: file, identity }, where) {
  const url = pathToFileURL(file);
  url.searchParams.set("gapcheck", identity);
  try {
    return await import(url.href);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw new UsageError(`${where}: ${escapeUntrusted(file)} failed to load: ${escapeUntrusted(reason)}; fix the plugin, or remove it from "plugins"`);
  }
}
function pluginIdentity(spec, module, configFile) {
  const locked = isPath(spec) ? void 0 : lockedPackage(module, path.dirname(configFile));
  return locked ?? createHash2("sha256").update(readFileSync(module)).digest("hex");
}
function lockedPackage(module, from) {
  const packageFolder = folderWith(path.dirname(module), (folder) => path.join(folder, "package.json"));
  const lockFolder = folderWith(from, (folder) => path.join(folder, "package-lock.json"));
  if (packageFolder === void 0 || lockFolder === void 0)
    return void 0;
  const lock = readJson(path.join(lockFolder, "package-lock.json"));
  const key = path.relative(lockFolder, packageFolder).split(path.sep).join("/");
  const entry = lock?.packages?.[key];
  return entry?.integrity === void 0 ? void 0 : `${key}@${entry.version} ${entry.integrity}`;
}
function folderWith(start, file) {
  for (let folder = start; ; folder = path.dirname(folder)) {
    if (statSync(file(folder), { throwIfNoEntry: false })?.isFile())
      return folder;
    if (path.dirname(folder) === folder)
      return void 0;
  }
}
function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return void 0;
  }
}
var ID = /^[a-z0-9][a-z0-9-]*$/;
function checkedPlugin(exported, source) {
  const problems = [];
  try {
    return pluginFrom(exported, source, problems) ?? problems;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return [`threw while its exports were read (${escapeUntrusted(reason)}); fix the plugin`];
  }
}
function pluginFrom(exported, source, problems) {
  const namespace = exported;
  const plugin = namespace.default ?? namespace;
  if (typeof plugin !== "object" || plugin === null) {
    problems.push("exports no plugin; export { name, rules, configs } (docs/custom-rules.md)");
    return void 0;
  }
  const { name, rules, configs = {} } = plugin;
  if (typeof name !== "string" || !ID.test(name))
    problems.push(`has no "name" like acme (lowercase letters, digits and dashes), which prefixes its rules' ids; export one`);
  if (!Array.isArray(rules))
    problems.push('has no "rules" list; export its rules as a list, even an empty one');
  if (typeof configs !== "object" || configs === null || Array.isArray(configs))
    problems.push('has "configs" that are not a mapping of config names to configs; export them as one, or none');
  if (problems.length > 0)
    return void 0;
  const prefix2 = name;
  const seen = /* @__PURE__ */ new Set();
  const made = rules.flatMap((rule, index) => {
    const made2 = pluginRule(rule, prefix2, source, (problem) => problems.push(`rule ${index + 1} ${problem}`));
    if (made2 && seen.has(made2.meta.id))
      problems.push(`has two rules "${made2.meta.id}"; give each an id of its own`);
    if (made2)
      seen.add(made2.meta.id);
    return made2 ? [made2] : [];
  });
  if (problems.length > 0)
    return void 0;
  return {
    ...source,
    name: prefix2,
    rules: made,
    configs: new Map(Object.entries(configs))
  };
}
function pluginRule(written, plugin, source, problem) {
  const rule = written;
  if (typeof rule !== "object" || rule === null || typeof rule.meta !== "object" || rule.meta === null) {
    problem('is not a rule: a rule is { kind: "process", meta, check }');
    return void 0;
  }
  const meta = rule.meta;
  const writtenId = typeof meta.id === "string" ? meta.id : void 0;
  const id = writtenId?.startsWith(`${plugin}/`) ? writtenId.slice(plugin.length + 1) : writtenId;
  const wrong = [];
  if (id === void 0 || !ID.test(id))
    wrong.push(`has no meta.id like ${plugin}/vip-callback: the plugin's name, a slash, then lowercase letters, digits and dashes`);
  if (rule.kind !== "process")
    wrong.push(`must have kind: "process": a plugin's rule checks one process at a time`);
  if (typeof rule.check !== "function")
    wrong.push("has no check(process, context) function");
  if (!isSeverity(meta.defaultSeverity))
    wrong.push("has no meta.defaultSeverity: low, medium, high or critical");
  for (const field of ["summary", "why", "fix"])
    if (typeof meta[field] !== "string" || meta[field].trim() === "")
      wrong.push(`has no meta.${field}: a sentence a support lead understands`);
  for (const field of ["example", "failingExample", "docs"])
    if (meta[field] !== void 0 && typeof meta[field] !== "string")
      wrong.push(`has a meta.${field} that is not text`);
  if (meta.structural !== void 0 && typeof meta.structural !== "boolean")
    wrong.push("has a meta.structural that is not true or false");
  wrong.push(...optionProblems(meta));
  if (wrong.length > 0) {
    for (const text of wrong)
      problem(writtenId === void 0 ? text : `("${escapeUntrusted(writtenId)}") ${text}`);
    return void 0;
  }
  const check = rule.check.bind(rule);
  return {
    kind: "process",
    meta: {
      ...meta,
      id: `${plugin}/${id}`,
      structural: meta.structural === true,
      defaultOptions: meta.defaultOptions ?? {},
      source: { kind: "plugin", plugin, module: source.spec, config: source.config }
    },
    check: (process, context) => checkedFindings(check(process, context), context)
  };
}
function optionProblems(meta) {
  const defaults = meta.defaultOptions ?? {};
  const schema2 = meta.optionsSchema;
  if (typeof defaults !== "object" || defaults === null || Array.isArray(defaults))
    return ["has meta.defaultOptions that are not a mapping of option names to defaults"];
  if (schema2 !== void 0 && (typeof schema2 !== "object" || schema2 === null || Array.isArray(schema2)))
    return ["has a meta.optionsSchema that is not a JSON Schema object"];
  const described = schema2?.properties ?? {};
  const names = Object.keys(defaults);
  return [
    ...names.filter((name) => typeof described[name]?.description !== "string").map((name) => `has option "${name}" without a description in meta.optionsSchema.properties`),
    ...Object.keys(described).filter((name) => !names.includes(name)).map((name) => `has option "${name}" without a default in meta.defaultOptions`)
  ];
}
function checkedFindings(returned, context) {
  if (!Array.isArray(returned))
    throw new Error(`its check returned ${describeValue(returned)}, not a list of findings`);
  for (const finding of returned) {
    if (typeof finding?.message !== "string" || finding.message === "")
      throw new Error("its check returned a finding without a message");
    const pathIds = finding.path !== void 0 && isStepIds(finding.path) ? finding.path : [];
    const steps = [...finding.step === void 0 ? [] : [finding.step], ...pathIds];
    const unknown = steps.find((step) => typeof step !== "string" || context.graph.indexOf(step) === void 0);
    if (unknown !== void 0)
      throw new Error(`its check returned a finding naming step "${String(unknown)}", which the process does not have`);
  }
  return returned;
}
function describeValue(value) {
  return value === null ? "null" : Array.isArray(value) ? "a list" : typeof value;
}

// dist/load/load-file.js
import { closeSync, existsSync as existsSync3, fstatSync, openSync, readFileSync as readFileSync3 } from "node:fs";

// dist/load/build-process.js
var WrittenStep = class {
  id;
  at;
  type;
  title;
  actor;
  takes;
  next;
  intent;
  channel;
  remedy;
  to;
  owner;
  by;
  promise;
  fulfils;
  verifies;
  outcome;
  emergency;
  customerEffort;
  because;
  #source;
  /** Each field's name, where its key starts and where its entry ends, in turn: a step has a few fields. */
  #written;
  #plain;
  constructor(reader, id, at2, node) {
    this.id = id;
    this.at = at2;
    const field = (key) => node.entries.get(key)?.value;
    this.type = reader.text(field("type"));
    this.title = reader.text(field("title"));
    this.actor = reader.ref(field("actor"));
    this.takes = reader.duration(field("takes"));
    this.next = reader.edges(field("next"));
    this.intent = reader.text(field("intent")) ?? "inquiry";
    this.channel = reader.text(field("channel"));
    this.remedy = reader.text(field("remedy"));
    this.to = reader.ref(field("to"));
    this.owner = reader.ref(field("owner"));
    this.by = reader.duration(field("by"));
    this.promise = reader.text(field("promise"));
    this.fulfils = reader.ref(field("fulfils"));
    this.verifies = reader.ref(field("verifies"));
    this.outcome = reader.text(field("outcome")) ?? "resolved";
    this.emergency = reader.flag(field("emergency"));
    this.customerEffort = reader.text(field("customer-effort"));
    this.because = reader.text(field("because"));
    this.#source = reader.source;
    this.#written = reader.writtenFields(node);
    this.#plain = node.plain;
  }
  fieldAt(key) {
    const index = this.#indexOf(key);
    return index === -1 ? void 0 : this.#source.rangeAt(this.#written[index + 1], this.#written[index + 2]);
  }
  fieldValue(key) {
    return this.#indexOf(key) === -1 ? void 0 : this.#plain[key];
  }
  #indexOf(key) {
    const written = this.#written;
    for (let index = 0; index < written.length; index += 3)
      if (written[index] === key)
        return index;
    return -1;
  }
};
function buildProcess(root, source) {
  const reader = new Reader(source);
  const idEntry = root.entries.get("process");
  return {
    id: reader.text(idEntry.value),
    at: reader.valueRange(idEntry.value),
    file: source.path,
    title: reader.text(root.entries.get("title")?.value),
    owner: reader.ref(root.entries.get("owner")?.value),
    description: reader.text(root.entries.get("description")?.value),
    tags: reader.texts(root.entries.get("tags")?.value),
    review: reader.review(root.entries.get("review")?.value),
    roles: reader.roles(root.entries.get("roles")?.value),
    emergencies: reader.ref(root.entries.get("emergencies")?.value),
    start: reader.refs(root.entries.get("start").value),
    steps: reader.steps(root.entries.get("steps").value),
    waivers: reader.waivers(root.entries.get("waivers")?.value)
  };
}
var Reader = class {
  source;
  constructor(source) {
    this.source = source;
  }
  valueRange(node) {
    return node.kind === "scalar" ? this.source.rangeAt(node.offset, node.end) : this.source.positionAt(node.offset);
  }
  keyRange(entry) {
    return this.source.rangeAt(entry.keyOffset, entry.keyEnd);
  }
  /** A mapping (a waiver, a review) from where it starts to the end of its first entry, usually one line. */
  mappingRange(node) {
    const first = node.entries.values().next().value;
    return first === void 0 ? this.source.positionAt(node.offset) : this.source.rangeAt(node.offset, this.entryEnd(first));
  }
  /** A key with its value when that is text; a key alone before a list or mapping, for the reason above. */
  entryEnd(entry) {
    return entry.value.kind === "scalar" ? Math.max(entry.keyEnd, entry.value.end) : entry.keyEnd;
  }
  text(node) {
    return node?.kind === "scalar" && node.value !== null ? String(node.value) : void 0;
  }
  texts(node) {
    if (node === void 0)
      return [];
    return node.kind === "seq" ? node.items.flatMap((item) => this.text(item) ?? []) : [this.text(node)];
  }
  flag(node) {
    return node?.kind === "scalar" && node.value === true;
  }
  ref(node) {
    const id = this.text(node);
    return id === void 0 ? void 0 : { id, at: this.valueRange(node) };
  }
  refs(node) {
    return node.kind === "seq" ? node.items.map((item) => this.ref(item)) : [this.ref(node)];
  }
  duration(node) {
    const text = this.text(node);
    return text === void 0 ? void 0 : parseDuration(text);
  }
  review(node) {
    if (node?.kind !== "map")
      return void 0;
    return {
      last: this.text(node.entries.get("last")?.value),
      every: this.duration(node.entries.get("every")?.value),
      at: this.mappingRange(node)
    };
  }
  roles(node) {
    const roles = /* @__PURE__ */ new Map();
    if (node?.kind !== "map")
      return roles;
    for (const [id, entry] of node.entries) {
      if (id.startsWith("x-"))
        continue;
      const role = entry.value;
      const field = (key) => role.entries?.get(key)?.value;
      const training = field("training");
      roles.set(id, {
        id,
        at: this.keyRange(entry),
        title: this.text(field("title")),
        frontline: this.flag(field("frontline")),
        can: this.texts(field("can")),
        training: training?.kind === "map" ? {
          last: this.text(training.entries.get("last")?.value),
          every: this.duration(training.entries.get("every")?.value),
          covers: training.entries.has("covers") ? this.texts(training.entries.get("covers").value) : ["routine"],
          at: this.mappingRange(training)
        } : void 0
      });
    }
    return roles;
  }
  steps(node) {
    const steps = [];
    for (const [id, entry] of node.entries) {
      if (id.startsWith("x-"))
        continue;
      steps.push(new WrittenStep(this, id, this.keyRange(entry), entry.value));
    }
    return steps;
  }
  /** Each field's name, where its key starts and where its entry ends, in one flat array: a step has a few fields. */
  writtenFields(node) {
    const written = new Array(node.entries.size * 3);
    let at2 = 0;
    for (const entry of node.entries.values()) {
      written[at2++] = entry.key;
      written[at2++] = entry.keyOffset;
      written[at2++] = this.entryEnd(entry);
    }
    return written;
  }
  edges(node) {
    if (node === void 0)
      return [];
    const items = node.kind === "seq" ? node.items : [node];
    return items.map((item) => {
      if (item.kind !== "map")
        return { to: this.ref(item) };
      return {
        to: this.ref(item.entries.get("to").value),
        when: this.text(item.entries.get("when")?.value),
        after: this.duration(item.entries.get("after")?.value)
      };
    });
  }
  waivers(node) {
    if (node?.kind !== "seq")
      return [];
    return node.items.map((item) => {
      const waiver = item;
      const field = (key) => waiver.entries.get(key)?.value;
      return {
        rule: this.text(field("rule")),
        step: this.ref(field("step")),
        reason: this.text(field("reason")),
        expires: this.text(field("expires")),
        at: this.mappingRange(waiver)
      };
    });
  }
};

// dist/position.js
var START_OF_FILE = { line: 1, column: 1 };

// dist/load/validate.js
import { existsSync as existsSync2, readFileSync as readFileSync2 } from "node:fs";
import { createRequire as createRequire2 } from "node:module";

// dist/load/ajv-options.js
var FORMATS = {
  /** A real calendar date; text that is not `YYYY-MM-DD` at all is left to the schema's `pattern`. */
  date: { type: "string", validate: (text) => !DATE_PATTERN.test(text) || isValidDate(text) }
};
var AJV_OPTIONS = {
  allErrors: true,
  verbose: true,
  strict: true,
  allowUnionTypes: true,
  formats: FORMATS
};
var SCHEMA_FILES = { process: "process.schema.json", config: "config.schema.json" };

// dist/package-files.js
import { existsSync } from "node:fs";
var ROOT = packageRoot(new URL(".", import.meta.url));
function packageFile(relativePath) {
  return new URL(relativePath, ROOT);
}
var RUNNING_FROM_SOURCES = import.meta.url.endsWith(".ts");
function packageRoot(start) {
  for (let folder = start; ; folder = new URL("..", folder)) {
    if (existsSync(new URL("package.json", folder)))
      return folder;
    if (folder.pathname === "/")
      throw new Error(`gapcheck cannot find its package.json above ${start.pathname}`);
  }
}

// dist/load/schema-problem.js
var TYPE_WORDS = {
  integer: "a whole number",
  number: "a number",
  string: "text",
  boolean: "true or false",
  array: "a list",
  object: "a mapping",
  null: "nothing"
};
var MAX_EXAMPLE_ID_CHARS = 60;
var ID_RULE = "must use lowercase letters, digits and dashes, like";
function schemaProblem(error, written, phrase) {
  const params = error.params;
  switch (error.keyword) {
    case "type":
      return phrase ?? `must be ${expectedTypes(error).map((type2) => TYPE_WORDS[type2] ?? type2).join(" or ")}`;
    case "enum": {
      const allowed = params.allowedValues.map(String);
      return `must be one of ${allowed.join(", ")}${written === void 0 ? "" : didYouMean(written, allowed)}`;
    }
    case "pattern":
      return phrase ?? (String(params.pattern) === DURATION_PATTERN.source ? "must be a duration like 90s, 2m, 4h" : idProblem(written ?? ""));
    case "format":
      return `must be a real date: ${written ?? "this date"} does not exist`;
    case "minLength":
      return "must not be empty";
    case "maxLength":
      return `must be at most ${String(params.limit)} characters long`;
    case "minItems":
      return phrase ?? listAtLeast(Number(params.limit));
    case "minimum":
      return `must be at least ${String(params.limit)}`;
    case "uniqueItems":
      return "must not list a value twice";
    default:
      return phrase ?? "is not valid here";
  }
}
function expectedTypes(error) {
  return String(error.params.type).split(",");
}
function pointerSegments(error) {
  return error.instancePath.split("/").slice(1).map((segment) => segment.replace(/~1/g, "/").replace(/~0/g, "~"));
}
function listAtLeast(limit) {
  return limit <= 1 ? "must not be an empty list" : `must list at least ${limit} values`;
}
function idProblem(written) {
  return `${ID_RULE} ${exampleId(written)}`;
}
function exampleId(text) {
  const id = text.slice(0, MAX_EXAMPLE_ID_CHARS).toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  return id || "receive-call";
}

// node_modules/js-yaml/dist/js-yaml.mjs
function getDefaultExportFromCjs(x) {
  return x && x.__esModule && Object.prototype.hasOwnProperty.call(x, "default") ? x["default"] : x;
}
var jsYaml = {};
var loader = {};
var common = {};
var hasRequiredCommon;
function requireCommon() {
  if (hasRequiredCommon) return common;
  hasRequiredCommon = 1;
  function isNothing(subject) {
    return typeof subject === "undefined" || subject === null;
  }
  function isObject(subject) {
    return typeof subject === "object" && subject !== null;
  }
  function toArray(sequence) {
    if (Array.isArray(sequence)) return sequence;
    else if (isNothing(sequence)) return [];
    return [sequence];
  }
  function extend(target, source) {
    if (source) {
      const sourceKeys = Object.keys(source);
      for (let index = 0, length = sourceKeys.length; index < length; index += 1) {
        const key = sourceKeys[index];
        target[key] = source[key];
      }
    }
    return target;
  }
  function repeat(string, count) {
    let result = "";
    for (let cycle = 0; cycle < count; cycle += 1) {
      result += string;
    }
    return result;
  }
  function isNegativeZero(number) {
    return number === 0 && Number.NEGATIVE_INFINITY === 1 / number;
  }
  common.isNothing = isNothing;
  common.isObject = isObject;
  common.toArray = toArray;
  common.repeat = repeat;
  common.isNegativeZero = isNegativeZero;
  common.extend = extend;
  return common;
}
var exception;
var hasRequiredException;
function requireException() {
  if (hasRequiredException) return exception;
  hasRequiredException = 1;
  function formatError(exception2, compact) {
    let where = "";
    const message = exception2.reason || "(unknown reason)";
    if (!exception2.mark) return message;
    if (exception2.mark.name) {
      where += 'in "' + exception2.mark.name + '" ';
    }
    where += "(" + (exception2.mark.line + 1) + ":" + (exception2.mark.column + 1) + ")";
    if (!compact && exception2.mark.snippet) {
      where += "\n\n" + exception2.mark.snippet;
    }
    return message + " " + where;
  }
  function YAMLException2(reason, mark) {
    Error.call(this);
    this.name = "YAMLException";
    this.reason = reason;
    this.mark = mark;
    this.message = formatError(this, false);
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    } else {
      this.stack = new Error().stack || "";
    }
  }
  YAMLException2.prototype = Object.create(Error.prototype);
  YAMLException2.prototype.constructor = YAMLException2;
  YAMLException2.prototype.toString = function toString(compact) {
    return this.name + ": " + formatError(this, compact);
  };
  exception = YAMLException2;
  return exception;
}
var snippet;
var hasRequiredSnippet;
function requireSnippet() {
  if (hasRequiredSnippet) return snippet;
  hasRequiredSnippet = 1;
  const common2 = requireCommon();
  function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
    let head = "";
    let tail = "";
    const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
    if (position - lineStart > maxHalfLength) {
      head = " ... ";
      lineStart = position - maxHalfLength + head.length;
    }
    if (lineEnd - position > maxHalfLength) {
      tail = " ...";
      lineEnd = position + maxHalfLength - tail.length;
    }
    return {
      str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "\u2192") + tail,
      pos: position - lineStart + head.length
      // relative position
    };
  }
  function padStart(string, max) {
    return common2.repeat(" ", max - string.length) + string;
  }
  function makeSnippet(mark, options) {
    options = Object.create(options || null);
    if (!mark.buffer) return null;
    if (!options.maxLength) options.maxLength = 79;
    if (typeof options.indent !== "number") options.indent = 1;
    if (typeof options.linesBefore !== "number") options.linesBefore = 3;
    if (typeof options.linesAfter !== "number") options.linesAfter = 2;
    const re = /\r?\n|\r|\0/g;
    const lineStarts = [0];
    const lineEnds = [];
    let match;
    let foundLineNo = -1;
    while (match = re.exec(mark.buffer)) {
      lineEnds.push(match.index);
      lineStarts.push(match.index + match[0].length);
      if (mark.position <= match.index && foundLineNo < 0) {
        foundLineNo = lineStarts.length - 2;
      }
    }
    if (foundLineNo < 0) foundLineNo = lineStarts.length - 1;
    let result = "";
    const lineNoLength = Math.min(mark.line + options.linesAfter, lineEnds.length).toString().length;
    const maxLineLength = options.maxLength - (options.indent + lineNoLength + 3);
    for (let i = 1; i <= options.linesBefore; i++) {
      if (foundLineNo - i < 0) break;
      const line2 = getLine(
        mark.buffer,
        lineStarts[foundLineNo - i],
        lineEnds[foundLineNo - i],
        mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]),
        maxLineLength
      );
      result = common2.repeat(" ", options.indent) + padStart((mark.line - i + 1).toString(), lineNoLength) + " | " + line2.str + "\n" + result;
    }
    const line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
    result += common2.repeat(" ", options.indent) + padStart((mark.line + 1).toString(), lineNoLength) + " | " + line.str + "\n";
    result += common2.repeat("-", options.indent + lineNoLength + 3 + line.pos) + "^\n";
    for (let i = 1; i <= options.linesAfter; i++) {
      if (foundLineNo + i >= lineEnds.length) break;
      const line2 = getLine(
        mark.buffer,
        lineStarts[foundLineNo + i],
        lineEnds[foundLineNo + i],
        mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]),
        maxLineLength
      );
      result += common2.repeat(" ", options.indent) + padStart((mark.line + i + 1).toString(), lineNoLength) + " | " + line2.str + "\n";
    }
    return result.replace(/\n$/, "");
  }
  snippet = makeSnippet;
  return snippet;
}
var type;
var hasRequiredType;
function requireType() {
  if (hasRequiredType) return type;
  hasRequiredType = 1;
  const YAMLException2 = requireException();
  const TYPE_CONSTRUCTOR_OPTIONS = [
    "kind",
    "multi",
    "resolve",
    "construct",
    "instanceOf",
    "predicate",
    "represent",
    "representName",
    "defaultStyle",
    "styleAliases"
  ];
  const YAML_NODE_KINDS = [
    "scalar",
    "sequence",
    "mapping"
  ];
  function compileStyleAliases(map2) {
    const result = {};
    if (map2 !== null) {
      Object.keys(map2).forEach(function(style) {
        map2[style].forEach(function(alias) {
          result[String(alias)] = style;
        });
      });
    }
    return result;
  }
  function Type2(tag, options) {
    options = options || {};
    Object.keys(options).forEach(function(name) {
      if (TYPE_CONSTRUCTOR_OPTIONS.indexOf(name) === -1) {
        throw new YAMLException2('Unknown option "' + name + '" is met in definition of "' + tag + '" YAML type.');
      }
    });
    this.options = options;
    this.tag = tag;
    this.kind = options["kind"] || null;
    this.resolve = options["resolve"] || function() {
      return true;
    };
    this.construct = options["construct"] || function(data) {
      return data;
    };
    this.instanceOf = options["instanceOf"] || null;
    this.predicate = options["predicate"] || null;
    this.represent = options["represent"] || null;
    this.representName = options["representName"] || null;
    this.defaultStyle = options["defaultStyle"] || null;
    this.multi = options["multi"] || false;
    this.styleAliases = compileStyleAliases(options["styleAliases"] || null);
    if (YAML_NODE_KINDS.indexOf(this.kind) === -1) {
      throw new YAMLException2('Unknown kind "' + this.kind + '" is specified for "' + tag + '" YAML type.');
    }
  }
  type = Type2;
  return type;
}
var schema;
var hasRequiredSchema;
function requireSchema() {
  if (hasRequiredSchema) return schema;
  hasRequiredSchema = 1;
  const YAMLException2 = requireException();
  const Type2 = requireType();
  function compileList(schema2, name) {
    const result = [];
    schema2[name].forEach(function(currentType) {
      let newIndex = result.length;
      result.forEach(function(previousType, previousIndex) {
        if (previousType.tag === currentType.tag && previousType.kind === currentType.kind && previousType.multi === currentType.multi) {
          newIndex = previousIndex;
        }
      });
      result[newIndex] = currentType;
    });
    return result;
  }
  function compileMap() {
    const result = {
      scalar: {},
      sequence: {},
      mapping: {},
      fallback: {},
      multi: {
        scalar: [],
        sequence: [],
        mapping: [],
        fallback: []
      }
    };
    function collectType(type2) {
      if (type2.multi) {
        result.multi[type2.kind].push(type2);
        result.multi["fallback"].push(type2);
      } else {
        result[type2.kind][type2.tag] = result["fallback"][type2.tag] = type2;
      }
    }
    for (let index = 0, length = arguments.length; index < length; index += 1) {
      arguments[index].forEach(collectType);
    }
    return result;
  }
  function Schema2(definition) {
    return this.extend(definition);
  }
  Schema2.prototype.extend = function extend(definition) {
    let implicit = [];
    let explicit = [];
    if (definition instanceof Type2) {
      explicit.push(definition);
    } else if (Array.isArray(definition)) {
      explicit = explicit.concat(definition);
    } else if (definition && (Array.isArray(definition.implicit) || Array.isArray(definition.explicit))) {
      if (definition.implicit) implicit = implicit.concat(definition.implicit);
      if (definition.explicit) explicit = explicit.concat(definition.explicit);
    } else {
      throw new YAMLException2("Schema.extend argument should be a Type, [ Type ], or a schema definition ({ implicit: [...], explicit: [...] })");
    }
    implicit.forEach(function(type2) {
      if (!(type2 instanceof Type2)) {
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      }
      if (type2.loadKind && type2.loadKind !== "scalar") {
        throw new YAMLException2("There is a non-scalar type in the implicit list of a schema. Implicit resolving of such types is not supported.");
      }
      if (type2.multi) {
        throw new YAMLException2("There is a multi type in the implicit list of a schema. Multi tags can only be listed as explicit.");
      }
    });
    explicit.forEach(function(type2) {
      if (!(type2 instanceof Type2)) {
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      }
    });
    const result = Object.create(Schema2.prototype);
    result.implicit = (this.implicit || []).concat(implicit);
    result.explicit = (this.explicit || []).concat(explicit);
    result.compiledImplicit = compileList(result, "implicit");
    result.compiledExplicit = compileList(result, "explicit");
    result.compiledTypeMap = compileMap(result.compiledImplicit, result.compiledExplicit);
    return result;
  };
  schema = Schema2;
  return schema;
}
var str;
var hasRequiredStr;
function requireStr() {
  if (hasRequiredStr) return str;
  hasRequiredStr = 1;
  const Type2 = requireType();
  str = new Type2("tag:yaml.org,2002:str", {
    kind: "scalar",
    construct: function(data) {
      return data !== null ? data : "";
    }
  });
  return str;
}
var seq;
var hasRequiredSeq;
function requireSeq() {
  if (hasRequiredSeq) return seq;
  hasRequiredSeq = 1;
  const Type2 = requireType();
  seq = new Type2("tag:yaml.org,2002:seq", {
    kind: "sequence",
    construct: function(data) {
      return data !== null ? data : [];
    }
  });
  return seq;
}
var map;
var hasRequiredMap;
function requireMap() {
  if (hasRequiredMap) return map;
  hasRequiredMap = 1;
  const Type2 = requireType();
  map = new Type2("tag:yaml.org,2002:map", {
    kind: "mapping",
    construct: function(data) {
      return data !== null ? data : {};
    }
  });
  return map;
}
var failsafe;
var hasRequiredFailsafe;
function requireFailsafe() {
  if (hasRequiredFailsafe) return failsafe;
  hasRequiredFailsafe = 1;
  const Schema2 = requireSchema();
  failsafe = new Schema2({
    explicit: [
      requireStr(),
      requireSeq(),
      requireMap()
    ]
  });
  return failsafe;
}
var _null;
var hasRequired_null;
function require_null() {
  if (hasRequired_null) return _null;
  hasRequired_null = 1;
  const Type2 = requireType();
  function resolveYamlNull(data) {
    if (data === null) return true;
    const max = data.length;
    return max === 1 && data === "~" || max === 4 && (data === "null" || data === "Null" || data === "NULL");
  }
  function constructYamlNull() {
    return null;
  }
  function isNull2(object) {
    return object === null;
  }
  _null = new Type2("tag:yaml.org,2002:null", {
    kind: "scalar",
    resolve: resolveYamlNull,
    construct: constructYamlNull,
    predicate: isNull2,
    represent: {
      canonical: function() {
        return "~";
      },
      lowercase: function() {
        return "null";
      },
      uppercase: function() {
        return "NULL";
      },
      camelcase: function() {
        return "Null";
      },
      empty: function() {
        return "";
      }
    },
    defaultStyle: "lowercase"
  });
  return _null;
}
var bool;
var hasRequiredBool;
function requireBool() {
  if (hasRequiredBool) return bool;
  hasRequiredBool = 1;
  const Type2 = requireType();
  function resolveYamlBoolean(data) {
    if (data === null) return false;
    const max = data.length;
    return max === 4 && (data === "true" || data === "True" || data === "TRUE") || max === 5 && (data === "false" || data === "False" || data === "FALSE");
  }
  function constructYamlBoolean(data) {
    return data === "true" || data === "True" || data === "TRUE";
  }
  function isBoolean(object) {
    return Object.prototype.toString.call(object) === "[object Boolean]";
  }
  bool = new Type2("tag:yaml.org,2002:bool", {
    kind: "scalar",
    resolve: resolveYamlBoolean,
    construct: constructYamlBoolean,
    predicate: isBoolean,
    represent: {
      lowercase: function(object) {
        return object ? "true" : "false";
      },
      uppercase: function(object) {
        return object ? "TRUE" : "FALSE";
      },
      camelcase: function(object) {
        return object ? "True" : "False";
      }
    },
    defaultStyle: "lowercase"
  });
  return bool;
}
var int;
var hasRequiredInt;
function requireInt() {
  if (hasRequiredInt) return int;
  hasRequiredInt = 1;
  const common2 = requireCommon();
  const Type2 = requireType();
  function isHexCode(c) {
    return c >= 48 && c <= 57 || c >= 65 && c <= 70 || c >= 97 && c <= 102;
  }
  function isOctCode(c) {
    return c >= 48 && c <= 55;
  }
  function isDecCode(c) {
    return c >= 48 && c <= 57;
  }
  function resolveYamlInteger(data) {
    if (data === null) return false;
    const max = data.length;
    let index = 0;
    let hasDigits = false;
    if (!max) return false;
    let ch = data[index];
    if (ch === "-" || ch === "+") {
      ch = data[++index];
    }
    if (ch === "0") {
      if (index + 1 === max) return true;
      ch = data[++index];
      if (ch === "b") {
        index++;
        for (; index < max; index++) {
          ch = data[index];
          if (ch !== "0" && ch !== "1") return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "x") {
        index++;
        for (; index < max; index++) {
          if (!isHexCode(data.charCodeAt(index))) return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "o") {
        index++;
        for (; index < max; index++) {
          if (!isOctCode(data.charCodeAt(index))) return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
    }
    for (; index < max; index++) {
      if (!isDecCode(data.charCodeAt(index))) {
        return false;
      }
      hasDigits = true;
    }
    if (!hasDigits) return false;
    return isFinite(parseYamlInteger(data));
  }
  function parseYamlInteger(data) {
    let value = data;
    let sign = 1;
    let ch = value[0];
    if (ch === "-" || ch === "+") {
      if (ch === "-") sign = -1;
      value = value.slice(1);
      ch = value[0];
    }
    if (value === "0") return 0;
    if (ch === "0") {
      if (value[1] === "b") return sign * parseInt(value.slice(2), 2);
      if (value[1] === "x") return sign * parseInt(value.slice(2), 16);
      if (value[1] === "o") return sign * parseInt(value.slice(2), 8);
    }
    return sign * parseInt(value, 10);
  }
  function constructYamlInteger(data) {
    return parseYamlInteger(data);
  }
  function isInteger(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 === 0 && !common2.isNegativeZero(object));
  }
  int = new Type2("tag:yaml.org,2002:int", {
    kind: "scalar",
    resolve: resolveYamlInteger,
    construct: constructYamlInteger,
    predicate: isInteger,
    represent: {
      binary: function(obj) {
        return obj >= 0 ? "0b" + obj.toString(2) : "-0b" + obj.toString(2).slice(1);
      },
      octal: function(obj) {
        return obj >= 0 ? "0o" + obj.toString(8) : "-0o" + obj.toString(8).slice(1);
      },
      decimal: function(obj) {
        return obj.toString(10);
      },
      hexadecimal: function(obj) {
        return obj >= 0 ? "0x" + obj.toString(16).toUpperCase() : "-0x" + obj.toString(16).toUpperCase().slice(1);
      }
    },
    defaultStyle: "decimal",
    styleAliases: {
      binary: [2, "bin"],
      octal: [8, "oct"],
      decimal: [10, "dec"],
      hexadecimal: [16, "hex"]
    }
  });
  return int;
}
var float;
var hasRequiredFloat;
function requireFloat() {
  if (hasRequiredFloat) return float;
  hasRequiredFloat = 1;
  const common2 = requireCommon();
  const Type2 = requireType();
  const YAML_FLOAT_PATTERN = new RegExp(
    // 2.5e4, 2.5 and integers
    "^(?:[-+]?(?:[0-9]+)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  );
  const YAML_FLOAT_SPECIAL_PATTERN = new RegExp(
    "^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  );
  function resolveYamlFloat(data) {
    if (data === null) return false;
    if (!YAML_FLOAT_PATTERN.test(data)) {
      return false;
    }
    if (isFinite(parseFloat(data, 10))) {
      return true;
    }
    return YAML_FLOAT_SPECIAL_PATTERN.test(data);
  }
  function constructYamlFloat(data) {
    let value = data.toLowerCase();
    const sign = value[0] === "-" ? -1 : 1;
    if ("+-".indexOf(value[0]) >= 0) {
      value = value.slice(1);
    }
    if (value === ".inf") {
      return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    } else if (value === ".nan") {
      return NaN;
    }
    return sign * parseFloat(value, 10);
  }
  const SCIENTIFIC_WITHOUT_DOT = /^[-+]?[0-9]+e/;
  function representYamlFloat(object, style) {
    if (isNaN(object)) {
      switch (style) {
        case "lowercase":
          return ".nan";
        case "uppercase":
          return ".NAN";
        case "camelcase":
          return ".NaN";
      }
    } else if (Number.POSITIVE_INFINITY === object) {
      switch (style) {
        case "lowercase":
          return ".inf";
        case "uppercase":
          return ".INF";
        case "camelcase":
          return ".Inf";
      }
    } else if (Number.NEGATIVE_INFINITY === object) {
      switch (style) {
        case "lowercase":
          return "-.inf";
        case "uppercase":
          return "-.INF";
        case "camelcase":
          return "-.Inf";
      }
    } else if (common2.isNegativeZero(object)) {
      return "-0.0";
    }
    const res = object.toString(10);
    return SCIENTIFIC_WITHOUT_DOT.test(res) ? res.replace("e", ".e") : res;
  }
  function isFloat(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 !== 0 || common2.isNegativeZero(object));
  }
  float = new Type2("tag:yaml.org,2002:float", {
    kind: "scalar",
    resolve: resolveYamlFloat,
    construct: constructYamlFloat,
    predicate: isFloat,
    represent: representYamlFloat,
    defaultStyle: "lowercase"
  });
  return float;
}
var json;
var hasRequiredJson;
function requireJson() {
  if (hasRequiredJson) return json;
  hasRequiredJson = 1;
  json = requireFailsafe().extend({
    implicit: [
      require_null(),
      requireBool(),
      requireInt(),
      requireFloat()
    ]
  });
  return json;
}
var core;
var hasRequiredCore;
function requireCore() {
  if (hasRequiredCore) return core;
  hasRequiredCore = 1;
  core = requireJson();
  return core;
}
var timestamp;
var hasRequiredTimestamp;
function requireTimestamp() {
  if (hasRequiredTimestamp) return timestamp;
  hasRequiredTimestamp = 1;
  const Type2 = requireType();
  const YAML_DATE_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$"
  );
  const YAML_TIMESTAMP_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$"
  );
  function resolveYamlTimestamp(data) {
    if (data === null) return false;
    if (YAML_DATE_REGEXP.exec(data) !== null) return true;
    if (YAML_TIMESTAMP_REGEXP.exec(data) !== null) return true;
    return false;
  }
  function constructYamlTimestamp(data) {
    let fraction = 0;
    let delta = null;
    let match = YAML_DATE_REGEXP.exec(data);
    if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(data);
    if (match === null) throw new Error("Date resolve error");
    const year = +match[1];
    const month = +match[2] - 1;
    const day = +match[3];
    if (!match[4]) {
      return new Date(Date.UTC(year, month, day));
    }
    const hour = +match[4];
    const minute = +match[5];
    const second = +match[6];
    if (match[7]) {
      fraction = match[7].slice(0, 3);
      while (fraction.length < 3) {
        fraction += "0";
      }
      fraction = +fraction;
    }
    if (match[9]) {
      const tzHour = +match[10];
      const tzMinute = +(match[11] || 0);
      delta = (tzHour * 60 + tzMinute) * 6e4;
      if (match[9] === "-") delta = -delta;
    }
    const date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
    if (delta) date.setTime(date.getTime() - delta);
    return date;
  }
  function representYamlTimestamp(object) {
    return object.toISOString();
  }
  timestamp = new Type2("tag:yaml.org,2002:timestamp", {
    kind: "scalar",
    resolve: resolveYamlTimestamp,
    construct: constructYamlTimestamp,
    instanceOf: Date,
    represent: representYamlTimestamp
  });
  return timestamp;
}
var merge;
var hasRequiredMerge;
function requireMerge() {
  if (hasRequiredMerge) return merge;
  hasRequiredMerge = 1;
  const Type2 = requireType();
  function resolveYamlMerge(data) {
    return data === "<<" || data === null;
  }
  merge = new Type2("tag:yaml.org,2002:merge", {
    kind: "scalar",
    resolve: resolveYamlMerge
  });
  return merge;
}
var binary;
var hasRequiredBinary;
function requireBinary() {
  if (hasRequiredBinary) return binary;
  hasRequiredBinary = 1;
  const Type2 = requireType();
  const BASE64_MAP = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=\n\r";
  function resolveYamlBinary(data) {
    if (data === null) return false;
    let bitlen = 0;
    const max = data.length;
    const map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      const code = map2.indexOf(data.charAt(idx));
      if (code > 64) continue;
      if (code < 0) return false;
      bitlen += 6;
    }
    return bitlen % 8 === 0;
  }
  function constructYamlBinary(data) {
    const input = data.replace(/[\r\n=]/g, "");
    const max = input.length;
    const map2 = BASE64_MAP;
    let bits = 0;
    const result = [];
    for (let idx = 0; idx < max; idx++) {
      if (idx % 4 === 0 && idx) {
        result.push(bits >> 16 & 255);
        result.push(bits >> 8 & 255);
        result.push(bits & 255);
      }
      bits = bits << 6 | map2.indexOf(input.charAt(idx));
    }
    const tailbits = max % 4 * 6;
    if (tailbits === 0) {
      result.push(bits >> 16 & 255);
      result.push(bits >> 8 & 255);
      result.push(bits & 255);
    } else if (tailbits === 18) {
      result.push(bits >> 10 & 255);
      result.push(bits >> 2 & 255);
    } else if (tailbits === 12) {
      result.push(bits >> 4 & 255);
    }
    return new Uint8Array(result);
  }
  function representYamlBinary(object) {
    let result = "";
    let bits = 0;
    const max = object.length;
    const map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      if (idx % 3 === 0 && idx) {
        result += map2[bits >> 18 & 63];
        result += map2[bits >> 12 & 63];
        result += map2[bits >> 6 & 63];
        result += map2[bits & 63];
      }
      bits = (bits << 8) + object[idx];
    }
    const tail = max % 3;
    if (tail === 0) {
      result += map2[bits >> 18 & 63];
      result += map2[bits >> 12 & 63];
      result += map2[bits >> 6 & 63];
      result += map2[bits & 63];
    } else if (tail === 2) {
      result += map2[bits >> 10 & 63];
      result += map2[bits >> 4 & 63];
      result += map2[bits << 2 & 63];
      result += map2[64];
    } else if (tail === 1) {
      result += map2[bits >> 2 & 63];
      result += map2[bits << 4 & 63];
      result += map2[64];
      result += map2[64];
    }
    return result;
  }
  function isBinary(obj) {
    return Object.prototype.toString.call(obj) === "[object Uint8Array]";
  }
  binary = new Type2("tag:yaml.org,2002:binary", {
    kind: "scalar",
    resolve: resolveYamlBinary,
    construct: constructYamlBinary,
    predicate: isBinary,
    represent: representYamlBinary
  });
  return binary;
}
var omap;
var hasRequiredOmap;
function requireOmap() {
  if (hasRequiredOmap) return omap;
  hasRequiredOmap = 1;
  const Type2 = requireType();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const _toString = Object.prototype.toString;
  function resolveYamlOmap(data) {
    if (data === null) return true;
    const objectKeys = {};
    const object = data;
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      let pairHasKey = false;
      if (_toString.call(pair) !== "[object Object]") return false;
      let pairKey;
      for (pairKey in pair) {
        if (_hasOwnProperty.call(pair, pairKey)) {
          if (!pairHasKey) pairHasKey = true;
          else return false;
        }
      }
      if (!pairHasKey) return false;
      if (_hasOwnProperty.call(objectKeys, pairKey)) return false;
      Object.defineProperty(objectKeys, pairKey, { value: true });
    }
    return true;
  }
  function constructYamlOmap(data) {
    return data !== null ? data : [];
  }
  omap = new Type2("tag:yaml.org,2002:omap", {
    kind: "sequence",
    resolve: resolveYamlOmap,
    construct: constructYamlOmap
  });
  return omap;
}
var pairs;
var hasRequiredPairs;
function requirePairs() {
  if (hasRequiredPairs) return pairs;
  hasRequiredPairs = 1;
  const Type2 = requireType();
  const _toString = Object.prototype.toString;
  function resolveYamlPairs(data) {
    if (data === null) return true;
    const object = data;
    const result = new Array(object.length);
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      if (_toString.call(pair) !== "[object Object]") return false;
      const keys = Object.keys(pair);
      if (keys.length !== 1) return false;
      result[index] = [keys[0], pair[keys[0]]];
    }
    return true;
  }
  function constructYamlPairs(data) {
    if (data === null) return [];
    const object = data;
    const result = new Array(object.length);
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      const keys = Object.keys(pair);
      result[index] = [keys[0], pair[keys[0]]];
    }
    return result;
  }
  pairs = new Type2("tag:yaml.org,2002:pairs", {
    kind: "sequence",
    resolve: resolveYamlPairs,
    construct: constructYamlPairs
  });
  return pairs;
}
var set;
var hasRequiredSet;
function requireSet() {
  if (hasRequiredSet) return set;
  hasRequiredSet = 1;
  const Type2 = requireType();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  function resolveYamlSet(data) {
    if (data === null) return true;
    const object = data;
    for (const key in object) {
      if (_hasOwnProperty.call(object, key)) {
        if (object[key] !== null) return false;
      }
    }
    return true;
  }
  function constructYamlSet(data) {
    return data !== null ? data : {};
  }
  set = new Type2("tag:yaml.org,2002:set", {
    kind: "mapping",
    resolve: resolveYamlSet,
    construct: constructYamlSet
  });
  return set;
}
var _default;
var hasRequired_default;
function require_default() {
  if (hasRequired_default) return _default;
  hasRequired_default = 1;
  _default = requireCore().extend({
    implicit: [
      requireTimestamp(),
      requireMerge()
    ],
    explicit: [
      requireBinary(),
      requireOmap(),
      requirePairs(),
      requireSet()
    ]
  });
  return _default;
}
var hasRequiredLoader;
function requireLoader() {
  if (hasRequiredLoader) return loader;
  hasRequiredLoader = 1;
  const common2 = requireCommon();
  const YAMLException2 = requireException();
  const makeSnippet = requireSnippet();
  const DEFAULT_SCHEMA2 = require_default();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const CONTEXT_FLOW_IN = 1;
  const CONTEXT_FLOW_OUT = 2;
  const CONTEXT_BLOCK_IN = 3;
  const CONTEXT_BLOCK_OUT = 4;
  const CHOMPING_CLIP = 1;
  const CHOMPING_STRIP = 2;
  const CHOMPING_KEEP = 3;
  const PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
  const PATTERN_NON_ASCII_LINE_BREAKS = /[\x85\u2028\u2029]/;
  const PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
  const PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
  const PATTERN_TAG_URI = /^(?:!|[^,\[\]{}])(?:%[0-9a-f]{2}|[0-9a-z\-#;/?:@&=+$,_.!~*'()\[\]])*$/i;
  function _class(obj) {
    return Object.prototype.toString.call(obj);
  }
  function isEol(c) {
    return c === 10 || c === 13;
  }
  function isWhiteSpace(c) {
    return c === 9 || c === 32;
  }
  function isWsOrEol(c) {
    return c === 9 || c === 32 || c === 10 || c === 13;
  }
  function isFlowIndicator(c) {
    return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
  }
  function fromHexCode(c) {
    if (c >= 48 && c <= 57) {
      return c - 48;
    }
    const lc = c | 32;
    if (lc >= 97 && lc <= 102) {
      return lc - 97 + 10;
    }
    return -1;
  }
  function escapedHexLen(c) {
    if (c === 120) {
      return 2;
    }
    if (c === 117) {
      return 4;
    }
    if (c === 85) {
      return 8;
    }
    return 0;
  }
  function fromDecimalCode(c) {
    if (c >= 48 && c <= 57) {
      return c - 48;
    }
    return -1;
  }
  function simpleEscapeSequence(c) {
    switch (c) {
      case 48:
        return "\0";
      case 97:
        return "\x07";
      case 98:
        return "\b";
      case 116:
        return "	";
      case 9:
        return "	";
      case 110:
        return "\n";
      case 118:
        return "\v";
      case 102:
        return "\f";
      case 114:
        return "\r";
      case 101:
        return "\x1B";
      case 32:
        return " ";
      case 34:
        return '"';
      case 47:
        return "/";
      case 92:
        return "\\";
      case 78:
        return "\x85";
      case 95:
        return "\xA0";
      case 76:
        return "\u2028";
      case 80:
        return "\u2029";
      default:
        return "";
    }
  }
  function charFromCodepoint(c) {
    if (c <= 65535) {
      return String.fromCharCode(c);
    }
    return String.fromCharCode(
      (c - 65536 >> 10) + 55296,
      (c - 65536 & 1023) + 56320
    );
  }
  function setProperty(object, key, value) {
    if (key === "__proto__") {
      Object.defineProperty(object, key, {
        configurable: true,
        enumerable: true,
        writable: true,
        value
      });
    } else {
      object[key] = value;
    }
  }
  const simpleEscapeCheck = new Array(256);
  const simpleEscapeMap = new Array(256);
  for (let i = 0; i < 256; i++) {
    simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
    simpleEscapeMap[i] = simpleEscapeSequence(i);
  }
  function State(input, options) {
    this.input = input;
    this.filename = options["filename"] || null;
    this.schema = options["schema"] || DEFAULT_SCHEMA2;
    this.onWarning = options["onWarning"] || null;
    this.legacy = options["legacy"] || false;
    this.json = options["json"] || false;
    this.listener = options["listener"] || null;
    this.maxDepth = typeof options["maxDepth"] === "number" ? options["maxDepth"] : 100;
    this.maxTotalMergeKeys = typeof options["maxTotalMergeKeys"] === "number" ? options["maxTotalMergeKeys"] : 1e4;
    this.implicitTypes = this.schema.compiledImplicit;
    this.typeMap = this.schema.compiledTypeMap;
    this.length = input.length;
    this.position = 0;
    this.line = 0;
    this.lineStart = 0;
    this.lineIndent = 0;
    this.depth = 0;
    this.totalMergeKeys = 0;
    this.firstTabInLine = -1;
    this.documents = [];
    this.anchorMapTransactions = [];
  }
  function generateError(state, message) {
    const mark = {
      name: state.filename,
      buffer: state.input.slice(0, -1),
      // omit trailing \0
      position: state.position,
      line: state.line,
      column: state.position - state.lineStart
    };
    mark.snippet = makeSnippet(mark);
    return new YAMLException2(message, mark);
  }
  function throwError(state, message) {
    throw generateError(state, message);
  }
  function throwWarning(state, message) {
    if (state.onWarning) {
      state.onWarning.call(null, generateError(state, message));
    }
  }
  function storeAnchor(state, name, value) {
    const transactions = state.anchorMapTransactions;
    if (transactions.length !== 0) {
      const transaction = transactions[transactions.length - 1];
      if (!_hasOwnProperty.call(transaction, name)) {
        transaction[name] = {
          existed: _hasOwnProperty.call(state.anchorMap, name),
          value: state.anchorMap[name]
        };
      }
    }
    state.anchorMap[name] = value;
  }
  function beginAnchorTransaction(state) {
    state.anchorMapTransactions.push(/* @__PURE__ */ Object.create(null));
  }
  function commitAnchorTransaction(state) {
    const transaction = state.anchorMapTransactions.pop();
    const transactions = state.anchorMapTransactions;
    if (transactions.length === 0) return;
    const parent = transactions[transactions.length - 1];
    const names = Object.keys(transaction);
    for (let index = 0, length = names.length; index < length; index += 1) {
      const name = names[index];
      if (!_hasOwnProperty.call(parent, name)) {
        parent[name] = transaction[name];
      }
    }
  }
  function rollbackAnchorTransaction(state) {
    const transaction = state.anchorMapTransactions.pop();
    const names = Object.keys(transaction);
    for (let index = names.length - 1; index >= 0; index -= 1) {
      const entry = transaction[names[index]];
      if (entry.existed) {
        state.anchorMap[names[index]] = entry.value;
      } else {
        delete state.anchorMap[names[index]];
      }
    }
  }
  function snapshotState(state) {
    return {
      position: state.position,
      line: state.line,
      lineStart: state.lineStart,
      lineIndent: state.lineIndent,
      firstTabInLine: state.firstTabInLine,
      tag: state.tag,
      anchor: state.anchor,
      kind: state.kind,
      result: state.result
    };
  }
  function restoreState(state, snapshot) {
    state.position = snapshot.position;
    state.line = snapshot.line;
    state.lineStart = snapshot.lineStart;
    state.lineIndent = snapshot.lineIndent;
    state.firstTabInLine = snapshot.firstTabInLine;
    state.tag = snapshot.tag;
    state.anchor = snapshot.anchor;
    state.kind = snapshot.kind;
    state.result = snapshot.result;
  }
  const directiveHandlers = {
    YAML: function handleYamlDirective(state, name, args) {
      if (state.version !== null) {
        throwError(state, "duplication of %YAML directive");
      }
      if (args.length !== 1) {
        throwError(state, "YAML directive accepts exactly one argument");
      }
      const match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
      if (match === null) {
        throwError(state, "ill-formed argument of the YAML directive");
      }
      const major = parseInt(match[1], 10);
      const minor = parseInt(match[2], 10);
      if (major !== 1) {
        throwError(state, "unacceptable YAML version of the document");
      }
      state.version = args[0];
      state.checkLineBreaks = minor < 2;
      if (minor !== 1 && minor !== 2) {
        throwWarning(state, "unsupported YAML version of the document");
      }
    },
    TAG: function handleTagDirective(state, name, args) {
      let prefix2;
      if (args.length !== 2) {
        throwError(state, "TAG directive accepts exactly two arguments");
      }
      const handle = args[0];
      prefix2 = args[1];
      if (!PATTERN_TAG_HANDLE.test(handle)) {
        throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
      }
      if (_hasOwnProperty.call(state.tagMap, handle)) {
        throwError(state, 'there is a previously declared suffix for "' + handle + '" tag handle');
      }
      if (!PATTERN_TAG_URI.test(prefix2)) {
        throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
      }
      try {
        prefix2 = decodeURIComponent(prefix2);
      } catch (err) {
        throwError(state, "tag prefix is malformed: " + prefix2);
      }
      state.tagMap[handle] = prefix2;
    }
  };
  function captureSegment(state, start, end, checkJson) {
    if (start < end) {
      const _result = state.input.slice(start, end);
      if (checkJson) {
        for (let _position = 0, _length = _result.length; _position < _length; _position += 1) {
          const _character = _result.charCodeAt(_position);
          if (!(_character === 9 || _character >= 32 && _character <= 1114111)) {
            throwError(state, "expected valid JSON character");
          }
        }
      } else if (PATTERN_NON_PRINTABLE.test(_result)) {
        throwError(state, "the stream contains non-printable characters");
      }
      state.result += _result;
    }
  }
  function chargeMergeWork(state) {
    state.totalMergeKeys++;
    if (state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys) {
      throwError(state, "merge keys exceeded maxTotalMergeKeys (" + state.maxTotalMergeKeys + ")");
    }
  }
  function mergeMappings(state, destination, source, overridableKeys) {
    if (!common2.isObject(source)) {
      throwError(state, "cannot merge mappings; the provided source object is unacceptable");
    }
    chargeMergeWork(state);
    const sourceKeys = Object.keys(source);
    for (let index = 0, quantity = sourceKeys.length; index < quantity; index += 1) {
      const key = sourceKeys[index];
      chargeMergeWork(state);
      if (!_hasOwnProperty.call(destination, key)) {
        setProperty(destination, key, source[key]);
        overridableKeys[key] = true;
      }
    }
  }
  function storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, startLine, startLineStart, startPos) {
    if (Array.isArray(keyNode)) {
      keyNode = Array.prototype.slice.call(keyNode);
      for (let index = 0, quantity = keyNode.length; index < quantity; index += 1) {
        if (Array.isArray(keyNode[index])) {
          throwError(state, "nested arrays are not supported inside keys");
        }
        if (typeof keyNode === "object" && _class(keyNode[index]) === "[object Object]") {
          keyNode[index] = "[object Object]";
        }
      }
    }
    if (typeof keyNode === "object" && _class(keyNode) === "[object Object]") {
      keyNode = "[object Object]";
    }
    keyNode = String(keyNode);
    if (_result === null) {
      _result = {};
    }
    if (keyTag === "tag:yaml.org,2002:merge") {
      if (Array.isArray(valueNode)) {
        if (valueNode.length > 100) {
          throwError(state, "abnormal merge sequence size");
        }
        for (let index = 0, quantity = valueNode.length; index < quantity; index += 1) {
          mergeMappings(state, _result, valueNode[index], overridableKeys);
        }
      } else {
        mergeMappings(state, _result, valueNode, overridableKeys);
      }
    } else {
      if (!state.json && !_hasOwnProperty.call(overridableKeys, keyNode) && _hasOwnProperty.call(_result, keyNode)) {
        state.line = startLine || state.line;
        state.lineStart = startLineStart || state.lineStart;
        state.position = startPos || state.position;
        throwError(state, "duplicated mapping key");
      }
      setProperty(_result, keyNode, valueNode);
      delete overridableKeys[keyNode];
    }
    return _result;
  }
  function readLineBreak(state) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 10) {
      state.position++;
    } else if (ch === 13) {
      state.position++;
      if (state.input.charCodeAt(state.position) === 10) {
        state.position++;
      }
    } else {
      throwError(state, "a line break is expected");
    }
    state.line += 1;
    state.lineStart = state.position;
    state.firstTabInLine = -1;
  }
  function skipSeparationSpace(state, allowComments, checkIndent) {
    let lineBreaks = 0;
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      while (isWhiteSpace(ch)) {
        if (ch === 9 && state.firstTabInLine === -1) {
          state.firstTabInLine = state.position;
        }
        ch = state.input.charCodeAt(++state.position);
      }
      if (allowComments && ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (ch !== 10 && ch !== 13 && ch !== 0);
      }
      if (isEol(ch)) {
        readLineBreak(state);
        ch = state.input.charCodeAt(state.position);
        lineBreaks++;
        state.lineIndent = 0;
        while (ch === 32) {
          state.lineIndent++;
          ch = state.input.charCodeAt(++state.position);
        }
      } else {
        break;
      }
    }
    if (checkIndent !== -1 && lineBreaks !== 0 && state.lineIndent < checkIndent) {
      throwWarning(state, "deficient indentation");
    }
    return lineBreaks;
  }
  function testDocumentSeparator(state) {
    let _position = state.position;
    let ch = state.input.charCodeAt(_position);
    if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(_position + 1) && ch === state.input.charCodeAt(_position + 2)) {
      _position += 3;
      ch = state.input.charCodeAt(_position);
      if (ch === 0 || isWsOrEol(ch)) {
        return true;
      }
    }
    return false;
  }
  function writeFoldedLines(state, count) {
    if (count === 1) {
      state.result += " ";
    } else if (count > 1) {
      state.result += common2.repeat("\n", count - 1);
    }
  }
  function readPlainScalar(state, nodeIndent, withinFlowCollection) {
    let captureStart;
    let captureEnd;
    let hasPendingContent;
    let _line;
    let _lineStart;
    let _lineIndent;
    const _kind = state.kind;
    const _result = state.result;
    let ch = state.input.charCodeAt(state.position);
    if (isWsOrEol(ch) || isFlowIndicator(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96) {
      return false;
    }
    if (ch === 63 || ch === 45) {
      const following = state.input.charCodeAt(state.position + 1);
      if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following)) {
        return false;
      }
    }
    state.kind = "scalar";
    state.result = "";
    captureStart = captureEnd = state.position;
    hasPendingContent = false;
    while (ch !== 0) {
      if (ch === 58) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following)) {
          break;
        }
      } else if (ch === 35) {
        const preceding = state.input.charCodeAt(state.position - 1);
        if (isWsOrEol(preceding)) {
          break;
        }
      } else if (state.position === state.lineStart && testDocumentSeparator(state) || withinFlowCollection && isFlowIndicator(ch)) {
        break;
      } else if (isEol(ch)) {
        _line = state.line;
        _lineStart = state.lineStart;
        _lineIndent = state.lineIndent;
        skipSeparationSpace(state, false, -1);
        if (state.lineIndent >= nodeIndent) {
          hasPendingContent = true;
          ch = state.input.charCodeAt(state.position);
          continue;
        } else {
          state.position = captureEnd;
          state.line = _line;
          state.lineStart = _lineStart;
          state.lineIndent = _lineIndent;
          break;
        }
      }
      if (hasPendingContent) {
        captureSegment(state, captureStart, captureEnd, false);
        writeFoldedLines(state, state.line - _line);
        captureStart = captureEnd = state.position;
        hasPendingContent = false;
      }
      if (!isWhiteSpace(ch)) {
        captureEnd = state.position + 1;
      }
      ch = state.input.charCodeAt(++state.position);
    }
    captureSegment(state, captureStart, captureEnd, false);
    if (state.result) {
      return true;
    }
    state.kind = _kind;
    state.result = _result;
    return false;
  }
  function readSingleQuotedScalar(state, nodeIndent) {
    let captureStart;
    let captureEnd;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 39) {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    state.position++;
    captureStart = captureEnd = state.position;
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      if (ch === 39) {
        captureSegment(state, captureStart, state.position, true);
        ch = state.input.charCodeAt(++state.position);
        if (ch === 39) {
          captureStart = state.position;
          state.position++;
          captureEnd = state.position;
        } else {
          return true;
        }
      } else if (isEol(ch)) {
        captureSegment(state, captureStart, captureEnd, true);
        writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
        captureStart = captureEnd = state.position;
      } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
        throwError(state, "unexpected end of the document within a single quoted scalar");
      } else {
        state.position++;
        if (!isWhiteSpace(ch)) {
          captureEnd = state.position;
        }
      }
    }
    throwError(state, "unexpected end of the stream within a single quoted scalar");
  }
  function readDoubleQuotedScalar(state, nodeIndent) {
    let captureStart;
    let captureEnd;
    let tmp;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 34) {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    state.position++;
    captureStart = captureEnd = state.position;
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      if (ch === 34) {
        captureSegment(state, captureStart, state.position, true);
        state.position++;
        return true;
      } else if (ch === 92) {
        captureSegment(state, captureStart, state.position, true);
        ch = state.input.charCodeAt(++state.position);
        if (isEol(ch)) {
          skipSeparationSpace(state, false, nodeIndent);
        } else if (ch < 256 && simpleEscapeCheck[ch]) {
          state.result += simpleEscapeMap[ch];
          state.position++;
        } else if ((tmp = escapedHexLen(ch)) > 0) {
          let hexLength = tmp;
          let hexResult = 0;
          for (; hexLength > 0; hexLength--) {
            ch = state.input.charCodeAt(++state.position);
            if ((tmp = fromHexCode(ch)) >= 0) {
              hexResult = (hexResult << 4) + tmp;
            } else {
              throwError(state, "expected hexadecimal character");
            }
          }
          state.result += charFromCodepoint(hexResult);
          state.position++;
        } else {
          throwError(state, "unknown escape sequence");
        }
        captureStart = captureEnd = state.position;
      } else if (isEol(ch)) {
        captureSegment(state, captureStart, captureEnd, true);
        writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
        captureStart = captureEnd = state.position;
      } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
        throwError(state, "unexpected end of the document within a double quoted scalar");
      } else {
        state.position++;
        if (!isWhiteSpace(ch)) {
          captureEnd = state.position;
        }
      }
    }
    throwError(state, "unexpected end of the stream within a double quoted scalar");
  }
  function readFlowCollection(state, nodeIndent) {
    let readNext = true;
    let _line;
    let _lineStart;
    let _pos;
    const _tag = state.tag;
    let _result;
    const _anchor = state.anchor;
    let terminator;
    let isPair;
    let isExplicitPair;
    let isMapping;
    const overridableKeys = /* @__PURE__ */ Object.create(null);
    let keyNode;
    let keyTag;
    let valueNode;
    let ch = state.input.charCodeAt(state.position);
    if (ch === 91) {
      terminator = 93;
      isMapping = false;
      _result = [];
    } else if (ch === 123) {
      terminator = 125;
      isMapping = true;
      _result = {};
    } else {
      return false;
    }
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    ch = state.input.charCodeAt(++state.position);
    while (ch !== 0) {
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if (ch === terminator) {
        state.position++;
        state.tag = _tag;
        state.anchor = _anchor;
        state.kind = isMapping ? "mapping" : "sequence";
        state.result = _result;
        return true;
      } else if (!readNext) {
        throwError(state, "missed comma between flow collection entries");
      } else if (ch === 44) {
        throwError(state, "expected the node content, but found ','");
      }
      keyTag = keyNode = valueNode = null;
      isPair = isExplicitPair = false;
      if (ch === 63) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following)) {
          isPair = isExplicitPair = true;
          state.position++;
          skipSeparationSpace(state, true, nodeIndent);
        }
      }
      _line = state.line;
      _lineStart = state.lineStart;
      _pos = state.position;
      composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
      keyTag = state.tag;
      keyNode = state.result;
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if ((isExplicitPair || state.line === _line) && ch === 58) {
        isPair = true;
        ch = state.input.charCodeAt(++state.position);
        skipSeparationSpace(state, true, nodeIndent);
        composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
        valueNode = state.result;
      }
      if (isMapping) {
        storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos);
      } else if (isPair) {
        _result.push(storeMappingPair(state, null, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos));
      } else {
        _result.push(keyNode);
      }
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if (ch === 44) {
        readNext = true;
        ch = state.input.charCodeAt(++state.position);
      } else {
        readNext = false;
      }
    }
    throwError(state, "unexpected end of the stream within a flow collection");
  }
  function readBlockScalar(state, nodeIndent) {
    let folding;
    let chomping = CHOMPING_CLIP;
    let didReadContent = false;
    let detectedIndent = false;
    let textIndent = nodeIndent;
    let emptyLines = 0;
    let atMoreIndented = false;
    let tmp;
    let ch = state.input.charCodeAt(state.position);
    if (ch === 124) {
      folding = false;
    } else if (ch === 62) {
      folding = true;
    } else {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    while (ch !== 0) {
      ch = state.input.charCodeAt(++state.position);
      if (ch === 43 || ch === 45) {
        if (CHOMPING_CLIP === chomping) {
          chomping = ch === 43 ? CHOMPING_KEEP : CHOMPING_STRIP;
        } else {
          throwError(state, "repeat of a chomping mode identifier");
        }
      } else if ((tmp = fromDecimalCode(ch)) >= 0) {
        if (tmp === 0) {
          throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
        } else if (!detectedIndent) {
          textIndent = nodeIndent + tmp - 1;
          detectedIndent = true;
        } else {
          throwError(state, "repeat of an indentation width identifier");
        }
      } else {
        break;
      }
    }
    if (isWhiteSpace(ch)) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (isWhiteSpace(ch));
      if (ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (!isEol(ch) && ch !== 0);
      }
    }
    while (ch !== 0) {
      readLineBreak(state);
      state.lineIndent = 0;
      ch = state.input.charCodeAt(state.position);
      while ((!detectedIndent || state.lineIndent < textIndent) && ch === 32) {
        state.lineIndent++;
        ch = state.input.charCodeAt(++state.position);
      }
      if (!detectedIndent && state.lineIndent > textIndent) {
        textIndent = state.lineIndent;
      }
      if (isEol(ch)) {
        emptyLines++;
        continue;
      }
      if (!detectedIndent && textIndent === 0) {
        throwError(state, "missing indentation for block scalar");
      }
      if (state.lineIndent < textIndent) {
        if (chomping === CHOMPING_KEEP) {
          state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        } else if (chomping === CHOMPING_CLIP) {
          if (didReadContent) {
            state.result += "\n";
          }
        }
        break;
      }
      if (folding) {
        if (isWhiteSpace(ch)) {
          atMoreIndented = true;
          state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        } else if (atMoreIndented) {
          atMoreIndented = false;
          state.result += common2.repeat("\n", emptyLines + 1);
        } else if (emptyLines === 0) {
          if (didReadContent) {
            state.result += " ";
          }
        } else {
          state.result += common2.repeat("\n", emptyLines);
        }
      } else {
        state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
      }
      didReadContent = true;
      detectedIndent = true;
      emptyLines = 0;
      const captureStart = state.position;
      while (!isEol(ch) && ch !== 0) {
        ch = state.input.charCodeAt(++state.position);
      }
      captureSegment(state, captureStart, state.position, false);
    }
    return true;
  }
  function readBlockSequence(state, nodeIndent) {
    const _tag = state.tag;
    const _anchor = state.anchor;
    const _result = [];
    let detected = false;
    if (state.firstTabInLine !== -1) return false;
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      if (state.firstTabInLine !== -1) {
        state.position = state.firstTabInLine;
        throwError(state, "tab characters must not be used in indentation");
      }
      if (ch !== 45) {
        break;
      }
      const following = state.input.charCodeAt(state.position + 1);
      if (!isWsOrEol(following)) {
        break;
      }
      detected = true;
      state.position++;
      if (skipSeparationSpace(state, true, -1)) {
        if (state.lineIndent <= nodeIndent) {
          _result.push(null);
          ch = state.input.charCodeAt(state.position);
          continue;
        }
      }
      const _line = state.line;
      composeNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
      _result.push(state.result);
      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
      if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
        throwError(state, "bad indentation of a sequence entry");
      } else if (state.lineIndent < nodeIndent) {
        break;
      }
    }
    if (detected) {
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = "sequence";
      state.result = _result;
      return true;
    }
    return false;
  }
  function readBlockMapping(state, nodeIndent, flowIndent) {
    let allowCompact;
    let _keyLine;
    let _keyLineStart;
    let _keyPos;
    const _tag = state.tag;
    const _anchor = state.anchor;
    const _result = {};
    const overridableKeys = /* @__PURE__ */ Object.create(null);
    let keyTag = null;
    let keyNode = null;
    let valueNode = null;
    let atExplicitKey = false;
    let detected = false;
    if (state.firstTabInLine !== -1) return false;
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      if (!atExplicitKey && state.firstTabInLine !== -1) {
        state.position = state.firstTabInLine;
        throwError(state, "tab characters must not be used in indentation");
      }
      const following = state.input.charCodeAt(state.position + 1);
      const _line = state.line;
      if ((ch === 63 || ch === 58) && isWsOrEol(following)) {
        if (ch === 63) {
          if (atExplicitKey) {
            storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
            keyTag = keyNode = valueNode = null;
          }
          detected = true;
          atExplicitKey = true;
          allowCompact = true;
        } else if (atExplicitKey) {
          atExplicitKey = false;
          allowCompact = true;
        } else {
          throwError(state, "incomplete explicit mapping pair; a key node is missed; or followed by a non-tabulated empty line");
        }
        state.position += 1;
        ch = following;
      } else {
        _keyLine = state.line;
        _keyLineStart = state.lineStart;
        _keyPos = state.position;
        if (!composeNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) {
          break;
        }
        if (state.line === _line) {
          ch = state.input.charCodeAt(state.position);
          while (isWhiteSpace(ch)) {
            ch = state.input.charCodeAt(++state.position);
          }
          if (ch === 58) {
            ch = state.input.charCodeAt(++state.position);
            if (!isWsOrEol(ch)) {
              throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
            }
            if (atExplicitKey) {
              storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
              keyTag = keyNode = valueNode = null;
            }
            detected = true;
            atExplicitKey = false;
            allowCompact = false;
            keyTag = state.tag;
            keyNode = state.result;
          } else if (detected) {
            throwError(state, "can not read an implicit mapping pair; a colon is missed");
          } else {
            state.tag = _tag;
            state.anchor = _anchor;
            return true;
          }
        } else if (detected) {
          throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
        } else {
          state.tag = _tag;
          state.anchor = _anchor;
          return true;
        }
      }
      if (state.line === _line || state.lineIndent > nodeIndent) {
        if (atExplicitKey) {
          _keyLine = state.line;
          _keyLineStart = state.lineStart;
          _keyPos = state.position;
        }
        if (composeNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, allowCompact)) {
          if (atExplicitKey) {
            keyNode = state.result;
          } else {
            valueNode = state.result;
          }
        }
        if (!atExplicitKey) {
          storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _keyLine, _keyLineStart, _keyPos);
          keyTag = keyNode = valueNode = null;
        }
        skipSeparationSpace(state, true, -1);
        ch = state.input.charCodeAt(state.position);
      }
      if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
        throwError(state, "bad indentation of a mapping entry");
      } else if (state.lineIndent < nodeIndent) {
        break;
      }
    }
    if (atExplicitKey) {
      storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
    }
    if (detected) {
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = "mapping";
      state.result = _result;
    }
    return detected;
  }
  function readTagProperty(state) {
    let isVerbatim = false;
    let isNamed = false;
    let tagHandle;
    let tagName;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 33) return false;
    if (state.tag !== null) {
      throwError(state, "duplication of a tag property");
    }
    ch = state.input.charCodeAt(++state.position);
    if (ch === 60) {
      isVerbatim = true;
      ch = state.input.charCodeAt(++state.position);
    } else if (ch === 33) {
      isNamed = true;
      tagHandle = "!!";
      ch = state.input.charCodeAt(++state.position);
    } else {
      tagHandle = "!";
    }
    let _position = state.position;
    if (isVerbatim) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (ch !== 0 && ch !== 62);
      if (state.position < state.length) {
        tagName = state.input.slice(_position, state.position);
        ch = state.input.charCodeAt(++state.position);
      } else {
        throwError(state, "unexpected end of the stream within a verbatim tag");
      }
    } else {
      while (ch !== 0 && !isWsOrEol(ch)) {
        if (ch === 33) {
          if (!isNamed) {
            tagHandle = state.input.slice(_position - 1, state.position + 1);
            if (!PATTERN_TAG_HANDLE.test(tagHandle)) {
              throwError(state, "named tag handle cannot contain such characters");
            }
            isNamed = true;
            _position = state.position + 1;
          } else {
            throwError(state, "tag suffix cannot contain exclamation marks");
          }
        }
        ch = state.input.charCodeAt(++state.position);
      }
      tagName = state.input.slice(_position, state.position);
      if (PATTERN_FLOW_INDICATORS.test(tagName)) {
        throwError(state, "tag suffix cannot contain flow indicator characters");
      }
    }
    if (tagName && !PATTERN_TAG_URI.test(tagName)) {
      throwError(state, "tag name cannot contain such characters: " + tagName);
    }
    try {
      tagName = decodeURIComponent(tagName);
    } catch (err) {
      throwError(state, "tag name is malformed: " + tagName);
    }
    if (isVerbatim) {
      state.tag = tagName;
    } else if (_hasOwnProperty.call(state.tagMap, tagHandle)) {
      state.tag = state.tagMap[tagHandle] + tagName;
    } else if (tagHandle === "!") {
      state.tag = "!" + tagName;
    } else if (tagHandle === "!!") {
      state.tag = "tag:yaml.org,2002:" + tagName;
    } else {
      throwError(state, 'undeclared tag handle "' + tagHandle + '"');
    }
    return true;
  }
  function readAnchorProperty(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 38) return false;
    if (state.anchor !== null) {
      throwError(state, "duplication of an anchor property");
    }
    ch = state.input.charCodeAt(++state.position);
    const _position = state.position;
    while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    if (state.position === _position) {
      throwError(state, "name of an anchor node must contain at least one character");
    }
    state.anchor = state.input.slice(_position, state.position);
    return true;
  }
  function readAlias(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 42) return false;
    ch = state.input.charCodeAt(++state.position);
    const _position = state.position;
    while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    if (state.position === _position) {
      throwError(state, "name of an alias node must contain at least one character");
    }
    const alias = state.input.slice(_position, state.position);
    if (!_hasOwnProperty.call(state.anchorMap, alias)) {
      throwError(state, 'unidentified alias "' + alias + '"');
    }
    state.result = state.anchorMap[alias];
    skipSeparationSpace(state, true, -1);
    return true;
  }
  function tryReadBlockMappingFromProperty(state, propertyStart, nodeIndent, flowIndent) {
    const fallbackState = snapshotState(state);
    beginAnchorTransaction(state);
    restoreState(state, propertyStart);
    state.tag = null;
    state.anchor = null;
    state.kind = null;
    state.result = null;
    if (readBlockMapping(state, nodeIndent, flowIndent) && state.kind === "mapping") {
      commitAnchorTransaction(state);
      return true;
    }
    rollbackAnchorTransaction(state);
    restoreState(state, fallbackState);
    return false;
  }
  function composeNode(state, parentIndent, nodeContext, allowToSeek, allowCompact) {
    let allowBlockScalars;
    let allowBlockCollections;
    let indentStatus = 1;
    let atNewLine = false;
    let hasContent = false;
    let propertyStart = null;
    let type2;
    let flowIndent;
    let blockIndent;
    if (state.depth >= state.maxDepth) {
      throwError(state, "nesting exceeded maxDepth (" + state.maxDepth + ")");
    }
    state.depth += 1;
    if (state.listener !== null) {
      state.listener("open", state);
    }
    state.tag = null;
    state.anchor = null;
    state.kind = null;
    state.result = null;
    const allowBlockStyles = allowBlockScalars = allowBlockCollections = CONTEXT_BLOCK_OUT === nodeContext || CONTEXT_BLOCK_IN === nodeContext;
    if (allowToSeek) {
      if (skipSeparationSpace(state, true, -1)) {
        atNewLine = true;
        if (state.lineIndent > parentIndent) {
          indentStatus = 1;
        } else if (state.lineIndent === parentIndent) {
          indentStatus = 0;
        } else if (state.lineIndent < parentIndent) {
          indentStatus = -1;
        }
      }
    }
    if (indentStatus === 1) {
      while (true) {
        const ch = state.input.charCodeAt(state.position);
        const propertyState = snapshotState(state);
        if (atNewLine && (ch === 33 && state.tag !== null || ch === 38 && state.anchor !== null)) {
          break;
        }
        if (!readTagProperty(state) && !readAnchorProperty(state)) {
          break;
        }
        if (propertyStart === null) {
          propertyStart = propertyState;
        }
        if (skipSeparationSpace(state, true, -1)) {
          atNewLine = true;
          allowBlockCollections = allowBlockStyles;
          if (state.lineIndent > parentIndent) {
            indentStatus = 1;
          } else if (state.lineIndent === parentIndent) {
            indentStatus = 0;
          } else if (state.lineIndent < parentIndent) {
            indentStatus = -1;
          }
        } else {
          allowBlockCollections = false;
        }
      }
    }
    if (allowBlockCollections) {
      allowBlockCollections = atNewLine || allowCompact;
    }
    if (indentStatus === 1 || CONTEXT_BLOCK_OUT === nodeContext) {
      if (CONTEXT_FLOW_IN === nodeContext || CONTEXT_FLOW_OUT === nodeContext) {
        flowIndent = parentIndent;
      } else {
        flowIndent = parentIndent + 1;
      }
      blockIndent = state.position - state.lineStart;
      if (indentStatus === 1) {
        if (allowBlockCollections && (readBlockSequence(state, blockIndent) || readBlockMapping(state, blockIndent, flowIndent)) || readFlowCollection(state, flowIndent)) {
          hasContent = true;
        } else {
          const ch = state.input.charCodeAt(state.position);
          if (propertyStart !== null && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62 && tryReadBlockMappingFromProperty(
            state,
            propertyStart,
            propertyStart.position - propertyStart.lineStart,
            flowIndent
          )) {
            hasContent = true;
          } else if (allowBlockScalars && readBlockScalar(state, flowIndent) || readSingleQuotedScalar(state, flowIndent) || readDoubleQuotedScalar(state, flowIndent)) {
            hasContent = true;
          } else if (readAlias(state)) {
            hasContent = true;
            if (state.tag !== null || state.anchor !== null) {
              throwError(state, "alias node should not have any properties");
            }
          } else if (readPlainScalar(state, flowIndent, CONTEXT_FLOW_IN === nodeContext)) {
            hasContent = true;
            if (state.tag === null) {
              state.tag = "?";
            }
          }
          if (state.anchor !== null) {
            storeAnchor(state, state.anchor, state.result);
          }
        }
      } else if (indentStatus === 0) {
        hasContent = allowBlockCollections && readBlockSequence(state, blockIndent);
      }
    }
    if (state.tag === null) {
      if (state.anchor !== null) {
        storeAnchor(state, state.anchor, state.result);
      }
    } else if (state.tag === "?") {
      if (state.result !== null && state.kind !== "scalar") {
        throwError(state, 'unacceptable node kind for !<?> tag; it should be "scalar", not "' + state.kind + '"');
      }
      for (let typeIndex = 0, typeQuantity = state.implicitTypes.length; typeIndex < typeQuantity; typeIndex += 1) {
        type2 = state.implicitTypes[typeIndex];
        if (type2.resolve(state.result)) {
          state.result = type2.construct(state.result);
          state.tag = type2.tag;
          if (state.anchor !== null) {
            storeAnchor(state, state.anchor, state.result);
          }
          break;
        }
      }
    } else if (state.tag !== "!") {
      if (_hasOwnProperty.call(state.typeMap[state.kind || "fallback"], state.tag)) {
        type2 = state.typeMap[state.kind || "fallback"][state.tag];
      } else {
        type2 = null;
        const typeList = state.typeMap.multi[state.kind || "fallback"];
        for (let typeIndex = 0, typeQuantity = typeList.length; typeIndex < typeQuantity; typeIndex += 1) {
          if (state.tag.slice(0, typeList[typeIndex].tag.length) === typeList[typeIndex].tag) {
            type2 = typeList[typeIndex];
            break;
          }
        }
      }
      if (!type2) {
        throwError(state, "unknown tag !<" + state.tag + ">");
      }
      if (state.result !== null && type2.kind !== state.kind) {
        throwError(state, "unacceptable node kind for !<" + state.tag + '> tag; it should be "' + type2.kind + '", not "' + state.kind + '"');
      }
      if (!type2.resolve(state.result, state.tag)) {
        throwError(state, "cannot resolve a node with !<" + state.tag + "> explicit tag");
      } else {
        state.result = type2.construct(state.result, state.tag);
        if (state.anchor !== null) {
          storeAnchor(state, state.anchor, state.result);
        }
      }
    }
    if (state.listener !== null) {
      state.listener("close", state);
    }
    state.depth -= 1;
    return state.tag !== null || state.anchor !== null || hasContent;
  }
  function readDocument(state) {
    const documentStart = state.position;
    let hasDirectives = false;
    let ch;
    state.version = null;
    state.checkLineBreaks = state.legacy;
    state.tagMap = /* @__PURE__ */ Object.create(null);
    state.anchorMap = /* @__PURE__ */ Object.create(null);
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
      if (state.lineIndent > 0 || ch !== 37) {
        break;
      }
      hasDirectives = true;
      ch = state.input.charCodeAt(++state.position);
      let _position = state.position;
      while (ch !== 0 && !isWsOrEol(ch)) {
        ch = state.input.charCodeAt(++state.position);
      }
      const directiveName = state.input.slice(_position, state.position);
      const directiveArgs = [];
      if (directiveName.length < 1) {
        throwError(state, "directive name must not be less than one character in length");
      }
      while (ch !== 0) {
        while (isWhiteSpace(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        if (ch === 35) {
          do {
            ch = state.input.charCodeAt(++state.position);
          } while (ch !== 0 && !isEol(ch));
          break;
        }
        if (isEol(ch)) break;
        _position = state.position;
        while (ch !== 0 && !isWsOrEol(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        directiveArgs.push(state.input.slice(_position, state.position));
      }
      if (ch !== 0) readLineBreak(state);
      if (_hasOwnProperty.call(directiveHandlers, directiveName)) {
        directiveHandlers[directiveName](state, directiveName, directiveArgs);
      } else {
        throwWarning(state, 'unknown document directive "' + directiveName + '"');
      }
    }
    skipSeparationSpace(state, true, -1);
    if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45) {
      state.position += 3;
      skipSeparationSpace(state, true, -1);
    } else if (hasDirectives) {
      throwError(state, "directives end mark is expected");
    }
    composeNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, true);
    skipSeparationSpace(state, true, -1);
    if (state.checkLineBreaks && PATTERN_NON_ASCII_LINE_BREAKS.test(state.input.slice(documentStart, state.position))) {
      throwWarning(state, "non-ASCII line breaks are interpreted as content");
    }
    state.documents.push(state.result);
    if (state.position === state.lineStart && testDocumentSeparator(state)) {
      if (state.input.charCodeAt(state.position) === 46) {
        state.position += 3;
        skipSeparationSpace(state, true, -1);
      }
      return;
    }
    if (state.position < state.length - 1) {
      throwError(state, "end of the stream or a document separator is expected");
    }
  }
  function loadDocuments(input, options) {
    input = String(input);
    options = options || {};
    if (input.length !== 0) {
      if (input.charCodeAt(input.length - 1) !== 10 && input.charCodeAt(input.length - 1) !== 13) {
        input += "\n";
      }
      if (input.charCodeAt(0) === 65279) {
        input = input.slice(1);
      }
    }
    const state = new State(input, options);
    const nullpos = input.indexOf("\0");
    if (nullpos !== -1) {
      state.position = nullpos;
      throwError(state, "null byte is not allowed in input");
    }
    state.input += "\0";
    while (state.input.charCodeAt(state.position) === 32) {
      state.lineIndent += 1;
      state.position += 1;
    }
    while (state.position < state.length - 1) {
      readDocument(state);
    }
    return state.documents;
  }
  function loadAll2(input, iterator, options) {
    if (iterator !== null && typeof iterator === "object" && typeof options === "undefined") {
      options = iterator;
      iterator = null;
    }
    const documents = loadDocuments(input, options);
    if (typeof iterator !== "function") {
      return documents;
    }
    for (let index = 0, length = documents.length; index < length; index += 1) {
      iterator(documents[index]);
    }
  }
  function load2(input, options) {
    const documents = loadDocuments(input, options);
    if (documents.length === 0) {
      return void 0;
    } else if (documents.length === 1) {
      return documents[0];
    }
    throw new YAMLException2("expected a single document in the stream, but found more");
  }
  loader.loadAll = loadAll2;
  loader.load = load2;
  return loader;
}
var dumper = {};
var hasRequiredDumper;
function requireDumper() {
  if (hasRequiredDumper) return dumper;
  hasRequiredDumper = 1;
  const common2 = requireCommon();
  const YAMLException2 = requireException();
  const DEFAULT_SCHEMA2 = require_default();
  const _toString = Object.prototype.toString;
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const CHAR_BOM = 65279;
  const CHAR_TAB = 9;
  const CHAR_LINE_FEED = 10;
  const CHAR_CARRIAGE_RETURN = 13;
  const CHAR_SPACE = 32;
  const CHAR_EXCLAMATION = 33;
  const CHAR_DOUBLE_QUOTE = 34;
  const CHAR_SHARP = 35;
  const CHAR_PERCENT = 37;
  const CHAR_AMPERSAND = 38;
  const CHAR_SINGLE_QUOTE = 39;
  const CHAR_ASTERISK = 42;
  const CHAR_COMMA = 44;
  const CHAR_MINUS = 45;
  const CHAR_COLON = 58;
  const CHAR_EQUALS = 61;
  const CHAR_GREATER_THAN = 62;
  const CHAR_QUESTION = 63;
  const CHAR_COMMERCIAL_AT = 64;
  const CHAR_LEFT_SQUARE_BRACKET = 91;
  const CHAR_RIGHT_SQUARE_BRACKET = 93;
  const CHAR_GRAVE_ACCENT = 96;
  const CHAR_LEFT_CURLY_BRACKET = 123;
  const CHAR_VERTICAL_LINE = 124;
  const CHAR_RIGHT_CURLY_BRACKET = 125;
  const ESCAPE_SEQUENCES = {};
  ESCAPE_SEQUENCES[0] = "\\0";
  ESCAPE_SEQUENCES[7] = "\\a";
  ESCAPE_SEQUENCES[8] = "\\b";
  ESCAPE_SEQUENCES[9] = "\\t";
  ESCAPE_SEQUENCES[10] = "\\n";
  ESCAPE_SEQUENCES[11] = "\\v";
  ESCAPE_SEQUENCES[12] = "\\f";
  ESCAPE_SEQUENCES[13] = "\\r";
  ESCAPE_SEQUENCES[27] = "\\e";
  ESCAPE_SEQUENCES[34] = '\\"';
  ESCAPE_SEQUENCES[92] = "\\\\";
  ESCAPE_SEQUENCES[133] = "\\N";
  ESCAPE_SEQUENCES[160] = "\\_";
  ESCAPE_SEQUENCES[8232] = "\\L";
  ESCAPE_SEQUENCES[8233] = "\\P";
  const DEPRECATED_BOOLEANS_SYNTAX = [
    "y",
    "Y",
    "yes",
    "Yes",
    "YES",
    "on",
    "On",
    "ON",
    "n",
    "N",
    "no",
    "No",
    "NO",
    "off",
    "Off",
    "OFF"
  ];
  const DEPRECATED_BASE60_SYNTAX = /^[-+]?[0-9_]+(?::[0-9_]+)+(?:\.[0-9_]*)?$/;
  function compileStyleMap(schema2, map2) {
    if (map2 === null) return {};
    const result = {};
    const keys = Object.keys(map2);
    for (let index = 0, length = keys.length; index < length; index += 1) {
      let tag = keys[index];
      let style = String(map2[tag]);
      if (tag.slice(0, 2) === "!!") {
        tag = "tag:yaml.org,2002:" + tag.slice(2);
      }
      const type2 = schema2.compiledTypeMap["fallback"][tag];
      if (type2 && _hasOwnProperty.call(type2.styleAliases, style)) {
        style = type2.styleAliases[style];
      }
      result[tag] = style;
    }
    return result;
  }
  function encodeHex(character) {
    let handle;
    let length;
    const string = character.toString(16).toUpperCase();
    if (character <= 255) {
      handle = "x";
      length = 2;
    } else if (character <= 65535) {
      handle = "u";
      length = 4;
    } else if (character <= 4294967295) {
      handle = "U";
      length = 8;
    } else {
      throw new YAMLException2("code point within a string may not be greater than 0xFFFFFFFF");
    }
    return "\\" + handle + common2.repeat("0", length - string.length) + string;
  }
  const QUOTING_TYPE_SINGLE = 1;
  const QUOTING_TYPE_DOUBLE = 2;
  function State(options) {
    this.schema = options["schema"] || DEFAULT_SCHEMA2;
    this.indent = Math.max(1, options["indent"] || 2);
    this.noArrayIndent = options["noArrayIndent"] || false;
    this.skipInvalid = options["skipInvalid"] || false;
    this.flowLevel = common2.isNothing(options["flowLevel"]) ? -1 : options["flowLevel"];
    this.styleMap = compileStyleMap(this.schema, options["styles"] || null);
    this.sortKeys = options["sortKeys"] || false;
    this.lineWidth = options["lineWidth"] || 80;
    this.noRefs = options["noRefs"] || false;
    this.noCompatMode = options["noCompatMode"] || false;
    this.condenseFlow = options["condenseFlow"] || false;
    this.quotingType = options["quotingType"] === '"' ? QUOTING_TYPE_DOUBLE : QUOTING_TYPE_SINGLE;
    this.forceQuotes = options["forceQuotes"] || false;
    this.replacer = typeof options["replacer"] === "function" ? options["replacer"] : null;
    this.implicitTypes = this.schema.compiledImplicit;
    this.explicitTypes = this.schema.compiledExplicit;
    this.tag = null;
    this.result = "";
    this.duplicates = [];
    this.usedDuplicates = null;
  }
  function indentString(string, spaces) {
    const ind = common2.repeat(" ", spaces);
    let position = 0;
    let result = "";
    const length = string.length;
    while (position < length) {
      let line;
      const next = string.indexOf("\n", position);
      if (next === -1) {
        line = string.slice(position);
        position = length;
      } else {
        line = string.slice(position, next + 1);
        position = next + 1;
      }
      if (line.length && line !== "\n") result += ind;
      result += line;
    }
    return result;
  }
  function generateNextLine(state, level) {
    return "\n" + common2.repeat(" ", state.indent * level);
  }
  function testImplicitResolving(state, str2) {
    for (let index = 0, length = state.implicitTypes.length; index < length; index += 1) {
      const type2 = state.implicitTypes[index];
      if (type2.resolve(str2)) {
        return true;
      }
    }
    return false;
  }
  function isWhitespace2(c) {
    return c === CHAR_SPACE || c === CHAR_TAB;
  }
  function isPrintable(c) {
    return c >= 32 && c <= 126 || c >= 161 && c <= 55295 && c !== 8232 && c !== 8233 || c >= 57344 && c <= 65533 && c !== CHAR_BOM || c >= 65536 && c <= 1114111;
  }
  function isNsCharOrWhitespace(c) {
    return isPrintable(c) && c !== CHAR_BOM && // - b-char
    c !== CHAR_CARRIAGE_RETURN && c !== CHAR_LINE_FEED;
  }
  function isPlainSafe(c, prev, inblock) {
    const cIsNsCharOrWhitespace = isNsCharOrWhitespace(c);
    const cIsNsChar = cIsNsCharOrWhitespace && !isWhitespace2(c);
    return (
      // ns-plain-safe
      (inblock ? cIsNsCharOrWhitespace : cIsNsCharOrWhitespace && // - c-flow-indicator
      c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET) && // ns-plain-char
      c !== CHAR_SHARP && // false on '#'
      !(prev === CHAR_COLON && !cIsNsChar) || // false on ': '
      isNsCharOrWhitespace(prev) && !isWhitespace2(prev) && c === CHAR_SHARP || // change to true on '[^ ]#'
      prev === CHAR_COLON && cIsNsChar
    );
  }
  function isPlainSafeFirst(c) {
    return isPrintable(c) && c !== CHAR_BOM && !isWhitespace2(c) && // - s-white
    // - (c-indicator ::=
    // “-” | “?” | “:” | “,” | “[” | “]” | “{” | “}”
    c !== CHAR_MINUS && c !== CHAR_QUESTION && c !== CHAR_COLON && c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET && // | “#” | “&” | “*” | “!” | “|” | “=” | “>” | “'” | “"”
    c !== CHAR_SHARP && c !== CHAR_AMPERSAND && c !== CHAR_ASTERISK && c !== CHAR_EXCLAMATION && c !== CHAR_VERTICAL_LINE && c !== CHAR_EQUALS && c !== CHAR_GREATER_THAN && c !== CHAR_SINGLE_QUOTE && c !== CHAR_DOUBLE_QUOTE && // | “%” | “@” | “`”)
    c !== CHAR_PERCENT && c !== CHAR_COMMERCIAL_AT && c !== CHAR_GRAVE_ACCENT;
  }
  function isPlainSafeLast(c) {
    return !isWhitespace2(c) && c !== CHAR_COLON;
  }
  function codePointAt(string, pos) {
    const first = string.charCodeAt(pos);
    let second;
    if (first >= 55296 && first <= 56319 && pos + 1 < string.length) {
      second = string.charCodeAt(pos + 1);
      if (second >= 56320 && second <= 57343) {
        return (first - 55296) * 1024 + second - 56320 + 65536;
      }
    }
    return first;
  }
  function needIndentIndicator(string) {
    const leadingSpaceRe = /^\n* /;
    return leadingSpaceRe.test(string);
  }
  const STYLE_PLAIN = 1;
  const STYLE_SINGLE = 2;
  const STYLE_LITERAL = 3;
  const STYLE_FOLDED = 4;
  const STYLE_DOUBLE = 5;
  function chooseScalarStyle(string, singleLineOnly, indentPerLevel, lineWidth, testAmbiguousType, quotingType, forceQuotes, inblock) {
    let i;
    let char = 0;
    let prevChar = null;
    let hasLineBreak = false;
    let hasFoldableLine = false;
    const shouldTrackWidth = lineWidth !== -1;
    let previousLineBreak = -1;
    let plain = isPlainSafeFirst(codePointAt(string, 0)) && isPlainSafeLast(codePointAt(string, string.length - 1));
    if (singleLineOnly || forceQuotes) {
      for (i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
        char = codePointAt(string, i);
        if (!isPrintable(char)) {
          return STYLE_DOUBLE;
        }
        plain = plain && isPlainSafe(char, prevChar, inblock);
        prevChar = char;
      }
    } else {
      for (i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
        char = codePointAt(string, i);
        if (char === CHAR_LINE_FEED) {
          hasLineBreak = true;
          if (shouldTrackWidth) {
            hasFoldableLine = hasFoldableLine || // Foldable line = too long, and not more-indented.
            i - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ";
            previousLineBreak = i;
          }
        } else if (!isPrintable(char)) {
          return STYLE_DOUBLE;
        }
        plain = plain && isPlainSafe(char, prevChar, inblock);
        prevChar = char;
      }
      hasFoldableLine = hasFoldableLine || shouldTrackWidth && (i - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ");
    }
    if (!hasLineBreak && !hasFoldableLine) {
      if (plain && !forceQuotes && !testAmbiguousType(string)) {
        return STYLE_PLAIN;
      }
      return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
    }
    if (indentPerLevel > 9 && needIndentIndicator(string)) {
      return STYLE_DOUBLE;
    }
    if (!forceQuotes) {
      return hasFoldableLine ? STYLE_FOLDED : STYLE_LITERAL;
    }
    return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
  }
  function writeScalar(state, string, level, iskey, inblock) {
    state.dump = (function() {
      if (string.length === 0) {
        return state.quotingType === QUOTING_TYPE_DOUBLE ? '""' : "''";
      }
      if (!state.noCompatMode) {
        if (DEPRECATED_BOOLEANS_SYNTAX.indexOf(string) !== -1 || DEPRECATED_BASE60_SYNTAX.test(string)) {
          return state.quotingType === QUOTING_TYPE_DOUBLE ? '"' + string + '"' : "'" + string + "'";
        }
      }
      const indent = state.indent * Math.max(1, level);
      const lineWidth = state.lineWidth === -1 ? -1 : Math.max(Math.min(state.lineWidth, 40), state.lineWidth - indent);
      const singleLineOnly = iskey || // No block styles in flow mode.
      state.flowLevel > -1 && level >= state.flowLevel;
      function testAmbiguity(string2) {
        return testImplicitResolving(state, string2);
      }
      switch (chooseScalarStyle(
        string,
        singleLineOnly,
        state.indent,
        lineWidth,
        testAmbiguity,
        state.quotingType,
        state.forceQuotes && !iskey,
        inblock
      )) {
        case STYLE_PLAIN:
          return string;
        case STYLE_SINGLE:
          return "'" + string.replace(/'/g, "''") + "'";
        case STYLE_LITERAL:
          return "|" + blockHeader(string, state.indent) + dropEndingNewline(indentString(string, indent));
        case STYLE_FOLDED:
          return ">" + blockHeader(string, state.indent) + dropEndingNewline(indentString(foldString(string, lineWidth), indent));
        case STYLE_DOUBLE:
          return '"' + escapeString(string) + '"';
        default:
          throw new YAMLException2("impossible error: invalid scalar style");
      }
    })();
  }
  function blockHeader(string, indentPerLevel) {
    const indentIndicator = needIndentIndicator(string) ? String(indentPerLevel) : "";
    const clip = string[string.length - 1] === "\n";
    const keep = clip && (string[string.length - 2] === "\n" || string === "\n");
    const chomp = keep ? "+" : clip ? "" : "-";
    return indentIndicator + chomp + "\n";
  }
  function dropEndingNewline(string) {
    return string[string.length - 1] === "\n" ? string.slice(0, -1) : string;
  }
  function foldString(string, width) {
    const lineRe = /(\n+)([^\n]*)/g;
    let result = (function() {
      let nextLF = string.indexOf("\n");
      nextLF = nextLF !== -1 ? nextLF : string.length;
      lineRe.lastIndex = nextLF;
      return foldLine(string.slice(0, nextLF), width);
    })();
    let prevMoreIndented = string[0] === "\n" || string[0] === " ";
    let moreIndented;
    let match;
    while (match = lineRe.exec(string)) {
      const prefix2 = match[1];
      const line = match[2];
      moreIndented = line[0] === " ";
      result += prefix2 + (!prevMoreIndented && !moreIndented && line !== "" ? "\n" : "") + foldLine(line, width);
      prevMoreIndented = moreIndented;
    }
    return result;
  }
  function foldLine(line, width) {
    if (line === "" || line[0] === " ") return line;
    const breakRe = / [^ ]/g;
    let match;
    let start = 0;
    let end;
    let curr = 0;
    let next = 0;
    let result = "";
    while (match = breakRe.exec(line)) {
      next = match.index;
      if (next - start > width) {
        end = curr > start ? curr : next;
        result += "\n" + line.slice(start, end);
        start = end + 1;
      }
      curr = next;
    }
    result += "\n";
    if (line.length - start > width && curr > start) {
      result += line.slice(start, curr) + "\n" + line.slice(curr + 1);
    } else {
      result += line.slice(start);
    }
    return result.slice(1);
  }
  function escapeString(string) {
    let result = "";
    let char = 0;
    for (let i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
      char = codePointAt(string, i);
      const escapeSeq = ESCAPE_SEQUENCES[char];
      if (!escapeSeq && isPrintable(char)) {
        result += string[i];
        if (char >= 65536) result += string[i + 1];
      } else {
        result += escapeSeq || encodeHex(char);
      }
    }
    return result;
  }
  function writeFlowSequence(state, level, object) {
    let _result = "";
    const _tag = state.tag;
    for (let index = 0, length = object.length; index < length; index += 1) {
      let value = object[index];
      if (state.replacer) {
        value = state.replacer.call(object, String(index), value);
      }
      if (writeNode(state, level, value, false, false) || typeof value === "undefined" && writeNode(state, level, null, false, false)) {
        if (_result !== "") _result += "," + (!state.condenseFlow ? " " : "");
        _result += state.dump;
      }
    }
    state.tag = _tag;
    state.dump = "[" + _result + "]";
  }
  function writeBlockSequence(state, level, object, compact) {
    let _result = "";
    const _tag = state.tag;
    for (let index = 0, length = object.length; index < length; index += 1) {
      let value = object[index];
      if (state.replacer) {
        value = state.replacer.call(object, String(index), value);
      }
      if (writeNode(state, level + 1, value, true, true, false, true) || typeof value === "undefined" && writeNode(state, level + 1, null, true, true, false, true)) {
        if (!compact || _result !== "") {
          _result += generateNextLine(state, level);
        }
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          _result += "-";
        } else {
          _result += "- ";
        }
        _result += state.dump;
      }
    }
    state.tag = _tag;
    state.dump = _result || "[]";
  }
  function writeFlowMapping(state, level, object) {
    let _result = "";
    const _tag = state.tag;
    const objectKeyList = Object.keys(object);
    for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
      let pairBuffer = "";
      if (_result !== "") pairBuffer += ", ";
      if (state.condenseFlow) pairBuffer += '"';
      const objectKey = objectKeyList[index];
      let objectValue = object[objectKey];
      if (state.replacer) {
        objectValue = state.replacer.call(object, objectKey, objectValue);
      }
      if (!writeNode(state, level, objectKey, false, false)) {
        continue;
      }
      if (state.dump.length > 1024) pairBuffer += "? ";
      pairBuffer += state.dump + (state.condenseFlow ? '"' : "") + ":" + (state.condenseFlow ? "" : " ");
      if (!writeNode(state, level, objectValue, false, false)) {
        continue;
      }
      pairBuffer += state.dump;
      _result += pairBuffer;
    }
    state.tag = _tag;
    state.dump = "{" + _result + "}";
  }
  function writeBlockMapping(state, level, object, compact) {
    let _result = "";
    const _tag = state.tag;
    const objectKeyList = Object.keys(object);
    if (state.sortKeys === true) {
      objectKeyList.sort();
    } else if (typeof state.sortKeys === "function") {
      objectKeyList.sort(state.sortKeys);
    } else if (state.sortKeys) {
      throw new YAMLException2("sortKeys must be a boolean or a function");
    }
    for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
      let pairBuffer = "";
      if (!compact || _result !== "") {
        pairBuffer += generateNextLine(state, level);
      }
      const objectKey = objectKeyList[index];
      let objectValue = object[objectKey];
      if (state.replacer) {
        objectValue = state.replacer.call(object, objectKey, objectValue);
      }
      if (!writeNode(state, level + 1, objectKey, true, true, true)) {
        continue;
      }
      const explicitPair = state.tag !== null && state.tag !== "?" || state.dump && state.dump.length > 1024;
      if (explicitPair) {
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          pairBuffer += "?";
        } else {
          pairBuffer += "? ";
        }
      }
      pairBuffer += state.dump;
      if (explicitPair) {
        pairBuffer += generateNextLine(state, level);
      }
      if (!writeNode(state, level + 1, objectValue, true, explicitPair)) {
        continue;
      }
      if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
        pairBuffer += ":";
      } else {
        pairBuffer += ": ";
      }
      pairBuffer += state.dump;
      _result += pairBuffer;
    }
    state.tag = _tag;
    state.dump = _result || "{}";
  }
  function detectType(state, object, explicit) {
    const typeList = explicit ? state.explicitTypes : state.implicitTypes;
    for (let index = 0, length = typeList.length; index < length; index += 1) {
      const type2 = typeList[index];
      if ((type2.instanceOf || type2.predicate) && (!type2.instanceOf || typeof object === "object" && object instanceof type2.instanceOf) && (!type2.predicate || type2.predicate(object))) {
        if (explicit) {
          if (type2.multi && type2.representName) {
            state.tag = type2.representName(object);
          } else {
            state.tag = type2.tag;
          }
        } else {
          state.tag = "?";
        }
        if (type2.represent) {
          const style = state.styleMap[type2.tag] || type2.defaultStyle;
          let _result;
          if (_toString.call(type2.represent) === "[object Function]") {
            _result = type2.represent(object, style);
          } else if (_hasOwnProperty.call(type2.represent, style)) {
            _result = type2.represent[style](object, style);
          } else {
            throw new YAMLException2("!<" + type2.tag + '> tag resolver accepts not "' + style + '" style');
          }
          state.dump = _result;
        }
        return true;
      }
    }
    return false;
  }
  function writeNode(state, level, object, block, compact, iskey, isblockseq) {
    state.tag = null;
    state.dump = object;
    if (!detectType(state, object, false)) {
      detectType(state, object, true);
    }
    const type2 = _toString.call(state.dump);
    const inblock = block;
    if (block) {
      block = state.flowLevel < 0 || state.flowLevel > level;
    }
    const objectOrArray = type2 === "[object Object]" || type2 === "[object Array]";
    let duplicateIndex;
    let duplicate;
    if (objectOrArray) {
      duplicateIndex = state.duplicates.indexOf(object);
      duplicate = duplicateIndex !== -1;
    }
    if (state.tag !== null && state.tag !== "?" || duplicate || state.indent !== 2 && level > 0) {
      compact = false;
    }
    if (duplicate && state.usedDuplicates[duplicateIndex]) {
      state.dump = "*ref_" + duplicateIndex;
    } else {
      if (objectOrArray && duplicate && !state.usedDuplicates[duplicateIndex]) {
        state.usedDuplicates[duplicateIndex] = true;
      }
      if (type2 === "[object Object]") {
        if (block && Object.keys(state.dump).length !== 0) {
          writeBlockMapping(state, level, state.dump, compact);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + state.dump;
          }
        } else {
          writeFlowMapping(state, level, state.dump);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + " " + state.dump;
          }
        }
      } else if (type2 === "[object Array]") {
        if (block && state.dump.length !== 0) {
          if (state.noArrayIndent && !isblockseq && level > 0) {
            writeBlockSequence(state, level - 1, state.dump, compact);
          } else {
            writeBlockSequence(state, level, state.dump, compact);
          }
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + state.dump;
          }
        } else {
          writeFlowSequence(state, level, state.dump);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + " " + state.dump;
          }
        }
      } else if (type2 === "[object String]") {
        if (state.tag !== "?") {
          writeScalar(state, state.dump, level, iskey, inblock);
        }
      } else if (type2 === "[object Undefined]") {
        return false;
      } else {
        if (state.skipInvalid) return false;
        throw new YAMLException2("unacceptable kind of an object to dump " + type2);
      }
      if (state.tag !== null && state.tag !== "?") {
        let tagStr = encodeURI(
          state.tag[0] === "!" ? state.tag.slice(1) : state.tag
        ).replace(/!/g, "%21");
        if (state.tag[0] === "!") {
          tagStr = "!" + tagStr;
        } else if (tagStr.slice(0, 18) === "tag:yaml.org,2002:") {
          tagStr = "!!" + tagStr.slice(18);
        } else {
          tagStr = "!<" + tagStr + ">";
        }
        state.dump = tagStr + " " + state.dump;
      }
    }
    return true;
  }
  function getDuplicateReferences(object, state) {
    const objects = [];
    const duplicatesIndexes = [];
    inspectNode(object, objects, duplicatesIndexes);
    const length = duplicatesIndexes.length;
    for (let index = 0; index < length; index += 1) {
      state.duplicates.push(objects[duplicatesIndexes[index]]);
    }
    state.usedDuplicates = new Array(length);
  }
  function inspectNode(object, objects, duplicatesIndexes) {
    if (object !== null && typeof object === "object") {
      const index = objects.indexOf(object);
      if (index !== -1) {
        if (duplicatesIndexes.indexOf(index) === -1) {
          duplicatesIndexes.push(index);
        }
      } else {
        objects.push(object);
        if (Array.isArray(object)) {
          for (let i = 0, length = object.length; i < length; i += 1) {
            inspectNode(object[i], objects, duplicatesIndexes);
          }
        } else {
          const objectKeyList = Object.keys(object);
          for (let i = 0, length = objectKeyList.length; i < length; i += 1) {
            inspectNode(object[objectKeyList[i]], objects, duplicatesIndexes);
          }
        }
      }
    }
  }
  function dump2(input, options) {
    options = options || {};
    const state = new State(options);
    if (!state.noRefs) getDuplicateReferences(input, state);
    let value = input;
    if (state.replacer) {
      value = state.replacer.call({ "": value }, "", value);
    }
    if (writeNode(state, 0, value, true, true)) return state.dump + "\n";
    return "";
  }
  dumper.dump = dump2;
  return dumper;
}
var hasRequiredJsYaml;
function requireJsYaml() {
  if (hasRequiredJsYaml) return jsYaml;
  hasRequiredJsYaml = 1;
  const loader2 = requireLoader();
  const dumper2 = requireDumper();
  function renamed(from, to) {
    return function() {
      throw new Error("Function yaml." + from + " is removed in js-yaml 4. Use yaml." + to + " instead, which is now safe by default.");
    };
  }
  jsYaml.Type = requireType();
  jsYaml.Schema = requireSchema();
  jsYaml.FAILSAFE_SCHEMA = requireFailsafe();
  jsYaml.JSON_SCHEMA = requireJson();
  jsYaml.CORE_SCHEMA = requireCore();
  jsYaml.DEFAULT_SCHEMA = require_default();
  jsYaml.load = loader2.load;
  jsYaml.loadAll = loader2.loadAll;
  jsYaml.dump = dumper2.dump;
  jsYaml.YAMLException = requireException();
  jsYaml.types = {
    binary: requireBinary(),
    float: requireFloat(),
    map: requireMap(),
    null: require_null(),
    pairs: requirePairs(),
    set: requireSet(),
    timestamp: requireTimestamp(),
    bool: requireBool(),
    int: requireInt(),
    merge: requireMerge(),
    omap: requireOmap(),
    seq: requireSeq(),
    str: requireStr()
  };
  jsYaml.safeLoad = renamed("safeLoad", "load");
  jsYaml.safeLoadAll = renamed("safeLoadAll", "loadAll");
  jsYaml.safeDump = renamed("safeDump", "dump");
  return jsYaml;
}
var jsYamlExports = requireJsYaml();
var yaml = /* @__PURE__ */ getDefaultExportFromCjs(jsYamlExports);
var {
  Type,
  Schema,
  FAILSAFE_SCHEMA,
  JSON_SCHEMA,
  CORE_SCHEMA,
  DEFAULT_SCHEMA,
  load,
  loadAll,
  dump,
  YAMLException,
  types,
  safeLoad,
  safeLoadAll,
  safeDump
} = yaml;

// dist/load/core-schema.js
var INTEGER = /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/;
var FLOAT = /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
function mayBeNumber(text) {
  const first = text.charCodeAt(0);
  return first >= 48 && first <= 57 || first === 43 || first === 45 || first === 46;
}
var coreNull = new Type("tag:yaml.org,2002:null", {
  kind: "scalar",
  resolve: (text) => text === "" || text === "~" || text === "null" || text === "Null" || text === "NULL",
  construct: () => null
});
var coreBool = new Type("tag:yaml.org,2002:bool", {
  kind: "scalar",
  resolve: (text) => text === "true" || text === "True" || text === "TRUE" || text === "false" || text === "False" || text === "FALSE",
  construct: (text) => text[0] === "t" || text[0] === "T"
});
var coreInt = new Type("tag:yaml.org,2002:int", {
  kind: "scalar",
  resolve: (text) => mayBeNumber(text) && INTEGER.test(text),
  construct: (text) => {
    if (text.startsWith("0o"))
      return parseInt(text.slice(2), 8);
    if (text.startsWith("0x"))
      return parseInt(text.slice(2), 16);
    return parseInt(text, 10);
  }
});
var coreFloat = new Type("tag:yaml.org,2002:float", {
  kind: "scalar",
  resolve: (text) => mayBeNumber(text) && FLOAT.test(text),
  construct: (text) => {
    const lower = text.toLowerCase();
    if (lower === ".nan")
      return NaN;
    if (lower.endsWith(".inf"))
      return text.startsWith("-") ? -Infinity : Infinity;
    return parseFloat(text);
  }
});
var CORE_SCHEMA2 = FAILSAFE_SCHEMA.extend({ implicit: [coreNull, coreBool, coreInt, coreFloat] });

// dist/load/yaml.js
var YamlEntries = class {
  list;
  byKey;
  constructor(list2, byKey) {
    this.list = list2;
    this.byKey = byKey;
  }
  get size() {
    return this.list.length;
  }
  get(key) {
    return this.byKey === null ? findEntry(this.list, key) : this.byKey.get(key);
  }
  has(key) {
    return this.get(key) !== void 0;
  }
  keys() {
    return this.list.map((entry) => entry.key).values();
  }
  values() {
    return this.list.values();
  }
  [Symbol.iterator]() {
    return this.list.map((entry) => [entry.key, entry]).values();
  }
};
var FEW_ENTRIES = 8;
function findEntry(list2, key) {
  for (const entry of list2)
    if (entry.key === key)
      return entry;
  return void 0;
}
var YamlSyntaxError = class extends Error {
  offset;
  constructor(message, offset) {
    super(message);
    this.offset = offset;
  }
};
var DEFAULT_YAML_LIMITS = { maxAliasExpansion: 1e4, maxDepth: 100 };
var BYTE_ORDER_MARK = 65279;
function parseYaml(text, limits = DEFAULT_YAML_LIMITS) {
  const skipped = text.charCodeAt(0) === BYTE_ORDER_MARK ? 1 : 0;
  const builder = new TreeBuilder(skipped === 0 ? text : text.slice(skipped), skipped, limits);
  const options = {
    schema: CORE_SCHEMA2,
    json: true,
    // duplicate keys are ours to find and explain
    maxDepth: limits.maxDepth,
    listener: builder.listener,
    // What js-yaml only warns of (a flow collection or quoted text running onto a line indented too little)
    // is invalid YAML; at the end of the file, js-yaml goes on to say what is left open, which says it better.
    onWarning: (warning) => {
      if ((warning.mark?.position ?? 0) < builder.text.length)
        throw warning;
    }
  };
  try {
    refuseGluedDocumentMarker(builder.text, skipped);
    loadAll(builder.text, void 0, options);
  } catch (error) {
    if (error instanceof YAMLException)
      throw builder.explain(error);
    throw error;
  }
  return builder.documents;
}
function refuseGluedDocumentMarker(text, base) {
  for (let at2 = text.indexOf("---"); at2 !== -1; at2 = text.indexOf("---", at2 + 3)) {
    const next = text.charCodeAt(at2 + 3);
    if ((at2 === 0 || text.charCodeAt(at2 - 1) === 10) && at2 + 3 < text.length && !isWhitespace(next)) {
      throw new YamlSyntaxError('a line starting with "---" needs a space after it (it starts a new document); add the space, or quote the text', base + at2 + 3);
    }
  }
}
var QUOTES = /* @__PURE__ */ new Set([34, 39]);
var BLOCK_INDICATORS = /* @__PURE__ */ new Set([124, 62]);
var TreeBuilder = class {
  text;
  base;
  limits;
  documents = [];
  open = null;
  anchors = /* @__PURE__ */ new Map();
  aliasExpansion = 0;
  /** Where the last properties scan met a tag ("!..."), or -1. */
  tagStart = -1;
  /** Where the last properties scan met the first property (a tag or an anchor), or -1. */
  propertiesStart = -1;
  /** The entries of the mapping being built (one at a time), and past a few of them, the same by key. */
  entries = [];
  entriesByKey = null;
  constructor(text, base, limits) {
    this.text = text;
    this.base = base;
    this.limits = limits;
  }
  listener = (event, state) => {
    if (event === "open")
      this.open = { open: state.position, parent: this.open, children: null, size: 0 };
    else
      this.close(state);
  };
  /** js-yaml's error as ours, at the same place; a tag it does not know is named as written. */
  explain(error) {
    const frame = this.open;
    if (frame !== null && /\btag\b/.test(error.reason)) {
      this.contentStart(frame.open);
      if (this.tagStart !== -1)
        return FLOW_INDICATOR_IN_TAG.test(error.reason) ? this.tagRunningOn(this.tagStart) : this.unsupportedTag(this.tagStart);
    }
    const at2 = Math.min(error.mark?.position ?? 0, this.text.length);
    const unknownAlias = UNKNOWN_ALIAS.exec(error.reason);
    if (unknownAlias)
      return this.noSuchAnchor(unknownAlias[1], at2 - unknownAlias[1].length);
    const glued = this.entryMissingItsSpace(at2);
    if (glued)
      return glued;
    return new YamlSyntaxError(plainReason(error.reason), this.base + (NON_PRINTABLE_REASON.test(error.reason) ? this.firstNonPrintable(at2) : at2));
  }
  /**
   * `takes:20m` is text to YAML, not the entry `takes: 20m`, and in a mapping of entries that text breaks it: js-yaml
   * complains at the end of that line or on the next one. Either line written so is what to point at.
   */
  entryMissingItsSpace(at2) {
    const lineStart = this.text.lastIndexOf("\n", at2 - 1) + 1;
    for (const start of [lineStart, previousContentLine(this.text, lineStart)]) {
      if (start === void 0)
        continue;
      const line = GLUED_LINE.exec(this.text.slice(start, endOfLine(this.text, start)));
      const fix = line && missingSpaceAfterColon(line[2]);
      if (fix)
        return new YamlSyntaxError(fix, this.base + start + line[1].length);
    }
    return void 0;
  }
  /** js-yaml tells where the text holding a control character ends; the character itself is what to point at. */
  firstNonPrintable(end) {
    NON_PRINTABLE.lastIndex = this.open?.open ?? 0;
    const found2 = NON_PRINTABLE.exec(this.text);
    return found2 !== null && found2.index < end ? found2.index : end;
  }
  close(state) {
    const frame = this.open;
    this.open = frame.parent;
    const start = this.contentStart(frame.open);
    const tagStart = this.tagStart;
    const written = this.written(frame, start, tagStart !== -1, state);
    if (written.node !== null) {
      if (tagStart !== -1 && !this.tagsFirstKey(tagStart, start, written.node))
        this.checkTag(tagStart, written.node);
      if (state.anchor !== null)
        this.anchors.set(state.anchor, written);
    }
    const parent = this.open;
    if (parent === null) {
      if (written.node !== null)
        this.documents.push({ contents: written.node });
      this.anchors = /* @__PURE__ */ new Map();
      this.aliasExpansion = 0;
    } else {
      (parent.children ??= []).push(written);
      if (!written.isKey)
        parent.size += written.size;
    }
  }
  written(frame, start, tagged, state) {
    const isKey = this.isKey(frame.open, start, state.position);
    const inner = firstNode(frame.children);
    if (inner !== void 0 && (inner.isAlias || inner.node.kind !== "scalar") && inner.read === state.result) {
      return { ...inner, isKey, size: frame.size };
    }
    if (frame.children === null && this.text.charCodeAt(start) === 42) {
      if (isKey)
        throw aliasAsKey(this.base + start);
      return { ...this.alias(start), isKey, isAlias: true };
    }
    const offset = this.base + start;
    const children = frame.children ?? [];
    if (state.kind === "mapping" || state.kind === "sequence") {
      const read = state.result;
      const node2 = Array.isArray(read) ? this.sequence(offset, children, read) : this.mapping(offset, children, read);
      return { node: node2, isKey, isAlias: false, size: 1 + frame.size, read, rewritten: node2.plain !== read };
    }
    let node = null;
    if (state.kind !== null || state.result !== null)
      node = this.scalar(inner?.node ?? void 0, start, state, tagged);
    else if (isKey)
      node = emptyScalar(offset);
    else if (tagged || state.anchor !== null)
      node = emptyScalar(this.base + this.propertiesStart);
    return {
      node,
      isKey,
      isAlias: false,
      size: 1,
      read: state.result,
      rewritten: node !== null && node.value !== state.result
    };
  }
  /**
   * A scalar's value is js-yaml's; where it was written may be a node read inside
   * it (js-yaml reads a value on its own line as a would-be key first).
   */
  scalar(inner, start, state, tagged) {
    const offset = inner?.offset ?? this.base + this.scalarStart(start);
    const end = inner?.kind === "scalar" ? inner.end : this.base + this.scalarEnd(start, state.position);
    const resolved = state.result;
    const text = typeof resolved === "string" ? resolved : inner?.kind === "scalar" ? inner.text : this.text.slice(start, state.position).trimEnd();
    return { kind: "scalar", offset, end, value: tagged ? text : resolved, text };
  }
  /** js-yaml closes a scalar past the spaces (and line breaks, for a block scalar) after it, and past a closing quote. */
  scalarEnd(start, closed) {
    let end = closed;
    while (end > start && isWhitespace(this.text.charCodeAt(end - 1)))
      end--;
    const quote = this.text.charCodeAt(start);
    return QUOTES.has(quote) && end > start + 1 && this.text.charCodeAt(end - 1) === quote ? end - 1 : end;
  }
  scalarStart(start) {
    const first = this.text.charCodeAt(start);
    if (QUOTES.has(first))
      return start + 1;
    if (!BLOCK_INDICATORS.has(first))
      return start;
    const lineEnd = this.text.indexOf("\n", start);
    return lineEnd === -1 ? start : lineEnd + 1;
  }
  /** Where a node's content starts: past spaces, line breaks, comments and its properties (tags and anchors). */
  contentStart(from) {
    const text = this.text;
    let at2 = from;
    this.tagStart = -1;
    this.propertiesStart = -1;
    for (; ; ) {
      const char = text.charCodeAt(at2);
      if (isWhitespace(char))
        at2++;
      else if (char === 35)
        at2 = endOfLine(text, at2);
      else if (char === 33 || char === 38) {
        if (this.propertiesStart === -1)
          this.propertiesStart = at2;
        if (char === 33 && this.tagStart === -1)
          this.tagStart = at2;
        while (at2 < text.length && text.charCodeAt(at2) > 32)
          at2++;
      } else
        return at2;
    }
  }
  /** A node written after "?", or on one line followed by ":", is a key (YAML keeps a key without "?" to one line). */
  isKey(open, start, end) {
    if (this.followsQuestionMark(open))
      return true;
    let at2 = end;
    while (this.text.charCodeAt(at2) === 32 || this.text.charCodeAt(at2) === 9)
      at2++;
    return this.text.charCodeAt(at2) === 58 && !this.breaksLine(start, at2);
  }
  /**
   * js-yaml opens a node written after "?" right after it in a block mapping, and in a
   * flow collection past the spaces and line breaks that follow it (`[ ? foo : bar ]`).
   */
  followsQuestionMark(open) {
    const text = this.text;
    let at2 = open - 1;
    while (isWhitespace(text.charCodeAt(at2)))
      at2--;
    if (text.charCodeAt(at2) !== 63)
      return false;
    if (at2 === open - 1)
      return true;
    const before = text.charCodeAt(at2 - 1);
    return (at2 === 0 || isWhitespace(before) || FLOW_INDICATORS.has(before)) && !this.inComment(at2);
  }
  /** A "#" at the start of the line or after a space, before `at` on its line, starts a comment holding `at`. */
  inComment(at2) {
    const text = this.text;
    for (let from = text.lastIndexOf("\n", at2) + 1, prev = 32; from < at2; from++) {
      const char = text.charCodeAt(from);
      if (char === 35 && isWhitespace(prev))
        return true;
      prev = char;
    }
    return false;
  }
  breaksLine(from, to) {
    for (let at2 = from; at2 < to; at2++)
      if (this.text.charCodeAt(at2) === 10)
        return true;
    return false;
  }
  /** A mapping's children are keys, each followed by its value unless it has none. */
  mapping(offset, children, read) {
    let matches = true;
    let key = null;
    for (const child2 of children) {
      if (child2.isKey || key === null && child2.node !== null) {
        if (key !== null)
          matches = this.addEntry(key, null) && matches;
        key = child2;
        if (!child2.isKey) {
          matches = this.addEntry(key, null) && matches;
          key = null;
        }
      } else if (key !== null) {
        matches = this.addEntry(key, child2) && matches;
        key = null;
      }
    }
    if (key !== null)
      matches = this.addEntry(key, null) && matches;
    const list2 = this.entries.slice();
    const entries = new YamlEntries(list2, this.entriesByKey);
    this.entries.length = 0;
    this.entriesByKey = null;
    return { kind: "map", offset, entries, plain: matches ? read : plainMapping(list2) };
  }
  /**
   * Adds an entry under its key as written. False when js-yaml's plain mapping has
   * it otherwise: js-yaml names a key by its value (`007` as "7", `~` as "null").
   */
  addEntry(key, value) {
    const keyNode = key.node;
    if (key.isAlias)
      throw aliasAsKey(keyNode.offset);
    if (keyNode.kind !== "scalar")
      throw new YamlSyntaxError("a key must be a plain value, not a list or a mapping", keyNode.offset);
    const name = keyNode.text;
    const byKey = this.entriesByKey;
    const existing = byKey === null ? findEntry(this.entries, name) : byKey.get(name);
    if (existing)
      throw new DuplicateKeyError(name, keyNode.offset, existing.keyOffset);
    const entry = {
      key: name,
      keyOffset: keyNode.offset,
      keyEnd: keyNode.end,
      value: value?.node ?? emptyScalar(keyNode.offset)
    };
    this.entries.push(entry);
    if (byKey !== null)
      byKey.set(name, entry);
    else if (this.entries.length > FEW_ENTRIES)
      this.entriesByKey = new Map(this.entries.map((each) => [each.key, each]));
    return name === String(keyNode.value) && value?.rewritten !== true;
  }
  /**
   * A sequence's items, lined up with the values js-yaml read: an empty item ("-"
   * alone on its line) has a value but no node, and "[key: value]" is a one-entry mapping.
   */
  sequence(offset, children, read) {
    const items = [];
    let matches = true;
    let next = 0;
    for (const value of read) {
      const child2 = children[next];
      if (child2 === void 0 || value === null && !isNull(child2.node)) {
        items.push(emptyScalar(offset));
      } else if (child2.isKey) {
        const valueChild = children[next + 1];
        const pair = valueChild !== void 0 && !valueChild.isKey ? [child2, valueChild] : [child2];
        const mapping = this.mapping(child2.node.offset, pair, value);
        matches &&= mapping.plain === value;
        items.push(mapping);
        next += pair.length;
      } else {
        matches &&= !child2.rewritten;
        items.push(child2.node ?? emptyScalar(offset));
        next++;
      }
    }
    return { kind: "seq", offset, items, plain: matches ? read : items.map(toPlain) };
  }
  /** The anchored node an alias repeats; its name runs to a space, a line break or a bracket or comma, as js-yaml reads it. */
  alias(start) {
    let end = start + 1;
    while (end < this.text.length && this.text.charCodeAt(end) > 32 && !FLOW_INDICATORS.has(this.text.charCodeAt(end)))
      end++;
    const name = this.text.slice(start + 1, end);
    const anchored = this.anchors.get(name);
    if (anchored === void 0)
      throw this.noSuchAnchor(name, start + 1);
    this.aliasExpansion += anchored.size;
    if (this.aliasExpansion > this.limits.maxAliasExpansion) {
      throw new YamlSyntaxError(`aliases expand to more than ${this.limits.maxAliasExpansion} values (an "alias bomb"?); write the values out instead of repeating "*${printable(name)}"`, this.base + start + 1);
    }
    return anchored;
  }
  noSuchAnchor(name, at2) {
    return new YamlSyntaxError(`the alias "*${printable(name)}" names no anchor defined before it`, this.base + at2);
  }
  /** A tag on the line of a block mapping's first key (`!!str key: value`) is the key's, which checks it. */
  tagsFirstKey(tagStart, start, node) {
    return node.kind === "map" && this.text.charCodeAt(start) !== 123 && !this.text.slice(tagStart, start).includes("\n");
  }
  /** Explicit tags change how a value is read; only the harmless one that matches the node is accepted. */
  checkTag(tagStart, node) {
    const tag = this.tagAt(tagStart);
    const allowed = node.kind === "map" ? "map" : node.kind === "seq" ? "seq" : "str";
    if (tag !== `!!${allowed}` && tag !== `!<tag:yaml.org,2002:${allowed}>`)
      throw this.unsupportedTag(tagStart);
  }
  /** YAML ends a tag at a comma or bracket too (`[!!str, x]`); js-yaml 4 only at a space. */
  tagRunningOn(tagStart) {
    let at2 = tagStart;
    while (at2 < this.text.length && !FLOW_INDICATORS.has(this.text.charCodeAt(at2)))
      at2++;
    const tag = printable(this.text.slice(tagStart, at2));
    return new YamlSyntaxError(`a space is missing between the tag "${tag}" and the "${this.text[at2]}" after it; add one`, this.base + at2);
  }
  unsupportedTag(tagStart) {
    return new YamlSyntaxError(`the tag "${printable(this.tagAt(tagStart))}" is not supported in process files; remove it`, this.base + tagStart);
  }
  tagAt(tagStart) {
    return this.text.slice(tagStart, endOfToken(this.text, tagStart));
  }
};
var FLOW_INDICATOR_IN_TAG = /flow indicator/;
var UNKNOWN_ALIAS = /^unidentified alias "(.*)"$/;
var GLUED_LINE = /^([ \t]*(?:-[ \t]+)?)(.*?)[ \t]*(?:[ \t]#.*)?\r?$/;
var GLUED_ENTRY = /^([A-Za-z_][\w-]*):(?!\/\/)([^\s'"].*)$/;
function missingSpaceAfterColon(text) {
  const entry = GLUED_ENTRY.exec(text);
  if (!entry)
    return void 0;
  return `the space after the colon is missing in "${printable(text)}", so YAML reads it as text, not as the key "${printable(entry[1])}"; write "${printable(`${entry[1]}: ${entry[2]}`)}"`;
}
var FLOW_INDICATORS = /* @__PURE__ */ new Set([44, 91, 93, 123, 125]);
var NON_PRINTABLE_REASON = /non-printable characters|^expected valid JSON character/;
var NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]/g;
function aliasAsKey(offset) {
  return new YamlSyntaxError('an alias ("*name") cannot be used as a key; write the key out', offset);
}
function emptyScalar(offset) {
  return { kind: "scalar", offset, end: offset, value: null, text: "" };
}
function plainMapping(entries) {
  const plain = {};
  for (const entry of entries)
    Object.defineProperty(plain, entry.key, {
      value: toPlain(entry.value),
      enumerable: true,
      writable: true,
      configurable: true
    });
  return plain;
}
function isWhitespace(char) {
  return char === 32 || char === 9 || char === 10 || char === 13;
}
function firstNode(children) {
  if (children === null)
    return void 0;
  for (const child2 of children)
    if (child2.node !== null)
      return child2;
  return void 0;
}
function isNull(node) {
  return node === null || node.kind === "scalar" && node.value === null;
}
function previousContentLine(text, lineStart) {
  for (let end = lineStart - 1; end > 0; ) {
    const start = text.lastIndexOf("\n", end - 1) + 1;
    const content = text.slice(start, end).trim();
    if (content !== "" && !content.startsWith("#"))
      return start;
    end = start - 1;
  }
  return void 0;
}
function endOfLine(text, from) {
  const end = text.indexOf("\n", from);
  return end === -1 ? text.length : end;
}
function endOfToken(text, from) {
  let at2 = from;
  while (at2 < text.length && text.charCodeAt(at2) > 32)
    at2++;
  return at2;
}
var DuplicateKeyError = class extends YamlSyntaxError {
  key;
  firstOffset;
  constructor(key, offset, firstOffset) {
    super(`duplicate key "${printable(key)}"`, offset);
    this.key = key;
    this.firstOffset = firstOffset;
  }
};
var PLAIN_REASONS = [
  [/tab characters must not be used/, () => "a tab is used for indentation; YAML indents with spaces only"],
  [
    /^end of the stream or a document separator is expected/,
    () => 'the indentation or a ":" here does not fit the lines above (is a key indented wrongly, or a value missing its quotes?)'
  ],
  [
    /nesting exceeded maxDepth \((\d+)\)/,
    (m) => `the file is nested more than ${m[1]} levels deep, far deeper than any process needs; flatten it`
  ],
  [
    /^deficient indentation/,
    () => 'a quote, "[" or "{" opened above is not closed before this line; close it (or indent the lines it runs over)'
  ],
  [
    /within a (double|single) quoted scalar/,
    (m) => `a text opened with ${m[1] === "double" ? '"' : "'"} is never closed; add the closing quote`
  ],
  [/within a flow collection/, () => 'a "[" or "{" is never closed; add the closing bracket'],
  [
    /^missed comma between flow collection entries/,
    () => 'a comma is missing between two entries of a [...] or {...}, or a key there has its ":" on the next line; add the comma, or join the lines'
  ],
  [/^nested arrays are not supported inside keys/, () => "a key must be a plain value, not a list or a mapping"],
  [
    /^unknown document directive "(.*)"/,
    (m) => `"%${printable(m[1])}" is not a YAML directive (those are %YAML and %TAG); remove the line`
  ],
  [
    /^unsupported YAML version/,
    () => 'only YAML 1.1 and 1.2 can be read; remove the "%YAML" line, or write "%YAML 1.2"'
  ],
  [
    /^bad indentation of a mapping entry/,
    () => 'a key here is indented wrongly, or a value holds ": " without quotes; line up the keys of one mapping, and quote such values'
  ],
  [
    /a multiline key may not be an implicit key/,
    () => 'a key above has no ":" after it, or runs over two lines; write each entry as "key: value" on one line'
  ],
  [
    /non-printable characters|null byte is not allowed|^expected valid JSON character/,
    () => "the file holds a control character YAML does not allow here; remove it"
  ],
  [/^incomplete explicit mapping pair/, () => 'a ":" here has no key before it; write the key, or remove the ":"'],
  [
    /^missing indentation for block scalar/,
    () => 'a text block ("|" or ">") has no indented lines under it; indent its text, or remove the "|" or ">"'
  ]
];
function plainReason(reason) {
  for (const [pattern, reword] of PLAIN_REASONS) {
    const match = pattern.exec(reason);
    if (match)
      return reword(match);
  }
  return reason;
}
function toPlain(node) {
  return node.kind === "scalar" ? node.value : node.plain;
}

// dist/load/validate.js
function validateProcess(root, ruleIds) {
  return validate(root, PROCESS, ruleIds);
}
function validateConfig(root, ruleIds) {
  return root === null ? [] : validate(root, CONFIG, [...ruleIds, ...policyIdsOf(root)]);
}
var PROCESS = {
  schema: "process",
  documentName: "a process file",
  phrases: {
    "": "must be a mapping of keys such as process, title, steps",
    step: "must be a mapping of keys such as type, actor, next",
    role: "must be a mapping of keys such as title, frontline, can",
    review: "must be a mapping with last and every",
    training: "must be a mapping with last, every and covers",
    waiver: "must be a mapping with rule and reason",
    "steps/type": "must map step ids to steps",
    "steps/minProperties": "must list at least one step",
    roles: "must map role ids to roles",
    "stepRefs/type": "must name a step or list steps",
    "stepRefs/minItems": "must name a step or list steps",
    "transitions/type": "must name a step or list steps or transitions",
    "transitions/minItems": "must name a step or list steps or transitions",
    "transition/type": 'must name a step or be a mapping with "to"',
    "id/type": "must be an id like receive-call",
    duration: "must be a duration like 90s, 2m, 4h",
    "date/type": "must be a date like 2026-09-01",
    "date/pattern": "must be a date like 2026-09-01"
  },
  keyLabels: { steps: "step id", roles: "role id" },
  where: processWhere,
  extraChecks: unknownWaiverRules
};
var CONFIG = {
  schema: "config",
  documentName: "a config file",
  phrases: {
    "": "must be a mapping of keys such as extends, rules, ignore",
    rules: "must map rule ids to levels"
  },
  keyLabels: {},
  where: configWhere,
  extraChecks: unknownConfigRules
};
function processWhere(path2) {
  const [first, id, ...rest] = path2;
  if (first === "steps" && id !== void 0) {
    const [field, index] = rest;
    if (field === "next" && index !== void 0)
      return at(`transition ${ordinal(index)} of step "${id}"`, rest.slice(2));
    return at(`step "${id}"`, rest);
  }
  if (first === "roles" && id !== void 0) {
    if (rest[0] === "training")
      return at(`training of role "${id}"`, rest.slice(1));
    return at(`role "${id}"`, rest);
  }
  if (first === "waivers" && id !== void 0)
    return at(`waiver ${ordinal(id)}`, rest);
  if (first === "review")
    return at("review", path2.slice(1));
  return at("", path2);
}
function at(place, rest) {
  const [field, index] = rest;
  if (field === void 0)
    return { place };
  return { place, subject: index === void 0 ? `"${field}"` : `entry ${ordinal(index)} of "${field}"` };
}
function configWhere(path2) {
  const [first, second, third] = path2;
  if (first === void 0)
    return { place: "" };
  if (first === "rules" && second !== void 0)
    return { place: `rules.${second}`, subject: third ?? "level" };
  if (first === "overrides" && second !== void 0) {
    const [field, id, option] = path2.slice(2);
    const place = `overrides entry ${ordinal(second)}`;
    if (field === "rules" && id !== void 0)
      return { place: `${place}: rules.${id}`, subject: option ?? "level" };
    return { place, ...field === void 0 ? {} : { subject: `"${path2.slice(2).join(".")}"` } };
  }
  if (first === "policies" && second !== void 0) {
    const inside = path2.slice(2).filter((segment) => !/^\d+$/.test(segment));
    return { place: `policy ${ordinal(second)}`, ...inside.length === 0 ? {} : { subject: `"${inside.join(".")}"` } };
  }
  return { place: "", subject: second === void 0 ? first : `${first} entry ${ordinal(second)}` };
}
function ordinal(index) {
  return Number(index) + 1;
}
var compiled = /* @__PURE__ */ new Map();
var PRECOMPILED = {
  process: await precompiled("process"),
  config: await precompiled("config")
};
async function precompiled(name) {
  if (RUNNING_FROM_SOURCES)
    return void 0;
  const url = packageFile(`dist/load/validators/${name}.js`);
  if (!existsSync2(url))
    return void 0;
  const module = await import(url.href);
  return module.default;
}
function compiledFor(dialect) {
  let entry = compiled.get(dialect);
  if (!entry) {
    entry = compile(dialect.schema);
    compiled.set(dialect, entry);
  }
  return entry;
}
function compile(name) {
  const schema2 = record(JSON.parse(readFileSync2(packageFile(`schemas/${SCHEMA_FILES[name]}`), "utf8")));
  const defs = Object.entries(record(schema2.$defs));
  return {
    validate: PRECOMPILED[name] ?? compileAtRunTime(schema2),
    defNames: new Map([
      [JSON.stringify(schema2), ""],
      ...defs.map(([defName, def]) => [JSON.stringify(def), defName])
    ]),
    typeOnlyFields: typeOnlyFields(defs.map(([, def]) => record(def)))
  };
}
function compileAtRunTime(schema2) {
  const { default: Ajv2020 } = createRequire2(import.meta.url)("ajv/dist/2020.js");
  return new Ajv2020(AJV_OPTIONS).compile(schema2);
}
function typeOnlyFields(defs) {
  const fields = /* @__PURE__ */ new Map();
  for (const branch of defs.flatMap((def) => list(def.allOf).map(record))) {
    const type2 = record(record(record(branch.if).properties).type);
    const allowed = list(record(type2.not).enum);
    const predicate = allowed.length > 0 ? `is only allowed on ${orList(allowed)} steps` : `is not allowed on ${orList(list(type2.enum))} steps`;
    for (const field of Object.keys(record(record(branch.then).properties)))
      fields.set(field, predicate);
  }
  return fields;
}
function validate(root, dialect, ruleIds) {
  const schema2 = compiledFor(dialect);
  const valid = schema2.validate(root === null ? null : toPlain(root));
  const errors = valid ? [] : (schema2.validate.errors ?? []).filter(isOwnMistake);
  const complaints = errors.filter((error) => !isGluedToItsValue(error, root)).map((error) => complain(error, root, dialect, schema2));
  if (root !== null)
    complaints.push(...dialect.extraChecks(root, ruleIds));
  return complaints.sort((a, b) => a.offset - b.offset);
}
function isOwnMistake(error) {
  return error.keyword !== "if" && error.keyword !== "propertyNames";
}
function isGluedToItsValue(error, root) {
  if (error.keyword !== "required")
    return false;
  const node = nodeAt(root, pointerSegments(error));
  const missing2 = `${String(error.params.missingProperty)}:`;
  return node?.kind === "map" && [...node.entries.keys()].some((key) => key.startsWith(missing2) && missingSpaceAfterColon(key) !== void 0);
}
function complain(error, root, dialect, schema2) {
  const path2 = pointerSegments(error);
  const params = error.params;
  if (error.propertyName !== void 0)
    return keyComplaint(error, path2, error.propertyName, root, dialect);
  const where = dialect.where(path2);
  switch (error.keyword) {
    case "required":
      return {
        message: `${prefix(where)}missing "${String(params.missingProperty)}"`,
        offset: offsetOf(root, path2, "key")
      };
    case "additionalProperties": {
      const key = String(params.additionalProperty);
      const known = Object.keys(record(record(error.parentSchema).properties));
      const glued = known.includes(key.slice(0, key.indexOf(":"))) ? missingSpaceAfterColon(key) : void 0;
      return {
        message: `${prefix(where)}${glued ?? `unknown key "${printable(key)}"${unknownKeyHint(key, record(error.parentSchema))}`}`,
        offset: offsetOf(root, [...path2, key], "key")
      };
    }
    case "false schema": {
      const predicate = schema2.typeOnlyFields.get(path2[path2.length - 1] ?? "") ?? "is not allowed here";
      return { message: sentence(where, predicate, dialect), offset: offsetOf(root, path2, "key") };
    }
    default: {
      const node = nodeAt(root, path2);
      const glued = error.keyword === "type" && expectedTypes(error).includes("object") && node?.kind === "scalar" && typeof node.value === "string" ? missingSpaceAfterColon(node.text) : void 0;
      if (glued)
        return { message: `${prefix(where)}${glued}`, offset: offsetOf(root, path2, "value") };
      const def = schema2.defNames.get(JSON.stringify(error.parentSchema));
      const message = sentence(where, valuePredicate(error, node, def, dialect), dialect);
      return { message, offset: offsetOf(root, path2, "value") };
    }
  }
}
function keyComplaint(error, path2, key, root, dialect) {
  const offset = offsetOf(root, [...path2, key], "key");
  if (error.keyword === "not")
    return { message: `"${key}" is built in; remove it from ${path2.join(".")}`, offset };
  const label = dialect.keyLabels[path2.join("/")] ?? "key";
  return { message: `${label} "${printable(key)}" ${ID_RULE} ${exampleId(key)}`, offset };
}
function valuePredicate(error, node, def, dialect) {
  const phrase = def === void 0 ? void 0 : dialect.phrases[`${def}/${error.keyword}`] ?? dialect.phrases[def];
  const predicate = schemaProblem(error, scalarText(node), phrase);
  return error.keyword === "type" ? predicate + found(expectedTypes(error), node) : predicate;
}
function found(expected, node) {
  const value = node?.kind === "scalar" ? node.value : void 0;
  if (expected.includes("string") && (typeof value === "number" || typeof value === "boolean")) {
    return ` (write it in quotes: "${printable(scalarText(node) ?? "")}")`;
  }
  if (expected.includes("object") || node === void 0 || value === null)
    return ` (found ${describe2(node)})`;
  if (expected.includes("array") && node?.kind === "map" && node.entries.has("to")) {
    return ' (one transition is a list of one: put "- " before "to:", or write [{ to: \u2026, after: \u2026 }])';
  }
  return "";
}
var MAX_QUOTED_FOUND_CHARS = 30;
function describe2(node) {
  if (node === void 0)
    return "nothing";
  if (node.kind === "seq")
    return "a list";
  if (node.kind === "map")
    return "a mapping";
  if (node.value === null)
    return "nothing";
  if (typeof node.value === "string")
    return node.text.length <= MAX_QUOTED_FOUND_CHARS ? `"${printable(node.text)}"` : "text";
  return node.text;
}
function sentence(where, predicate, dialect) {
  if (where.subject !== void 0)
    return `${prefix({ place: where.place })}${where.subject} ${predicate}`;
  return `${where.place || dialect.documentName} ${predicate}`;
}
function prefix(where) {
  const head = [where.place, where.subject].filter(Boolean).join(": ");
  return head ? `${head}: ` : "";
}
function unknownKeyHint(key, parentSchema) {
  const known = Object.keys(record(parentSchema.properties));
  const suggestion = didYouMean(key, known);
  if (suggestion)
    return suggestion;
  if (parentSchema.patternProperties !== void 0)
    return " (keys of your own must start with x-)";
  return `; allowed keys are ${known.join(", ")}`;
}
function unknownWaiverRules(root, ruleIds) {
  const waivers = entryValue(root, "waivers");
  if (waivers?.kind !== "seq")
    return [];
  return waivers.items.flatMap((waiver, index) => {
    const rule = entryValue(waiver, "rule");
    if (rule?.kind !== "scalar" || typeof rule.value !== "string" || rule.value === "")
      return [];
    if (ruleIds.includes(rule.value))
      return [];
    return [{ message: `waiver ${index + 1}: ${unknownRule(rule.value, ruleIds)}`, offset: rule.offset }];
  });
}
function unknownConfigRules(root, ruleIds) {
  const overrides = entryValue(root, "overrides");
  const places = [
    { label: "rules", rules: entryValue(root, "rules") },
    ...(overrides?.kind === "seq" ? overrides.items : []).map((override, index) => ({
      label: `overrides entry ${index + 1}: rules`,
      rules: entryValue(override, "rules")
    }))
  ];
  return places.flatMap(({ label, rules }) => rules?.kind !== "map" ? [] : [...rules.entries.values()].filter((entry) => !ruleIds.includes(entry.key)).map((entry) => ({ message: `${label}: ${unknownRule(entry.key, ruleIds)}`, offset: entry.keyOffset })));
}
function policyIdsOf(root) {
  const policies = entryValue(root, "policies");
  if (policies?.kind !== "seq")
    return [];
  return policies.items.flatMap((policy) => {
    const id = entryValue(policy, "id");
    return id?.kind === "scalar" && typeof id.value === "string" ? [id.value] : [];
  });
}
function unknownRule(id, ruleIds) {
  return `unknown rule "${printable(id)}"${didYouMean(id, ruleIds) || "; gapcheck rules lists them"}`;
}
function entryValue(node, key) {
  return node.kind === "map" ? node.entries.get(key)?.value : void 0;
}
function scalarText(node) {
  return node?.kind === "scalar" && node.value !== null ? node.text : void 0;
}
function nodeAt(root, path2) {
  let node = root ?? void 0;
  for (const segment of path2)
    node = child(node, segment)?.value;
  return node;
}
function offsetOf(root, path2, target) {
  let offset = Math.max(root?.offset ?? 0, 0);
  let node = root ?? void 0;
  for (const [index, segment] of path2.entries()) {
    const entry = child(node, segment);
    if (entry === void 0)
      break;
    node = entry.value;
    const preferKey = target === "key" && index === path2.length - 1;
    const candidates = preferKey ? [entry.keyOffset, node.offset] : [node.offset, entry.keyOffset];
    offset = candidates.find((candidate) => candidate !== void 0 && candidate >= 0) ?? offset;
  }
  return offset;
}
function child(node, segment) {
  if (node?.kind === "map")
    return node.entries.get(segment);
  if (node?.kind === "seq") {
    const item = node.items[Number(segment)];
    return item && { value: item };
  }
  return void 0;
}
function record(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? value : {};
}
function list(value) {
  if (Array.isArray(value))
    return value;
  return value === void 0 ? [] : [value];
}
function orList(values) {
  const words = values.map(String);
  return words.length <= 1 ? words.join("") : `${words.slice(0, -1).join(", ")} or ${words[words.length - 1]}`;
}

// dist/load/load-file.js
var DEFAULT_LOAD_LIMITS = { maxFileBytes: 16 * 1024 * 1024 };
var MAX_STEPS_PER_PROCESS = 2e5;
function readProcessBytes(absolutePath, path2, limits = DEFAULT_LOAD_LIMITS) {
  let fd;
  try {
    fd = openSync(absolutePath, "r");
    const { size } = fstatSync(fd);
    if (size > limits.maxFileBytes) {
      return invalidFile(path2, `the file is ${formatMiB(size)}, larger than the ${formatMiB(limits.maxFileBytes)} limit for one process file; split it, or raise the limit with --max-file-size`);
    }
    return readFileSync3(fd);
  } catch (error) {
    return invalidFile(path2, `the file could not be read (${describeReadError(error, absolutePath)})`);
  } finally {
    if (fd !== void 0)
      closeSync(fd);
  }
}
function loadProcessBytes(path2, bytes, ruleIds) {
  const decoded = decodeText(bytes);
  return typeof decoded === "string" ? loadProcessText(path2, decoded, ruleIds) : invalidFile(path2, decoded.problem, decoded.at);
}
function invalidFile(path2, message, at2 = START_OF_FILE) {
  return { path: path2, documents: [{ kind: "invalid", complaints: [{ message, at: at2 }] }] };
}
var CONFLICT_MARKER = /^(<{7}|>{7}|={7})(?: |$)/m;
function findMergeConflict(text) {
  const conflict = CONFLICT_MARKER.exec(text);
  if (!conflict)
    return void 0;
  return {
    message: `the file has an unresolved merge conflict (a "${conflict[1]}" line); resolve the conflict, then audit again`,
    offset: conflict.index
  };
}
function unreadableFolder(folder) {
  const message = hasInvalidUtf8Name(folder.path) ? `the folder could not be read (${NOT_UTF8}), so its process files were not audited` : `the folder could not be read (permission denied), so its process files were not audited; let gapcheck read it, or list it under "ignore" in the config`;
  return invalidFile(`${folder.path}/`, message);
}
function loadProcessText(path2, text, ruleIds) {
  const source = new SourceText(path2, text);
  const complaintAt = (message, offset) => ({ message, at: source.toEndOfLine(offset) });
  const conflict = findMergeConflict(text);
  if (conflict)
    return { path: path2, documents: [{ kind: "invalid", complaints: [complaintAt(conflict.message, conflict.offset)] }] };
  let documents;
  try {
    documents = parseYaml(text);
  } catch (error) {
    if (!(error instanceof YamlSyntaxError))
      throw error;
    const complaint = complaintAt(describeYamlError(error, source), error.offset);
    return { path: path2, documents: [{ kind: "invalid", complaints: [complaint] }] };
  }
  if (documents.length === 0) {
    const message = "the file holds no process: it is empty or only comments; write a process (see `gapcheck init`) or delete the file";
    return { path: path2, documents: [{ kind: "invalid", complaints: [{ message, at: START_OF_FILE }] }] };
  }
  return {
    path: path2,
    documents: documents.map((document) => {
      const tooMany = tooManySteps(document.contents);
      if (tooMany)
        return { kind: "invalid", complaints: [complaintAt(tooMany.message, tooMany.offset)] };
      const complaints = validateProcess(document.contents, ruleIds);
      if (complaints.length > 0) {
        return { kind: "invalid", complaints: complaints.map((c) => complaintAt(c.message, c.offset)) };
      }
      return { kind: "process", process: buildProcess(document.contents, source) };
    })
  };
}
function tooManySteps(root) {
  const steps = root.kind === "map" ? root.entries.get("steps") : void 0;
  if (steps?.value.kind !== "map" || steps.value.entries.size <= MAX_STEPS_PER_PROCESS)
    return void 0;
  const count = (n) => n.toLocaleString("en");
  return {
    message: `the process has ${count(steps.value.entries.size)} steps, more than the ${count(MAX_STEPS_PER_PROCESS)} gapcheck audits in one process; split it into smaller processes`,
    offset: steps.keyOffset
  };
}
function describeYamlError(error, source) {
  if (error instanceof DuplicateKeyError) {
    const first = source.positionAt(error.firstOffset);
    return `the key "${printable(error.key)}" is written twice in the same mapping (first at line ${first.line}); keep one`;
  }
  return `YAML syntax error: ${error.message}`;
}
var UTF16_BOMS = [
  [255, 254],
  [254, 255]
];
function decodeText(bytes) {
  if (UTF16_BOMS.some(([first, second]) => bytes[0] === first && bytes[1] === second)) {
    return { problem: "the file is UTF-16 text; save it as UTF-8", at: START_OF_FILE };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return {
      problem: "the file is binary, not text: it holds a NUL byte here; only YAML text files can be processes",
      at: positionOfByte(bytes, nul)
    };
  }
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const at2 = positionOfByte(bytes, firstInvalidUtf8Byte(bytes));
    return {
      problem: "the file is not UTF-8 text from here on (is it saved as Latin-1 or Windows-1252?); save it as UTF-8",
      at: at2
    };
  }
}
function firstInvalidUtf8Byte(bytes) {
  const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
  let byte = 0;
  for (const character of text) {
    const written = bytes[byte] === 239 && bytes[byte + 1] === 191 && bytes[byte + 2] === 189;
    if (character === "\uFFFD" && !written)
      return byte;
    const codePoint = character.codePointAt(0);
    byte += codePoint < 128 ? 1 : codePoint < 2048 ? 2 : codePoint < 65536 ? 3 : 4;
  }
  return byte;
}
function positionOfByte(bytes, offset) {
  const before = new TextDecoder("utf-8").decode(bytes.subarray(0, offset));
  return new SourceText("", before).positionAt(before.length);
}
function formatMiB(bytes) {
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
function hasInvalidUtf8Name(path2) {
  return path2.includes("\uFFFD") && !existsSync3(path2);
}
var NOT_UTF8 = "its name is not valid UTF-8, so it cannot be opened by name; rename it";
function describeReadError(error, absolutePath) {
  const notUtf8 = error?.code === "ENOENT" && hasInvalidUtf8Name(absolutePath);
  return notUtf8 ? NOT_UTF8 : describeFsError(error);
}
function describeFsError(error) {
  const code = error?.code;
  switch (code) {
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "ENOENT":
      return "it no longer exists";
    case "EISDIR":
      return "it is a directory";
    case "ELOOP":
      return "a symbolic link loop";
    default:
      return code ?? String(error);
  }
}

// dist/rules/policy/index.js
import { createHash as createHash3 } from "node:crypto";

// dist/rules/policy/assertions.js
var ASKED_FOR = "a step it asks for";
function everyPath(to, passes, within) {
  return (graph, origin) => {
    const ways = [];
    const unpassed = reachedWithout(graph, origin, to, passes);
    if (unpassed)
      ways.push({ path: unpassed, text: `can reach "${unpassed[unpassed.length - 1]}" without passing ${ASKED_FOR}` });
    const late = within && lateWay(graph, origin, passes, within, ASKED_FOR);
    if (late)
      ways.push(late);
    return ways;
  };
}
function reaches(target) {
  return (graph, origin) => graph.reachFrom(origin).first(target) === void 0 ? [{ text: `reaches no step it asks for` }] : [];
}
function neverReaches(to, unlessPasses) {
  return (graph, origin) => {
    const path2 = reachedWithout(graph, origin, to, unlessPasses ?? (() => false));
    if (!path2)
      return [];
    const reached = `can reach "${path2[path2.length - 1]}"`;
    return [{ path: path2, text: unlessPasses ? `${reached} without passing a step that allows it` : reached }];
  };
}
function eachStep(selector) {
  return (_graph, origin) => selector(origin) ? [] : [{ text: "is not as it asks" }];
}
function reachedWithout(graph, origin, target, blocked) {
  const path2 = graph.findPath({ from: origin, avoid: blocked, isTarget: (step) => step !== origin && target(step) });
  return path2 && graph.ids(path2);
}

// dist/rules/policy/policy.js
var ASSERTIONS = ["every-path", "reaches", "never-reaches", "each-step"];
var DEFAULT_POLICY_SEVERITY = "medium";
var DEFAULT_PATH_END = { type: "end" };
function asList(value) {
  return Array.isArray(value) ? value : [value];
}

// dist/rules/policy/selector.js
function stepTest(selector, graph) {
  const matches = compileSelector(selector);
  const answers = new Int8Array(graph.steps.length);
  return (step) => {
    if (answers[step] === 0)
      answers[step] = matches(graph, step) ? 1 : 2;
    return answers[step] === 1;
  };
}
function compileSelector(selector) {
  const conditions = Object.entries(selector).map(([name, value]) => condition(name, value));
  return (graph, step) => conditions.every((holds) => holds(graph, step));
}
function condition(name, value) {
  switch (name) {
    case "id":
      return among(value, (graph, step) => graph.step(step).id);
    case "type":
      return among(value, (graph, step) => graph.typeOf(step));
    // A step has an intent only when it is an intake, and an outcome only when it is an end (the model fills in their defaults everywhere).
    case "intent":
      return among(value, (graph, step) => graph.typeOf(step) === "intake" ? graph.step(step).intent : void 0);
    case "outcome":
      return among(value, (graph, step) => graph.typeOf(step) === "end" ? graph.step(step).outcome : void 0);
    case "channel":
      return among(value, (graph, step) => graph.step(step).channel);
    case "remedy":
      return among(value, (graph, step) => graph.step(step).remedy);
    case "because":
      return among(value, (graph, step) => graph.step(step).because);
    case "emergency":
      return (graph, step) => graph.step(step).emergency === value;
    case "actor":
      return isRoleSelector(value) ? roleCondition(value) : among(value, (graph, step) => graph.step(step).actor?.id);
    case "has": {
      const fields = asList(value);
      return (graph, step) => fields.every((field) => graph.step(step).fieldAt(field) !== void 0);
    }
    case "not": {
      const inner = compileSelector(value);
      return (graph, step) => !inner(graph, step);
    }
    case "any": {
      const branches = value.map(compileSelector);
      return (graph, step) => branches.some((branch) => branch(graph, step));
    }
    default: {
      if (!name.startsWith("x-"))
        throw new Error(`a policy selector has the unknown condition "${name}", which the config should have refused`);
      const wanted = asList(value).map(plainText);
      return (graph, step) => {
        const written = graph.step(step).fieldValue(name);
        return written !== void 0 && wanted.includes(plainText(written));
      };
    }
  }
}
function among(value, read) {
  const wanted = new Set(asList(value));
  return (graph, step) => {
    const written = read(graph, step);
    return written !== void 0 && wanted.has(written);
  };
}
function isRoleSelector(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function roleCondition(selector) {
  const remedies = selector.can === void 0 ? void 0 : asList(selector.can);
  return (graph, step) => {
    const role = graph.roleOf(step);
    if (role === void 0)
      return false;
    if (selector.frontline !== void 0 && role.frontline !== selector.frontline)
      return false;
    return remedies === void 0 || remedies.some((remedy) => role.can.includes(remedy));
  };
}
function plainText(value) {
  return JSON.stringify(value);
}
function appliesTo(filter, process) {
  const { tags, id, owner } = filter ?? {};
  if (tags === void 0 && id === void 0 && owner === void 0)
    return true;
  return tags !== void 0 && asList(tags).some((tag) => process.tags.includes(tag)) || id !== void 0 && asList(id).includes(process.id) || owner !== void 0 && asList(owner).includes(process.owner.id);
}

// dist/rules/policy/compile.js
function compilePolicy({ policy, config }) {
  return {
    kind: "process",
    meta: {
      id: policy.id,
      defaultSeverity: policy.severity ?? DEFAULT_POLICY_SEVERITY,
      summary: policy.summary,
      why: policy.why ?? `A policy of this repository, written in ${config}.`,
      fix: policy.fix,
      structural: false,
      defaultOptions: {},
      source: { kind: "policy", config },
      ...policy.docs === void 0 ? {} : { docs: policy.docs }
    },
    check(process, { graph }) {
      if (!appliesTo(policy.processes, process))
        return [];
      const assertion = assertionOf(policy, graph);
      return originsOf(policy, graph).flatMap((origin) => {
        const ways = assertion(graph, origin);
        if (ways.length === 0)
          return [];
        const step = graph.step(origin).id;
        const subject = policy["each-step"] ? `Step "${step}"` : `From "${step}" the case`;
        return [
          {
            step,
            path: ways.find((way) => way.path)?.path,
            message: `${asSentence(policy.summary)} ${subject} ${ways.map((way) => way.text).join("; and ")}`,
            fix: policy.fix
          }
        ];
      });
    }
  };
}
function originsOf(policy, graph) {
  if (policy.from === void 0)
    return graph.startSteps;
  return graph.reachableSteps().filter(stepTest(policy.from, graph));
}
function assertionOf(policy, graph) {
  const test = (selector) => stepTest(selector, graph);
  const path2 = policy["every-path"];
  if (path2)
    return everyPath(test(path2.to ?? DEFAULT_PATH_END), test(path2.passes), path2.within === void 0 ? void 0 : parseDuration(path2.within));
  const never = policy["never-reaches"];
  if (never)
    return neverReaches(test(never.to), never["unless-passes"] && test(never["unless-passes"]));
  if (policy.reaches)
    return reaches(test(policy.reaches));
  return eachStep(test(policy["each-step"]));
}
function asSentence(text) {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

// dist/rules/policy/index.js
function withPolicies(registry, policies) {
  if (policies.length === 0)
    return registry;
  const text = createHash3("sha256").update(JSON.stringify(policies)).digest("hex");
  return registry.with(policies.map(compilePolicy), text);
}

// dist/rules/support/finding-message.js
function findingMessage({ message, fix }) {
  if (fix === void 0)
    return message;
  return /^[A-Z]/.test(fix) ? `${message}. ${fix}` : `${message}; ${fix}`;
}

// dist/audit/audit.js
function audit(files, config, today, lookup = []) {
  const project = findProjectFindings(files.map(identify), config, lookup.flatMap(identify).filter((d) => d !== null));
  return combineOutcomes(files.map((file, index) => auditFile(file, config, today, project.findings[index])), project.crashes);
}
function identify(file) {
  return file.documents.map((d) => d.kind === "process" ? identityOf(new ProcessGraph(d.process)) : null);
}
function identityOf(graph) {
  const { id, file, at: at2, emergencies } = graph.process;
  return { id, file, at: at2, ...emergencies ? { emergencies } : {}, emergencyEntry: graph.emergencyEntries().length > 0 };
}
function projectChecks(config) {
  return enabledRules(config).flatMap((rule) => {
    const check = rule.kind === "project" ? rule : rule.kind === "process" ? rule.project : void 0;
    return check ? [{ rule, check, options: config.rules.get(rule.meta.id).options }] : [];
  });
}
function findProjectFindings(files, config, lookup = []) {
  const perFile = files.map((documents) => documents.filter((d) => d !== null));
  const processes = perFile.flat();
  const perProcess = processes.map(() => []);
  const crashes = [];
  for (const { rule, check, options } of projectChecks(config)) {
    const findings = guard(rule, ALL_FILES, crashes, () => check.check(processes, { options, lookup })) ?? /* @__PURE__ */ new Map();
    for (const [index, list2] of findings)
      perProcess[index].push({ rule: rule.meta.id, findings: list2 });
  }
  let next = 0;
  return { findings: perFile.map((own) => own.map(() => perProcess[next++])), crashes };
}
function findProjectFindingsEach(files, settingsOf, lookup = []) {
  const bySettings = /* @__PURE__ */ new Map();
  const findings = files.map((_, index) => {
    const settings = settingsOf(index);
    let outcome = bySettings.get(settings);
    if (outcome === void 0) {
      outcome = findProjectFindings(files, settings, lookup);
      bySettings.set(settings, outcome);
    }
    return outcome.findings[index];
  });
  const crashes = [...bySettings.values()].flatMap((outcome) => outcome.crashes);
  const once = crashes.filter((crash, index) => crashes.findIndex((other) => other.rule === crash.rule && other.message === crash.message) === index);
  return { findings, crashes: once };
}
function ownProjectFindings(config) {
  return (documents) => findProjectFindings([documents], config).findings[0];
}
var ALL_FILES = "the audited files";
function auditFile(file, config, today, project = []) {
  const enabled = enabledRules(config);
  const gaps = [];
  const waived = [];
  const crashes = [];
  const audits = file.documents.map((document) => document.kind === "process" ? new ProcessAudit(document.process, config, today, crashes) : document);
  const documents = audits.map((audit2) => audit2 instanceof ProcessAudit ? identityOf(audit2.graph) : null);
  const findings = typeof project === "function" ? project(documents) : project;
  let processIndex = 0;
  for (const audit2 of audits) {
    if (!(audit2 instanceof ProcessAudit)) {
      gaps.push(invalidProcessGap(file.path, audit2.complaints, severityOf(config, invalidProcess)));
      continue;
    }
    const raised = [...audit2.runProcessRules(enabled), ...audit2.locateProjectFindings(findings[processIndex++] ?? [])];
    const settled = audit2.applyWaivers(raised);
    const cascade2 = audit2.runCascade(enabled, settled);
    gaps.push(...settled.open, ...cascade2.open, ...audit2.runWaiverRules(enabled, settled.uses));
    waived.push(...settled.waived, ...cascade2.waived);
  }
  return { file: file.path, documents, gaps, waived, ...crashes.length > 0 && { crashes } };
}
function severityOf(config, rule) {
  return config.rules.get(rule.meta.id).level;
}
var ProcessAudit = class {
  process;
  config;
  today;
  crashes;
  graph;
  /** The whole witness path of each gap whose `path` keeps only its two ends: `cascade` follows the whole of it. */
  wholePaths = /* @__PURE__ */ new Map();
  constructor(process, config, today, crashes) {
    this.process = process;
    this.config = config;
    this.today = today;
    this.crashes = crashes;
    this.graph = new ProcessGraph(process);
  }
  /** Phase 1: every rule that checks the process on its own. */
  runProcessRules(enabled) {
    return enabled.flatMap((rule) => rule.kind === "process" ? this.gapsOf(rule, () => rule.check(this.process, this.context(rule))) : []);
  }
  /** Phase 2: what the project rules, run over every process together, found in this one. */
  locateProjectFindings(project) {
    return project.flatMap(({ rule, findings }) => findings.map((finding) => this.locate(this.config.registry.get(rule), finding)));
  }
  /** Phase 3: the process's waivers waive the gaps of their rule (and step). */
  applyWaivers(raised) {
    return settleWaivers(this.process, raised, this.today);
  }
  /** Phase 4: `cascade` and its kind, over the gaps left open (structural ones do not count); their gaps meet the waivers too. */
  runCascade(enabled, settled) {
    const counted = settled.open.filter((gap) => !this.config.registry.get(gap.rule)?.meta.structural);
    const found2 = enabled.flatMap((rule) => rule.kind === "aligned-gaps" ? this.gapsOf(rule, () => rule.check(this.process, { ...this.context(rule), gaps: counted, wholePath: (gap) => this.wholePath(gap) })) : []);
    return settleWaivers(this.process, found2, this.today, settled.uses);
  }
  /** Phase 5: the rules about the waivers themselves, once every gap has met them. */
  runWaiverRules(enabled, uses) {
    const waivers = [...uses.values()];
    return enabled.flatMap((rule) => rule.kind === "waivers" ? this.gapsOf(rule, () => rule.check(this.process, { ...this.context(rule), waivers })) : []);
  }
  context(rule) {
    return { graph: this.graph, options: this.config.rules.get(rule.meta.id).options, today: this.today };
  }
  gapsOf(rule, check) {
    return (guard(rule, this.process.file, this.crashes, check) ?? []).map((finding) => this.locate(rule, finding));
  }
  locate(rule, finding) {
    const gap = locateGap(this.graph, rule.meta.id, severityOf(this.config, rule), finding);
    if (finding.path && !isStepIds(finding.path) || gap.skipped !== void 0)
      this.wholePaths.set(gap, finding.path);
    return gap;
  }
  wholePath(gap) {
    return this.wholePaths.get(gap) ?? gap.path;
  }
};
function combineOutcomes(outcomes, projectCrashes = []) {
  const crashes = [...projectCrashes, ...outcomes.flatMap((outcome) => outcome.crashes ?? [])];
  return {
    ...crashes.length > 0 && { crashes },
    files: outcomes.length,
    processes: outcomes.reduce((count, outcome) => count + outcome.documents.filter((d) => d !== null).length, 0),
    gaps: sortGaps(outcomes.flatMap((outcome) => outcome.gaps)),
    waived: sortGaps(outcomes.flatMap((outcome) => outcome.waived))
  };
}
function enabledRules(config) {
  return config.registry.rules.filter((rule) => config.rules.get(rule.meta.id)?.level !== "off");
}
function processesOf(files) {
  return files.flatMap((file) => file.documents.flatMap((d) => d.kind === "process" ? [d.process] : []));
}
function guard(rule, file, crashes, run) {
  try {
    return run();
  } catch (error) {
    crashes.push({ rule: rule.meta.id, file, message: error instanceof Error ? error.message : String(error) });
    return void 0;
  }
}
function locateGap(graph, rule, severity, finding) {
  const { process } = graph;
  const index = finding.step === void 0 ? void 0 : graph.indexOf(finding.step);
  const step = index === void 0 ? void 0 : graph.step(index);
  const at2 = finding.at ?? step?.at ?? process.at;
  return {
    file: process.file,
    process: process.id,
    rule,
    severity,
    step: finding.step ?? null,
    message: findingMessage(finding),
    ...finding.fix !== void 0 && { fix: finding.fix },
    line: at2.line,
    column: at2.column,
    ...endOf(at2),
    ...finding.path ? keptIds(graph, finding.path) : {}
  };
}
function keptIds(graph, path2) {
  return isStepIds(path2) ? keptPath(path2.length, (start, end) => path2.slice(start, end)) : keptPath(path2.length, (start, end) => path2.sliceAs(start, end, (step) => graph.step(step).id));
}
function invalidProcessGap(file, complaints, severity) {
  const first = complaints[0];
  const message = complaints.length === 1 ? first.message : `${complaints.length} problems: ${complaints.map((c) => `${c.message} (line ${c.at.line}, column ${c.at.column})`).join("; ")}`;
  return {
    file,
    process: null,
    rule: invalidProcess.meta.id,
    severity,
    step: null,
    message,
    line: first.at.line,
    column: first.at.column,
    ...endOf(first.at)
  };
}
function endOf({ end }) {
  return end === void 0 ? {} : { endLine: end.line, endColumn: end.column };
}
function settleWaivers(process, raised, today, uses = initialUses(process, today)) {
  const open = [];
  const waived = [];
  for (const gap of raised) {
    const matching = [...uses.values()].filter(({ waiver, expired }) => !expired && waiver.rule === gap.rule && (waiver.step === void 0 || waiver.step.id === gap.step));
    if (matching.length === 0) {
      open.push(gap);
      continue;
    }
    for (const use of matching)
      uses.set(use.waiver, { ...use, used: true });
    waived.push({ ...gap, reason: matching[0].waiver.reason });
  }
  return { open, waived, uses };
}
function initialUses(process, today) {
  return new Map(process.waivers.map((waiver) => [
    waiver,
    { waiver, used: false, expired: waiver.expires !== void 0 && isOverdue(waiver.expires, void 0, today) }
  ]));
}
function sortGaps(gaps) {
  return gaps.sort((a, b) => compareText(a.file, b.file) || a.line - b.line || a.column - b.column || compareText(a.rule, b.rule) || compareText(a.step ?? "", b.step ?? "") || compareText(a.message, b.message));
}

// dist/audit/pool.js
async function workerRegistry(setup) {
  const plugins = await Promise.all((setup.plugins ?? []).map(reloadPlugin));
  return withPolicies(withPlugins(BUILT_IN_RULES, plugins), setup.policies ?? []);
}
function runTask(task, setups) {
  const setup = setups[task.setup];
  let findings = task.project;
  const outcome = auditFile(loadProcessBytes(task.path, task.bytes, setup.registry.ids), setup, setup.today, findings ?? ((documents) => findings = ownProjectFindings(setup)(documents)));
  return { outcome, project: projectKey(findings) };
}
function projectKey(findings) {
  return findings === void 0 || findings.every((list2) => list2.length === 0) ? "" : JSON.stringify(findings);
}
function answer(request, setups) {
  try {
    return { outcomes: request.tasks.map((task) => runTask(task, setups)) };
  } catch (error) {
    return { failure: { message: describe3(error), stack: error instanceof Error ? error.stack : void 0 } };
  }
}
var BATCH_FILES = 32;
var BATCH_BYTES = 512 * 1024;
async function runTasks(tasks, setups, options) {
  const batches = intoBatches(tasks);
  const outcomes = new Array(batches.length);
  let next = 0;
  const take = () => next < batches.length ? next++ : void 0;
  const done = (index, batchOutcomes) => {
    outcomes[index] = batchOutcomes;
    options.onProgress?.(batches[index].length);
  };
  const here = async () => {
    for (let index = take(); index !== void 0; index = take()) {
      done(index, batches[index].map((task) => runTask(task, setups)));
      await setImmediate();
    }
  };
  const lanes = Array.from({ length: Math.min(await threadsFor(setups, options.threads), batches.length) - 1 }, () => new Lane(startWorker(setups)));
  const drain = async (lane) => {
    for (let index = take(); index !== void 0; index = take())
      done(index, settle(await lane.ask({ tasks: batches[index] })));
  };
  try {
    await Promise.all([...lanes.flatMap((lane) => [drain(lane), drain(lane)]), here()]);
  } finally {
    await Promise.all(lanes.map((lane) => lane.worker.terminate()));
  }
  return outcomes.flat();
}
function intoBatches(tasks) {
  const batches = [];
  let batch = [];
  let bytes = 0;
  for (const task of tasks) {
    batch.push(task);
    bytes += task.bytes.byteLength;
    if (batch.length >= BATCH_FILES || bytes >= BATCH_BYTES) {
      batches.push(batch);
      batch = [];
      bytes = 0;
    }
  }
  if (batch.length > 0)
    batches.push(batch);
  return batches;
}
async function threadsFor(setups, threads) {
  if (threads <= 1)
    return 1;
  const rebuilt = await Promise.all(setups.map(workerRegistry));
  return setups.every((setup, index) => rebuilt[index].identity === setup.registry.identity) ? threads : 1;
}
function startWorker(setups) {
  const workerData = setups.map(({ registry: _registry, ...setup }) => setup);
  if (!RUNNING_FROM_SOURCES)
    return new Worker(new URL("./worker.js", import.meta.url), { workerData });
  const source = JSON.stringify(new URL("./worker.ts", import.meta.url).href);
  return new Worker(`import('tsx/esm/api').then(({ register }) => { register(); return import(${source}); })`, {
    eval: true,
    workerData
  });
}
var Lane = class {
  worker;
  pending = [];
  constructor(worker) {
    this.worker = worker;
    const failAll = (error) => {
      for (const request of this.pending.splice(0))
        request.reject(error);
    };
    worker.on("message", (reply) => this.pending.shift()?.resolve(reply));
    worker.on("error", failAll);
    worker.on("exit", (code) => failAll(new Error(`a worker thread stopped unexpectedly (exit code ${code})`)));
  }
  ask(request) {
    return new Promise((resolve, reject) => {
      this.pending.push({ resolve, reject });
      this.worker.postMessage(request);
    });
  }
};
function settle(reply) {
  if ("outcomes" in reply)
    return [...reply.outcomes];
  const failure = new Error(`a worker thread failed: ${reply.failure.message}`);
  if (reply.failure.stack)
    failure.stack = reply.failure.stack;
  throw failure;
}
function describe3(error) {
  return error instanceof Error ? error.message : String(error);
}

export {
  UsageError,
  escapeUntrusted,
  withoutWorkflowCommands,
  ESCAPED_COLON,
  SourceText,
  packageFile,
  closestName,
  didYouMean,
  schemaProblem,
  pointerSegments,
  dump,
  YamlSyntaxError,
  parseYaml,
  toPlain,
  validateConfig,
  DEFAULT_LOAD_LIMITS,
  readProcessBytes,
  loadProcessBytes,
  findMergeConflict,
  unreadableFolder,
  loadProcessText,
  decodeText,
  describeFsError,
  compareText,
  ASSERTIONS,
  asList,
  withPolicies,
  SEVERITIES,
  severityRank,
  isAtLeast,
  escalateSeverity,
  loadPlugin,
  pluginSource,
  withPlugins,
  invalidProcess,
  audit,
  identify,
  projectChecks,
  findProjectFindingsEach,
  auditFile,
  combineOutcomes,
  processesOf,
  sortGaps,
  RuleRegistry,
  BUILT_IN_RULES,
  workerRegistry,
  projectKey,
  answer,
  runTasks
};
