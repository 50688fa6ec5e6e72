import { createRequire as gapcheckCreateRequire } from 'node:module'; const require = gapcheckCreateRequire(import.meta.url);
import {
  ASSERTIONS,
  BUILT_IN_RULES,
  DEFAULT_LOAD_LIMITS,
  ESCAPED_COLON,
  RuleRegistry,
  SEVERITIES,
  SourceText,
  UsageError,
  YamlSyntaxError,
  asList,
  audit,
  auditFile,
  closestName,
  combineOutcomes,
  compareText,
  decodeText,
  describeFsError,
  didYouMean,
  dump,
  escalateSeverity,
  escapeUntrusted,
  findMergeConflict,
  findProjectFindingsEach,
  identify,
  invalidProcess,
  isAtLeast,
  loadPlugin,
  loadProcessBytes,
  loadProcessText,
  packageFile,
  parseYaml,
  pluginSource,
  pointerSegments,
  processesOf,
  projectChecks,
  projectKey,
  readProcessBytes,
  runTasks,
  schemaProblem,
  severityRank,
  sortGaps,
  toPlain,
  unreadableFolder,
  validateConfig,
  withPlugins,
  withPolicies,
  withoutWorkflowCommands
} from "./chunk-C5MNZ234.js";
import {
  ALWAYS_CUSTOMER_FACING_TYPES,
  STEP_TYPES,
  __commonJS,
  __require,
  __toESM,
  isValidDate,
  pathText,
  todayUtc
} from "./chunk-BJ23F3SE.js";

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path11, { windows } = {}) => {
      const segs = path11.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts2 = [];
      let str = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts2.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts2.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts2;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants4 = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants4;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts2 = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts2.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts2.push(value);
      return parts2;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants4.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal2 = normalizeSimpleBranch(branch);
        if (literal2 && literal2.length === 1) {
          safeChars.push(literal2);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants4.globChars(opts.windows);
      const EXTGLOB_CHARS = constants4.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal2 = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open2 = tokens[token.tokensIndex];
          open2.type = "text";
          open2.value = literal2;
          open2.output = safeOutput || utils.escapeRegex(literal2);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open2.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix = POSIX_REGEX_SOURCE[rest2];
                if (posix) {
                  prev.value = pre + posix;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open2 = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open2);
          push(open2);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants4.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse = require_parse();
    var utils = require_utils();
    var constants4 = require_constants();
    var isObject2 = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch3 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch3(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject2(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix = opts.windows;
      const regex = isState ? picomatch3.compileRe(glob, options) : picomatch3.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch3(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch3.test(input, regex, options, { glob, posix });
        const result = { glob, state, regex, posix, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch3.test = (input, regex, options, { glob, posix } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch3.matchBase(input, regex, options, posix);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch3.matchBase = (input, glob, options, posix = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch3.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix }));
    };
    picomatch3.isMatch = (str, patterns, options) => picomatch3(patterns, options)(str);
    picomatch3.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch3.parse(p, options));
      return parse(pattern, { ...options, fastpaths: false });
    };
    picomatch3.scan = (input, options) => scan(input, options);
    picomatch3.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch3.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch3.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse(input, options);
      }
      return picomatch3.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch3.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch3.constants = constants4;
    module.exports = picomatch3;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch3(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch3, pico);
    module.exports = picomatch3;
  }
});

// node_modules/cli-table3/src/debug.js
var require_debug = __commonJS({
  "node_modules/cli-table3/src/debug.js"(exports, module) {
    var messages = [];
    var level = 0;
    var debug = (msg, min) => {
      if (level >= min) {
        messages.push(msg);
      }
    };
    debug.WARN = 1;
    debug.INFO = 2;
    debug.DEBUG = 3;
    debug.reset = () => {
      messages = [];
    };
    debug.setDebugLevel = (v) => {
      level = v;
    };
    debug.warn = (msg) => debug(msg, debug.WARN);
    debug.info = (msg) => debug(msg, debug.INFO);
    debug.debug = (msg) => debug(msg, debug.DEBUG);
    debug.debugMessages = () => messages;
    module.exports = debug;
  }
});

// node_modules/ansi-regex/index.js
var require_ansi_regex = __commonJS({
  "node_modules/ansi-regex/index.js"(exports, module) {
    "use strict";
    module.exports = ({ onlyFirst = false } = {}) => {
      const pattern = [
        "[\\u001B\\u009B][[\\]()#;?]*(?:(?:(?:(?:;[-a-zA-Z\\d\\/#&.:=?%@~_]+)*|[a-zA-Z\\d]+(?:;[-a-zA-Z\\d\\/#&.:=?%@~_]*)*)?\\u0007)",
        "(?:(?:\\d{1,4}(?:;\\d{0,4})*)?[\\dA-PR-TZcf-ntqry=><~]))"
      ].join("|");
      return new RegExp(pattern, onlyFirst ? void 0 : "g");
    };
  }
});

// node_modules/strip-ansi/index.js
var require_strip_ansi = __commonJS({
  "node_modules/strip-ansi/index.js"(exports, module) {
    "use strict";
    var ansiRegex = require_ansi_regex();
    module.exports = (string) => typeof string === "string" ? string.replace(ansiRegex(), "") : string;
  }
});

// node_modules/is-fullwidth-code-point/index.js
var require_is_fullwidth_code_point = __commonJS({
  "node_modules/is-fullwidth-code-point/index.js"(exports, module) {
    "use strict";
    var isFullwidthCodePoint = (codePoint) => {
      if (Number.isNaN(codePoint)) {
        return false;
      }
      if (codePoint >= 4352 && (codePoint <= 4447 || // Hangul Jamo
      codePoint === 9001 || // LEFT-POINTING ANGLE BRACKET
      codePoint === 9002 || // RIGHT-POINTING ANGLE BRACKET
      // CJK Radicals Supplement .. Enclosed CJK Letters and Months
      11904 <= codePoint && codePoint <= 12871 && codePoint !== 12351 || // Enclosed CJK Letters and Months .. CJK Unified Ideographs Extension A
      12880 <= codePoint && codePoint <= 19903 || // CJK Unified Ideographs .. Yi Radicals
      19968 <= codePoint && codePoint <= 42182 || // Hangul Jamo Extended-A
      43360 <= codePoint && codePoint <= 43388 || // Hangul Syllables
      44032 <= codePoint && codePoint <= 55203 || // CJK Compatibility Ideographs
      63744 <= codePoint && codePoint <= 64255 || // Vertical Forms
      65040 <= codePoint && codePoint <= 65049 || // CJK Compatibility Forms .. Small Form Variants
      65072 <= codePoint && codePoint <= 65131 || // Halfwidth and Fullwidth Forms
      65281 <= codePoint && codePoint <= 65376 || 65504 <= codePoint && codePoint <= 65510 || // Kana Supplement
      110592 <= codePoint && codePoint <= 110593 || // Enclosed Ideographic Supplement
      127488 <= codePoint && codePoint <= 127569 || // CJK Unified Ideographs Extension B .. Tertiary Ideographic Plane
      131072 <= codePoint && codePoint <= 262141)) {
        return true;
      }
      return false;
    };
    module.exports = isFullwidthCodePoint;
    module.exports.default = isFullwidthCodePoint;
  }
});

// node_modules/emoji-regex/index.js
var require_emoji_regex = __commonJS({
  "node_modules/emoji-regex/index.js"(exports, module) {
    "use strict";
    module.exports = function() {
      return /\uD83C\uDFF4\uDB40\uDC67\uDB40\uDC62(?:\uDB40\uDC65\uDB40\uDC6E\uDB40\uDC67|\uDB40\uDC73\uDB40\uDC63\uDB40\uDC74|\uDB40\uDC77\uDB40\uDC6C\uDB40\uDC73)\uDB40\uDC7F|\uD83D\uDC68(?:\uD83C\uDFFC\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68\uD83C\uDFFB|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFF\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFB-\uDFFE])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFE\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFB-\uDFFD])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFD\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFB\uDFFC])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\u200D(?:\u2764\uFE0F\u200D(?:\uD83D\uDC8B\u200D)?\uD83D\uDC68|(?:\uD83D[\uDC68\uDC69])\u200D(?:\uD83D\uDC66\u200D\uD83D\uDC66|\uD83D\uDC67\u200D(?:\uD83D[\uDC66\uDC67]))|\uD83D\uDC66\u200D\uD83D\uDC66|\uD83D\uDC67\u200D(?:\uD83D[\uDC66\uDC67])|(?:\uD83D[\uDC68\uDC69])\u200D(?:\uD83D[\uDC66\uDC67])|[\u2695\u2696\u2708]\uFE0F|\uD83D[\uDC66\uDC67]|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|(?:\uD83C\uDFFB\u200D[\u2695\u2696\u2708]|\uD83C\uDFFF\u200D[\u2695\u2696\u2708]|\uD83C\uDFFE\u200D[\u2695\u2696\u2708]|\uD83C\uDFFD\u200D[\u2695\u2696\u2708]|\uD83C\uDFFC\u200D[\u2695\u2696\u2708])\uFE0F|\uD83C\uDFFB\u200D(?:\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C[\uDFFB-\uDFFF])|(?:\uD83E\uDDD1\uD83C\uDFFB\u200D\uD83E\uDD1D\u200D\uD83E\uDDD1|\uD83D\uDC69\uD83C\uDFFC\u200D\uD83E\uDD1D\u200D\uD83D\uDC69)\uD83C\uDFFB|\uD83E\uDDD1(?:\uD83C\uDFFF\u200D\uD83E\uDD1D\u200D\uD83E\uDDD1(?:\uD83C[\uDFFB-\uDFFF])|\u200D\uD83E\uDD1D\u200D\uD83E\uDDD1)|(?:\uD83E\uDDD1\uD83C\uDFFE\u200D\uD83E\uDD1D\u200D\uD83E\uDDD1|\uD83D\uDC69\uD83C\uDFFF\u200D\uD83E\uDD1D\u200D(?:\uD83D[\uDC68\uDC69]))(?:\uD83C[\uDFFB-\uDFFE])|(?:\uD83E\uDDD1\uD83C\uDFFC\u200D\uD83E\uDD1D\u200D\uD83E\uDDD1|\uD83D\uDC69\uD83C\uDFFD\u200D\uD83E\uDD1D\u200D\uD83D\uDC69)(?:\uD83C[\uDFFB\uDFFC])|\uD83D\uDC69(?:\uD83C\uDFFE\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFB-\uDFFD\uDFFF])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFC\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFB\uDFFD-\uDFFF])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFB\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFC-\uDFFF])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFD\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\u200D(?:\u2764\uFE0F\u200D(?:\uD83D\uDC8B\u200D(?:\uD83D[\uDC68\uDC69])|\uD83D[\uDC68\uDC69])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFF\u200D(?:\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD]))|\uD83D\uDC69\u200D\uD83D\uDC69\u200D(?:\uD83D\uDC66\u200D\uD83D\uDC66|\uD83D\uDC67\u200D(?:\uD83D[\uDC66\uDC67]))|(?:\uD83E\uDDD1\uD83C\uDFFD\u200D\uD83E\uDD1D\u200D\uD83E\uDDD1|\uD83D\uDC69\uD83C\uDFFE\u200D\uD83E\uDD1D\u200D\uD83D\uDC69)(?:\uD83C[\uDFFB-\uDFFD])|\uD83D\uDC69\u200D\uD83D\uDC66\u200D\uD83D\uDC66|\uD83D\uDC69\u200D\uD83D\uDC69\u200D(?:\uD83D[\uDC66\uDC67])|(?:\uD83D\uDC41\uFE0F\u200D\uD83D\uDDE8|\uD83D\uDC69(?:\uD83C\uDFFF\u200D[\u2695\u2696\u2708]|\uD83C\uDFFE\u200D[\u2695\u2696\u2708]|\uD83C\uDFFC\u200D[\u2695\u2696\u2708]|\uD83C\uDFFB\u200D[\u2695\u2696\u2708]|\uD83C\uDFFD\u200D[\u2695\u2696\u2708]|\u200D[\u2695\u2696\u2708])|(?:(?:\u26F9|\uD83C[\uDFCB\uDFCC]|\uD83D\uDD75)\uFE0F|\uD83D\uDC6F|\uD83E[\uDD3C\uDDDE\uDDDF])\u200D[\u2640\u2642]|(?:\u26F9|\uD83C[\uDFCB\uDFCC]|\uD83D\uDD75)(?:\uD83C[\uDFFB-\uDFFF])\u200D[\u2640\u2642]|(?:\uD83C[\uDFC3\uDFC4\uDFCA]|\uD83D[\uDC6E\uDC71\uDC73\uDC77\uDC81\uDC82\uDC86\uDC87\uDE45-\uDE47\uDE4B\uDE4D\uDE4E\uDEA3\uDEB4-\uDEB6]|\uD83E[\uDD26\uDD37-\uDD39\uDD3D\uDD3E\uDDB8\uDDB9\uDDCD-\uDDCF\uDDD6-\uDDDD])(?:(?:\uD83C[\uDFFB-\uDFFF])\u200D[\u2640\u2642]|\u200D[\u2640\u2642])|\uD83C\uDFF4\u200D\u2620)\uFE0F|\uD83D\uDC69\u200D\uD83D\uDC67\u200D(?:\uD83D[\uDC66\uDC67])|\uD83C\uDFF3\uFE0F\u200D\uD83C\uDF08|\uD83D\uDC15\u200D\uD83E\uDDBA|\uD83D\uDC69\u200D\uD83D\uDC66|\uD83D\uDC69\u200D\uD83D\uDC67|\uD83C\uDDFD\uD83C\uDDF0|\uD83C\uDDF4\uD83C\uDDF2|\uD83C\uDDF6\uD83C\uDDE6|[#\*0-9]\uFE0F\u20E3|\uD83C\uDDE7(?:\uD83C[\uDDE6\uDDE7\uDDE9-\uDDEF\uDDF1-\uDDF4\uDDF6-\uDDF9\uDDFB\uDDFC\uDDFE\uDDFF])|\uD83C\uDDF9(?:\uD83C[\uDDE6\uDDE8\uDDE9\uDDEB-\uDDED\uDDEF-\uDDF4\uDDF7\uDDF9\uDDFB\uDDFC\uDDFF])|\uD83C\uDDEA(?:\uD83C[\uDDE6\uDDE8\uDDEA\uDDEC\uDDED\uDDF7-\uDDFA])|\uD83E\uDDD1(?:\uD83C[\uDFFB-\uDFFF])|\uD83C\uDDF7(?:\uD83C[\uDDEA\uDDF4\uDDF8\uDDFA\uDDFC])|\uD83D\uDC69(?:\uD83C[\uDFFB-\uDFFF])|\uD83C\uDDF2(?:\uD83C[\uDDE6\uDDE8-\uDDED\uDDF0-\uDDFF])|\uD83C\uDDE6(?:\uD83C[\uDDE8-\uDDEC\uDDEE\uDDF1\uDDF2\uDDF4\uDDF6-\uDDFA\uDDFC\uDDFD\uDDFF])|\uD83C\uDDF0(?:\uD83C[\uDDEA\uDDEC-\uDDEE\uDDF2\uDDF3\uDDF5\uDDF7\uDDFC\uDDFE\uDDFF])|\uD83C\uDDED(?:\uD83C[\uDDF0\uDDF2\uDDF3\uDDF7\uDDF9\uDDFA])|\uD83C\uDDE9(?:\uD83C[\uDDEA\uDDEC\uDDEF\uDDF0\uDDF2\uDDF4\uDDFF])|\uD83C\uDDFE(?:\uD83C[\uDDEA\uDDF9])|\uD83C\uDDEC(?:\uD83C[\uDDE6\uDDE7\uDDE9-\uDDEE\uDDF1-\uDDF3\uDDF5-\uDDFA\uDDFC\uDDFE])|\uD83C\uDDF8(?:\uD83C[\uDDE6-\uDDEA\uDDEC-\uDDF4\uDDF7-\uDDF9\uDDFB\uDDFD-\uDDFF])|\uD83C\uDDEB(?:\uD83C[\uDDEE-\uDDF0\uDDF2\uDDF4\uDDF7])|\uD83C\uDDF5(?:\uD83C[\uDDE6\uDDEA-\uDDED\uDDF0-\uDDF3\uDDF7-\uDDF9\uDDFC\uDDFE])|\uD83C\uDDFB(?:\uD83C[\uDDE6\uDDE8\uDDEA\uDDEC\uDDEE\uDDF3\uDDFA])|\uD83C\uDDF3(?:\uD83C[\uDDE6\uDDE8\uDDEA-\uDDEC\uDDEE\uDDF1\uDDF4\uDDF5\uDDF7\uDDFA\uDDFF])|\uD83C\uDDE8(?:\uD83C[\uDDE6\uDDE8\uDDE9\uDDEB-\uDDEE\uDDF0-\uDDF5\uDDF7\uDDFA-\uDDFF])|\uD83C\uDDF1(?:\uD83C[\uDDE6-\uDDE8\uDDEE\uDDF0\uDDF7-\uDDFB\uDDFE])|\uD83C\uDDFF(?:\uD83C[\uDDE6\uDDF2\uDDFC])|\uD83C\uDDFC(?:\uD83C[\uDDEB\uDDF8])|\uD83C\uDDFA(?:\uD83C[\uDDE6\uDDEC\uDDF2\uDDF3\uDDF8\uDDFE\uDDFF])|\uD83C\uDDEE(?:\uD83C[\uDDE8-\uDDEA\uDDF1-\uDDF4\uDDF6-\uDDF9])|\uD83C\uDDEF(?:\uD83C[\uDDEA\uDDF2\uDDF4\uDDF5])|(?:\uD83C[\uDFC3\uDFC4\uDFCA]|\uD83D[\uDC6E\uDC71\uDC73\uDC77\uDC81\uDC82\uDC86\uDC87\uDE45-\uDE47\uDE4B\uDE4D\uDE4E\uDEA3\uDEB4-\uDEB6]|\uD83E[\uDD26\uDD37-\uDD39\uDD3D\uDD3E\uDDB8\uDDB9\uDDCD-\uDDCF\uDDD6-\uDDDD])(?:\uD83C[\uDFFB-\uDFFF])|(?:\u26F9|\uD83C[\uDFCB\uDFCC]|\uD83D\uDD75)(?:\uD83C[\uDFFB-\uDFFF])|(?:[\u261D\u270A-\u270D]|\uD83C[\uDF85\uDFC2\uDFC7]|\uD83D[\uDC42\uDC43\uDC46-\uDC50\uDC66\uDC67\uDC6B-\uDC6D\uDC70\uDC72\uDC74-\uDC76\uDC78\uDC7C\uDC83\uDC85\uDCAA\uDD74\uDD7A\uDD90\uDD95\uDD96\uDE4C\uDE4F\uDEC0\uDECC]|\uD83E[\uDD0F\uDD18-\uDD1C\uDD1E\uDD1F\uDD30-\uDD36\uDDB5\uDDB6\uDDBB\uDDD2-\uDDD5])(?:\uD83C[\uDFFB-\uDFFF])|(?:[\u231A\u231B\u23E9-\u23EC\u23F0\u23F3\u25FD\u25FE\u2614\u2615\u2648-\u2653\u267F\u2693\u26A1\u26AA\u26AB\u26BD\u26BE\u26C4\u26C5\u26CE\u26D4\u26EA\u26F2\u26F3\u26F5\u26FA\u26FD\u2705\u270A\u270B\u2728\u274C\u274E\u2753-\u2755\u2757\u2795-\u2797\u27B0\u27BF\u2B1B\u2B1C\u2B50\u2B55]|\uD83C[\uDC04\uDCCF\uDD8E\uDD91-\uDD9A\uDDE6-\uDDFF\uDE01\uDE1A\uDE2F\uDE32-\uDE36\uDE38-\uDE3A\uDE50\uDE51\uDF00-\uDF20\uDF2D-\uDF35\uDF37-\uDF7C\uDF7E-\uDF93\uDFA0-\uDFCA\uDFCF-\uDFD3\uDFE0-\uDFF0\uDFF4\uDFF8-\uDFFF]|\uD83D[\uDC00-\uDC3E\uDC40\uDC42-\uDCFC\uDCFF-\uDD3D\uDD4B-\uDD4E\uDD50-\uDD67\uDD7A\uDD95\uDD96\uDDA4\uDDFB-\uDE4F\uDE80-\uDEC5\uDECC\uDED0-\uDED2\uDED5\uDEEB\uDEEC\uDEF4-\uDEFA\uDFE0-\uDFEB]|\uD83E[\uDD0D-\uDD3A\uDD3C-\uDD45\uDD47-\uDD71\uDD73-\uDD76\uDD7A-\uDDA2\uDDA5-\uDDAA\uDDAE-\uDDCA\uDDCD-\uDDFF\uDE70-\uDE73\uDE78-\uDE7A\uDE80-\uDE82\uDE90-\uDE95])|(?:[#\*0-9\xA9\xAE\u203C\u2049\u2122\u2139\u2194-\u2199\u21A9\u21AA\u231A\u231B\u2328\u23CF\u23E9-\u23F3\u23F8-\u23FA\u24C2\u25AA\u25AB\u25B6\u25C0\u25FB-\u25FE\u2600-\u2604\u260E\u2611\u2614\u2615\u2618\u261D\u2620\u2622\u2623\u2626\u262A\u262E\u262F\u2638-\u263A\u2640\u2642\u2648-\u2653\u265F\u2660\u2663\u2665\u2666\u2668\u267B\u267E\u267F\u2692-\u2697\u2699\u269B\u269C\u26A0\u26A1\u26AA\u26AB\u26B0\u26B1\u26BD\u26BE\u26C4\u26C5\u26C8\u26CE\u26CF\u26D1\u26D3\u26D4\u26E9\u26EA\u26F0-\u26F5\u26F7-\u26FA\u26FD\u2702\u2705\u2708-\u270D\u270F\u2712\u2714\u2716\u271D\u2721\u2728\u2733\u2734\u2744\u2747\u274C\u274E\u2753-\u2755\u2757\u2763\u2764\u2795-\u2797\u27A1\u27B0\u27BF\u2934\u2935\u2B05-\u2B07\u2B1B\u2B1C\u2B50\u2B55\u3030\u303D\u3297\u3299]|\uD83C[\uDC04\uDCCF\uDD70\uDD71\uDD7E\uDD7F\uDD8E\uDD91-\uDD9A\uDDE6-\uDDFF\uDE01\uDE02\uDE1A\uDE2F\uDE32-\uDE3A\uDE50\uDE51\uDF00-\uDF21\uDF24-\uDF93\uDF96\uDF97\uDF99-\uDF9B\uDF9E-\uDFF0\uDFF3-\uDFF5\uDFF7-\uDFFF]|\uD83D[\uDC00-\uDCFD\uDCFF-\uDD3D\uDD49-\uDD4E\uDD50-\uDD67\uDD6F\uDD70\uDD73-\uDD7A\uDD87\uDD8A-\uDD8D\uDD90\uDD95\uDD96\uDDA4\uDDA5\uDDA8\uDDB1\uDDB2\uDDBC\uDDC2-\uDDC4\uDDD1-\uDDD3\uDDDC-\uDDDE\uDDE1\uDDE3\uDDE8\uDDEF\uDDF3\uDDFA-\uDE4F\uDE80-\uDEC5\uDECB-\uDED2\uDED5\uDEE0-\uDEE5\uDEE9\uDEEB\uDEEC\uDEF0\uDEF3-\uDEFA\uDFE0-\uDFEB]|\uD83E[\uDD0D-\uDD3A\uDD3C-\uDD45\uDD47-\uDD71\uDD73-\uDD76\uDD7A-\uDDA2\uDDA5-\uDDAA\uDDAE-\uDDCA\uDDCD-\uDDFF\uDE70-\uDE73\uDE78-\uDE7A\uDE80-\uDE82\uDE90-\uDE95])\uFE0F|(?:[\u261D\u26F9\u270A-\u270D]|\uD83C[\uDF85\uDFC2-\uDFC4\uDFC7\uDFCA-\uDFCC]|\uD83D[\uDC42\uDC43\uDC46-\uDC50\uDC66-\uDC78\uDC7C\uDC81-\uDC83\uDC85-\uDC87\uDC8F\uDC91\uDCAA\uDD74\uDD75\uDD7A\uDD90\uDD95\uDD96\uDE45-\uDE47\uDE4B-\uDE4F\uDEA3\uDEB4-\uDEB6\uDEC0\uDECC]|\uD83E[\uDD0F\uDD18-\uDD1F\uDD26\uDD30-\uDD39\uDD3C-\uDD3E\uDDB5\uDDB6\uDDB8\uDDB9\uDDBB\uDDCD-\uDDCF\uDDD1-\uDDDD])/g;
    };
  }
});

// node_modules/string-width/index.js
var require_string_width = __commonJS({
  "node_modules/string-width/index.js"(exports, module) {
    "use strict";
    var stripAnsi = require_strip_ansi();
    var isFullwidthCodePoint = require_is_fullwidth_code_point();
    var emojiRegex = require_emoji_regex();
    var stringWidth = (string) => {
      if (typeof string !== "string" || string.length === 0) {
        return 0;
      }
      string = stripAnsi(string);
      if (string.length === 0) {
        return 0;
      }
      string = string.replace(emojiRegex(), "  ");
      let width = 0;
      for (let i = 0; i < string.length; i++) {
        const code = string.codePointAt(i);
        if (code <= 31 || code >= 127 && code <= 159) {
          continue;
        }
        if (code >= 768 && code <= 879) {
          continue;
        }
        if (code > 65535) {
          i++;
        }
        width += isFullwidthCodePoint(code) ? 2 : 1;
      }
      return width;
    };
    module.exports = stringWidth;
    module.exports.default = stringWidth;
  }
});

// node_modules/cli-table3/src/utils.js
var require_utils2 = __commonJS({
  "node_modules/cli-table3/src/utils.js"(exports, module) {
    var stringWidth = require_string_width();
    function codeRegex(capture) {
      return capture ? /\u001b\[((?:\d*;){0,5}\d*)m/g : /\u001b\[(?:\d*;){0,5}\d*m/g;
    }
    function strlen(str) {
      let code = codeRegex();
      let stripped = ("" + str).replace(code, "");
      let split = stripped.split("\n");
      return split.reduce(function(memo, s) {
        return stringWidth(s) > memo ? stringWidth(s) : memo;
      }, 0);
    }
    function repeat(str, times) {
      return Array(times + 1).join(str);
    }
    function pad(str, len, pad2, dir) {
      let length = strlen(str);
      if (len + 1 >= length) {
        let padlen = len - length;
        switch (dir) {
          case "right": {
            str = repeat(pad2, padlen) + str;
            break;
          }
          case "center": {
            let right = Math.ceil(padlen / 2);
            let left = padlen - right;
            str = repeat(pad2, left) + str + repeat(pad2, right);
            break;
          }
          default: {
            str = str + repeat(pad2, padlen);
            break;
          }
        }
      }
      return str;
    }
    var codeCache = {};
    function addToCodeCache(name, on, off) {
      on = "\x1B[" + on + "m";
      off = "\x1B[" + off + "m";
      codeCache[on] = { set: name, to: true };
      codeCache[off] = { set: name, to: false };
      codeCache[name] = { on, off };
    }
    addToCodeCache("bold", 1, 22);
    addToCodeCache("italics", 3, 23);
    addToCodeCache("underline", 4, 24);
    addToCodeCache("inverse", 7, 27);
    addToCodeCache("strikethrough", 9, 29);
    function updateState(state, controlChars) {
      let controlCode = controlChars[1] ? parseInt(controlChars[1].split(";")[0]) : 0;
      if (controlCode >= 30 && controlCode <= 39 || controlCode >= 90 && controlCode <= 97) {
        state.lastForegroundAdded = controlChars[0];
        return;
      }
      if (controlCode >= 40 && controlCode <= 49 || controlCode >= 100 && controlCode <= 107) {
        state.lastBackgroundAdded = controlChars[0];
        return;
      }
      if (controlCode === 0) {
        for (let i in state) {
          if (Object.prototype.hasOwnProperty.call(state, i)) {
            delete state[i];
          }
        }
        return;
      }
      let info = codeCache[controlChars[0]];
      if (info) {
        state[info.set] = info.to;
      }
    }
    function readState(line) {
      let code = codeRegex(true);
      let controlChars = code.exec(line);
      let state = {};
      while (controlChars !== null) {
        updateState(state, controlChars);
        controlChars = code.exec(line);
      }
      return state;
    }
    function unwindState(state, ret) {
      let lastBackgroundAdded = state.lastBackgroundAdded;
      let lastForegroundAdded = state.lastForegroundAdded;
      delete state.lastBackgroundAdded;
      delete state.lastForegroundAdded;
      Object.keys(state).forEach(function(key) {
        if (state[key]) {
          ret += codeCache[key].off;
        }
      });
      if (lastBackgroundAdded && lastBackgroundAdded != "\x1B[49m") {
        ret += "\x1B[49m";
      }
      if (lastForegroundAdded && lastForegroundAdded != "\x1B[39m") {
        ret += "\x1B[39m";
      }
      return ret;
    }
    function rewindState(state, ret) {
      let lastBackgroundAdded = state.lastBackgroundAdded;
      let lastForegroundAdded = state.lastForegroundAdded;
      delete state.lastBackgroundAdded;
      delete state.lastForegroundAdded;
      Object.keys(state).forEach(function(key) {
        if (state[key]) {
          ret = codeCache[key].on + ret;
        }
      });
      if (lastBackgroundAdded && lastBackgroundAdded != "\x1B[49m") {
        ret = lastBackgroundAdded + ret;
      }
      if (lastForegroundAdded && lastForegroundAdded != "\x1B[39m") {
        ret = lastForegroundAdded + ret;
      }
      return ret;
    }
    function truncateWidth(str, desiredLength) {
      if (str.length === strlen(str)) {
        return str.substr(0, desiredLength);
      }
      while (strlen(str) > desiredLength) {
        str = str.slice(0, -1);
      }
      return str;
    }
    function truncateWidthWithAnsi(str, desiredLength) {
      let code = codeRegex(true);
      let split = str.split(codeRegex());
      let splitIndex = 0;
      let retLen = 0;
      let ret = "";
      let myArray;
      let state = {};
      while (retLen < desiredLength) {
        myArray = code.exec(str);
        let toAdd = split[splitIndex];
        splitIndex++;
        if (retLen + strlen(toAdd) > desiredLength) {
          toAdd = truncateWidth(toAdd, desiredLength - retLen);
        }
        ret += toAdd;
        retLen += strlen(toAdd);
        if (retLen < desiredLength) {
          if (!myArray) {
            break;
          }
          ret += myArray[0];
          updateState(state, myArray);
        }
      }
      return unwindState(state, ret);
    }
    function truncate(str, desiredLength, truncateChar) {
      truncateChar = truncateChar || "\u2026";
      let lengthOfStr = strlen(str);
      if (lengthOfStr <= desiredLength) {
        return str;
      }
      desiredLength -= strlen(truncateChar);
      let ret = truncateWidthWithAnsi(str, desiredLength);
      ret += truncateChar;
      const hrefTag = "\x1B]8;;\x07";
      if (str.includes(hrefTag) && !ret.includes(hrefTag)) {
        ret += hrefTag;
      }
      return ret;
    }
    function defaultOptions() {
      return {
        chars: {
          top: "\u2500",
          "top-mid": "\u252C",
          "top-left": "\u250C",
          "top-right": "\u2510",
          bottom: "\u2500",
          "bottom-mid": "\u2534",
          "bottom-left": "\u2514",
          "bottom-right": "\u2518",
          left: "\u2502",
          "left-mid": "\u251C",
          mid: "\u2500",
          "mid-mid": "\u253C",
          right: "\u2502",
          "right-mid": "\u2524",
          middle: "\u2502"
        },
        truncate: "\u2026",
        colWidths: [],
        rowHeights: [],
        colAligns: [],
        rowAligns: [],
        style: {
          "padding-left": 1,
          "padding-right": 1,
          head: ["red"],
          border: ["grey"],
          compact: false
        },
        head: []
      };
    }
    function mergeOptions(options, defaults) {
      options = options || {};
      defaults = defaults || defaultOptions();
      let ret = Object.assign({}, defaults, options);
      ret.chars = Object.assign({}, defaults.chars, options.chars);
      ret.style = Object.assign({}, defaults.style, options.style);
      return ret;
    }
    function wordWrap(maxLength, input) {
      let lines = [];
      let split = input.split(/(\s+)/g);
      let line = [];
      let lineLength = 0;
      let whitespace;
      for (let i = 0; i < split.length; i += 2) {
        let word = split[i];
        let newLength = lineLength + strlen(word);
        if (lineLength > 0 && whitespace) {
          newLength += whitespace.length;
        }
        if (newLength > maxLength) {
          if (lineLength !== 0) {
            lines.push(line.join(""));
          }
          line = [word];
          lineLength = strlen(word);
        } else {
          line.push(whitespace || "", word);
          lineLength = newLength;
        }
        whitespace = split[i + 1];
      }
      if (lineLength) {
        lines.push(line.join(""));
      }
      return lines;
    }
    function textWrap(maxLength, input) {
      let lines = [];
      let line = "";
      function pushLine(str, ws) {
        if (line.length && ws) line += ws;
        line += str;
        while (line.length > maxLength) {
          lines.push(line.slice(0, maxLength));
          line = line.slice(maxLength);
        }
      }
      let split = input.split(/(\s+)/g);
      for (let i = 0; i < split.length; i += 2) {
        pushLine(split[i], i && split[i - 1]);
      }
      if (line.length) lines.push(line);
      return lines;
    }
    function multiLineWordWrap(maxLength, input, wrapOnWordBoundary = true) {
      let output = [];
      input = input.split("\n");
      const handler = wrapOnWordBoundary ? wordWrap : textWrap;
      for (let i = 0; i < input.length; i++) {
        output.push.apply(output, handler(maxLength, input[i]));
      }
      return output;
    }
    function colorizeLines(input) {
      let state = {};
      let output = [];
      for (let i = 0; i < input.length; i++) {
        let line = rewindState(state, input[i]);
        state = readState(line);
        let temp = Object.assign({}, state);
        output.push(unwindState(temp, line));
      }
      return output;
    }
    function hyperlink(url, text) {
      const OSC = "\x1B]";
      const BEL = "\x07";
      const SEP = ";";
      return [OSC, "8", SEP, SEP, url || text, BEL, text, OSC, "8", SEP, SEP, BEL].join("");
    }
    module.exports = {
      strlen,
      repeat,
      pad,
      truncate,
      mergeOptions,
      wordWrap: multiLineWordWrap,
      colorizeLines,
      hyperlink
    };
  }
});

// node_modules/@colors/colors/lib/styles.js
var require_styles = __commonJS({
  "node_modules/@colors/colors/lib/styles.js"(exports, module) {
    var styles3 = {};
    module["exports"] = styles3;
    var codes = {
      reset: [0, 0],
      bold: [1, 22],
      dim: [2, 22],
      italic: [3, 23],
      underline: [4, 24],
      inverse: [7, 27],
      hidden: [8, 28],
      strikethrough: [9, 29],
      black: [30, 39],
      red: [31, 39],
      green: [32, 39],
      yellow: [33, 39],
      blue: [34, 39],
      magenta: [35, 39],
      cyan: [36, 39],
      white: [37, 39],
      gray: [90, 39],
      grey: [90, 39],
      brightRed: [91, 39],
      brightGreen: [92, 39],
      brightYellow: [93, 39],
      brightBlue: [94, 39],
      brightMagenta: [95, 39],
      brightCyan: [96, 39],
      brightWhite: [97, 39],
      bgBlack: [40, 49],
      bgRed: [41, 49],
      bgGreen: [42, 49],
      bgYellow: [43, 49],
      bgBlue: [44, 49],
      bgMagenta: [45, 49],
      bgCyan: [46, 49],
      bgWhite: [47, 49],
      bgGray: [100, 49],
      bgGrey: [100, 49],
      bgBrightRed: [101, 49],
      bgBrightGreen: [102, 49],
      bgBrightYellow: [103, 49],
      bgBrightBlue: [104, 49],
      bgBrightMagenta: [105, 49],
      bgBrightCyan: [106, 49],
      bgBrightWhite: [107, 49],
      // legacy styles for colors pre v1.0.0
      blackBG: [40, 49],
      redBG: [41, 49],
      greenBG: [42, 49],
      yellowBG: [43, 49],
      blueBG: [44, 49],
      magentaBG: [45, 49],
      cyanBG: [46, 49],
      whiteBG: [47, 49]
    };
    Object.keys(codes).forEach(function(key) {
      var val = codes[key];
      var style = styles3[key] = [];
      style.open = "\x1B[" + val[0] + "m";
      style.close = "\x1B[" + val[1] + "m";
    });
  }
});

// node_modules/@colors/colors/lib/system/has-flag.js
var require_has_flag = __commonJS({
  "node_modules/@colors/colors/lib/system/has-flag.js"(exports, module) {
    "use strict";
    module.exports = function(flag, argv) {
      argv = argv || process.argv;
      var terminatorPos = argv.indexOf("--");
      var prefix = /^-{1,2}/.test(flag) ? "" : "--";
      var pos = argv.indexOf(prefix + flag);
      return pos !== -1 && (terminatorPos === -1 ? true : pos < terminatorPos);
    };
  }
});

// node_modules/@colors/colors/lib/system/supports-colors.js
var require_supports_colors = __commonJS({
  "node_modules/@colors/colors/lib/system/supports-colors.js"(exports, module) {
    "use strict";
    var os3 = __require("os");
    var hasFlag2 = require_has_flag();
    var env2 = process.env;
    var forceColor = void 0;
    if (hasFlag2("no-color") || hasFlag2("no-colors") || hasFlag2("color=false")) {
      forceColor = false;
    } else if (hasFlag2("color") || hasFlag2("colors") || hasFlag2("color=true") || hasFlag2("color=always")) {
      forceColor = true;
    }
    if ("FORCE_COLOR" in env2) {
      forceColor = env2.FORCE_COLOR.length === 0 || parseInt(env2.FORCE_COLOR, 10) !== 0;
    }
    function translateLevel2(level) {
      if (level === 0) {
        return false;
      }
      return {
        level,
        hasBasic: true,
        has256: level >= 2,
        has16m: level >= 3
      };
    }
    function supportsColor2(stream) {
      if (forceColor === false) {
        return 0;
      }
      if (hasFlag2("color=16m") || hasFlag2("color=full") || hasFlag2("color=truecolor")) {
        return 3;
      }
      if (hasFlag2("color=256")) {
        return 2;
      }
      if (stream && !stream.isTTY && forceColor !== true) {
        return 0;
      }
      var min = forceColor ? 1 : 0;
      if (process.platform === "win32") {
        var osRelease = os3.release().split(".");
        if (Number(process.versions.node.split(".")[0]) >= 8 && Number(osRelease[0]) >= 10 && Number(osRelease[2]) >= 10586) {
          return Number(osRelease[2]) >= 14931 ? 3 : 2;
        }
        return 1;
      }
      if ("CI" in env2) {
        if (["TRAVIS", "CIRCLECI", "APPVEYOR", "GITLAB_CI"].some(function(sign2) {
          return sign2 in env2;
        }) || env2.CI_NAME === "codeship") {
          return 1;
        }
        return min;
      }
      if ("TEAMCITY_VERSION" in env2) {
        return /^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/.test(env2.TEAMCITY_VERSION) ? 1 : 0;
      }
      if ("TERM_PROGRAM" in env2) {
        var version2 = parseInt((env2.TERM_PROGRAM_VERSION || "").split(".")[0], 10);
        switch (env2.TERM_PROGRAM) {
          case "iTerm.app":
            return version2 >= 3 ? 3 : 2;
          case "Hyper":
            return 3;
          case "Apple_Terminal":
            return 2;
        }
      }
      if (/-256(color)?$/i.test(env2.TERM)) {
        return 2;
      }
      if (/^screen|^xterm|^vt100|^rxvt|color|ansi|cygwin|linux/i.test(env2.TERM)) {
        return 1;
      }
      if ("COLORTERM" in env2) {
        return 1;
      }
      if (env2.TERM === "dumb") {
        return min;
      }
      return min;
    }
    function getSupportLevel(stream) {
      var level = supportsColor2(stream);
      return translateLevel2(level);
    }
    module.exports = {
      supportsColor: getSupportLevel,
      stdout: getSupportLevel(process.stdout),
      stderr: getSupportLevel(process.stderr)
    };
  }
});

// node_modules/@colors/colors/lib/custom/trap.js
var require_trap = __commonJS({
  "node_modules/@colors/colors/lib/custom/trap.js"(exports, module) {
    module["exports"] = function runTheTrap(text, options) {
      var result = "";
      text = text || "Run the trap, drop the bass";
      text = text.split("");
      var trap = {
        a: ["@", "\u0104", "\u023A", "\u0245", "\u0394", "\u039B", "\u0414"],
        b: ["\xDF", "\u0181", "\u0243", "\u026E", "\u03B2", "\u0E3F"],
        c: ["\xA9", "\u023B", "\u03FE"],
        d: ["\xD0", "\u018A", "\u0500", "\u0501", "\u0502", "\u0503"],
        e: [
          "\xCB",
          "\u0115",
          "\u018E",
          "\u0258",
          "\u03A3",
          "\u03BE",
          "\u04BC",
          "\u0A6C"
        ],
        f: ["\u04FA"],
        g: ["\u0262"],
        h: ["\u0126", "\u0195", "\u04A2", "\u04BA", "\u04C7", "\u050A"],
        i: ["\u0F0F"],
        j: ["\u0134"],
        k: ["\u0138", "\u04A0", "\u04C3", "\u051E"],
        l: ["\u0139"],
        m: ["\u028D", "\u04CD", "\u04CE", "\u0520", "\u0521", "\u0D69"],
        n: ["\xD1", "\u014B", "\u019D", "\u0376", "\u03A0", "\u048A"],
        o: [
          "\xD8",
          "\xF5",
          "\xF8",
          "\u01FE",
          "\u0298",
          "\u047A",
          "\u05DD",
          "\u06DD",
          "\u0E4F"
        ],
        p: ["\u01F7", "\u048E"],
        q: ["\u09CD"],
        r: ["\xAE", "\u01A6", "\u0210", "\u024C", "\u0280", "\u042F"],
        s: ["\xA7", "\u03DE", "\u03DF", "\u03E8"],
        t: ["\u0141", "\u0166", "\u0373"],
        u: ["\u01B1", "\u054D"],
        v: ["\u05D8"],
        w: ["\u0428", "\u0460", "\u047C", "\u0D70"],
        x: ["\u04B2", "\u04FE", "\u04FC", "\u04FD"],
        y: ["\xA5", "\u04B0", "\u04CB"],
        z: ["\u01B5", "\u0240"]
      };
      text.forEach(function(c) {
        c = c.toLowerCase();
        var chars = trap[c] || [" "];
        var rand = Math.floor(Math.random() * chars.length);
        if (typeof trap[c] !== "undefined") {
          result += trap[c][rand];
        } else {
          result += c;
        }
      });
      return result;
    };
  }
});

// node_modules/@colors/colors/lib/custom/zalgo.js
var require_zalgo = __commonJS({
  "node_modules/@colors/colors/lib/custom/zalgo.js"(exports, module) {
    module["exports"] = function zalgo(text, options) {
      text = text || "   he is here   ";
      var soul = {
        "up": [
          "\u030D",
          "\u030E",
          "\u0304",
          "\u0305",
          "\u033F",
          "\u0311",
          "\u0306",
          "\u0310",
          "\u0352",
          "\u0357",
          "\u0351",
          "\u0307",
          "\u0308",
          "\u030A",
          "\u0342",
          "\u0313",
          "\u0308",
          "\u034A",
          "\u034B",
          "\u034C",
          "\u0303",
          "\u0302",
          "\u030C",
          "\u0350",
          "\u0300",
          "\u0301",
          "\u030B",
          "\u030F",
          "\u0312",
          "\u0313",
          "\u0314",
          "\u033D",
          "\u0309",
          "\u0363",
          "\u0364",
          "\u0365",
          "\u0366",
          "\u0367",
          "\u0368",
          "\u0369",
          "\u036A",
          "\u036B",
          "\u036C",
          "\u036D",
          "\u036E",
          "\u036F",
          "\u033E",
          "\u035B",
          "\u0346",
          "\u031A"
        ],
        "down": [
          "\u0316",
          "\u0317",
          "\u0318",
          "\u0319",
          "\u031C",
          "\u031D",
          "\u031E",
          "\u031F",
          "\u0320",
          "\u0324",
          "\u0325",
          "\u0326",
          "\u0329",
          "\u032A",
          "\u032B",
          "\u032C",
          "\u032D",
          "\u032E",
          "\u032F",
          "\u0330",
          "\u0331",
          "\u0332",
          "\u0333",
          "\u0339",
          "\u033A",
          "\u033B",
          "\u033C",
          "\u0345",
          "\u0347",
          "\u0348",
          "\u0349",
          "\u034D",
          "\u034E",
          "\u0353",
          "\u0354",
          "\u0355",
          "\u0356",
          "\u0359",
          "\u035A",
          "\u0323"
        ],
        "mid": [
          "\u0315",
          "\u031B",
          "\u0300",
          "\u0301",
          "\u0358",
          "\u0321",
          "\u0322",
          "\u0327",
          "\u0328",
          "\u0334",
          "\u0335",
          "\u0336",
          "\u035C",
          "\u035D",
          "\u035E",
          "\u035F",
          "\u0360",
          "\u0362",
          "\u0338",
          "\u0337",
          "\u0361",
          " \u0489"
        ]
      };
      var all = [].concat(soul.up, soul.down, soul.mid);
      function randomNumber(range) {
        var r = Math.floor(Math.random() * range);
        return r;
      }
      function isChar(character) {
        var bool = false;
        all.filter(function(i) {
          bool = i === character;
        });
        return bool;
      }
      function heComes(text2, options2) {
        var result = "";
        var counts;
        var l;
        options2 = options2 || {};
        options2["up"] = typeof options2["up"] !== "undefined" ? options2["up"] : true;
        options2["mid"] = typeof options2["mid"] !== "undefined" ? options2["mid"] : true;
        options2["down"] = typeof options2["down"] !== "undefined" ? options2["down"] : true;
        options2["size"] = typeof options2["size"] !== "undefined" ? options2["size"] : "maxi";
        text2 = text2.split("");
        for (l in text2) {
          if (isChar(l)) {
            continue;
          }
          result = result + text2[l];
          counts = { "up": 0, "down": 0, "mid": 0 };
          switch (options2.size) {
            case "mini":
              counts.up = randomNumber(8);
              counts.mid = randomNumber(2);
              counts.down = randomNumber(8);
              break;
            case "maxi":
              counts.up = randomNumber(16) + 3;
              counts.mid = randomNumber(4) + 1;
              counts.down = randomNumber(64) + 3;
              break;
            default:
              counts.up = randomNumber(8) + 1;
              counts.mid = randomNumber(6) / 2;
              counts.down = randomNumber(8) + 1;
              break;
          }
          var arr = ["up", "mid", "down"];
          for (var d in arr) {
            var index = arr[d];
            for (var i = 0; i <= counts[index]; i++) {
              if (options2[index]) {
                result = result + soul[index][randomNumber(soul[index].length)];
              }
            }
          }
        }
        return result;
      }
      return heComes(text, options);
    };
  }
});

// node_modules/@colors/colors/lib/maps/america.js
var require_america = __commonJS({
  "node_modules/@colors/colors/lib/maps/america.js"(exports, module) {
    module["exports"] = function(colors) {
      return function(letter, i, exploded) {
        if (letter === " ") return letter;
        switch (i % 3) {
          case 0:
            return colors.red(letter);
          case 1:
            return colors.white(letter);
          case 2:
            return colors.blue(letter);
        }
      };
    };
  }
});

// node_modules/@colors/colors/lib/maps/zebra.js
var require_zebra = __commonJS({
  "node_modules/@colors/colors/lib/maps/zebra.js"(exports, module) {
    module["exports"] = function(colors) {
      return function(letter, i, exploded) {
        return i % 2 === 0 ? letter : colors.inverse(letter);
      };
    };
  }
});

// node_modules/@colors/colors/lib/maps/rainbow.js
var require_rainbow = __commonJS({
  "node_modules/@colors/colors/lib/maps/rainbow.js"(exports, module) {
    module["exports"] = function(colors) {
      var rainbowColors = ["red", "yellow", "green", "blue", "magenta"];
      return function(letter, i, exploded) {
        if (letter === " ") {
          return letter;
        } else {
          return colors[rainbowColors[i++ % rainbowColors.length]](letter);
        }
      };
    };
  }
});

// node_modules/@colors/colors/lib/maps/random.js
var require_random = __commonJS({
  "node_modules/@colors/colors/lib/maps/random.js"(exports, module) {
    module["exports"] = function(colors) {
      var available = [
        "underline",
        "inverse",
        "grey",
        "yellow",
        "red",
        "green",
        "blue",
        "white",
        "cyan",
        "magenta",
        "brightYellow",
        "brightRed",
        "brightGreen",
        "brightBlue",
        "brightWhite",
        "brightCyan",
        "brightMagenta"
      ];
      return function(letter, i, exploded) {
        return letter === " " ? letter : colors[available[Math.round(Math.random() * (available.length - 2))]](letter);
      };
    };
  }
});

// node_modules/@colors/colors/lib/colors.js
var require_colors = __commonJS({
  "node_modules/@colors/colors/lib/colors.js"(exports, module) {
    var colors = {};
    module["exports"] = colors;
    colors.themes = {};
    var util = __require("util");
    var ansiStyles2 = colors.styles = require_styles();
    var defineProps = Object.defineProperties;
    var newLineRegex = new RegExp(/[\r\n]+/g);
    colors.supportsColor = require_supports_colors().supportsColor;
    if (typeof colors.enabled === "undefined") {
      colors.enabled = colors.supportsColor() !== false;
    }
    colors.enable = function() {
      colors.enabled = true;
    };
    colors.disable = function() {
      colors.enabled = false;
    };
    colors.stripColors = colors.strip = function(str) {
      return ("" + str).replace(/\x1B\[\d+m/g, "");
    };
    var stylize = colors.stylize = function stylize2(str, style) {
      if (!colors.enabled) {
        return str + "";
      }
      var styleMap = ansiStyles2[style];
      if (!styleMap && style in colors) {
        return colors[style](str);
      }
      return styleMap.open + str + styleMap.close;
    };
    var matchOperatorsRe = /[|\\{}()[\]^$+*?.]/g;
    var escapeStringRegexp = function(str) {
      if (typeof str !== "string") {
        throw new TypeError("Expected a string");
      }
      return str.replace(matchOperatorsRe, "\\$&");
    };
    function build2(_styles) {
      var builder = function builder2() {
        return applyStyle2.apply(builder2, arguments);
      };
      builder._styles = _styles;
      builder.__proto__ = proto2;
      return builder;
    }
    var styles3 = (function() {
      var ret = {};
      ansiStyles2.grey = ansiStyles2.gray;
      Object.keys(ansiStyles2).forEach(function(key) {
        ansiStyles2[key].closeRe = new RegExp(escapeStringRegexp(ansiStyles2[key].close), "g");
        ret[key] = {
          get: function() {
            return build2(this._styles.concat(key));
          }
        };
      });
      return ret;
    })();
    var proto2 = defineProps(function colors2() {
    }, styles3);
    function applyStyle2() {
      var args = Array.prototype.slice.call(arguments);
      var str = args.map(function(arg) {
        if (arg != null && arg.constructor === String) {
          return arg;
        } else {
          return util.inspect(arg);
        }
      }).join(" ");
      if (!colors.enabled || !str) {
        return str;
      }
      var newLinesPresent = str.indexOf("\n") != -1;
      var nestedStyles = this._styles;
      var i = nestedStyles.length;
      while (i--) {
        var code = ansiStyles2[nestedStyles[i]];
        str = code.open + str.replace(code.closeRe, code.open) + code.close;
        if (newLinesPresent) {
          str = str.replace(newLineRegex, function(match) {
            return code.close + match + code.open;
          });
        }
      }
      return str;
    }
    colors.setTheme = function(theme) {
      if (typeof theme === "string") {
        console.log("colors.setTheme now only accepts an object, not a string.  If you are trying to set a theme from a file, it is now your (the caller's) responsibility to require the file.  The old syntax looked like colors.setTheme(__dirname + '/../themes/generic-logging.js'); The new syntax looks like colors.setTheme(require(__dirname + '/../themes/generic-logging.js'));");
        return;
      }
      for (var style in theme) {
        (function(style2) {
          colors[style2] = function(str) {
            if (typeof theme[style2] === "object") {
              var out = str;
              for (var i in theme[style2]) {
                out = colors[theme[style2][i]](out);
              }
              return out;
            }
            return colors[theme[style2]](str);
          };
        })(style);
      }
    };
    function init() {
      var ret = {};
      Object.keys(styles3).forEach(function(name) {
        ret[name] = {
          get: function() {
            return build2([name]);
          }
        };
      });
      return ret;
    }
    var sequencer = function sequencer2(map2, str) {
      var exploded = str.split("");
      exploded = exploded.map(map2);
      return exploded.join("");
    };
    colors.trap = require_trap();
    colors.zalgo = require_zalgo();
    colors.maps = {};
    colors.maps.america = require_america()(colors);
    colors.maps.zebra = require_zebra()(colors);
    colors.maps.rainbow = require_rainbow()(colors);
    colors.maps.random = require_random()(colors);
    for (map in colors.maps) {
      (function(map2) {
        colors[map2] = function(str) {
          return sequencer(colors.maps[map2], str);
        };
      })(map);
    }
    var map;
    defineProps(colors, init());
  }
});

// node_modules/@colors/colors/safe.js
var require_safe = __commonJS({
  "node_modules/@colors/colors/safe.js"(exports, module) {
    var colors = require_colors();
    module["exports"] = colors;
  }
});

// node_modules/cli-table3/src/cell.js
var require_cell = __commonJS({
  "node_modules/cli-table3/src/cell.js"(exports, module) {
    var { info, debug } = require_debug();
    var utils = require_utils2();
    var Cell = class _Cell {
      /**
       * A representation of a cell within the table.
       * Implementations must have `init` and `draw` methods,
       * as well as `colSpan`, `rowSpan`, `desiredHeight` and `desiredWidth` properties.
       * @param options
       * @constructor
       */
      constructor(options) {
        this.setOptions(options);
        this.x = null;
        this.y = null;
      }
      setOptions(options) {
        if (["boolean", "number", "bigint", "string"].indexOf(typeof options) !== -1) {
          options = { content: "" + options };
        }
        options = options || {};
        this.options = options;
        let content = options.content;
        if (["boolean", "number", "bigint", "string"].indexOf(typeof content) !== -1) {
          this.content = String(content);
        } else if (!content) {
          this.content = this.options.href || "";
        } else {
          throw new Error("Content needs to be a primitive, got: " + typeof content);
        }
        this.colSpan = options.colSpan || 1;
        this.rowSpan = options.rowSpan || 1;
        if (this.options.href) {
          Object.defineProperty(this, "href", {
            get() {
              return this.options.href;
            }
          });
        }
      }
      mergeTableOptions(tableOptions, cells) {
        this.cells = cells;
        let optionsChars = this.options.chars || {};
        let tableChars = tableOptions.chars;
        let chars = this.chars = {};
        CHAR_NAMES.forEach(function(name) {
          setOption(optionsChars, tableChars, name, chars);
        });
        this.truncate = this.options.truncate || tableOptions.truncate;
        let style = this.options.style = this.options.style || {};
        let tableStyle = tableOptions.style;
        setOption(style, tableStyle, "padding-left", this);
        setOption(style, tableStyle, "padding-right", this);
        this.head = style.head || tableStyle.head;
        this.border = style.border || tableStyle.border;
        this.fixedWidth = tableOptions.colWidths[this.x];
        this.lines = this.computeLines(tableOptions);
        this.desiredWidth = utils.strlen(this.content) + this.paddingLeft + this.paddingRight;
        this.desiredHeight = this.lines.length;
      }
      computeLines(tableOptions) {
        const tableWordWrap = tableOptions.wordWrap || tableOptions.textWrap;
        const { wordWrap = tableWordWrap } = this.options;
        if (this.fixedWidth && wordWrap) {
          this.fixedWidth -= this.paddingLeft + this.paddingRight;
          if (this.colSpan) {
            let i = 1;
            while (i < this.colSpan) {
              this.fixedWidth += tableOptions.colWidths[this.x + i];
              i++;
            }
          }
          const { wrapOnWordBoundary: tableWrapOnWordBoundary = true } = tableOptions;
          const { wrapOnWordBoundary = tableWrapOnWordBoundary } = this.options;
          return this.wrapLines(utils.wordWrap(this.fixedWidth, this.content, wrapOnWordBoundary));
        }
        return this.wrapLines(this.content.split("\n"));
      }
      wrapLines(computedLines) {
        const lines = utils.colorizeLines(computedLines);
        if (this.href) {
          return lines.map((line) => utils.hyperlink(this.href, line));
        }
        return lines;
      }
      /**
       * Initializes the Cells data structure.
       *
       * @param tableOptions - A fully populated set of tableOptions.
       * In addition to the standard default values, tableOptions must have fully populated the
       * `colWidths` and `rowWidths` arrays. Those arrays must have lengths equal to the number
       * of columns or rows (respectively) in this table, and each array item must be a Number.
       *
       */
      init(tableOptions) {
        let x = this.x;
        let y = this.y;
        this.widths = tableOptions.colWidths.slice(x, x + this.colSpan);
        this.heights = tableOptions.rowHeights.slice(y, y + this.rowSpan);
        this.width = this.widths.reduce(sumPlusOne, -1);
        this.height = this.heights.reduce(sumPlusOne, -1);
        this.hAlign = this.options.hAlign || tableOptions.colAligns[x];
        this.vAlign = this.options.vAlign || tableOptions.rowAligns[y];
        this.drawRight = x + this.colSpan == tableOptions.colWidths.length;
      }
      /**
       * Draws the given line of the cell.
       * This default implementation defers to methods `drawTop`, `drawBottom`, `drawLine` and `drawEmpty`.
       * @param lineNum - can be `top`, `bottom` or a numerical line number.
       * @param spanningCell - will be a number if being called from a RowSpanCell, and will represent how
       * many rows below it's being called from. Otherwise it's undefined.
       * @returns {String} The representation of this line.
       */
      draw(lineNum, spanningCell) {
        if (lineNum == "top") return this.drawTop(this.drawRight);
        if (lineNum == "bottom") return this.drawBottom(this.drawRight);
        let content = utils.truncate(this.content, 10, this.truncate);
        if (!lineNum) {
          info(`${this.y}-${this.x}: ${this.rowSpan - lineNum}x${this.colSpan} Cell ${content}`);
        } else {
        }
        let padLen = Math.max(this.height - this.lines.length, 0);
        let padTop;
        switch (this.vAlign) {
          case "center":
            padTop = Math.ceil(padLen / 2);
            break;
          case "bottom":
            padTop = padLen;
            break;
          default:
            padTop = 0;
        }
        if (lineNum < padTop || lineNum >= padTop + this.lines.length) {
          return this.drawEmpty(this.drawRight, spanningCell);
        }
        let forceTruncation = this.lines.length > this.height && lineNum + 1 >= this.height;
        return this.drawLine(lineNum - padTop, this.drawRight, forceTruncation, spanningCell);
      }
      /**
       * Renders the top line of the cell.
       * @param drawRight - true if this method should render the right edge of the cell.
       * @returns {String}
       */
      drawTop(drawRight) {
        let content = [];
        if (this.cells) {
          this.widths.forEach(function(width, index) {
            content.push(this._topLeftChar(index));
            content.push(utils.repeat(this.chars[this.y == 0 ? "top" : "mid"], width));
          }, this);
        } else {
          content.push(this._topLeftChar(0));
          content.push(utils.repeat(this.chars[this.y == 0 ? "top" : "mid"], this.width));
        }
        if (drawRight) {
          content.push(this.chars[this.y == 0 ? "topRight" : "rightMid"]);
        }
        return this.wrapWithStyleColors("border", content.join(""));
      }
      _topLeftChar(offset) {
        let x = this.x + offset;
        let leftChar;
        if (this.y == 0) {
          leftChar = x == 0 ? "topLeft" : offset == 0 ? "topMid" : "top";
        } else {
          if (x == 0) {
            leftChar = "leftMid";
          } else {
            leftChar = offset == 0 ? "midMid" : "bottomMid";
            if (this.cells) {
              let spanAbove = this.cells[this.y - 1][x] instanceof _Cell.ColSpanCell;
              if (spanAbove) {
                leftChar = offset == 0 ? "topMid" : "mid";
              }
              if (offset == 0) {
                let i = 1;
                while (this.cells[this.y][x - i] instanceof _Cell.ColSpanCell) {
                  i++;
                }
                if (this.cells[this.y][x - i] instanceof _Cell.RowSpanCell) {
                  leftChar = "leftMid";
                }
              }
            }
          }
        }
        return this.chars[leftChar];
      }
      wrapWithStyleColors(styleProperty, content) {
        if (this[styleProperty] && this[styleProperty].length) {
          try {
            let colors = require_safe();
            for (let i = this[styleProperty].length - 1; i >= 0; i--) {
              colors = colors[this[styleProperty][i]];
            }
            return colors(content);
          } catch (e) {
            return content;
          }
        } else {
          return content;
        }
      }
      /**
       * Renders a line of text.
       * @param lineNum - Which line of text to render. This is not necessarily the line within the cell.
       * There may be top-padding above the first line of text.
       * @param drawRight - true if this method should render the right edge of the cell.
       * @param forceTruncationSymbol - `true` if the rendered text should end with the truncation symbol even
       * if the text fits. This is used when the cell is vertically truncated. If `false` the text should
       * only include the truncation symbol if the text will not fit horizontally within the cell width.
       * @param spanningCell - a number of if being called from a RowSpanCell. (how many rows below). otherwise undefined.
       * @returns {String}
       */
      drawLine(lineNum, drawRight, forceTruncationSymbol, spanningCell) {
        let left = this.chars[this.x == 0 ? "left" : "middle"];
        if (this.x && spanningCell && this.cells) {
          let cellLeft = this.cells[this.y + spanningCell][this.x - 1];
          while (cellLeft instanceof ColSpanCell) {
            cellLeft = this.cells[cellLeft.y][cellLeft.x - 1];
          }
          if (!(cellLeft instanceof RowSpanCell)) {
            left = this.chars["rightMid"];
          }
        }
        let leftPadding = utils.repeat(" ", this.paddingLeft);
        let right = drawRight ? this.chars["right"] : "";
        let rightPadding = utils.repeat(" ", this.paddingRight);
        let line = this.lines[lineNum];
        let len = this.width - (this.paddingLeft + this.paddingRight);
        if (forceTruncationSymbol) line += this.truncate || "\u2026";
        let content = utils.truncate(line, len, this.truncate);
        content = utils.pad(content, len, " ", this.hAlign);
        content = leftPadding + content + rightPadding;
        return this.stylizeLine(left, content, right);
      }
      stylizeLine(left, content, right) {
        left = this.wrapWithStyleColors("border", left);
        right = this.wrapWithStyleColors("border", right);
        if (this.y === 0) {
          content = this.wrapWithStyleColors("head", content);
        }
        return left + content + right;
      }
      /**
       * Renders the bottom line of the cell.
       * @param drawRight - true if this method should render the right edge of the cell.
       * @returns {String}
       */
      drawBottom(drawRight) {
        let left = this.chars[this.x == 0 ? "bottomLeft" : "bottomMid"];
        let content = utils.repeat(this.chars.bottom, this.width);
        let right = drawRight ? this.chars["bottomRight"] : "";
        return this.wrapWithStyleColors("border", left + content + right);
      }
      /**
       * Renders a blank line of text within the cell. Used for top and/or bottom padding.
       * @param drawRight - true if this method should render the right edge of the cell.
       * @param spanningCell - a number of if being called from a RowSpanCell. (how many rows below). otherwise undefined.
       * @returns {String}
       */
      drawEmpty(drawRight, spanningCell) {
        let left = this.chars[this.x == 0 ? "left" : "middle"];
        if (this.x && spanningCell && this.cells) {
          let cellLeft = this.cells[this.y + spanningCell][this.x - 1];
          while (cellLeft instanceof ColSpanCell) {
            cellLeft = this.cells[cellLeft.y][cellLeft.x - 1];
          }
          if (!(cellLeft instanceof RowSpanCell)) {
            left = this.chars["rightMid"];
          }
        }
        let right = drawRight ? this.chars["right"] : "";
        let content = utils.repeat(" ", this.width);
        return this.stylizeLine(left, content, right);
      }
    };
    var ColSpanCell = class {
      /**
       * A Cell that doesn't do anything. It just draws empty lines.
       * Used as a placeholder in column spanning.
       * @constructor
       */
      constructor() {
      }
      draw(lineNum) {
        if (typeof lineNum === "number") {
          debug(`${this.y}-${this.x}: 1x1 ColSpanCell`);
        }
        return "";
      }
      init() {
      }
      mergeTableOptions() {
      }
    };
    var RowSpanCell = class {
      /**
       * A placeholder Cell for a Cell that spans multiple rows.
       * It delegates rendering to the original cell, but adds the appropriate offset.
       * @param originalCell
       * @constructor
       */
      constructor(originalCell) {
        this.originalCell = originalCell;
      }
      init(tableOptions) {
        let y = this.y;
        let originalY = this.originalCell.y;
        this.cellOffset = y - originalY;
        this.offset = findDimension(tableOptions.rowHeights, originalY, this.cellOffset);
      }
      draw(lineNum) {
        if (lineNum == "top") {
          return this.originalCell.draw(this.offset, this.cellOffset);
        }
        if (lineNum == "bottom") {
          return this.originalCell.draw("bottom");
        }
        debug(`${this.y}-${this.x}: 1x${this.colSpan} RowSpanCell for ${this.originalCell.content}`);
        return this.originalCell.draw(this.offset + 1 + lineNum);
      }
      mergeTableOptions() {
      }
    };
    function firstDefined(...args) {
      return args.filter((v) => v !== void 0 && v !== null).shift();
    }
    function setOption(objA, objB, nameB, targetObj) {
      let nameA = nameB.split("-");
      if (nameA.length > 1) {
        nameA[1] = nameA[1].charAt(0).toUpperCase() + nameA[1].substr(1);
        nameA = nameA.join("");
        targetObj[nameA] = firstDefined(objA[nameA], objA[nameB], objB[nameA], objB[nameB]);
      } else {
        targetObj[nameB] = firstDefined(objA[nameB], objB[nameB]);
      }
    }
    function findDimension(dimensionTable, startingIndex, span) {
      let ret = dimensionTable[startingIndex];
      for (let i = 1; i < span; i++) {
        ret += 1 + dimensionTable[startingIndex + i];
      }
      return ret;
    }
    function sumPlusOne(a, b) {
      return a + b + 1;
    }
    var CHAR_NAMES = [
      "top",
      "top-mid",
      "top-left",
      "top-right",
      "bottom",
      "bottom-mid",
      "bottom-left",
      "bottom-right",
      "left",
      "left-mid",
      "mid",
      "mid-mid",
      "right",
      "right-mid",
      "middle"
    ];
    module.exports = Cell;
    module.exports.ColSpanCell = ColSpanCell;
    module.exports.RowSpanCell = RowSpanCell;
  }
});

// node_modules/cli-table3/src/layout-manager.js
var require_layout_manager = __commonJS({
  "node_modules/cli-table3/src/layout-manager.js"(exports, module) {
    var { warn, debug } = require_debug();
    var Cell = require_cell();
    var { ColSpanCell, RowSpanCell } = Cell;
    (function() {
      function next(alloc, col) {
        if (alloc[col] > 0) {
          return next(alloc, col + 1);
        }
        return col;
      }
      function layoutTable(table2) {
        let alloc = {};
        table2.forEach(function(row, rowIndex) {
          let col = 0;
          row.forEach(function(cell) {
            cell.y = rowIndex;
            cell.x = rowIndex ? next(alloc, col) : col;
            const rowSpan = cell.rowSpan || 1;
            const colSpan = cell.colSpan || 1;
            if (rowSpan > 1) {
              for (let cs = 0; cs < colSpan; cs++) {
                alloc[cell.x + cs] = rowSpan;
              }
            }
            col = cell.x + colSpan;
          });
          Object.keys(alloc).forEach((idx) => {
            alloc[idx]--;
            if (alloc[idx] < 1) delete alloc[idx];
          });
        });
      }
      function maxWidth(table2) {
        let mw = 0;
        table2.forEach(function(row) {
          row.forEach(function(cell) {
            mw = Math.max(mw, cell.x + (cell.colSpan || 1));
          });
        });
        return mw;
      }
      function maxHeight(table2) {
        return table2.length;
      }
      function cellsConflict(cell1, cell2) {
        let yMin1 = cell1.y;
        let yMax1 = cell1.y - 1 + (cell1.rowSpan || 1);
        let yMin2 = cell2.y;
        let yMax2 = cell2.y - 1 + (cell2.rowSpan || 1);
        let yConflict = !(yMin1 > yMax2 || yMin2 > yMax1);
        let xMin1 = cell1.x;
        let xMax1 = cell1.x - 1 + (cell1.colSpan || 1);
        let xMin2 = cell2.x;
        let xMax2 = cell2.x - 1 + (cell2.colSpan || 1);
        let xConflict = !(xMin1 > xMax2 || xMin2 > xMax1);
        return yConflict && xConflict;
      }
      function conflictExists(rows, x, y) {
        let i_max = Math.min(rows.length - 1, y);
        let cell = { x, y };
        for (let i = 0; i <= i_max; i++) {
          let row = rows[i];
          for (let j = 0; j < row.length; j++) {
            if (cellsConflict(cell, row[j])) {
              return true;
            }
          }
        }
        return false;
      }
      function allBlank(rows, y, xMin, xMax) {
        for (let x = xMin; x < xMax; x++) {
          if (conflictExists(rows, x, y)) {
            return false;
          }
        }
        return true;
      }
      function addRowSpanCells(table2) {
        table2.forEach(function(row, rowIndex) {
          row.forEach(function(cell) {
            for (let i = 1; i < cell.rowSpan; i++) {
              let rowSpanCell = new RowSpanCell(cell);
              rowSpanCell.x = cell.x;
              rowSpanCell.y = cell.y + i;
              rowSpanCell.colSpan = cell.colSpan;
              insertCell(rowSpanCell, table2[rowIndex + i]);
            }
          });
        });
      }
      function addColSpanCells(cellRows) {
        for (let rowIndex = cellRows.length - 1; rowIndex >= 0; rowIndex--) {
          let cellColumns = cellRows[rowIndex];
          for (let columnIndex = 0; columnIndex < cellColumns.length; columnIndex++) {
            let cell = cellColumns[columnIndex];
            for (let k = 1; k < cell.colSpan; k++) {
              let colSpanCell = new ColSpanCell();
              colSpanCell.x = cell.x + k;
              colSpanCell.y = cell.y;
              cellColumns.splice(columnIndex + 1, 0, colSpanCell);
            }
          }
        }
      }
      function insertCell(cell, row) {
        let x = 0;
        while (x < row.length && row[x].x < cell.x) {
          x++;
        }
        row.splice(x, 0, cell);
      }
      function fillInTable(table2) {
        let h_max = maxHeight(table2);
        let w_max = maxWidth(table2);
        debug(`Max rows: ${h_max}; Max cols: ${w_max}`);
        for (let y = 0; y < h_max; y++) {
          for (let x = 0; x < w_max; x++) {
            if (!conflictExists(table2, x, y)) {
              let opts = { x, y, colSpan: 1, rowSpan: 1 };
              x++;
              while (x < w_max && !conflictExists(table2, x, y)) {
                opts.colSpan++;
                x++;
              }
              let y2 = y + 1;
              while (y2 < h_max && allBlank(table2, y2, opts.x, opts.x + opts.colSpan)) {
                opts.rowSpan++;
                y2++;
              }
              let cell = new Cell(opts);
              cell.x = opts.x;
              cell.y = opts.y;
              warn(`Missing cell at ${cell.y}-${cell.x}.`);
              insertCell(cell, table2[y]);
            }
          }
        }
      }
      function generateCells(rows) {
        return rows.map(function(row) {
          if (!Array.isArray(row)) {
            let key = Object.keys(row)[0];
            row = row[key];
            if (Array.isArray(row)) {
              row = row.slice();
              row.unshift(key);
            } else {
              row = [key, row];
            }
          }
          return row.map(function(cell) {
            return new Cell(cell);
          });
        });
      }
      function makeTableLayout(rows) {
        let cellRows = generateCells(rows);
        layoutTable(cellRows);
        fillInTable(cellRows);
        addRowSpanCells(cellRows);
        addColSpanCells(cellRows);
        return cellRows;
      }
      module.exports = {
        makeTableLayout,
        layoutTable,
        addRowSpanCells,
        maxWidth,
        fillInTable,
        computeWidths: makeComputeWidths("colSpan", "desiredWidth", "x", 1),
        computeHeights: makeComputeWidths("rowSpan", "desiredHeight", "y", 1)
      };
    })();
    function makeComputeWidths(colSpan, desiredWidth, x, forcedMin) {
      return function(vals, table2) {
        let result = [];
        let spanners = [];
        let auto = {};
        table2.forEach(function(row) {
          row.forEach(function(cell) {
            if ((cell[colSpan] || 1) > 1) {
              spanners.push(cell);
            } else {
              result[cell[x]] = Math.max(result[cell[x]] || 0, cell[desiredWidth] || 0, forcedMin);
            }
          });
        });
        vals.forEach(function(val, index) {
          if (typeof val === "number") {
            result[index] = val;
          }
        });
        for (let k = spanners.length - 1; k >= 0; k--) {
          let cell = spanners[k];
          let span = cell[colSpan];
          let col = cell[x];
          let existingWidth = result[col];
          let editableCols = typeof vals[col] === "number" ? 0 : 1;
          if (typeof existingWidth === "number") {
            for (let i = 1; i < span; i++) {
              existingWidth += 1 + result[col + i];
              if (typeof vals[col + i] !== "number") {
                editableCols++;
              }
            }
          } else {
            existingWidth = desiredWidth === "desiredWidth" ? cell.desiredWidth - 1 : 1;
            if (!auto[col] || auto[col] < existingWidth) {
              auto[col] = existingWidth;
            }
          }
          if (cell[desiredWidth] > existingWidth) {
            let i = 0;
            while (editableCols > 0 && cell[desiredWidth] > existingWidth) {
              if (typeof vals[col + i] !== "number") {
                let dif = Math.round((cell[desiredWidth] - existingWidth) / editableCols);
                existingWidth += dif;
                result[col + i] += dif;
                editableCols--;
              }
              i++;
            }
          }
        }
        Object.assign(vals, result, auto);
        for (let j = 0; j < vals.length; j++) {
          vals[j] = Math.max(forcedMin, vals[j] || 0);
        }
      };
    }
  }
});

// node_modules/cli-table3/src/table.js
var require_table = __commonJS({
  "node_modules/cli-table3/src/table.js"(exports, module) {
    var debug = require_debug();
    var utils = require_utils2();
    var tableLayout = require_layout_manager();
    var Table2 = class extends Array {
      constructor(opts) {
        super();
        const options = utils.mergeOptions(opts);
        Object.defineProperty(this, "options", {
          value: options,
          enumerable: options.debug
        });
        if (options.debug) {
          switch (typeof options.debug) {
            case "boolean":
              debug.setDebugLevel(debug.WARN);
              break;
            case "number":
              debug.setDebugLevel(options.debug);
              break;
            case "string":
              debug.setDebugLevel(parseInt(options.debug, 10));
              break;
            default:
              debug.setDebugLevel(debug.WARN);
              debug.warn(`Debug option is expected to be boolean, number, or string. Received a ${typeof options.debug}`);
          }
          Object.defineProperty(this, "messages", {
            get() {
              return debug.debugMessages();
            }
          });
        }
      }
      toString() {
        let array = this;
        let headersPresent = this.options.head && this.options.head.length;
        if (headersPresent) {
          array = [this.options.head];
          if (this.length) {
            array.push.apply(array, this);
          }
        } else {
          this.options.style.head = [];
        }
        let cells = tableLayout.makeTableLayout(array);
        cells.forEach(function(row) {
          row.forEach(function(cell) {
            cell.mergeTableOptions(this.options, cells);
          }, this);
        }, this);
        tableLayout.computeWidths(this.options.colWidths, cells);
        tableLayout.computeHeights(this.options.rowHeights, cells);
        cells.forEach(function(row) {
          row.forEach(function(cell) {
            cell.init(this.options);
          }, this);
        }, this);
        let result = [];
        for (let rowIndex = 0; rowIndex < cells.length; rowIndex++) {
          let row = cells[rowIndex];
          let heightOfRow = this.options.rowHeights[rowIndex];
          if (rowIndex === 0 || !this.options.style.compact || rowIndex == 1 && headersPresent) {
            doDraw(row, "top", result);
          }
          for (let lineNum = 0; lineNum < heightOfRow; lineNum++) {
            doDraw(row, lineNum, result);
          }
          if (rowIndex + 1 == cells.length) {
            doDraw(row, "bottom", result);
          }
        }
        return result.join("\n");
      }
      get width() {
        let str = this.toString().split("\n");
        return str[0].length;
      }
    };
    Table2.reset = () => debug.reset();
    function doDraw(row, lineNum, result) {
      let line = [];
      row.forEach(function(cell) {
        line.push(cell.draw(lineNum));
      });
      let str = line.join("");
      if (str.length) result.push(str);
    }
    module.exports = Table2;
  }
});

// node_modules/cli-table3/index.js
var require_cli_table3 = __commonJS({
  "node_modules/cli-table3/index.js"(exports, module) {
    module.exports = require_table();
  }
});

// dist/load/discover.js
import { accessSync, constants } from "node:fs";
import { stat } from "node:fs/promises";
import path from "node:path";

// node_modules/fdir/dist/index.mjs
import { createRequire } from "module";
import { basename, dirname, normalize, relative, resolve, sep } from "path";
import * as nativeFs from "fs";
var __require2 = /* @__PURE__ */ createRequire(import.meta.url);
function cleanPath(path11) {
  let normalized = normalize(path11);
  if (normalized.length > 1 && normalized[normalized.length - 1] === sep) normalized = normalized.substring(0, normalized.length - 1);
  return normalized;
}
var SLASHES_REGEX = /[\\/]/g;
function convertSlashes(path11, separator) {
  return path11.replace(SLASHES_REGEX, separator);
}
var WINDOWS_ROOT_DIR_REGEX = /^[a-z]:[\\/]$/i;
function isRootDirectory(path11) {
  return path11 === "/" || WINDOWS_ROOT_DIR_REGEX.test(path11);
}
function normalizePath(path11, options) {
  const { resolvePaths: resolvePaths2, normalizePath: normalizePath$1, pathSeparator } = options;
  const pathNeedsCleaning = process.platform === "win32" && path11.includes("/") || path11.startsWith(".");
  if (resolvePaths2) path11 = resolve(path11);
  if (normalizePath$1 || pathNeedsCleaning) path11 = cleanPath(path11);
  if (path11 === ".") return "";
  const needsSeperator = path11[path11.length - 1] !== pathSeparator;
  return convertSlashes(needsSeperator ? path11 + pathSeparator : path11, pathSeparator);
}
function joinPathWithBasePath(filename, directoryPath) {
  return directoryPath + filename;
}
function joinPathWithRelativePath(root, options) {
  return function(filename, directoryPath) {
    const sameRoot = directoryPath.startsWith(root);
    if (sameRoot) return directoryPath.slice(root.length) + filename;
    else return convertSlashes(relative(root, directoryPath), options.pathSeparator) + options.pathSeparator + filename;
  };
}
function joinPath(filename) {
  return filename;
}
function joinDirectoryPath(filename, directoryPath, separator) {
  return directoryPath + filename + separator;
}
function build$7(root, options) {
  const { relativePaths, includeBasePath } = options;
  return relativePaths && root ? joinPathWithRelativePath(root, options) : includeBasePath ? joinPathWithBasePath : joinPath;
}
function pushDirectoryWithRelativePath(root) {
  return function(directoryPath, paths) {
    paths.push(directoryPath.substring(root.length) || ".");
  };
}
function pushDirectoryFilterWithRelativePath(root) {
  return function(directoryPath, paths, filters) {
    const relativePath = directoryPath.substring(root.length) || ".";
    if (filters.every((filter) => filter(relativePath, true))) paths.push(relativePath);
  };
}
var pushDirectory = (directoryPath, paths) => {
  paths.push(directoryPath || ".");
};
var pushDirectoryFilter = (directoryPath, paths, filters) => {
  const path11 = directoryPath || ".";
  if (filters.every((filter) => filter(path11, true))) paths.push(path11);
};
var empty$2 = () => {
};
function build$6(root, options) {
  const { includeDirs, filters, relativePaths } = options;
  if (!includeDirs) return empty$2;
  if (relativePaths) return filters && filters.length ? pushDirectoryFilterWithRelativePath(root) : pushDirectoryWithRelativePath(root);
  return filters && filters.length ? pushDirectoryFilter : pushDirectory;
}
var pushFileFilterAndCount = (filename, _paths, counts, filters) => {
  if (filters.every((filter) => filter(filename, false))) counts.files++;
};
var pushFileFilter = (filename, paths, _counts, filters) => {
  if (filters.every((filter) => filter(filename, false))) paths.push(filename);
};
var pushFileCount = (_filename, _paths, counts, _filters) => {
  counts.files++;
};
var pushFile = (filename, paths) => {
  paths.push(filename);
};
var empty$1 = () => {
};
function build$5(options) {
  const { excludeFiles, filters, onlyCounts } = options;
  if (excludeFiles) return empty$1;
  if (filters && filters.length) return onlyCounts ? pushFileFilterAndCount : pushFileFilter;
  else if (onlyCounts) return pushFileCount;
  else return pushFile;
}
var getArray = (paths) => {
  return paths;
};
var getArrayGroup = () => {
  return [""].slice(0, 0);
};
function build$4(options) {
  return options.group ? getArrayGroup : getArray;
}
var groupFiles = (groups, directory, files) => {
  groups.push({
    directory,
    files,
    dir: directory
  });
};
var empty = () => {
};
function build$3(options) {
  return options.group ? groupFiles : empty;
}
var resolveSymlinksAsync = function(path11, state, callback$1) {
  const { queue, fs, options: { suppressErrors } } = state;
  queue.enqueue();
  fs.realpath(path11, (error, resolvedPath) => {
    if (error) return queue.dequeue(suppressErrors ? null : error, state);
    fs.stat(resolvedPath, (error$1, stat4) => {
      if (error$1) return queue.dequeue(suppressErrors ? null : error$1, state);
      if (stat4.isDirectory() && isRecursive(path11, resolvedPath, state)) return queue.dequeue(null, state);
      callback$1(stat4, resolvedPath);
      queue.dequeue(null, state);
    });
  });
};
var resolveSymlinks = function(path11, state, callback$1) {
  const { queue, fs, options: { suppressErrors } } = state;
  queue.enqueue();
  try {
    const resolvedPath = fs.realpathSync(path11);
    const stat4 = fs.statSync(resolvedPath);
    if (stat4.isDirectory() && isRecursive(path11, resolvedPath, state)) return;
    callback$1(stat4, resolvedPath);
  } catch (e) {
    if (!suppressErrors) throw e;
  }
};
function build$2(options, isSynchronous) {
  if (!options.resolveSymlinks || options.excludeSymlinks) return null;
  return isSynchronous ? resolveSymlinks : resolveSymlinksAsync;
}
function isRecursive(path11, resolved, state) {
  if (state.options.useRealPaths) return isRecursiveUsingRealPaths(resolved, state);
  let parent = dirname(path11);
  let depth = 1;
  while (parent !== state.root && depth < 2) {
    const resolvedPath = state.symlinks.get(parent);
    const isSameRoot = !!resolvedPath && (resolvedPath === resolved || resolvedPath.startsWith(resolved) || resolved.startsWith(resolvedPath));
    if (isSameRoot) depth++;
    else parent = dirname(parent);
  }
  state.symlinks.set(path11, resolved);
  return depth > 1;
}
function isRecursiveUsingRealPaths(resolved, state) {
  return state.visited.includes(resolved + state.options.pathSeparator);
}
var onlyCountsSync = (state) => {
  return state.counts;
};
var groupsSync = (state) => {
  return state.groups;
};
var defaultSync = (state) => {
  return state.paths;
};
var limitFilesSync = (state) => {
  return state.paths.slice(0, state.options.maxFiles);
};
var onlyCountsAsync = (state, error, callback$1) => {
  report(error, callback$1, state.counts, state.options.suppressErrors);
  return null;
};
var defaultAsync = (state, error, callback$1) => {
  report(error, callback$1, state.paths, state.options.suppressErrors);
  return null;
};
var limitFilesAsync = (state, error, callback$1) => {
  report(error, callback$1, state.paths.slice(0, state.options.maxFiles), state.options.suppressErrors);
  return null;
};
var groupsAsync = (state, error, callback$1) => {
  report(error, callback$1, state.groups, state.options.suppressErrors);
  return null;
};
function report(error, callback$1, output, suppressErrors) {
  if (error && !suppressErrors) callback$1(error, output);
  else callback$1(null, output);
}
function build$1(options, isSynchronous) {
  const { onlyCounts, group, maxFiles } = options;
  if (onlyCounts) return isSynchronous ? onlyCountsSync : onlyCountsAsync;
  else if (group) return isSynchronous ? groupsSync : groupsAsync;
  else if (maxFiles) return isSynchronous ? limitFilesSync : limitFilesAsync;
  else return isSynchronous ? defaultSync : defaultAsync;
}
var readdirOpts = { withFileTypes: true };
var walkAsync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
  state.queue.enqueue();
  if (currentDepth < 0) return state.queue.dequeue(null, state);
  const { fs } = state;
  state.visited.push(crawlPath);
  state.counts.directories++;
  fs.readdir(crawlPath || ".", readdirOpts, (error, entries = []) => {
    callback$1(entries, directoryPath, currentDepth);
    state.queue.dequeue(state.options.suppressErrors ? null : error, state);
  });
};
var walkSync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
  const { fs } = state;
  if (currentDepth < 0) return;
  state.visited.push(crawlPath);
  state.counts.directories++;
  let entries = [];
  try {
    entries = fs.readdirSync(crawlPath || ".", readdirOpts);
  } catch (e) {
    if (!state.options.suppressErrors) throw e;
  }
  callback$1(entries, directoryPath, currentDepth);
};
function build(isSynchronous) {
  return isSynchronous ? walkSync : walkAsync;
}
var Queue = class {
  count = 0;
  constructor(onQueueEmpty) {
    this.onQueueEmpty = onQueueEmpty;
  }
  enqueue() {
    this.count++;
    return this.count;
  }
  dequeue(error, output) {
    if (this.onQueueEmpty && (--this.count <= 0 || error)) {
      this.onQueueEmpty(error, output);
      if (error) {
        output.controller.abort();
        this.onQueueEmpty = void 0;
      }
    }
  }
};
var Counter = class {
  _files = 0;
  _directories = 0;
  set files(num) {
    this._files = num;
  }
  get files() {
    return this._files;
  }
  set directories(num) {
    this._directories = num;
  }
  get directories() {
    return this._directories;
  }
  /**
  * @deprecated use `directories` instead
  */
  /* c8 ignore next 3 */
  get dirs() {
    return this._directories;
  }
};
var Aborter = class {
  aborted = false;
  abort() {
    this.aborted = true;
  }
};
var Walker = class {
  root;
  isSynchronous;
  state;
  joinPath;
  pushDirectory;
  pushFile;
  getArray;
  groupFiles;
  resolveSymlink;
  walkDirectory;
  callbackInvoker;
  constructor(root, options, callback$1) {
    this.isSynchronous = !callback$1;
    this.callbackInvoker = build$1(options, this.isSynchronous);
    this.root = normalizePath(root, options);
    this.state = {
      root: isRootDirectory(this.root) ? this.root : this.root.slice(0, -1),
      paths: [""].slice(0, 0),
      groups: [],
      counts: new Counter(),
      options,
      queue: new Queue((error, state) => this.callbackInvoker(state, error, callback$1)),
      symlinks: /* @__PURE__ */ new Map(),
      visited: [""].slice(0, 0),
      controller: new Aborter(),
      fs: options.fs || nativeFs
    };
    this.joinPath = build$7(this.root, options);
    this.pushDirectory = build$6(this.root, options);
    this.pushFile = build$5(options);
    this.getArray = build$4(options);
    this.groupFiles = build$3(options);
    this.resolveSymlink = build$2(options, this.isSynchronous);
    this.walkDirectory = build(this.isSynchronous);
  }
  start() {
    this.pushDirectory(this.root, this.state.paths, this.state.options.filters);
    this.walkDirectory(this.state, this.root, this.root, this.state.options.maxDepth, this.walk);
    return this.isSynchronous ? this.callbackInvoker(this.state, null) : null;
  }
  walk = (entries, directoryPath, depth) => {
    const { paths, options: { filters, resolveSymlinks: resolveSymlinks$1, excludeSymlinks, exclude, maxFiles, signal, useRealPaths, pathSeparator }, controller } = this.state;
    if (controller.aborted || signal && signal.aborted || maxFiles && paths.length > maxFiles) return;
    const files = this.getArray(this.state.paths);
    for (let i = 0; i < entries.length; ++i) {
      const entry = entries[i];
      if (entry.isFile() || entry.isSymbolicLink() && !resolveSymlinks$1 && !excludeSymlinks) {
        const filename = this.joinPath(entry.name, directoryPath);
        this.pushFile(filename, files, this.state.counts, filters);
      } else if (entry.isDirectory()) {
        let path11 = joinDirectoryPath(entry.name, directoryPath, this.state.options.pathSeparator);
        if (exclude && exclude(entry.name, path11)) continue;
        this.pushDirectory(path11, paths, filters);
        this.walkDirectory(this.state, path11, path11, depth - 1, this.walk);
      } else if (this.resolveSymlink && entry.isSymbolicLink()) {
        let path11 = joinPathWithBasePath(entry.name, directoryPath);
        this.resolveSymlink(path11, this.state, (stat4, resolvedPath) => {
          if (stat4.isDirectory()) {
            resolvedPath = normalizePath(resolvedPath, this.state.options);
            if (exclude && exclude(entry.name, useRealPaths ? resolvedPath : path11 + pathSeparator)) return;
            this.walkDirectory(this.state, resolvedPath, useRealPaths ? resolvedPath : path11 + pathSeparator, depth - 1, this.walk);
          } else {
            resolvedPath = useRealPaths ? resolvedPath : path11;
            const filename = basename(resolvedPath);
            const directoryPath$1 = normalizePath(dirname(resolvedPath), this.state.options);
            resolvedPath = this.joinPath(filename, directoryPath$1);
            this.pushFile(resolvedPath, files, this.state.counts, filters);
          }
        });
      }
    }
    this.groupFiles(this.state.groups, directoryPath, files);
  };
};
function promise(root, options) {
  return new Promise((resolve$1, reject) => {
    callback(root, options, (err, output) => {
      if (err) return reject(err);
      resolve$1(output);
    });
  });
}
function callback(root, options, callback$1) {
  let walker = new Walker(root, options, callback$1);
  walker.start();
}
function sync(root, options) {
  const walker = new Walker(root, options);
  return walker.start();
}
var APIBuilder = class {
  constructor(root, options) {
    this.root = root;
    this.options = options;
  }
  withPromise() {
    return promise(this.root, this.options);
  }
  withCallback(cb) {
    callback(this.root, this.options, cb);
  }
  sync() {
    return sync(this.root, this.options);
  }
};
var pm = null;
try {
  __require2.resolve("picomatch");
  pm = __require2("picomatch");
} catch {
}
var Builder = class {
  globCache = {};
  options = {
    maxDepth: Infinity,
    suppressErrors: true,
    pathSeparator: sep,
    filters: []
  };
  globFunction;
  constructor(options) {
    this.options = {
      ...this.options,
      ...options
    };
    this.globFunction = this.options.globFunction;
  }
  group() {
    this.options.group = true;
    return this;
  }
  withPathSeparator(separator) {
    this.options.pathSeparator = separator;
    return this;
  }
  withBasePath() {
    this.options.includeBasePath = true;
    return this;
  }
  withRelativePaths() {
    this.options.relativePaths = true;
    return this;
  }
  withDirs() {
    this.options.includeDirs = true;
    return this;
  }
  withMaxDepth(depth) {
    this.options.maxDepth = depth;
    return this;
  }
  withMaxFiles(limit) {
    this.options.maxFiles = limit;
    return this;
  }
  withFullPaths() {
    this.options.resolvePaths = true;
    this.options.includeBasePath = true;
    return this;
  }
  withErrors() {
    this.options.suppressErrors = false;
    return this;
  }
  withSymlinks({ resolvePaths: resolvePaths2 = true } = {}) {
    this.options.resolveSymlinks = true;
    this.options.useRealPaths = resolvePaths2;
    return this.withFullPaths();
  }
  withAbortSignal(signal) {
    this.options.signal = signal;
    return this;
  }
  normalize() {
    this.options.normalizePath = true;
    return this;
  }
  filter(predicate) {
    this.options.filters.push(predicate);
    return this;
  }
  onlyDirs() {
    this.options.excludeFiles = true;
    this.options.includeDirs = true;
    return this;
  }
  exclude(predicate) {
    this.options.exclude = predicate;
    return this;
  }
  onlyCounts() {
    this.options.onlyCounts = true;
    return this;
  }
  crawl(root) {
    return new APIBuilder(root || ".", this.options);
  }
  withGlobFunction(fn) {
    this.globFunction = fn;
    return this;
  }
  /**
  * @deprecated Pass options using the constructor instead:
  * ```ts
  * new fdir(options).crawl("/path/to/root");
  * ```
  * This method will be removed in v7.0
  */
  /* c8 ignore next 4 */
  crawlWithOptions(root, options) {
    this.options = {
      ...this.options,
      ...options
    };
    return new APIBuilder(root || ".", this.options);
  }
  glob(...patterns) {
    if (this.globFunction) return this.globWithOptions(patterns);
    return this.globWithOptions(patterns, ...[{ dot: true }]);
  }
  globWithOptions(patterns, ...options) {
    const globFn = this.globFunction || pm;
    if (!globFn) throw new Error("Please specify a glob function to use glob matching.");
    var isMatch = this.globCache[patterns.join("\0")];
    if (!isMatch) {
      isMatch = globFn(patterns, ...options);
      this.globCache[patterns.join("\0")] = isMatch;
    }
    this.options.filters.push((path11) => isMatch(path11));
    return this;
  }
};

// dist/load/discover.js
var PROCESS_FILE = /\.ya?ml$/;
var CONFIG_FILE_NAMES = ["gapcheck.config.yaml", "gapcheck.config.yml"];
var isConfigName = (name) => CONFIG_FILE_NAMES.includes(name);
async function discoverFiles(paths, options) {
  const found = /* @__PURE__ */ new Map();
  const unreadable = /* @__PURE__ */ new Map();
  const ignoredFiles = /* @__PURE__ */ new Map();
  for (const given of paths) {
    const absolute = path.resolve(options.cwd, given);
    const walked = await walk(absolute, given);
    const describe = describerUnder(options.cwd, absolute);
    if (walked.named && await options.ignores(absolute)) {
      ignoredFiles.set(absolute, describe(absolute));
      continue;
    }
    const files = [];
    for (const file of walked.files)
      if (!await options.ignores(file))
        files.push(file);
    walked.unreadable.forEach((folder) => unreadable.set(folder, describe(folder)));
    if (files.length === 0 && walked.unreadable.length === 0) {
      const unlessIgnored = walked.files.length > 0 ? " that the config does not ignore" : "";
      throw new UsageError(`"${given}" holds no process file (*.yaml or *.yml)${unlessIgnored}; name a folder or file of processes`);
    }
    for (const file of files)
      found.set(file, describe(file));
  }
  const byPath = (a, b) => compareText(a.path, b.path);
  return {
    files: [...found.values()].sort(byPath),
    unreadableFolders: [...unreadable.values()].sort(byPath),
    ignoredFiles: [...ignoredFiles.values()].filter((file) => !found.has(file.absolutePath)).sort(byPath)
  };
}
async function statNamed(absolute, given) {
  try {
    return await stat(absolute);
  } catch (error) {
    if (error.code === "ENOENT")
      throw new UsageError(`"${given}" does not exist; check the path`);
    throw new UsageError(`"${given}" cannot be read (${describeFsError(error)}); check the path and its permissions`);
  }
}
async function walk(absolute, given) {
  const stats = await statNamed(absolute, given);
  if (stats.isFile())
    return { named: true, files: [absolute], unreadable: [] };
  if (!stats.isDirectory())
    throw new UsageError(`"${given}" is not a file or a folder (a named pipe or a device?); name process files or folders of them`);
  const unreadable = [];
  const skipFolder = (name, folder) => {
    if (name.startsWith(".") || name === "node_modules")
      return true;
    if (canRead(folder))
      return false;
    unreadable.push(path.resolve(folder));
    return true;
  };
  if (!canRead(absolute))
    return { named: false, files: [], unreadable: [absolute] };
  const isProcessFile = (file) => {
    const name = file.slice(file.lastIndexOf(path.sep) + 1);
    return PROCESS_FILE.test(name) && !name.startsWith(".") && !isConfigName(name);
  };
  const files = await new Builder({ excludeSymlinks: true, suppressErrors: true }).withFullPaths().exclude(skipFolder).filter((file, isDirectory) => !isDirectory && isProcessFile(file)).crawl(absolute).withPromise();
  return { named: false, files, unreadable };
}
function describerUnder(cwd, root) {
  const rootPath = displayPath(cwd, root);
  const prefix = root.endsWith(path.sep) ? root : `${root}${path.sep}`;
  return (absolutePath) => {
    if (!absolutePath.startsWith(prefix))
      return { absolutePath, path: displayPath(cwd, absolutePath) };
    const below = toPosix(absolutePath.slice(prefix.length));
    return { absolutePath, path: rootPath === "." ? below : `${rootPath}/${below}` };
  };
}
function canRead(folder) {
  try {
    accessSync(folder, constants.R_OK | constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
function displayPath(cwd, absolutePath) {
  return toPosix(path.relative(cwd, absolutePath)) || ".";
}
function toPosix(filePath) {
  return path.sep === "/" ? filePath : filePath.split(path.sep).join("/");
}

// dist/config/config.js
var import_picomatch2 = __toESM(require_picomatch2(), 1);
import path6 from "node:path";

// dist/config/chain.js
var import_picomatch = __toESM(require_picomatch2(), 1);
import { statSync as statSync2 } from "node:fs";
import { createRequire as createRequire3 } from "node:module";
import path4 from "node:path";

// dist/config/read.js
import { readFileSync, statSync } from "node:fs";
import path2 from "node:path";
var MAX_CONFIG_BYTES = 1024 * 1024;
function shownPath(file, cwd) {
  return toPosix(path2.relative(cwd, file)) || file;
}
function readConfigDocument(file, cwd, text) {
  const shown = shownPath(file, cwd);
  const source = text === void 0 ? readConfigText(file, shown) : new SourceText(shown, text);
  return { file, source, root: parseConfigYaml(source) };
}
function pluginConfigDocument(key, name, value) {
  const source = new SourceText(name, `${JSON.stringify(value ?? {}, null, 2)}
`);
  return { file: key, source, root: parseConfigYaml(source) };
}
function readConfigText(file, shown) {
  let stats;
  try {
    stats = statSync(file);
  } catch {
    throw new UsageError(`the config file "${shown}" cannot be read; check that it exists and that you may read it`);
  }
  if (!stats.isFile())
    throw new UsageError(`the config file "${shown}" is not a file (a folder, a named pipe or a device?); name a config file`);
  if (stats.size > MAX_CONFIG_BYTES)
    throw new UsageError(`the config file "${shown}" is larger than 1 MiB, far more than any config needs; check that it is the config`);
  let bytes;
  try {
    bytes = readFileSync(file);
  } catch {
    throw new UsageError(`the config file "${shown}" cannot be read; check that it exists and that you may read it`);
  }
  const text = decodeText(bytes);
  if (typeof text !== "string")
    throw new UsageError(`${shown}:${text.at.line}:${text.at.column}: ${text.problem}`);
  return new SourceText(shown, text);
}
function parseConfigYaml(source) {
  const conflict = findMergeConflict(source.text);
  if (conflict)
    throw new UsageError(located(source, conflict.offset, conflict.message));
  try {
    const documents = parseYaml(source.text);
    if (documents.length > 1)
      throw new UsageError(located(source, 0, "the config must be a single YAML document"));
    return documents[0]?.contents ?? null;
  } catch (error) {
    if (error instanceof YamlSyntaxError)
      throw new UsageError(located(source, error.offset, `YAML syntax error: ${error.message}`));
    throw error;
  }
}
function located(source, offset, message) {
  const { line, column } = source.positionAt(offset);
  return `${source.path}:${line}:${column}: ${message}`;
}

// dist/config/settings.js
import { existsSync, realpathSync } from "node:fs";
import { createRequire as createRequire2 } from "node:module";
import path3 from "node:path";

// dist/rules/policy/lint.js
var CUSTOMER_CHANNEL_TYPES = ["intake", "deliver", ...ALWAYS_CUSTOMER_FACING_TYPES];
var TYPES_WITH_FIELD = {
  intent: ["intake"],
  channel: CUSTOMER_CHANNEL_TYPES,
  remedy: ["resolve"],
  outcome: ["end"],
  to: ["escalate"],
  owner: ["promise"],
  by: ["promise"],
  promise: ["promise"],
  fulfils: ["follow-up"],
  verifies: ["verify"],
  next: STEP_TYPES.filter((type) => type !== "end")
};
var STEP_FIELDS = [
  "type",
  "title",
  "actor",
  "takes",
  "next",
  "intent",
  "channel",
  "remedy",
  "to",
  "owner",
  "by",
  "promise",
  "fulfils",
  "verifies",
  "outcome",
  "emergency",
  "customer-effort",
  "because"
];
var SELECTOR_PLACES = [
  ["from"],
  ["every-path", "to"],
  ["every-path", "passes"],
  ["reaches"],
  ["never-reaches", "to"],
  ["never-reaches", "unless-passes"],
  ["each-step"]
];
function policyProblems(policy) {
  const problems = [];
  const assertions = ASSERTIONS.filter((name) => policy[name] !== void 0);
  if (assertions.length === 0) {
    problems.push({ path: [], message: `has no assertion; give it one of ${ASSERTIONS.join(", ")}` });
  } else if (assertions.length > 1) {
    problems.push({
      path: [assertions[1]],
      message: `has ${assertions.length} assertions (${assertions.join(", ")}); a policy has exactly one, so write one policy for each`
    });
  }
  if (policy["each-step"] !== void 0 && policy.from === void 0) {
    problems.push({ path: ["each-step"], message: 'needs "from": the steps it checks (like from: { type: resolve })' });
  }
  for (const place of SELECTOR_PLACES) {
    const selector = place.reduce((within, key) => within?.[key], policy);
    if (selector !== void 0)
      problems.push(...neverMatching(selector, [...place], void 0));
  }
  return problems;
}
function neverMatching(selector, path11, inherited) {
  const types = selector.type === void 0 ? inherited : asList(selector.type);
  const problems = unknownFields(selector, path11);
  if (types !== void 0) {
    const fields = [
      ...Object.keys(TYPES_WITH_FIELD).filter((field) => field in selector).map((field) => [field, [...path11, field]]),
      ...selector.has === void 0 ? [] : asList(selector.has).map((field, index) => [
        field,
        Array.isArray(selector.has) ? [...path11, "has", String(index)] : [...path11, "has"]
      ])
    ];
    for (const [field, at] of fields) {
      const allowed = TYPES_WITH_FIELD[field];
      if (allowed === void 0 || types.some((type) => allowed.includes(type)))
        continue;
      problems.push({
        path: at,
        message: `can never match: ${orList(types)} steps have no "${field}" (only ${orList(allowed)} steps do); change "type" or remove "${field}"`
      });
    }
  }
  selector.any?.forEach((branch, index) => problems.push(...neverMatching(branch, [...path11, "any", String(index)], types)));
  return problems;
}
function unknownFields(selector, path11) {
  if (selector.has === void 0)
    return [];
  const listed = Array.isArray(selector.has);
  return asList(selector.has).flatMap((field, index) => STEP_FIELDS.includes(field) || field.startsWith("x-") ? [] : [
    {
      path: listed ? [...path11, "has", String(index)] : [...path11, "has"],
      message: `names "${field}", which no step has${didYouMean(field, STEP_FIELDS) || `; a step's fields are ${STEP_FIELDS.join(", ")} and x- ones`}`
    }
  ]);
}
function orList(words) {
  const quoted = words.map((word) => `\`${word}\``);
  return quoted.length <= 1 ? quoted.join("") : `${quoted.slice(0, -1).join(", ")} or ${quoted[quoted.length - 1]}`;
}

// dist/config/settings.js
var PRESETS = ["recommended", "strict", "none"];
function rulePatches(written, place, registry) {
  const patches = /* @__PURE__ */ new Map();
  for (const [id, setting] of Object.entries(written ?? {})) {
    const rule = registry.get(id);
    const writtenAt = (option) => describeRuleKey(place, id, option);
    if (rule === invalidProcess) {
      throw new UsageError(`${writtenAt()}: invalid-process is always critical: a file that is not a process must never pass unseen; remove this setting, and list such files under "ignore" instead`);
    }
    if (typeof setting === "string") {
      patches.set(id, { level: setting, options: {} });
      continue;
    }
    const { severity, ...options } = setting;
    patches.set(id, {
      ...severity === void 0 ? {} : { level: severity },
      options: checkedOptions(rule, options, writtenAt)
    });
  }
  return patches;
}
function presetLevel(preset, rule) {
  const severity = rule.meta.defaultSeverity;
  if (rule === invalidProcess)
    return severity;
  if (preset === "none")
    return rule.meta.source?.kind === "policy" ? severity : "off";
  return preset === "strict" ? escalateSeverity(severity) : severity;
}
function checkedPolicies(policies, document, registry) {
  const written = entryOf(document.root, "policies");
  const at = (index, inside, part = "key") => {
    const node = written?.kind === "seq" ? written.items[index] : void 0;
    return (node && offsetWithin(node, { path: inside, part })) ?? node?.offset ?? 0;
  };
  const complaints = [];
  const seen = /* @__PURE__ */ new Map();
  policies.forEach((policy, index) => {
    const name = `policy "${policy.id}"`;
    const builtIn = registry.get(policy.id) !== void 0;
    const earlier = seen.get(policy.id);
    if (builtIn)
      complaints.push(located(document.source, at(index, ["id"], "value"), `${name} has the id of a built-in rule; give it an id of its own (gapcheck rules lists the built-in ones)`));
    else if (earlier !== void 0)
      complaints.push(located(document.source, at(index, ["id"], "value"), `${name} is written twice (policy ${earlier + 1} has the same id); give each policy an id of its own`));
    seen.set(policy.id, seen.get(policy.id) ?? index);
    for (const problem of policyProblems(policy)) {
      const where2 = problem.path.length === 0 ? name : `${name}: ${problem.path.filter((key) => !/^\d+$/.test(key)).join(".")}`;
      complaints.push(located(document.source, at(index, problem.path), `${where2} ${problem.message}`));
    }
  });
  if (complaints.length > 0)
    throw new UsageError(complaints.join("\n"));
  return policies.map((policy) => ({ policy, config: document.source.path }));
}
function resolvePaths(written, document) {
  const base = path3.dirname(document.file);
  const entries = entryOf(document.root, "paths");
  const realBase = realpathSync(base);
  return written.map((entry, index) => {
    const absolute = path3.resolve(base, entry);
    if (isOutside(base, absolute) || existsSync(absolute) && isOutside(realBase, realpathSync(absolute))) {
      const offset = entries?.kind === "seq" ? entries.items[index]?.offset ?? entries.offset : 0;
      throw new UsageError(located(document.source, offset, `paths entry "${escapeUntrusted(entry)}" is outside the config's folder; a config names only folders and files below it, so name what lies elsewhere on the command line, or move the config up`));
    }
    return absolute;
  });
}
function entryOf(node, key) {
  return node?.kind === "map" ? node.entries.get(key)?.value : void 0;
}
function isOutside(base, target) {
  const inside = path3.relative(base, target);
  return inside === ".." || inside.startsWith(`..${path3.sep}`) || path3.isAbsolute(inside);
}
function checkedOptions(rule, written, writtenAt) {
  if (Object.keys(written).length === 0)
    return written;
  const known = Object.keys(rule.meta.defaultOptions);
  for (const key of Object.keys(written)) {
    if (known.includes(key))
      continue;
    const meant = closestName(key, known);
    const hint = known.length === 0 ? "it has no options, only a level" : meant !== void 0 ? `did you mean "${meant}"?` : `its options are ${known.join(", ")}`;
    throw new UsageError(`${writtenAt({ path: [key], part: "key" })}: ${rule.meta.id} has no option "${key}"; ${hint}`);
  }
  const { Ajv2020 } = createRequire2(import.meta.url)("ajv/dist/2020.js");
  const validate = new Ajv2020({ allErrors: true }).compile(rule.meta.optionsSchema ?? {});
  if (!validate(written)) {
    const problem = validate.errors[0];
    const inside = pointerSegments(problem);
    const wrongKey = problem.propertyName;
    const option = optionName(inside);
    if (wrongKey !== void 0) {
      const where2 = writtenAt({ path: [...inside, wrongKey], part: "key" });
      throw new UsageError(`${where2}: "${wrongKey}" in ${option} of ${rule.meta.id} ${schemaProblem(problem, wrongKey)}`);
    }
    const value = inside.reduce((within, key) => within?.[key], written);
    throw new UsageError(`${writtenAt({ path: inside, part: "value" })}: ${option} of ${rule.meta.id} ${schemaProblem(problem, typeof value === "string" ? value : void 0)}`);
  }
  return written;
}
function describeRuleKey(place, ruleId, at) {
  const entry = place.node?.kind === "map" ? place.node.entries.get(ruleId) : void 0;
  const offset = (entry && at && offsetWithin(entry.value, at)) ?? entry?.keyOffset ?? 0;
  return located(place.document.source, offset, `${place.label}.${ruleId}`);
}
function optionName(inside) {
  const isIndex = (segment) => /^\d+$/.test(segment);
  const option = `option "${inside.filter((segment) => !isIndex(segment)).join(".")}"`;
  const entries = inside.filter(isIndex).map((index) => `entry ${Number(index) + 1} of `);
  return `${entries.reverse().join("")}${option}`;
}
function offsetWithin(setting, at) {
  let node = setting;
  let offset;
  for (const [index, segment] of at.path.entries()) {
    if (node?.kind === "seq") {
      node = node.items[Number(segment)];
      offset = node?.offset ?? offset;
      continue;
    }
    const entry = node?.kind === "map" ? node.entries.get(segment) : void 0;
    if (entry === void 0)
      break;
    offset = at.part === "key" && index === at.path.length - 1 ? entry.keyOffset : entry.value.offset;
    node = entry.value;
  }
  return offset;
}

// dist/config/chain.js
var DEFAULT_PRESET = "recommended";
var ConfigChains = class {
  cwd;
  registry;
  textOf;
  chains = /* @__PURE__ */ new Map();
  /** `registry`: the rules every config may set besides the policies of its chain. `textOf`: an editor's unsaved text of a file. */
  constructor(cwd, registry, textOf = () => void 0) {
    this.cwd = cwd;
    this.registry = registry;
    this.textOf = textOf;
  }
  /** The chain of the defaults: no file, so only the default preset (`withDefaultPreset`). */
  defaults() {
    return { steps: [], registry: this.registry, policies: [], plugins: [] };
  }
  /** The chain of a config file (absolute). `trail`: the files extending it, outermost first, to name a loop. */
  chainOf(file, trail = []) {
    let chain = this.chains.get(file);
    if (chain === void 0) {
      chain = this.load(file, trail);
      this.chains.set(file, chain);
    }
    return chain;
  }
  /** Every config file read so far: the chains' files, which are configs and never audited as processes. */
  files() {
    return [...this.chains.keys()];
  }
  async load(file, trail) {
    return this.chainOfDocument(readConfigDocument(file, this.cwd, this.textOf(file)), [...trail, file]);
  }
  /**
   * `trail`: the configs extending it, outermost first, and the document's own file last. `given`: plugins it
   * has without listing them (a plugin's config has its plugin's rules).
   */
  async chainOfDocument(document, trail, given = []) {
    const own = [...given, ...await loadPlugins(document)];
    const extended = await this.extended(document, trail, own);
    const chains = extended.filter((chain) => "policies" in chain);
    const plugins = mergePlugins([...chains.flatMap((chain) => chain.plugins), ...own], document);
    const withTheirRules = withPlugins(this.registry, plugins);
    const inherited = mergePolicies(chains.flatMap((chain) => chain.policies));
    const complaints = validateConfig(document.root, [
      ...withTheirRules.ids,
      ...inherited.map(({ policy }) => policy.id)
    ]);
    if (complaints.length > 0)
      throw new UsageError(complaints.map((c) => located(document.source, c.offset, c.message)).join("\n"));
    const raw = document.root === null ? {} : toPlain(document.root);
    const policies = mergePolicies([...inherited, ...checkedPolicies(raw.policies ?? [], document, this.registry)]);
    const registry = withPolicies(withTheirRules, policies);
    const settings = this.settingsOf(document, raw, registry);
    const steps = [...extended.flatMap((chain) => "steps" in chain ? chain.steps : [chain]), { config: settings }];
    return { file: settings, steps, registry, policies, plugins };
  }
  settingsOf(document, raw, registry) {
    const written = entryOf(document.root, "overrides");
    const overrides = (raw.overrides ?? []).map((override, index) => {
      const node = written?.kind === "seq" ? written.items[index] : void 0;
      const place = { document, node: entryOf(node, "rules"), label: `overrides entry ${index + 1}: rules` };
      return {
        entry: index + 1,
        files: override.files,
        matches: (0, import_picomatch.default)(override.files, { dot: true }),
        rules: rulePatches(override.rules, place, registry)
      };
    });
    return {
      document,
      folder: path4.dirname(document.file),
      rules: rulePatches(raw.rules, { document, node: entryOf(document.root, "rules"), label: "rules" }, registry),
      overrides,
      ignore: raw.ignore ?? [],
      ...raw.paths ? { paths: resolvePaths(raw.paths, document) } : {}
    };
  }
  /**
   * What the config extends, in order: each preset, and the chain of each file and plugin config. `own`: the
   * plugins the config lists, whose configs it may extend, as it may those of the plugins of what it extended before.
   */
  async extended(document, trail, own) {
    const extended = [];
    for (const { name, offset } of extendsEntries(document.root)) {
      if (PRESETS.includes(name)) {
        extended.push({ preset: name });
        continue;
      }
      const at = (message) => new UsageError(located(document.source, offset, `extends "${escapeUntrusted(name)}" ${message}`));
      const loaded = [...own, ...extended.flatMap((chain) => "plugins" in chain ? chain.plugins : [])];
      const plugin = name.startsWith(PLUGIN_PREFIX) ? pluginConfig(name, loaded, at) : void 0;
      const target = plugin?.key ?? this.extendedFile(name, path4.dirname(document.file), at);
      const loop = trail.indexOf(target);
      if (loop !== -1) {
        const files = [...trail.slice(loop), target].map((file) => shownPath(file, this.cwd));
        throw at(`makes a loop: ${files.join(" extends ")}; remove one of these extends`);
      }
      extended.push(await (plugin ? this.chainOfPluginConfig(plugin, trail) : this.chainOf(target, trail)));
    }
    return extended;
  }
  /** The chain of a plugin's config, read once like a file's. */
  chainOfPluginConfig(config, trail) {
    let chain = this.chains.get(config.key);
    if (chain === void 0) {
      const document = pluginConfigDocument(config.key, config.name, config.value);
      chain = this.chainOfDocument(document, [...trail, config.key], [config.plugin]);
      this.chains.set(config.key, chain);
    }
    return chain;
  }
  /**
   * The config file an `extends` entry names: a path (starting with `.` or `/`, or ending in `.yaml`/`.yml`),
   * relative to the extending config's folder, or a package, resolved from that folder as Node resolves it,
   * whose main file is a config in YAML.
   */
  extendedFile(name, folder, at) {
    if (/^[./]/.test(name) || /\.ya?ml$/.test(name) || path4.isAbsolute(name)) {
      const file2 = path4.resolve(folder, name);
      const shown = shownPath(file2, this.cwd);
      if (!isFile(file2))
        throw at(`cannot be found: there is no file "${shown}"; check the path, which is relative to this config's folder`);
      return file2;
    }
    let file;
    try {
      file = createRequire3(path4.join(folder, "gapcheck.config.yaml")).resolve(name);
    } catch {
      const preset = closestName(name, PRESETS);
      throw at(preset !== void 0 ? `is not a preset or an installed package; did you mean "${preset}"?` : `cannot be found: no package "${escapeUntrusted(name)}" is installed where this config is; install it (npm install --save-dev ${escapeUntrusted(name)}), or write a path as ./${escapeUntrusted(name)}.yaml`);
    }
    if (!/\.ya?ml$/.test(file))
      throw at(`is a package whose main file "${toPosix(path4.relative(this.cwd, file))}" is not a YAML config; a shareable config package has a gapcheck config in YAML as its main file`);
    return file;
  }
};
function extendsEntries(root) {
  const written = entryOf(root, "extends");
  const named = (node) => node.kind === "scalar" && typeof node.value === "string" && node.value !== "" ? [{ name: node.value, offset: node.offset }] : [];
  if (written?.kind === "scalar")
    return named(written);
  if (written?.kind === "seq")
    return written.items.every((item) => named(item).length === 1) ? written.items.flatMap(named) : [];
  return [];
}
function withDefaultPreset(steps) {
  const first = steps[0];
  return first !== void 0 && "preset" in first ? [...steps] : [{ preset: DEFAULT_PRESET }, ...steps];
}
var PLUGIN_PREFIX = "plugin:";
function pluginConfig(written, plugins, at) {
  const [pluginName = "", configName = ""] = written.slice(PLUGIN_PREFIX.length).split("/");
  const plugin = plugins.find((loaded) => loaded.name === pluginName);
  if (plugin === void 0)
    throw at(`names the plugin "${escapeUntrusted(pluginName)}", which this config does not load; list its package or file under "plugins" (a config's plugins load before what it extends)`);
  if (!plugin.configs.has(configName)) {
    const names = [...plugin.configs.keys()];
    throw at(names.length === 0 ? `names a config of the plugin "${plugin.name}", which has none` : `names no config of the plugin "${plugin.name}"; its configs are ${names.join(", ")}`);
  }
  return { key: `${plugin.module}#${configName}`, name: written, value: plugin.configs.get(configName), plugin };
}
async function loadPlugins(document) {
  const written = entryOf(document.root, "plugins");
  if (written?.kind !== "seq")
    return [];
  const loaded = [];
  for (const entry of written.items) {
    if (entry.kind !== "scalar" || typeof entry.value !== "string" || entry.value === "")
      return [];
    const at = { config: document.source.path, ...document.source.positionAt(entry.offset) };
    const plugin = await loadPlugin(entry.value, document.file, at);
    const same = loaded.find((earlier) => earlier.name === plugin.name);
    if (same)
      throw new UsageError(located(document.source, entry.offset, `plugin "${escapeUntrusted(entry.value)}" is named "${plugin.name}", as is the plugin "${escapeUntrusted(same.spec)}" before it: their rules would have the same ids; keep one of them`));
    loaded.push(plugin);
  }
  return loaded;
}
function mergePlugins(plugins, document) {
  const byName = /* @__PURE__ */ new Map();
  for (const plugin of plugins) {
    const same = byName.get(plugin.name);
    if (same === void 0)
      byName.set(plugin.name, plugin);
    else if (same.module !== plugin.module)
      throw new UsageError(located(document.source, entryOf(document.root, "plugins")?.offset ?? 0, `the plugins "${escapeUntrusted(same.spec)}" (in ${same.config}) and "${escapeUntrusted(plugin.spec)}" (in ${plugin.config}) are both named "${plugin.name}": their rules would have the same ids; keep one of them`));
  }
  return [...byName.values()];
}
function mergePolicies(policies) {
  const byId = /* @__PURE__ */ new Map();
  for (const source of policies)
    byId.set(source.policy.id, source);
  return [...byId.values()];
}
function isFile(file) {
  try {
    return statSync2(file).isFile();
  } catch {
    return false;
  }
}

// dist/config/find.js
import { existsSync as existsSync2 } from "node:fs";
import path5 from "node:path";
var ConfigFinder = class {
  cwd;
  /** Each folder looked at, with the config that applies there (its own or its nearest ancestor's). */
  nearestByFolder = /* @__PURE__ */ new Map();
  constructor(cwd) {
    this.cwd = cwd;
  }
  /** The config in `folder` or its nearest ancestor, or undefined. */
  nearest(folder) {
    const visited = [];
    let found;
    for (let dir = path5.resolve(folder); ; dir = path5.dirname(dir)) {
      if (this.nearestByFolder.has(dir)) {
        found = this.nearestByFolder.get(dir);
        break;
      }
      visited.push(dir);
      found = this.configIn(dir);
      if (found !== void 0 || path5.dirname(dir) === dir)
        break;
    }
    for (const dir of visited)
      this.nearestByFolder.set(dir, found);
    return found;
  }
  /** The config file of `dir` itself; both spellings at once is a usage error, as two configs for one folder would be. */
  configIn(dir) {
    const present = CONFIG_FILE_NAMES.map((name) => path5.join(dir, name)).filter((file) => existsSync2(file));
    if (present.length > 1) {
      const [yaml, yml] = present.map((file) => toPosix(path5.relative(this.cwd, file)) || file);
      throw new UsageError(`"${yaml}" and "${yml}" are both configs of one folder, and gapcheck cannot tell which one you mean; keep one of them (merge the other into it)`);
    }
    return present[0];
  }
};

// dist/config/config.js
function oneConfig(config) {
  return { workingDirectoryConfig: async () => config, configFor: async () => config };
}
var ConfigResolver = class {
  cwd;
  named;
  finder;
  chains;
  resolved = /* @__PURE__ */ new Map();
  /**
   * `registry`: the rules configs may set besides their policies. `named`: the config --config names, for every
   * file. `textOf`: an editor's unsaved text of a config file, read in place of the disk's.
   */
  constructor(cwd, registry, named, textOf) {
    this.cwd = cwd;
    this.named = named;
    this.finder = new ConfigFinder(cwd);
    this.chains = new ConfigChains(cwd, registry, textOf);
  }
  /** The config of a file (absolute): the nearest config above it, else the working directory's. */
  async configFor(file) {
    const chain = await this.chainAt(path6.dirname(file));
    const overrides = chain.steps.flatMap((step) => "config" in step ? matchedOverrides(step.config, file) : []);
    return this.settled(chain, overrides);
  }
  /** The config of the working directory itself (no overrides): its `paths` are what an audit with no path audits. */
  async workingDirectoryConfig() {
    return this.settled(await this.chainAt(this.cwd), []);
  }
  /** Every config file read so far, with what they extend: configs, never audited as processes. */
  configFiles() {
    return new Set(this.chains.files());
  }
  chainAt(folder) {
    const file = this.named ?? this.finder.nearest(folder) ?? this.finder.nearest(this.cwd);
    return file === void 0 ? Promise.resolve(this.chains.defaults()) : this.chains.chainOf(file);
  }
  settled(chain, overrides) {
    const key = JSON.stringify([
      chain.file?.document.file ?? "",
      overrides.map(({ config: config2, override }) => [config2, override.entry])
    ]);
    let config = this.resolved.get(key);
    if (config === void 0) {
      config = settle(chain, overrides, this.cwd);
      this.resolved.set(key, config);
    }
    return config;
  }
};
async function loadConfig(file, cwd, registry) {
  return new ConfigResolver(cwd, registry, file).workingDirectoryConfig();
}
function matchedOverrides(config, file) {
  const relative2 = toPosix(path6.relative(config.folder, file));
  return config.overrides.filter((override) => override.matches(relative2)).map((override) => ({ config: config.document.file, override }));
}
function settle(chain, overrides, cwd) {
  const rules = /* @__PURE__ */ new Map();
  let preset;
  const steps = withDefaultPreset(chain.steps);
  for (const step of steps) {
    if ("preset" in step) {
      preset = step.preset;
      for (const rule of chain.registry.rules)
        rules.set(rule.meta.id, {
          level: presetLevel(step.preset, rule),
          options: rule.meta.defaultOptions
        });
      continue;
    }
    const own = overrides.filter(({ config }) => config === step.config.document.file);
    for (const patches of [step.config.rules, ...own.map(({ override }) => override.rules)])
      for (const [id, patch] of patches) {
        const before = rules.get(id);
        rules.set(id, { level: patch.level ?? before.level, options: { ...before.options, ...patch.options } });
      }
  }
  const configs = steps.flatMap((step) => "config" in step ? [step.config] : []);
  const ignoring = configs.filter((config) => config.ignore.length > 0).map((config) => ({ folder: config.folder, matches: (0, import_picomatch2.default)([...config.ignore], { dot: true }) }));
  return {
    ...chain.file ? { file: chain.file.document.file } : {},
    preset,
    chain: steps,
    overrides,
    registry: chain.registry,
    rules,
    ignores: (file) => ignoring.some(({ folder, matches }) => matches(toPosix(path6.relative(folder, file)))),
    paths: configs.findLast((config) => config.paths !== void 0)?.paths ?? [cwd],
    policies: chain.policies,
    plugins: chain.plugins.map(pluginSource)
  };
}

// dist/report/crashes.js
function crashText(crash) {
  const plugin = pluginOf(crash);
  const rule = plugin === void 0 ? `rule "${crash.rule}"` : `rule "${crash.rule}" of the plugin "${plugin}"`;
  return `${rule} failed on ${crash.file}: ${crash.message}`;
}
function crashAdvice(crash) {
  const plugin = pluginOf(crash);
  if (plugin === void 0)
    return CRASH_ADVICE;
  return `This is a bug in the plugin "${plugin}", not in your process. Please report it to the plugin's authors; until it is fixed, "${crash.rule}: off" under "rules" in the config turns the rule off.`;
}
function crashesAdvice(crashes) {
  return [...new Set(crashes.map(crashAdvice))].join(" ");
}
var CRASH_ADVICE = "This is a bug in gapcheck, not in your process. Please report it with the file attached.";
function pluginOf(crash) {
  const slash = crash.rule.indexOf("/");
  return slash < 0 ? void 0 : crash.rule.slice(0, slash);
}

// dist/report/witness.js
function pathLine(gap) {
  return gap.path && gap.path.length > 0 ? `path: ${pathText(gap.path, gap.skipped)}` : void 0;
}
function messageAndPath(gap) {
  const path11 = pathLine(gap);
  return path11 === void 0 ? gap.message : `${gap.message}
${path11}`;
}
function machinePath(gap) {
  return { path: gap.path ?? [], ...gap.skipped !== void 0 && { skipped: gap.skipped } };
}
function keptSteps(gap) {
  const path11 = gap.path ?? [];
  const skipped = gap.skipped ?? 0;
  return path11.map((id, index) => ({ id, place: index + 1 + (index >= path11.length / 2 ? skipped : 0) }));
}
function machineGap(gap) {
  const { fix: _inMessage, ...written } = gap;
  return written;
}

// dist/report/github.js
var COMMAND = { critical: "error", high: "error", medium: "warning", low: "notice" };
var ANNOTATIONS_PER_KIND = 10;
var formatGithub = ({ result, audited }) => {
  const bySeverity = [...result.gaps].sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity));
  const kinds = bySeverity.map((gap) => COMMAND[gap.severity]);
  const leavesSomeOut = ["error", "warning", "notice"].some((kind) => kinds.filter((k) => k === kind).length > ANNOTATIONS_PER_KIND);
  const limit = (command) => command === "notice" && leavesSomeOut ? ANNOTATIONS_PER_KIND - 1 : ANNOTATIONS_PER_KIND;
  const written = /* @__PURE__ */ new Map();
  const lines = [];
  for (const gap of bySeverity) {
    const command = COMMAND[gap.severity];
    const count = written.get(command) ?? 0;
    if (count >= limit(command))
      continue;
    written.set(command, count + 1);
    lines.push(annotation(command, gap));
  }
  const leftOut = result.gaps.length - lines.length;
  if (leftOut > 0) {
    const message = `${leftOut} more ${leftOut === 1 ? "gap was" : "gaps were"} left out: GitHub shows at most ${ANNOTATIONS_PER_KIND} annotations of each kind per step. Run gapcheck audit locally, or upload --format sarif, to see every gap.`;
    lines.push(`::notice title=gapcheck::${escapeData(message)}`);
  }
  lines.unshift(...(result.crashes ?? []).map((crash) => crashAnnotation(crash, audited)));
  return lines.length === 0 ? "" : `${lines.join("\n")}
`;
};
function annotation(command, gap) {
  const properties = [
    `file=${escapeProperty(gap.file)}`,
    `line=${gap.line}`,
    `col=${gap.column}`,
    `title=${escapeProperty(`${gap.rule} (${gap.severity})`)}`
  ].join(",");
  return `::${command} ${properties}::${escapeData(messageAndPath(gap))}`;
}
function crashAnnotation(crash, audited) {
  const file = audited.some((entry) => entry.file === crash.file) ? [`file=${escapeProperty(crash.file)}`] : [];
  const properties = [...file, `title=${escapeProperty(`${crash.rule} (internal error)`)}`].join(",");
  return `::error ${properties}::${escapeData(`internal error: ${crashText(crash)}
${crashAdvice(crash)}`)}`;
}
function escapeData(text) {
  return escapeUntrusted(text.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A"));
}
function escapeProperty(text) {
  return escapeData(text).replaceAll(":", "%3A").replaceAll(",", "%2C");
}

// dist/report/counts.js
function countBySeverity(gaps) {
  const counts = Object.fromEntries(SEVERITIES.map((severity) => [severity, 0]));
  for (const gap of gaps)
    counts[gap.severity]++;
  return counts;
}
function plural(count, one, many = `${one}s`) {
  return `${count} ${count === 1 ? one : many}`;
}

// dist/report/json-text.js
var JsonList = class {
  length;
  item;
  constructor(length, item) {
    this.length = length;
    this.item = item;
  }
};
function* reportJsonPieces(value, indent = "") {
  const inner = `${indent}  `;
  if (value instanceof JsonList) {
    if (value.length === 0)
      return yield "[]";
    yield "[\n";
    for (let index = 0; index < value.length; index++)
      yield `${index === 0 ? "" : ",\n"}${inner}${jsonText(value.item(index), inner)}`;
    return yield `
${indent}]`;
  }
  if (!holdsList(value))
    return yield jsonText(value, indent);
  const [open2, entries, close] = parts(value);
  yield open2;
  for (const [index, [key, item]] of entries.entries()) {
    yield `${index === 0 ? "" : ",\n"}${inner}${key}`;
    yield* reportJsonPieces(item, inner);
  }
  yield `
${indent}${close}`;
}
function jsonText(value, indent) {
  if (value instanceof JsonList)
    return [...reportJsonPieces(value, indent)].join("");
  if (value === null || typeof value !== "object")
    return JSON.stringify(value) ?? "null";
  if (Array.isArray(value) && value.every((item) => item === null || typeof item !== "object"))
    return JSON.stringify(value);
  const [open2, entries, close] = parts(value);
  if (entries.length === 0)
    return "{}";
  const inner = `${indent}  `;
  return `${open2}${entries.map(([key, item]) => `${inner}${key}${jsonText(item, inner)}`).join(",\n")}
${indent}${close}`;
}
function parts(value) {
  if (Array.isArray(value))
    return ["[\n", value.map((item) => ["", item]), "]"];
  const entries = Object.entries(value).filter(([, item]) => item !== void 0);
  return ["{\n", entries.map(([key, item]) => [`${JSON.stringify(key)}: `, item]), "}"];
}
function holdsList(value) {
  if (value instanceof JsonList)
    return true;
  if (value === null || typeof value !== "object")
    return false;
  return (Array.isArray(value) ? value : Object.values(value)).some(holdsList);
}

// dist/report/pieces.js
var PIECE_CHARACTERS = 64 * 1024;
var LONG_PIECE = 8 * 1024;
function* joinedPieces(pieces) {
  let pending = [];
  let length = 0;
  for (const piece of pieces) {
    if (piece.length >= LONG_PIECE) {
      if (length > 0)
        yield pending.join("");
      pending = [];
      length = 0;
      yield piece;
      continue;
    }
    pending.push(piece);
    length += piece.length;
    if (length >= PIECE_CHARACTERS) {
      yield pending.join("");
      pending = [];
      length = 0;
    }
  }
  if (length > 0)
    yield pending.join("");
}
function wholeReport(write) {
  return (context) => [...write(context)].join("");
}

// dist/report/json.js
var listNow = (length, item) => Array.from({ length }, (_, index) => item(index));
var listAsWritten = (length, item) => new JsonList(length, item);
var writeJson = (context) => jsonTextPieces(jsonReport(context, listAsWritten));
var formatJson = wholeReport(writeJson);
function jsonReport(context, listOf = listNow) {
  const { result } = context;
  return {
    gapcheck: 1,
    summary: {
      files: result.files,
      processes: result.processes,
      gaps: result.gaps.length,
      ...countBySeverity(result.gaps)
    },
    gaps: listOf(result.gaps.length, (index) => machineGap(result.gaps[index])),
    waived: listOf(result.waived.length, (index) => machineGap(result.waived[index])),
    ...result.crashes && { crashes: result.crashes },
    run: runOf(context, listOf)
  };
}
function runOf({ run, configFile, paths, today, quiet, rules, audited, processes }, listOf) {
  return {
    version: run.version,
    build: run.build,
    settings: run.settings,
    config: configFile ?? null,
    paths,
    today,
    shard: run.shard ? `${run.shard.index}/${run.shard.count}` : null,
    quiet,
    rules,
    files: audited,
    ...run.shard && { processes: listOf(processes.length, (index) => drawing(processes[index])) }
  };
}
function drawing(process3) {
  return {
    file: process3.file,
    id: process3.id,
    line: process3.at.line,
    title: process3.title,
    owner: process3.owner.id,
    start: process3.start.map((ref) => ref.id),
    steps: process3.steps.map((step) => ({
      id: step.id,
      type: step.type,
      ...step.title !== void 0 && { title: step.title },
      next: step.next.map((edge) => ({
        to: edge.to.id,
        ...edge.when !== void 0 && { when: edge.when },
        ...edge.after && { after: edge.after.text }
      }))
    }))
  };
}
function* jsonTextPieces(value) {
  for (const piece of joinedPieces(reportJsonPieces(value)))
    yield escapeUntrusted(piece, { keepLayout: true });
  yield "\n";
}

// dist/report/junit.js
var INVALID_PROCESS = "invalid-process";
var writeJunit = function* (context) {
  const byCase = { gaps: groupByCase(context.result.gaps), waived: groupByCase(context.result.waived) };
  const crashes = context.result.crashes ?? [];
  const suiteOf = ({ file, processes }) => ({
    file,
    cases: testCases(context, byCase, file, processes)
  });
  const overAll = crashes.filter((crash) => !context.audited.some(({ file }) => file === crash.file));
  const overAllSuite = overAll.length > 0 ? [{ file: "gapcheck", cases: overAll.map(crashCase) }] : [];
  const total = { tests: 0, failures: 0, errors: 0 };
  for (const { cases } of [...context.audited.map(suiteOf), ...overAllSuite]) {
    const counts = tally(cases);
    total.tests += counts.tests;
    total.failures += counts.failures;
    total.errors += counts.errors;
  }
  const head = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites${attributes({ name: "gapcheck", ...textsOf(total), time: "0" })}>`
  ];
  yield `${head.join("\n")}
`;
  const suiteXml = ({ file, cases }) => `${[
    `  <testsuite${attributes({ name: file, ...textsOf(tally(cases)), skipped: String(skippedCount(cases)), time: "0", timestamp: `${context.today}T00:00:00` })}>`,
    ...cases.flatMap(testCaseXml),
    "  </testsuite>"
  ].join("\n")}
`;
  for (const audited of context.audited)
    yield suiteXml(suiteOf(audited));
  yield* overAllSuite.map(suiteXml);
  yield "</testsuites>\n";
};
var formatJunit = wholeReport(writeJunit);
function groupByCase(gaps) {
  const groups = /* @__PURE__ */ new Map();
  for (const gap of gaps) {
    const key = caseKey(gap.file, gap.process, gap.rule);
    const group = groups.get(key);
    if (group)
      group.push(gap);
    else
      groups.set(key, [gap]);
  }
  return groups;
}
function caseKey(file, process3, rule) {
  return JSON.stringify([file, process3, rule]);
}
function testCases({ rules, result: { crashes } }, byCase, file, processes) {
  const testCase = (process3, rule) => ({
    name: rule,
    classname: process3 ?? file,
    gaps: byCase.gaps.get(caseKey(file, process3, rule)) ?? [],
    waived: byCase.waived.get(caseKey(file, process3, rule)) ?? []
  });
  const valid = [...new Set(processes.filter((process3) => process3 !== null))];
  return [
    ...processes.includes(null) ? [testCase(null, INVALID_PROCESS)] : [],
    ...valid.flatMap((process3) => rules.map((rule) => testCase(process3, rule))),
    ...(crashes ?? []).filter((crash) => crash.file === file).map(crashCase)
  ];
}
function crashCase(crash) {
  return { name: crash.rule, classname: crash.file, gaps: [], waived: [], crash };
}
function tally(cases) {
  return {
    tests: cases.length,
    failures: cases.filter((c) => c.gaps.length > 0).length,
    errors: cases.filter((c) => c.crash).length
  };
}
function textsOf(counts) {
  return Object.fromEntries(Object.entries(counts).map(([name, count]) => [name, String(count)]));
}
function skippedCount(cases) {
  return cases.filter((c) => c.gaps.length === 0 && c.waived.length > 0).length;
}
function testCaseXml(testCase) {
  const open2 = `    <testcase${attributes({ name: testCase.name, classname: testCase.classname, time: "0" })}`;
  if (testCase.crash)
    return [
      `${open2}>`,
      `      <error${attributes({ message: `internal error: ${crashText(testCase.crash)}`, type: "internal-error" })}/>`,
      "    </testcase>"
    ];
  if (testCase.gaps.length > 0)
    return [`${open2}>`, failureXml(testCase.gaps), "    </testcase>"];
  if (testCase.waived.length > 0) {
    const reasons = [...new Set(testCase.waived.map((gap) => gap.reason))].join("; ");
    return [`${open2}>`, `      <skipped${attributes({ message: `waived: ${reasons}` })}/>`, "    </testcase>"];
  }
  return [`${open2}/>`];
}
function failureXml(gaps) {
  const worst = SEVERITIES.find((severity) => gaps.some((gap) => gap.severity === severity));
  const message = gaps.length === 1 ? located2(gaps[0]) : `${gaps.length} gaps: ${gaps.map((gap) => `${gap.file}:${gap.line}:${gap.column}`).join(", ")}`;
  const details = gaps.flatMap((gap) => [`${located2(gap)} [${gap.severity}]`, ...indented(pathLine(gap))]);
  return `      <failure${attributes({ message, type: worst })}>${escapeText(details.join("\n"))}</failure>`;
}
function located2(gap) {
  return `${gap.file}:${gap.line}:${gap.column}: ${gap.message}`;
}
function indented(line) {
  return line === void 0 ? [] : [`  ${line}`];
}
function attributes(values) {
  return Object.entries(values).map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join("");
}
var NOT_XML = /[\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
function escapeText(text) {
  const xml = escapeUntrusted(text, { keepLayout: true }).replace(NOT_XML, "").replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
  return withoutWorkflowCommands(xml, "&#58;");
}
function escapeAttribute(text) {
  return escapeText(text).replaceAll('"', "&quot;").replaceAll("'", "&apos;").replaceAll("\n", "&#10;").replaceAll("\r", "&#13;").replaceAll("	", "&#9;");
}

// dist/report/rule-doc.js
function ruleSummary(meta, options) {
  const given = options ?? meta.defaultOptions;
  return meta.summary.replace(PLACEHOLDER, (placeholder, name) => Object.hasOwn(given, name) ? optionText(given[name]) : placeholder);
}
var PLACEHOLDER = /\{([a-z][a-z0-9-]*)\}/g;
function optionText(value) {
  if (Array.isArray(value))
    return orList2(value.map(optionText));
  return typeof value === "object" && value !== null ? inlineYaml(value) : String(value);
}
function orList2(words) {
  return words.length <= 1 ? words.join("") : `${words.slice(0, -1).join(", ")} or ${words[words.length - 1]}`;
}
function originAndDocs(meta) {
  return `${ruleOrigin(meta)}.${meta.docs === void 0 ? "" : ` Its documentation: ${meta.docs}`}`;
}
function ruleOrigin({ source }) {
  if (source === void 0)
    return "built in";
  if (source.kind === "policy")
    return `The repository's policy, written in ${source.config}`;
  return `The plugin "${source.plugin}" (${source.module}), named in ${source.config}`;
}
function inlineYaml(value) {
  return dump(value, { flowLevel: 0 }).trim();
}

// dist/report/markdown-text.js
var LINE_WIDTH = 80;
function literal(text) {
  return escapeInline(oneLine(text).trim());
}
function literalWithCode(text) {
  return oneLine(text).trim().split(/((?<!`)`[^`]+`(?!`))/).map((part, index) => index % 2 === 1 ? codeSpan(part.slice(1, -1)) : escapeInline(part)).join("");
}
function codeSpan(code) {
  return /^\s|\s$|\|/.test(code) ? escapeInline(`\`${code}\``) : `\`${escapeUntrusted(code)}\``;
}
function oneLine(text) {
  return text.replace(/\s+/g, " ");
}
function escapeInline(text) {
  const markdown = text.replace(/[\\`*_[\]<>|#~&@$]/g, "\\$&").replace(/:\/\//g, "\\://").replace(/\bwww\./gi, (www) => `${www.slice(0, 3)}\\.`);
  return escapeUntrusted(markdown);
}
function heading(level, text) {
  return `${"#".repeat(level)} ${text}`;
}
function paragraph(text) {
  return wrap(text, "", "");
}
function listItem(marker, text) {
  const indent = " ".repeat(/^\d+\. /.test(marker) ? marker.length : 2);
  return wrap(text, marker, indent);
}
function table(head, rows) {
  const line = (cells) => `| ${cells.join(" | ")} |`;
  return [line(head), line(head.map(() => "---")), ...rows.map(line)].join("\n");
}
function fence(language, code) {
  return `\`\`\`${language}
${code.trimEnd()}
\`\`\``;
}
function wrap(text, firstPrefix, restPrefix) {
  const lines = [];
  let prefix = firstPrefix;
  let line = "";
  for (const word of text.match(WORD) ?? []) {
    if (line === "") {
      line = lineStart(word);
    } else if (prefix.length + line.length + 1 + word.length > LINE_WIDTH) {
      lines.push(prefix + line);
      prefix = restPrefix;
      line = lineStart(word);
    } else {
      line = `${line} ${word}`;
    }
  }
  lines.push(prefix + line);
  return lines.join("\n");
}
var WORD = /(?:\\\S|`[^`]*`|\S)+/g;
function lineStart(word) {
  if (/^\d+[.)]$/.test(word))
    return `${word.slice(0, -1)}\\${word.slice(-1)}`;
  return /^(?:[-+*#=_]+$|[>|<]|```|~~~|::)/.test(word) ? `\\${word}` : word;
}

// dist/report/diagram.js
var SHAPES = {
  intake: "flag",
  decision: "rhombus",
  end: "stadium",
  escalate: "hexagon",
  promise: "subroutine",
  "follow-up": "subroutine",
  verify: "subroutine",
  report: "parallelogram",
  review: "parallelogram"
};
var SEVERITY_STYLE = {
  critical: { fill: "#fecaca", stroke: "#7f1d1d", width: 4 },
  high: { fill: "#fed7aa", stroke: "#c2410c", width: 3 },
  medium: { fill: "#fef08a", stroke: "#a16207", width: 2 },
  low: { fill: "#bfdbfe", stroke: "#1d4ed8", width: 2 }
};
var WITNESS_STYLE = { stroke: "#dc2626", width: 3 };
var MISSING_STYLE = { fill: "#f3f4f6", stroke: "#6b7280" };
function describeDiagram(process3, gaps) {
  const idOfStep = new Map(process3.steps.map((step, index) => [step.id, `n${index}`]));
  const missing = /* @__PURE__ */ new Map();
  const nodeOf = (stepId) => {
    const known = idOfStep.get(stepId) ?? missing.get(stepId);
    if (known !== void 0)
      return known;
    const id = `m${missing.size}`;
    missing.set(stepId, id);
    return id;
  };
  const witnessPairs = new Set(gaps.flatMap((gap) => {
    const steps = keptSteps(gap);
    return steps.slice(1).flatMap((to, i) => to.place === steps[i].place + 1 ? [pairKey(steps[i].id, to.id)] : []);
  }));
  const edges = [
    ...process3.start.map((ref) => ({ from: "s0", to: nodeOf(ref.id), witness: false })),
    ...process3.steps.flatMap((step) => step.next.map((edge) => ({
      from: idOfStep.get(step.id),
      to: nodeOf(edge.to.id),
      label: edgeLabel(edge.when, edge.after?.text),
      witness: witnessPairs.has(pairKey(step.id, edge.to.id))
    })))
  ];
  const severities = worstSeverityByStep(gaps);
  const nodes = [
    { id: "s0", shape: "start", label: "start" },
    ...process3.steps.map((step) => {
      const title = plainText(step.title ?? "");
      return {
        id: idOfStep.get(step.id),
        shape: SHAPES[step.type] ?? "rectangle",
        label: title === "" ? step.id : title,
        detail: title === "" ? void 0 : step.id,
        severity: severities.get(step.id)
      };
    }),
    ...[...missing].map(([stepId, id]) => ({ id, shape: "missing", label: stepId, detail: "no such step" }))
  ];
  return { nodes, edges };
}
function pairKey(from, to) {
  return JSON.stringify([from, to]);
}
function edgeLabel(when, after) {
  const parts2 = [when === void 0 ? "" : plainText(when), after === void 0 ? "" : `after ${after}`].filter((part) => part !== "");
  return parts2.length === 0 ? void 0 : parts2.join(", ");
}
function worstSeverityByStep(gaps) {
  const worst = /* @__PURE__ */ new Map();
  for (const gap of gaps) {
    if (gap.step === null)
      continue;
    const current = worst.get(gap.step);
    if (current === void 0 || severityRank(gap.severity) > severityRank(current))
      worst.set(gap.step, gap.severity);
  }
  return worst;
}
function plainText(text) {
  return text.replace(/\s+/g, " ").trim();
}

// dist/report/mermaid.js
var OPENERS = {
  start: ["((", "))"],
  flag: [">", "]"],
  rhombus: ["{", "}"],
  stadium: ["([", "])"],
  hexagon: ["{{", "}}"],
  subroutine: ["[[", "]]"],
  parallelogram: ["[/", "/]"],
  rectangle: ["[", "]"],
  missing: ["[", "]"]
};
var CLASS_OF = {
  critical: "gapCritical",
  high: "gapHigh",
  medium: "gapMedium",
  low: "gapLow"
};
function renderMermaid(process3, gaps) {
  const { nodes, edges } = describeDiagram(process3, gaps);
  const lines = ["flowchart TD"];
  for (const node of nodes)
    lines.push(`  ${node.id}${shaped(node)}`);
  for (const edge of edges)
    lines.push(`  ${edge.from} -->${edge.label === void 0 ? "" : `|"${mermaidText(edge.label)}"|`} ${edge.to}`);
  for (const severity of SEVERITIES) {
    const members = nodes.filter((node) => node.severity === severity).map((node) => node.id);
    if (members.length === 0)
      continue;
    const { fill, stroke, width } = SEVERITY_STYLE[severity];
    lines.push(`  classDef ${CLASS_OF[severity]} fill:${fill},stroke:${stroke},stroke-width:${width}px,color:#000`, `  class ${members.join(",")} ${CLASS_OF[severity]}`);
  }
  const missing = nodes.filter((node) => node.shape === "missing").map((node) => node.id);
  if (missing.length > 0) {
    lines.push(`  classDef missing fill:${MISSING_STYLE.fill},stroke:${MISSING_STYLE.stroke},stroke-dasharray:5 5,color:#000`, `  class ${missing.join(",")} missing`);
  }
  const witness = edges.flatMap((edge, index) => edge.witness ? [index] : []);
  if (witness.length > 0)
    lines.push(`  linkStyle ${witness.join(",")} stroke:${WITNESS_STYLE.stroke},stroke-width:${WITNESS_STYLE.width}px`);
  return `${lines.join("\n")}
`;
}
function shaped(node) {
  const [open2, close] = OPENERS[node.shape];
  const text = node.detail === void 0 ? mermaidText(node.label) : `${mermaidText(node.label)}<br/>${mermaidText(node.detail)}`;
  return `${open2}"${text}"${close}`;
}
function mermaidText(text) {
  return text.replace(/[^\p{L}\p{M}\p{N} ,.!?'()+\-/]/gu, (char) => `#${char.codePointAt(0)};`);
}

// dist/report/markdown.js
var LINT_SETTINGS = '<!-- markdownlint-configure-file\n{ "MD013": { "tables": false, "code_blocks": false } }\n-->';
var BLANK = "________";
var writeMarkdown = (context) => joinedPieces(blocksJoined(markdownBlocks(context)));
var formatMarkdown = wholeReport(writeMarkdown);
function* markdownBlocks(context) {
  const sections = sectionsOf(context);
  yield heading(1, "Customer-service gap report");
  yield LINT_SETTINGS;
  yield* scope(context);
  yield* internalErrors(context);
  yield* summary(context, sections);
  yield* closeFirst(context.result.gaps);
  for (const section of sections)
    yield* sectionBlocks(section);
  yield* waivedGaps(context);
  yield* rulesThatFired(context.result.gaps, context.registry);
}
function* blocksJoined(blocks) {
  let separator = "";
  for (const block of blocks) {
    yield `${separator}${block}`;
    separator = "\n\n";
  }
  yield "\n";
}
function scope({ result, paths, configFile, today, quiet, failOn }) {
  const shown = quiet ? `only gaps at or above ${failOn ?? "the --fail-on threshold"} (--quiet)` : "every gap";
  return [
    heading(2, "Scope"),
    [
      listItem("- ", `Date: ${today} (reviews, training and waivers are judged as of this day)`),
      listItem("- ", `Paths audited: ${paths.map(literal).join(", ")}`),
      listItem("- ", `Config: ${configFile === void 0 ? "none found, so the recommended rules" : literal(configFile)}`),
      listItem("- ", `Found: ${plural(result.files, "file")}, ${plural(result.processes, "process", "processes")}, ${plural(result.gaps.length, "gap")} shown (${shown}), ${result.waived.length} waived`)
    ].join("\n")
  ];
}
function internalErrors({ result }) {
  if (!result.crashes)
    return [];
  return [
    heading(2, "Internal errors"),
    paragraph(literal(`The audit is incomplete. ${crashesAdvice(result.crashes)}`)),
    result.crashes.map((crash) => listItem("- ", literal(crashText(crash)))).join("\n")
  ];
}
function summary({ result }, sections) {
  const countCells = (gaps) => {
    const counts = countBySeverity(gaps);
    return [...SEVERITIES.map((severity) => String(counts[severity])), String(gaps.length)];
  };
  return [
    heading(2, "Summary"),
    paragraph("Gaps by severity, for each process and in all."),
    table(["process", "file", ...SEVERITIES, "total"], [
      ...sections.map((section) => [
        section.processId === null ? "not read" : literal(section.processId),
        literal(section.file),
        ...countCells(section.gaps)
      ]),
      ["**all**", plural(result.files, "file"), ...countCells(result.gaps).map((cell) => `**${cell}**`)]
    ])
  ];
}
function closeFirst(gaps) {
  const urgent = SEVERITIES.filter((severity) => isAtLeast(severity, "high")).flatMap((severity) => gaps.filter((gap) => gap.severity === severity));
  if (urgent.length === 0)
    return [heading(2, "Close these first"), paragraph("No critical or high gaps.")];
  return [
    heading(2, "Close these first"),
    paragraph("The critical and high gaps, most severe first."),
    urgent.map((gap, index) => listItem(`${index + 1}. `, `**${gap.severity}** \`${gap.rule}\`${where(gap)}: ${whatToDo(gap)}`)).join("\n")
  ];
}
function sectionBlocks(section) {
  const name = literal(section.name);
  return [
    heading(2, section.process ? `Process ${name}` : `File ${name}`),
    paragraph(introduction(section)),
    ...section.process ? flowchart(section.process, section.gaps, name) : [],
    ...section.gaps.length === 0 ? [] : [
      heading(3, `Gaps in ${name}`),
      table(["severity", "rule", "step", "line", "what to do", "path"], section.gaps.map((gap) => [
        gap.severity,
        `\`${gap.rule}\``,
        gap.step === null ? "\u2014" : literal(gap.step),
        String(gap.line),
        whatToDo(gap),
        gap.path && gap.path.length > 0 ? literal(pathText(gap.path, gap.skipped)) : "\u2014"
      ])),
      heading(3, `Actions for ${name}`),
      section.gaps.map((gap) => listItem("- [ ] ", `Close \`${gap.rule}\`${atStep(gap)} (line ${gap.line}). Owner: ${BLANK} Due: ${BLANK}`)).join("\n")
    ]
  ];
}
var MERMAID_MAX_EDGES = 500;
function flowchart(process3, gaps, name) {
  const arrows = process3.start.length + process3.steps.reduce((sum, step) => sum + step.next.length, 0);
  if (arrows > MERMAID_MAX_EDGES) {
    return [
      heading(3, `Flowchart of ${name}`),
      paragraph(`Not drawn: the process has ${arrows} arrows, more than the ${MERMAID_MAX_EDGES} a Mermaid flowchart shows. Draw it with \`gapcheck graph FILE --format dot\` and Graphviz.`)
    ];
  }
  return [heading(3, `Flowchart of ${name}`), fence("mermaid", renderMermaid(process3, gaps)), paragraph(LEGEND)];
}
var LEGEND = "Steps with gaps are coloured by their most severe gap: critical red, high orange, medium yellow, low blue. Thick red arrows are the paths by which a case falls through. Dashed boxes are steps that are named but do not exist.";
function introduction({ process: process3, file, gaps }) {
  const count = gaps.length === 0 ? "No gaps." : `${plural(gaps.length, "gap")}.`;
  if (!process3)
    return `${literal(file)} could not be read as a process. ${count}`;
  const owner = `owned by ${literal(process3.owner.id)}`;
  return `${literal(process3.title)}, ${owner}, in ${literal(file)} (line ${process3.at.line}). ${count}`;
}
function waivedGaps({ result }) {
  if (result.waived.length === 0)
    return [];
  return [
    heading(2, "Waived gaps"),
    paragraph("Gaps the process files accept, with the reason they give. Check the reasons still hold."),
    table(["process", "rule", "step", "reason"], result.waived.map((gap) => [
      literal(gap.process ?? gap.file),
      `\`${gap.rule}\``,
      gap.step === null ? "\u2014" : literal(gap.step),
      literal(gap.reason)
    ]))
  ];
}
function rulesThatFired(gaps, registry) {
  const fired = new Set(gaps.map((gap) => gap.rule));
  const rules = registry.rules.filter((rule) => fired.has(rule.meta.id));
  if (rules.length === 0)
    return [];
  return [
    heading(2, "Why these gaps matter"),
    ...rules.flatMap(({ meta }) => [
      heading(3, `Rule ${meta.id}`),
      paragraph(literalWithCode(ruleSummary(meta))),
      ...meta.source === void 0 ? [] : [paragraph(literal(originAndDocs(meta)))],
      paragraph(`**Why it matters.** ${literalWithCode(meta.why)}`),
      paragraph(`**How to close it.** ${literalWithCode(meta.fix)}`)
    ])
  ];
}
function where(gap) {
  const process3 = gap.process === null ? "" : ` in ${literal(gap.process)}`;
  return `${process3}${atStep(gap)} (${literal(gap.file)}, line ${gap.line})`;
}
function atStep(gap) {
  return gap.step === null ? "" : ` at step ${literal(gap.step)}`;
}
function whatToDo(gap) {
  const text = literalWithCode(gap.message);
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
function sectionsOf({ result, processes }) {
  const keyOf = (file, processId) => JSON.stringify([file, processId]);
  const gapsByKey = /* @__PURE__ */ new Map();
  for (const gap of result.gaps) {
    const key = keyOf(gap.file, gap.process);
    const group = gapsByKey.get(key);
    if (group)
      group.push(gap);
    else
      gapsByKey.set(key, [gap]);
  }
  const drawn = new Set(processes.map((process3) => keyOf(process3.file, process3.id)));
  const sections = [
    ...processes.map((process3) => ({
      file: process3.file,
      processId: process3.id,
      process: process3,
      gaps: gapsByKey.get(keyOf(process3.file, process3.id)) ?? []
    })),
    ...[...gapsByKey].filter(([key]) => !drawn.has(key)).map(([, gaps]) => ({ file: gaps[0].file, processId: gaps[0].process, gaps }))
  ].sort((a, b) => compareText(a.file, b.file));
  const idCounts = /* @__PURE__ */ new Map();
  for (const { processId } of sections)
    idCounts.set(processId, (idCounts.get(processId) ?? 0) + 1);
  return sections.map((section) => ({ ...section, name: sectionName(section, idCounts.get(section.processId) > 1) }));
}
function sectionName({ file, processId, process: process3 }, idShared) {
  if (processId === null)
    return file;
  if (!idShared)
    return processId;
  return process3 ? `${processId} in ${file}:${process3.at.line}` : `${processId} in ${file}`;
}

// dist/report/merge.js
var HOW_TO_WRITE = 'merge the reports "gapcheck audit --shard I/N --format json" writes';
function readReport(name, value) {
  if (!isObject(value) || value.gapcheck !== 1 || !Array.isArray(value.gaps)) {
    throw new UsageError(`${name} is not a gapcheck JSON report; ${HOW_TO_WRITE}`);
  }
  if (value.run === void 0) {
    throw new UsageError(`${name} says nothing of the run that wrote it: it comes from a gapcheck older than merge; audit the shards again with this one`);
  }
  const read = new Reader(name);
  const run = read.object(value.run, "run");
  const shard = read.nullable(read.string)(run.shard, "run.shard");
  return {
    name,
    version: read.string(run.version, "run.version"),
    build: read.string(run.build, "run.build"),
    settings: read.string(run.settings, "run.settings"),
    config: read.nullable(read.string)(run.config, "run.config"),
    paths: read.list(read.string)(run.paths, "run.paths"),
    today: read.string(run.today, "run.today"),
    shard: shard === null ? null : read.shard(shard, "run.shard"),
    quiet: read.boolean(run.quiet, "run.quiet"),
    rules: read.list(read.string)(run.rules, "run.rules"),
    files: read.list(read.file)(run.files, "run.files"),
    processes: shard === null ? [] : read.list(read.drawing)(run.processes, "run.processes"),
    gaps: read.list(read.gap)(value.gaps, "gaps"),
    waived: read.list(read.waived)(value.waived, "waived"),
    crashes: read.optional(read.list(read.crash))(value.crashes, "crashes") ?? []
  };
}
function combinedRun(reports) {
  const audited = reports.flatMap((report2) => report2.files).sort((a, b) => compareText(a.file, b.file));
  const crashes = reports.flatMap((report2) => report2.crashes);
  const result = {
    files: audited.length,
    processes: audited.reduce((count, file) => count + file.processes.filter((id) => id !== null).length, 0),
    gaps: sortGaps(reports.flatMap((report2) => report2.gaps)),
    waived: sortGaps(reports.flatMap((report2) => report2.waived)),
    ...crashes.length > 0 && { crashes }
  };
  const [first] = reports;
  return {
    result,
    paths: first.paths,
    ...first.config !== null && { configFile: first.config },
    today: first.today,
    audited,
    rules: first.rules,
    processes: reports.flatMap((report2) => report2.processes).sort((a, b) => compareText(a.file, b.file)),
    run: { version: first.version, build: first.build, settings: first.settings }
  };
}
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
var Reader = class {
  name;
  constructor(name) {
    this.name = name;
  }
  wrong(where2, expected) {
    throw new UsageError(`${this.name}: "${where2}" is not ${expected}, as gapcheck writes it: the report was changed or cut short; write it again and ${HOW_TO_WRITE}`);
  }
  object = (value, where2) => isObject(value) ? value : this.wrong(where2, "an object");
  string = (value, where2) => typeof value === "string" ? value : this.wrong(where2, "a string");
  boolean = (value, where2) => typeof value === "boolean" ? value : this.wrong(where2, "true or false");
  count = (value, where2) => Number.isSafeInteger(value) && value >= 1 ? value : this.wrong(where2, "a whole number from 1");
  oneOf = (allowed) => (value, where2) => allowed.includes(value) ? value : this.wrong(where2, `one of ${allowed.join(", ")}`);
  nullable = (read) => (value, where2) => value === null ? null : read(value, where2);
  optional = (read) => (value, where2) => value === void 0 ? void 0 : read(value, where2);
  list = (read) => (value, where2) => Array.isArray(value) ? value.map((item, index) => read(item, `${where2}[${index}]`)) : this.wrong(where2, "a list");
  shard = (value, where2) => {
    const match = /^(\d+)\/(\d+)$/.exec(value);
    const [index, count] = [Number(match?.[1]), Number(match?.[2])];
    return match && Number.isSafeInteger(count) && index >= 1 && index <= count ? { index, count } : this.wrong(where2, "a shard like 2/3");
  };
  file = (value, where2) => {
    const file = this.object(value, where2);
    return {
      file: this.string(file.file, `${where2}.file`),
      processes: this.list(this.nullable(this.string))(file.processes, `${where2}.processes`)
    };
  };
  /**
   * A gap as the report holds it, its fields in their order (so the JSON written again is the same), with a witness path
   * the report cut kept as it was written: its two ends and how many steps it `skipped` between them.
   */
  gap = (value, where2) => {
    const gap = this.object(value, where2);
    this.string(gap.file, `${where2}.file`);
    this.nullable(this.string)(gap.process, `${where2}.process`);
    this.string(gap.rule, `${where2}.rule`);
    this.oneOf(SEVERITIES)(gap.severity, `${where2}.severity`);
    this.nullable(this.string)(gap.step, `${where2}.step`);
    this.string(gap.message, `${where2}.message`);
    this.count(gap.line, `${where2}.line`);
    this.count(gap.column, `${where2}.column`);
    const path11 = this.optional(this.list(this.string))(gap.path, `${where2}.path`);
    const skipped = this.optional(this.count)(gap.skipped, `${where2}.skipped`);
    if (skipped !== void 0 && (path11 === void 0 || path11.length % 2 !== 0))
      this.wrong(`${where2}.path`, "the first and last steps of a cut path");
    return gap;
  };
  waived = (value, where2) => {
    const gap = this.gap(value, where2);
    this.string(gap.reason, `${where2}.reason`);
    return gap;
  };
  crash = (value, where2) => {
    const crash = this.object(value, where2);
    return {
      rule: this.string(crash.rule, `${where2}.rule`),
      file: this.string(crash.file, `${where2}.file`),
      message: this.string(crash.message, `${where2}.message`)
    };
  };
  drawing = (value, where2) => {
    const drawn = this.object(value, where2);
    return {
      file: this.string(drawn.file, `${where2}.file`),
      id: this.string(drawn.id, `${where2}.id`),
      at: { line: this.count(drawn.line, `${where2}.line`) },
      title: this.string(drawn.title, `${where2}.title`),
      owner: { id: this.string(drawn.owner, `${where2}.owner`) },
      start: this.list(this.string)(drawn.start, `${where2}.start`).map((id) => ({ id })),
      steps: this.list(this.step)(drawn.steps, `${where2}.steps`)
    };
  };
  step = (value, where2) => {
    const step = this.object(value, where2);
    const title = this.optional(this.string)(step.title, `${where2}.title`);
    return {
      id: this.string(step.id, `${where2}.id`),
      type: this.oneOf(STEP_TYPES)(step.type, `${where2}.type`),
      ...title !== void 0 && { title },
      next: this.list(this.edge)(step.next, `${where2}.next`)
    };
  };
  edge = (value, where2) => {
    const edge = this.object(value, where2);
    const when = this.optional(this.string)(edge.when, `${where2}.when`);
    const after = this.optional(this.string)(edge.after, `${where2}.after`);
    return {
      to: { id: this.string(edge.to, `${where2}.to`) },
      ...when !== void 0 && { when },
      ...after !== void 0 && { after: { text: after } }
    };
  };
};

// dist/report/sarif.js
import { createHash } from "node:crypto";

// dist/version.js
import { existsSync as existsSync3, readFileSync as readFileSync2 } from "node:fs";
function version() {
  return JSON.parse(readFileSync2(packageFile("package.json"), "utf8")).version;
}
var BUILD_ID_FILE = "dist/build-id";
function buildId() {
  const fingerprint = packageFile(BUILD_ID_FILE);
  return existsSync3(fingerprint) ? `${version()}+${readFileSync2(fingerprint, "utf8").trim()}` : version();
}

// dist/report/range.js
function gapRange(gap) {
  const start = { line: gap.line, column: gap.column };
  const end = gap.endLine === void 0 || gap.endColumn === void 0 ? start : { line: gap.endLine, column: gap.endColumn };
  return { start, end };
}

// dist/report/sarif.js
var SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
var INFORMATION_URI = "https://gapcheck.dev";
var FINGERPRINT_KEY = "gapcheck/v1";
var SOURCE_ROOT = "%SRCROOT%";
var LEVEL = { critical: "error", high: "error", medium: "warning", low: "note" };
var writeSarif = ({ result, registry }) => {
  const ruleIndex = new Map(registry.ids.map((id, index) => [id, index]));
  const fingerprints = fingerprintAll([...result.gaps, ...result.waived]);
  const gapCount = result.gaps.length;
  const results = new JsonList(gapCount + result.waived.length, (index) => {
    if (index < gapCount)
      return toResult(result.gaps[index], ruleIndex.get(result.gaps[index].rule), fingerprints[index]);
    const gap = result.waived[index - gapCount];
    return {
      ...toResult(gap, ruleIndex.get(gap.rule), fingerprints[index]),
      suppressions: [{ kind: "inSource", status: "accepted", justification: gap.reason }]
    };
  });
  const log = {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "gapcheck",
            version: version(),
            semanticVersion: version(),
            informationUri: INFORMATION_URI,
            rules: registry.rules.map(({ meta }) => describeRule(meta))
          }
        },
        originalUriBaseIds: {
          [SOURCE_ROOT]: {
            description: { text: "The directory gapcheck was run in: every file path is relative to it." }
          }
        },
        columnKind: "utf16CodeUnits",
        ...result.crashes && { invocations: [failedInvocation(result.crashes, ruleIndex)] },
        results
      }
    ]
  };
  return jsonTextPieces(log);
};
var formatSarif = wholeReport(writeSarif);
function failedInvocation(crashes, ruleIndex) {
  return {
    executionSuccessful: false,
    toolExecutionNotifications: crashes.map((crash) => ({
      level: "error",
      message: { text: `internal error: ${crashText(crash)}` },
      associatedRule: { id: crash.rule, ...ruleIndex.has(crash.rule) && { index: ruleIndex.get(crash.rule) } }
    }))
  };
}
function describeRule(meta) {
  return {
    id: meta.id,
    shortDescription: { text: ruleSummary(meta) },
    fullDescription: { text: meta.why },
    help: {
      text: `${meta.why}

How to close the gap: ${meta.fix}`,
      markdown: `${meta.why}

**How to close the gap:** ${meta.fix}
${meta.example === void 0 ? "" : `
**A process that passes:**

\`\`\`yaml
${meta.example.trimEnd()}
\`\`\`
`}`
    },
    ...meta.docs === void 0 ? {} : { helpUri: meta.docs },
    defaultConfiguration: { level: LEVEL[meta.defaultSeverity] },
    properties: { tags: ["gapcheck", meta.structural ? "structure" : "customer-service"], precision: "very-high" }
  };
}
function toResult(gap, ruleIndex, fingerprint) {
  const { start, end } = gapRange(gap);
  return {
    ruleId: gap.rule,
    ...ruleIndex === void 0 ? {} : { ruleIndex },
    level: LEVEL[gap.severity],
    message: { text: messageAndPath(gap) },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: fileUri(gap.file), uriBaseId: SOURCE_ROOT },
          region: { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column }
        }
      }
    ],
    // Not primaryLocationLineHash: GitHub computes that one itself from the line's text, and warns when it differs.
    partialFingerprints: { [FINGERPRINT_KEY]: fingerprint },
    properties: {
      severity: gap.severity,
      process: gap.process,
      step: gap.step,
      ...gap.path ? machinePath(gap) : {}
    }
  };
}
function fingerprintAll(gaps) {
  const seen = /* @__PURE__ */ new Map();
  return gaps.map((gap) => {
    const identity = [
      gap.process === null ? `file:${gap.file}` : `process:${gap.process}`,
      gap.step ?? "",
      gap.rule
    ].join("\0");
    const hash2 = createHash("sha256").update(identity).digest("hex").slice(0, 16);
    const occurrence = (seen.get(hash2) ?? 0) + 1;
    seen.set(hash2, occurrence);
    return `${hash2}:${occurrence}`;
  });
}
function fileUri(file) {
  return file.split("/").map(encodeURIComponent).join("/");
}

// node_modules/chalk/source/vendor/ansi-styles/index.js
var ANSI_BACKGROUND_OFFSET = 10;
var wrapAnsi16 = (offset = 0) => (code) => `\x1B[${code + offset}m`;
var wrapAnsi256 = (offset = 0) => (code) => `\x1B[${38 + offset};5;${code}m`;
var wrapAnsi16m = (offset = 0) => (red, green, blue) => `\x1B[${38 + offset};2;${red};${green};${blue}m`;
var styles = {
  modifier: {
    reset: [0, 0],
    // 21 isn't widely supported and 22 does the same thing
    bold: [1, 22],
    dim: [2, 22],
    italic: [3, 23],
    underline: [4, 24],
    overline: [53, 55],
    inverse: [7, 27],
    hidden: [8, 28],
    strikethrough: [9, 29]
  },
  color: {
    black: [30, 39],
    red: [31, 39],
    green: [32, 39],
    yellow: [33, 39],
    blue: [34, 39],
    magenta: [35, 39],
    cyan: [36, 39],
    white: [37, 39],
    // Bright color
    blackBright: [90, 39],
    gray: [90, 39],
    // Alias of `blackBright`
    grey: [90, 39],
    // Alias of `blackBright`
    redBright: [91, 39],
    greenBright: [92, 39],
    yellowBright: [93, 39],
    blueBright: [94, 39],
    magentaBright: [95, 39],
    cyanBright: [96, 39],
    whiteBright: [97, 39]
  },
  bgColor: {
    bgBlack: [40, 49],
    bgRed: [41, 49],
    bgGreen: [42, 49],
    bgYellow: [43, 49],
    bgBlue: [44, 49],
    bgMagenta: [45, 49],
    bgCyan: [46, 49],
    bgWhite: [47, 49],
    // Bright color
    bgBlackBright: [100, 49],
    bgGray: [100, 49],
    // Alias of `bgBlackBright`
    bgGrey: [100, 49],
    // Alias of `bgBlackBright`
    bgRedBright: [101, 49],
    bgGreenBright: [102, 49],
    bgYellowBright: [103, 49],
    bgBlueBright: [104, 49],
    bgMagentaBright: [105, 49],
    bgCyanBright: [106, 49],
    bgWhiteBright: [107, 49]
  }
};
var modifierNames = Object.keys(styles.modifier);
var foregroundColorNames = Object.keys(styles.color);
var backgroundColorNames = Object.keys(styles.bgColor);
var colorNames = [...foregroundColorNames, ...backgroundColorNames];
function assembleStyles() {
  const codes = /* @__PURE__ */ new Map();
  for (const [groupName, group] of Object.entries(styles)) {
    for (const [styleName, style] of Object.entries(group)) {
      styles[styleName] = {
        open: `\x1B[${style[0]}m`,
        close: `\x1B[${style[1]}m`
      };
      group[styleName] = styles[styleName];
      codes.set(style[0], style[1]);
    }
    Object.defineProperty(styles, groupName, {
      value: group,
      enumerable: false
    });
  }
  Object.defineProperty(styles, "codes", {
    value: codes,
    enumerable: false
  });
  styles.color.close = "\x1B[39m";
  styles.bgColor.close = "\x1B[49m";
  styles.color.ansi = wrapAnsi16();
  styles.color.ansi256 = wrapAnsi256();
  styles.color.ansi16m = wrapAnsi16m();
  styles.bgColor.ansi = wrapAnsi16(ANSI_BACKGROUND_OFFSET);
  styles.bgColor.ansi256 = wrapAnsi256(ANSI_BACKGROUND_OFFSET);
  styles.bgColor.ansi16m = wrapAnsi16m(ANSI_BACKGROUND_OFFSET);
  Object.defineProperties(styles, {
    rgbToAnsi256: {
      value(red, green, blue) {
        if (red === green && green === blue) {
          if (red < 8) {
            return 16;
          }
          if (red > 248) {
            return 231;
          }
          return Math.round((red - 8) / 247 * 24) + 232;
        }
        return 16 + 36 * Math.round(red / 255 * 5) + 6 * Math.round(green / 255 * 5) + Math.round(blue / 255 * 5);
      },
      enumerable: false
    },
    hexToRgb: {
      value(hex) {
        const matches = /[a-f\d]{6}|[a-f\d]{3}/i.exec(hex.toString(16));
        if (!matches) {
          return [0, 0, 0];
        }
        let [colorString] = matches;
        if (colorString.length === 3) {
          colorString = [...colorString].map((character) => character + character).join("");
        }
        const integer = Number.parseInt(colorString, 16);
        return [
          /* eslint-disable no-bitwise */
          integer >> 16 & 255,
          integer >> 8 & 255,
          integer & 255
          /* eslint-enable no-bitwise */
        ];
      },
      enumerable: false
    },
    hexToAnsi256: {
      value: (hex) => styles.rgbToAnsi256(...styles.hexToRgb(hex)),
      enumerable: false
    },
    ansi256ToAnsi: {
      value(code) {
        if (code < 8) {
          return 30 + code;
        }
        if (code < 16) {
          return 90 + (code - 8);
        }
        let red;
        let green;
        let blue;
        if (code >= 232) {
          red = ((code - 232) * 10 + 8) / 255;
          green = red;
          blue = red;
        } else {
          code -= 16;
          const remainder = code % 36;
          red = Math.floor(code / 36) / 5;
          green = Math.floor(remainder / 6) / 5;
          blue = remainder % 6 / 5;
        }
        const value = Math.max(red, green, blue) * 2;
        if (value === 0) {
          return 30;
        }
        let result = 30 + (Math.round(blue) << 2 | Math.round(green) << 1 | Math.round(red));
        if (value === 2) {
          result += 60;
        }
        return result;
      },
      enumerable: false
    },
    rgbToAnsi: {
      value: (red, green, blue) => styles.ansi256ToAnsi(styles.rgbToAnsi256(red, green, blue)),
      enumerable: false
    },
    hexToAnsi: {
      value: (hex) => styles.ansi256ToAnsi(styles.hexToAnsi256(hex)),
      enumerable: false
    }
  });
  return styles;
}
var ansiStyles = assembleStyles();
var ansi_styles_default = ansiStyles;

// node_modules/chalk/source/vendor/supports-color/index.js
import process2 from "node:process";
import os from "node:os";
import tty from "node:tty";
function hasFlag(flag, argv = globalThis.Deno ? globalThis.Deno.args : process2.argv) {
  const prefix = flag.startsWith("-") ? "" : flag.length === 1 ? "-" : "--";
  const position = argv.indexOf(prefix + flag);
  const terminatorPosition = argv.indexOf("--");
  return position !== -1 && (terminatorPosition === -1 || position < terminatorPosition);
}
var { env } = process2;
var flagForceColor;
if (hasFlag("no-color") || hasFlag("no-colors") || hasFlag("color=false") || hasFlag("color=never")) {
  flagForceColor = 0;
} else if (hasFlag("color") || hasFlag("colors") || hasFlag("color=true") || hasFlag("color=always")) {
  flagForceColor = 1;
}
function envForceColor() {
  if ("FORCE_COLOR" in env) {
    if (env.FORCE_COLOR === "true") {
      return 1;
    }
    if (env.FORCE_COLOR === "false") {
      return 0;
    }
    return env.FORCE_COLOR.length === 0 ? 1 : Math.min(Number.parseInt(env.FORCE_COLOR, 10), 3);
  }
}
function translateLevel(level) {
  if (level === 0) {
    return false;
  }
  return {
    level,
    hasBasic: true,
    has256: level >= 2,
    has16m: level >= 3
  };
}
function _supportsColor(haveStream, { streamIsTTY, sniffFlags = true } = {}) {
  const noFlagForceColor = envForceColor();
  if (noFlagForceColor !== void 0) {
    flagForceColor = noFlagForceColor;
  }
  const forceColor = sniffFlags ? flagForceColor : noFlagForceColor;
  if (forceColor === 0) {
    return 0;
  }
  if (sniffFlags) {
    if (hasFlag("color=16m") || hasFlag("color=full") || hasFlag("color=truecolor")) {
      return 3;
    }
    if (hasFlag("color=256")) {
      return 2;
    }
  }
  if ("TF_BUILD" in env && "AGENT_NAME" in env) {
    return 1;
  }
  if (haveStream && !streamIsTTY && forceColor === void 0) {
    return 0;
  }
  const min = forceColor || 0;
  if (env.TERM === "dumb") {
    return min;
  }
  if (process2.platform === "win32") {
    const osRelease = os.release().split(".");
    if (Number(osRelease[0]) >= 10 && Number(osRelease[2]) >= 10586) {
      return Number(osRelease[2]) >= 14931 ? 3 : 2;
    }
    return 1;
  }
  if ("CI" in env) {
    if (["GITHUB_ACTIONS", "GITEA_ACTIONS", "CIRCLECI"].some((key) => key in env)) {
      return 3;
    }
    if (["TRAVIS", "APPVEYOR", "GITLAB_CI", "BUILDKITE", "DRONE"].some((sign2) => sign2 in env) || env.CI_NAME === "codeship") {
      return 1;
    }
    return min;
  }
  if ("TEAMCITY_VERSION" in env) {
    return /^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/.test(env.TEAMCITY_VERSION) ? 1 : 0;
  }
  if (env.COLORTERM === "truecolor") {
    return 3;
  }
  if (env.TERM === "xterm-kitty") {
    return 3;
  }
  if (env.TERM === "xterm-ghostty") {
    return 3;
  }
  if (env.TERM === "wezterm") {
    return 3;
  }
  if ("TERM_PROGRAM" in env) {
    const version2 = Number.parseInt((env.TERM_PROGRAM_VERSION || "").split(".")[0], 10);
    switch (env.TERM_PROGRAM) {
      case "iTerm.app": {
        return version2 >= 3 ? 3 : 2;
      }
      case "Apple_Terminal": {
        return 2;
      }
    }
  }
  if (/-256(color)?$/i.test(env.TERM)) {
    return 2;
  }
  if (/^screen|^xterm|^vt100|^vt220|^rxvt|color|ansi|cygwin|linux/i.test(env.TERM)) {
    return 1;
  }
  if ("COLORTERM" in env) {
    return 1;
  }
  return min;
}
function createSupportsColor(stream, options = {}) {
  const level = _supportsColor(stream, {
    streamIsTTY: stream && stream.isTTY,
    ...options
  });
  return translateLevel(level);
}
var supportsColor = {
  stdout: createSupportsColor({ isTTY: tty.isatty(1) }),
  stderr: createSupportsColor({ isTTY: tty.isatty(2) })
};
var supports_color_default = supportsColor;

// node_modules/chalk/source/utilities.js
function stringReplaceAll(string, substring, replacer) {
  let index = string.indexOf(substring);
  if (index === -1) {
    return string;
  }
  const substringLength = substring.length;
  let endIndex = 0;
  let returnValue = "";
  do {
    returnValue += string.slice(endIndex, index) + substring + replacer;
    endIndex = index + substringLength;
    index = string.indexOf(substring, endIndex);
  } while (index !== -1);
  returnValue += string.slice(endIndex);
  return returnValue;
}
function stringEncaseCRLFWithFirstIndex(string, prefix, postfix, index) {
  let endIndex = 0;
  let returnValue = "";
  do {
    const gotCR = string[index - 1] === "\r";
    returnValue += string.slice(endIndex, gotCR ? index - 1 : index) + prefix + (gotCR ? "\r\n" : "\n") + postfix;
    endIndex = index + 1;
    index = string.indexOf("\n", endIndex);
  } while (index !== -1);
  returnValue += string.slice(endIndex);
  return returnValue;
}

// node_modules/chalk/source/index.js
var { stdout: stdoutColor, stderr: stderrColor } = supports_color_default;
var GENERATOR = /* @__PURE__ */ Symbol("GENERATOR");
var STYLER = /* @__PURE__ */ Symbol("STYLER");
var IS_EMPTY = /* @__PURE__ */ Symbol("IS_EMPTY");
var levelMapping = [
  "ansi",
  "ansi",
  "ansi256",
  "ansi16m"
];
var styles2 = /* @__PURE__ */ Object.create(null);
var applyOptions = (object, options = {}) => {
  if (options.level && !(Number.isInteger(options.level) && options.level >= 0 && options.level <= 3)) {
    throw new Error("The `level` option should be an integer from 0 to 3");
  }
  const colorLevel = stdoutColor ? stdoutColor.level : 0;
  object.level = options.level === void 0 ? colorLevel : options.level;
};
var Chalk = class {
  constructor(options) {
    return chalkFactory(options);
  }
};
var chalkFactory = (options) => {
  const chalk2 = (...strings) => strings.join(" ");
  applyOptions(chalk2, options);
  Object.setPrototypeOf(chalk2, createChalk.prototype);
  return chalk2;
};
function createChalk(options) {
  return chalkFactory(options);
}
Object.setPrototypeOf(createChalk.prototype, Function.prototype);
for (const [styleName, style] of Object.entries(ansi_styles_default)) {
  styles2[styleName] = {
    get() {
      const builder = createBuilder(this, createStyler(style.open, style.close, this[STYLER]), this[IS_EMPTY]);
      Object.defineProperty(this, styleName, { value: builder });
      return builder;
    }
  };
}
styles2.visible = {
  get() {
    const builder = createBuilder(this, this[STYLER], true);
    Object.defineProperty(this, "visible", { value: builder });
    return builder;
  }
};
var getModelAnsi = (model, level, type, ...arguments_) => {
  if (model === "rgb") {
    if (level === "ansi16m") {
      return ansi_styles_default[type].ansi16m(...arguments_);
    }
    if (level === "ansi256") {
      return ansi_styles_default[type].ansi256(ansi_styles_default.rgbToAnsi256(...arguments_));
    }
    return ansi_styles_default[type].ansi(ansi_styles_default.rgbToAnsi(...arguments_));
  }
  if (model === "hex") {
    return getModelAnsi("rgb", level, type, ...ansi_styles_default.hexToRgb(...arguments_));
  }
  return ansi_styles_default[type][model](...arguments_);
};
var usedModels = ["rgb", "hex", "ansi256"];
for (const model of usedModels) {
  styles2[model] = {
    get() {
      const { level } = this;
      return function(...arguments_) {
        const styler = createStyler(getModelAnsi(model, levelMapping[level], "color", ...arguments_), ansi_styles_default.color.close, this[STYLER]);
        return createBuilder(this, styler, this[IS_EMPTY]);
      };
    }
  };
  const bgModel = "bg" + model[0].toUpperCase() + model.slice(1);
  styles2[bgModel] = {
    get() {
      const { level } = this;
      return function(...arguments_) {
        const styler = createStyler(getModelAnsi(model, levelMapping[level], "bgColor", ...arguments_), ansi_styles_default.bgColor.close, this[STYLER]);
        return createBuilder(this, styler, this[IS_EMPTY]);
      };
    }
  };
}
var proto = Object.defineProperties(() => {
}, {
  ...styles2,
  level: {
    enumerable: true,
    get() {
      return this[GENERATOR].level;
    },
    set(level) {
      this[GENERATOR].level = level;
    }
  }
});
var createStyler = (open2, close, parent) => {
  let openAll;
  let closeAll;
  if (parent === void 0) {
    openAll = open2;
    closeAll = close;
  } else {
    openAll = parent.openAll + open2;
    closeAll = close + parent.closeAll;
  }
  return {
    open: open2,
    close,
    openAll,
    closeAll,
    parent
  };
};
var createBuilder = (self, _styler, _isEmpty) => {
  const builder = (...arguments_) => applyStyle(builder, arguments_.length === 1 ? "" + arguments_[0] : arguments_.join(" "));
  Object.setPrototypeOf(builder, proto);
  builder[GENERATOR] = self;
  builder[STYLER] = _styler;
  builder[IS_EMPTY] = _isEmpty;
  return builder;
};
var applyStyle = (self, string) => {
  if (self.level <= 0 || !string) {
    return self[IS_EMPTY] ? "" : string;
  }
  let styler = self[STYLER];
  if (styler === void 0) {
    return string;
  }
  const { openAll, closeAll } = styler;
  if (string.includes("\x1B")) {
    while (styler !== void 0) {
      string = stringReplaceAll(string, styler.close, styler.open);
      styler = styler.parent;
    }
  }
  const lfIndex = string.indexOf("\n");
  if (lfIndex !== -1) {
    string = stringEncaseCRLFWithFirstIndex(string, closeAll, openAll, lfIndex);
  }
  return openAll + string + closeAll;
};
Object.defineProperties(createChalk.prototype, styles2);
var chalk = createChalk();
var chalkStderr = createChalk({ level: stderrColor ? stderrColor.level : 0 });

// dist/report/stylish.js
var import_cli_table3 = __toESM(require_cli_table3(), 1);
var writeStylish = function* (context) {
  const paint = new Chalk({ level: context.color ? 1 : 0 });
  const lines = (text) => withoutWorkflowCommands(`${text.join("\n")}
`, ESCAPED_COLON);
  for (const [file, fileGaps] of groupByFile(context.result.gaps)) {
    const group = [paint.underline(escapeUntrusted(file))];
    const width = Math.max(...fileGaps.map((gap) => `${gap.line}:${gap.column}`.length));
    for (const gap of fileGaps) {
      const where2 = `${gap.line}:${gap.column}`.padEnd(width);
      group.push(`  ${paint.dim(where2)}  ${severityLabel(paint, gap.severity)}  ${escapeUntrusted(gap.message)}  ${paint.dim(gap.rule)}`);
      const path11 = pathLine(gap);
      if (path11 !== void 0)
        group.push(`  ${" ".repeat(width)}  ${paint.dim(escapeUntrusted(path11))}`);
    }
    yield lines([...group, ""]);
  }
  const crashes = (context.result.crashes ?? []).flatMap((crash) => [
    paint.red(`internal error: ${escapeUntrusted(crashText(crash))}`),
    ""
  ]);
  yield lines([...crashes, summaryTable(context, paint), verdict(context, paint)]);
};
var formatStylish = wholeReport(writeStylish);
function groupByFile(gaps) {
  const groups = /* @__PURE__ */ new Map();
  for (const gap of gaps)
    groups.set(gap.file, [...groups.get(gap.file) ?? [], gap]);
  return groups;
}
var SEVERITY_COLOR = {
  critical: (paint) => paint.bold.red,
  high: (paint) => paint.red,
  medium: (paint) => paint.yellow,
  low: (paint) => paint.blue
};
function severityLabel(paint, severity) {
  return SEVERITY_COLOR[severity](paint)(severity.padEnd(8));
}
function summaryTable({ result }, paint) {
  const counts = countBySeverity(result.gaps);
  const table2 = new import_cli_table3.default({
    head: ["", ...SEVERITIES.map((severity) => severity), "total", "waived"],
    style: { head: [], border: [] },
    chars: paint.level === 0 ? asciiBorders : {}
  });
  table2.push([
    "gaps",
    ...SEVERITIES.map((severity) => counts[severity] > 0 ? SEVERITY_COLOR[severity](paint)(String(counts[severity])) : "0"),
    String(result.gaps.length),
    String(result.waived.length)
  ]);
  return table2.toString();
}
var asciiBorders = {
  top: "-",
  "top-mid": "+",
  "top-left": "+",
  "top-right": "+",
  bottom: "-",
  "bottom-mid": "+",
  "bottom-left": "+",
  "bottom-right": "+",
  left: "|",
  "left-mid": "+",
  mid: "-",
  "mid-mid": "+",
  right: "|",
  "right-mid": "+",
  middle: "|"
};
function verdict({ result, failOn, quiet }, paint) {
  const scope2 = `${plural(result.files, "file")}, ${plural(result.processes, "process", "processes")}`;
  if (result.crashes)
    return paint.red.bold(`\u2716 ${plural(result.crashes.length, "rule")} failed in ${scope2}, so the audit is incomplete`);
  if (result.gaps.length === 0) {
    return paint.green(`\u2714 no gaps${quiet ? ` at or above ${failOn ?? "the threshold"}` : ""} in ${scope2}`);
  }
  const failing = failOn === void 0 ? 0 : result.gaps.filter((gap) => isAtLeast(gap.severity, failOn)).length;
  const counted = `${plural(result.gaps.length, "gap")} in ${scope2}`;
  if (failing === 0)
    return paint.yellow(`\u26A0 ${counted}; none at or above ${failOn ?? "--fail-on"}, so the audit passes`);
  return paint.red.bold(`\u2716 ${counted}; ${failing} at or above ${failOn}, so the audit fails`);
}

// dist/api/formatters.js
var auditedWith = /* @__PURE__ */ new WeakMap();
function rememberAudit(report2, { registry, processes }) {
  auditedWith.set(report2, { registry, processes });
}
function formatter(format) {
  return (report2, { failOn = "high", color = false } = {}) => {
    const read = readReport("the report", report2);
    return format({
      registry: BUILT_IN_RULES,
      ...combinedRun([read]),
      ...auditedWith.get(report2),
      ...failOn !== "none" && { failOn },
      quiet: read.quiet,
      color
    });
  };
}
var formatters = {
  stylish: formatter(formatStylish),
  json: formatter(formatJson),
  markdown: formatter(formatMarkdown),
  sarif: formatter(formatSarif),
  junit: formatter(formatJunit),
  github: formatter(formatGithub)
};

// dist/api/audit.js
import path10 from "node:path";

// dist/audit/run.js
import { availableParallelism } from "node:os";

// dist/audit/cache.js
import { createHmac, hash, randomBytes as randomBytes2 } from "node:crypto";
import { constants as constants3, statSync as statSync3 } from "node:fs";
import { lstat as lstat2, mkdir as mkdir2, open, readFile, stat as stat3, writeFile as writeFile2 } from "node:fs/promises";
import os2 from "node:os";
import path8 from "node:path";

// dist/load/write-whole.js
import { randomBytes } from "node:crypto";
import { constants as constants2, unlinkSync, writeSync } from "node:fs";
import { access, chmod, lstat, mkdir, readlink, realpath, rename, rmdir, stat as stat2, unlink, writeFile } from "node:fs/promises";
import path7 from "node:path";
var MAX_LINKS = 40;
async function checkTarget(named, absolute, what, createFolders = false) {
  const { target, mustWrite } = await resolve2(named, absolute, what, createFolders);
  if (target.descriptor !== void 0)
    return target;
  try {
    await access(mustWrite, target.how === "direct" ? constants2.W_OK : constants2.W_OK | constants2.X_OK);
  } catch (error) {
    throw cannotWrite(target, describeWriteError(error));
  }
  return target;
}
function describeWriteError(error) {
  const reasons = {
    ENOSPC: "no space is left on the device",
    EDQUOT: "the disk quota is used up",
    EROFS: "the file system is read-only",
    ENAMETOOLONG: "the name is too long",
    ENXIO: "nothing can be written to it here",
    EPIPE: "its reader has gone",
    EEXIST: "a file is already there",
    ENOTDIR: "a part of its folder is a file, not a folder"
  };
  return reasons[error?.code ?? ""] ?? describeFsError(error);
}
function cannotWrite(target, reason, advice = "check that its folder exists and may be written") {
  return new UsageError(`cannot write ${target.what} to "${target.named}" (${reason}); ${advice}`);
}
async function resolve2(named, absolute, what, createFolders) {
  const fail = (reason, advice) => {
    throw cannotWrite({ named, what }, reason, advice);
  };
  if (named.endsWith("/") || named.endsWith(path7.sep))
    fail("the name ends in a slash, so it names a folder", "name a file, like report.txt");
  let at = absolute;
  for (let hops = 0; hops <= MAX_LINKS; hops++) {
    const folder = await realFolder(path7.dirname(at), createFolders, fail);
    at = path7.join(folder.path, path7.basename(at));
    let stats;
    try {
      stats = at.startsWith("/proc/") ? await stat2(at) : await lstat(at);
    } catch (error) {
      if (error.code !== "ENOENT")
        fail(describeWriteError(error));
    }
    if (stats?.isSymbolicLink()) {
      at = path7.resolve(folder.path, await readlink(at));
      continue;
    }
    if (stats?.isDirectory())
      fail("it is a folder", "name a file in it");
    const descriptor = ownDescriptor(at);
    const how = descriptor === void 0 && (stats === void 0 || stats.isFile()) ? "replace" : "direct";
    const target = {
      named,
      what,
      path: at,
      how,
      createFolders,
      ...descriptor !== void 0 && { descriptor },
      ...stats && { identity: identityOf(stats), ...how === "replace" && { mode: stats.mode & 4095 } }
    };
    return { target, mustWrite: how === "direct" ? at : folder.nearest };
  }
  return fail("a symbolic link loop");
}
function ownDescriptor(at) {
  const match = /^\/proc\/(?:self|(\d+))\/fd\/(\d+)$/.exec(at);
  return match && (match[1] === void 0 || Number(match[1]) === process.pid) ? Number(match[2]) : void 0;
}
async function realFolder(folder, createFolders, fail) {
  const missing = [];
  let existing = folder;
  for (; ; ) {
    try {
      const real = await realpath(existing);
      if (!(await stat2(real)).isDirectory())
        fail("a part of its folder is a file, not a folder");
      return { path: path7.join(real, ...missing.reverse()), nearest: real };
    } catch (error) {
      const code = error.code;
      if (error instanceof UsageError)
        throw error;
      if (code === "ENOTDIR")
        fail("a part of its folder is a file, not a folder");
      if (code !== "ENOENT")
        fail(describeWriteError(error));
      if (!createFolders)
        fail("its folder does not exist");
      if (path7.dirname(existing) === existing)
        fail("its folder does not exist");
      missing.push(path7.basename(existing));
      existing = path7.dirname(existing);
    }
  }
}
function identityOf(stats) {
  return `${stats.dev}:${stats.ino}`;
}
async function writeTo(target, data) {
  try {
    if (target.descriptor !== void 0)
      await writeToDescriptor(target.descriptor, data);
    else if (target.how === "direct")
      await writeFile(target.path, data, { flag: constants2.O_WRONLY | constants2.O_APPEND });
    else
      await replace(target, data);
  } catch (error) {
    throw cannotWrite(target, describeWriteError(error), "nothing was written");
  }
}
async function writeWhole(target, data, what) {
  await writeTo(await checkTarget(target, target, what), data);
}
async function writeToDescriptor(descriptor, data) {
  const stream = descriptor === 1 ? process.stdout : descriptor === 2 ? process.stderr : void 0;
  for (const part of typeof data === "string" || data instanceof Uint8Array ? [data] : data) {
    if (stream) {
      if (stream.destroyed || !stream.write(part) && await roomOrGone(stream) === "gone")
        return;
      continue;
    }
    const bytes = typeof part === "string" ? Buffer.from(part) : part;
    for (let done = 0; done < bytes.length; )
      done += writeSync(descriptor, bytes, done);
  }
}
function roomOrGone(stream) {
  return new Promise((resolve3) => {
    const settle2 = (how) => () => {
      for (const [event, listener] of listeners)
        stream.off(event, listener);
      resolve3(how);
    };
    const listeners = [
      ["drain", settle2("room")],
      ["error", settle2("gone")],
      ["close", settle2("gone")]
    ];
    for (const [event, listener] of listeners)
      stream.once(event, listener);
  });
}
async function replace(target, data) {
  const folder = path7.dirname(target.path);
  const created = target.createFolders ? await mkdir(folder, { recursive: true }) : void 0;
  const temporary = path7.join(folder, `.gapcheck-${randomBytes(6).toString("hex")}.tmp`);
  track(temporary);
  try {
    await writeFile(temporary, data, { flag: "wx" });
    if (target.mode !== void 0)
      await chmod(temporary, target.mode);
    await rename(temporary, target.path);
  } catch (error) {
    await unlink(temporary).catch(() => void 0);
    if (created !== void 0)
      await removeMadeFolders(folder, created);
    throw error;
  } finally {
    forget(temporary);
  }
}
async function removeMadeFolders(deepest, first) {
  for (let folder = deepest; folder.startsWith(first); folder = path7.dirname(folder)) {
    if (!await rmdir(folder).then(() => true, () => false))
      return;
  }
}
var temporaries = /* @__PURE__ */ new Set();
var SIGNALS = { SIGINT: 130, SIGTERM: 143 };
function removeTemporaries() {
  for (const file of temporaries) {
    try {
      unlinkSync(file);
    } catch {
    }
  }
  temporaries.clear();
}
function stopOnSignal(signal) {
  removeTemporaries();
  process.exit(SIGNALS[signal]);
}
function track(temporary) {
  temporaries.add(temporary);
  if (temporaries.size !== 1)
    return;
  for (const signal of Object.keys(SIGNALS))
    process.on(signal, stopOnSignal);
  process.on("exit", removeTemporaries);
}
function forget(temporary) {
  temporaries.delete(temporary);
  if (temporaries.size > 0)
    return;
  for (const signal of Object.keys(SIGNALS))
    process.off(signal, stopOnSignal);
  process.off("exit", removeTemporaries);
}

// dist/audit/cache.js
var MAX_CACHE_BYTES = 1024 * 1024 * 1024;
var CACHE_FORMAT = 5;
var RACY_MARGIN_NS = 2000000000n;
var OutcomeCache = class _OutcomeCache {
  location;
  key;
  secret;
  previous;
  state;
  previousReport;
  secretProblem;
  next = /* @__PURE__ */ new Map();
  report;
  constructor(location, key, secret, previous, state, previousReport, secretProblem) {
    this.location = location;
    this.key = key;
    this.secret = secret;
    this.previous = previous;
    this.state = state;
    this.previousReport = previousReport;
    this.secretProblem = secretProblem;
  }
  static async open(location, key) {
    const kept = await machineSecret();
    if ("problem" in kept)
      return new _OutcomeCache(location, key, void 0, /* @__PURE__ */ new Map(), "absent", void 0, kept.problem);
    const { secret } = kept;
    let bytes;
    try {
      const stats = await stat3(location);
      if (!stats.isFile() || stats.size > MAX_CACHE_BYTES)
        throw new Error("not a cache file gapcheck could have written");
      bytes = await readFile(location);
    } catch (error) {
      const absent = error.code === "ENOENT";
      return new _OutcomeCache(location, key, secret, /* @__PURE__ */ new Map(), absent ? "absent" : "damaged");
    }
    const read = readCache(bytes, key, secret);
    if (typeof read === "string")
      return new _OutcomeCache(location, key, secret, /* @__PURE__ */ new Map(), read);
    return new _OutcomeCache(location, key, secret, read.entries, "valid", read.report);
  }
  /** The entry for a file, when its bytes and settings are the ones the entry was made from. */
  get(file, fileHash, settings) {
    const entry = this.previous.get(file);
    return entry?.hash === fileHash && entry.settings === settings ? entry : void 0;
  }
  /** The entry for a file, when the file still has the stamp it had when the entry was made, under the same settings. */
  getStamped(file, stamp, settings) {
    const entry = this.previous.get(file);
    return entry?.stamp === stamp && entry.settings === settings ? entry : void 0;
  }
  set(file, entry) {
    this.next.set(file, entry);
  }
  /** The report the last run kept, when it was made from exactly what `key` says. */
  keptReport(key) {
    return this.previousReport?.key === key ? this.previousReport : void 0;
  }
  /** The report to keep with this run's entries; none, and the last one is dropped. */
  keepReport(report2) {
    this.report = report2;
  }
  /**
   * Writes this run's entries and report, and keeps earlier entries of the files in
   * `keep` that this run did not audit (those of other shards); entries of files
   * that are gone are dropped. Does not write when nothing changed.
   */
  async save(keep) {
    const entries = new Map(this.next);
    for (const [file, entry] of this.previous)
      if (!entries.has(file) && keep.has(file))
        entries.set(file, entry);
    const unchanged = this.state === "valid" && sameEntries(entries, this.previous) && this.report?.key === this.previousReport?.key;
    if (this.secret === void 0 || unchanged)
      return;
    const index = [...entries].map(([file, e]) => [file, e.hash, e.stamp ?? null, e.project, e.settings]);
    const reportHeader = this.report ? { key: this.report.key, exitCode: this.report.exitCode } : null;
    const report2 = this.report;
    function* body() {
      yield asciiJson(index);
      yield "\n";
      yield* outcomesJson(entries.values());
      yield "\n";
      yield JSON.stringify(reportHeader);
      yield "\n";
      yield* report2?.pieces ?? [];
    }
    const header = { "gapcheck-cache": CACHE_FORMAT, key: this.key, signature: sign(this.secret, body()) };
    await writeWhole(this.location, afterLine(JSON.stringify(header), body()), "the cache");
  }
};
function readCache(bytes, key, secret) {
  const lines = cacheLines(bytes);
  if (lines === void 0)
    return "damaged";
  const [headerLine, indexLine, outcomesLine, reportLine] = lines;
  let header;
  try {
    header = JSON.parse(headerLine.toString("utf8"));
  } catch {
    return "damaged";
  }
  if (header["gapcheck-cache"] !== CACHE_FORMAT)
    return typeof header["gapcheck-cache"] === "number" ? "stale" : "damaged";
  if (header.key !== key)
    return "stale";
  if (header.signature !== sign(secret, [bytes.subarray(headerLine.length + 1)]))
    return "damaged";
  let index;
  let reportHeader;
  try {
    index = JSON.parse(indexLine.toString("utf8"));
    reportHeader = JSON.parse(reportLine.toString("utf8"));
  } catch {
    return "damaged";
  }
  if (!Array.isArray(index) || !index.every(isIndexEntry) || !(reportHeader === null || isReportHeader(reportHeader)))
    return "damaged";
  const outcomes = lazyOutcomes(outcomesLine, index.length);
  const entries = new Map(index.map(([file, fileHash, stamp, project, settings], position) => [
    file,
    {
      hash: fileHash,
      ...stamp === null ? {} : { stamp },
      project,
      settings,
      get outcome() {
        return outcomes()[position];
      }
    }
  ]));
  const report2 = bytes.subarray(headerLine.length + indexLine.length + outcomesLine.length + reportLine.length + 4);
  return {
    entries,
    ...reportHeader === null ? {} : { report: { ...reportHeader, bytes: report2 } }
  };
}
function cacheLines(bytes) {
  const lines = [];
  let start = 0;
  while (lines.length < 4) {
    const end = bytes.indexOf(10, start);
    if (end === -1)
      return void 0;
    lines.push(bytes.subarray(start, end));
    start = end + 1;
  }
  return lines;
}
function lazyOutcomes(line, count) {
  let outcomes;
  return () => {
    if (outcomes === void 0) {
      const decoded = JSON.parse(line.toString("utf8"));
      if (!Array.isArray(decoded) || decoded.length !== count || !decoded.every(isOutcome))
        throw new Error("the cache holds outcomes that do not match its index");
      outcomes = decoded;
    }
    return outcomes;
  };
}
function isIndexEntry(value) {
  if (!Array.isArray(value) || value.length !== 5)
    return false;
  const [file, fileHash, stamp, project, settings] = value;
  return typeof file === "string" && typeof fileHash === "string" && (stamp === null || typeof stamp === "string") && typeof project === "string" && typeof settings === "string";
}
function isOutcome(value) {
  const outcome = value;
  return typeof outcome === "object" && outcome !== null && Array.isArray(outcome.gaps) && Array.isArray(outcome.waived) && Array.isArray(outcome.documents);
}
function isReportHeader(value) {
  const report2 = value;
  return typeof report2 === "object" && report2 !== null && typeof report2.key === "string" && Number.isInteger(report2.exitCode);
}
function asciiJson(value) {
  return JSON.stringify(value).replace(/[\u007f-\uffff]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
function* afterLine(line, rest) {
  yield `${line}
`;
  yield* rest;
}
function* outcomesJson(entries) {
  let separator = "[";
  for (const entry of entries) {
    yield `${separator}${asciiJson(entry.outcome)}`;
    separator = ",";
  }
  yield separator === "[" ? "[]" : "]";
}
function sameEntries(a, b) {
  if (a.size !== b.size)
    return false;
  for (const [file, entry] of a)
    if (b.get(file) !== entry)
      return false;
  return true;
}
function sign(secret, body) {
  const hmac = createHmac("sha256", secret);
  for (const part of body)
    hmac.update(part);
  return hmac.digest("base64");
}
function userCacheFolder() {
  const xdg = process.env.XDG_CACHE_HOME;
  return xdg !== void 0 && path8.isAbsolute(xdg) ? xdg : path8.join(os2.homedir(), ".cache");
}
async function machineSecret() {
  const base = userCacheFolder();
  const folder = path8.join(base, "gapcheck");
  const file = path8.join(folder, "cache-secret");
  const without = (why) => ({
    problem: `cannot keep the cache's secret in ${folder}: ${why}; the run was audited without the cache`
  });
  try {
    for (const made of [base, folder])
      await mkdir2(made, { mode: 448 }).catch(unlessExists);
    await writeFile2(file, randomBytes2(32), { flag: "wx", mode: 384 }).catch(unlessExists);
  } catch (error) {
    return without(folderProblem(error, base));
  }
  let handle;
  try {
    const folderStats = await lstat2(folder);
    if (!folderStats.isDirectory() || !isOwnAlone(folderStats))
      return without(`that folder is not yours alone (made by another user, or others may write to it); remove it, and gapcheck makes a new one`);
    handle = await open(file, constants3.O_RDONLY | (constants3.O_NOFOLLOW ?? 0));
    const stats = await handle.stat();
    if (!stats.isFile() || !isOwnAlone(stats))
      return without(`${file} is not yours alone (made by another user, or others may write to it); remove it, and gapcheck makes a new one`);
    const secret = await handle.readFile();
    return secret.length >= 32 ? { secret } : without(`${file} is shorter than a secret gapcheck makes; remove it, and gapcheck makes a new one`);
  } catch (error) {
    return without(folderProblem(error, base));
  } finally {
    await handle?.close();
  }
}
function unlessExists(error) {
  if (error.code !== "EEXIST")
    throw error;
}
function isOwnAlone(stats) {
  const uid = process.getuid?.();
  return uid === void 0 || stats.uid === uid && (stats.mode & 18) === 0;
}
function folderProblem(error, base) {
  switch (error.code) {
    case "ENOENT":
      return `${path8.dirname(base)} does not exist (gapcheck does not create it)`;
    case "ENOTDIR":
      return `${base} or a folder above it is not a folder`;
    case "EROFS":
      return "the file system is read-only";
    case "ELOOP":
      return "the secret is a symbolic link";
    default:
      return describeFsError(error);
  }
}
function fileStamp(absolutePath, now) {
  let stats;
  try {
    stats = statSync3(absolutePath, { bigint: true, throwIfNoEntry: false });
  } catch {
    return void 0;
  }
  if (!stats?.isFile() || stats.ctimeNs > now - RACY_MARGIN_NS || stats.mtimeNs > now - RACY_MARGIN_NS)
    return void 0;
  return `${stats.size}:${stats.dev}:${stats.ino}:${stats.mtimeNs}:${stats.ctimeNs}`;
}
function contentHash(data) {
  return hash("sha256", data, "base64");
}
function cacheKey(build2, today, limits) {
  return contentHash(JSON.stringify({ build: build2, today, limits }));
}

// dist/audit/shard.js
function inShard(file, shard) {
  return fnv1a(file.path) % shard.count === shard.index - 1;
}
function fnv1a(text) {
  let hash2 = 2166136261;
  for (let i = 0; i < text.length; i++)
    hash2 = Math.imul(hash2 ^ text.charCodeAt(i), 16777619);
  return hash2 >>> 0;
}
var ID_RUN = /[a-z0-9-]+/g;
var BACKSLASH = 92;
function mayHoldId(bytes, ids) {
  if (bytes.includes(BACKSLASH))
    return true;
  const text = new TextDecoder().decode(bytes);
  for (const [run] of text.matchAll(ID_RUN))
    if (ids.has(run))
      return true;
  return false;
}

// dist/audit/run.js
var THREAD_THRESHOLD_BYTES = 8 * 1024 * 1024;
var AuditRun = class _AuditRun {
  discovery;
  options;
  folders;
  cache;
  slots;
  notes = [];
  /** Whether this run read files for look-up: a report they helped make may change unseen, so it is never kept. */
  lookedUp = false;
  constructor(discovery, options, folders, cache, slots) {
    this.discovery = discovery;
    this.options = options;
    this.folders = folders;
    this.cache = cache;
    this.slots = slots;
    if (cache?.secretProblem !== void 0)
      this.notes.push(cache.secretProblem);
    if (cache?.state === "damaged")
      this.notes.push(`the cache ${cache.location} was damaged or unreadable; it is rebuilt`);
  }
  static async prepare(discovery, options) {
    const { setups, shard } = options;
    const own = shard ? discovery.files.filter((file) => inShard(file, shard)) : discovery.files;
    const folders = (shard ? discovery.unreadableFolders.filter((folder) => inShard(folder, shard)) : discovery.unreadableFolders).map(unreadableFolder);
    const cache = options.cache && await OutcomeCache.open(options.cache.location, cacheKey(options.cache.build, setups.today, options.limits));
    return new _AuditRun(discovery, options, folders, cache, readSlots(own, options.limits, setups, cache, !options.keepProcesses));
  }
  /** Whether `save` can keep the report printed: only a run with a cache keeps one, so only it need collect it. */
  get keepsReports() {
    return this.cache !== void 0;
  }
  /**
   * The report the last run kept, when this run would print the very same: every
   * file vouched for by its stamp, under the same settings (the cache's key) and
   * `reportOptions`. Never for shards, unreadable files or the formats that draw processes.
   */
  replay(reportOptions) {
    if (this.cache?.state !== "valid" || !this.slots.every((slot) => slot.entry !== void 0 && slot.bytes === void 0))
      return void 0;
    const key = this.reportKey(reportOptions);
    return key === void 0 ? void 0 : this.cache.keptReport(key);
  }
  async audit() {
    const { setups, shard, progress } = this.options;
    const slots = this.slots;
    for (const slot of slots)
      if (slot.entry)
        slot.outcome = slot.entry.outcome;
    progress?.start(slots.length);
    progress?.advance(slots.filter((slot) => slot.outcome !== void 0).length);
    await auditSlots(slots.filter((slot) => slot.outcome === void 0), this.options, { onProgress: (files) => progress?.advance(files) });
    if (!this.options.keepProcesses)
      for (const slot of slots)
        slot.bytes = void 0;
    const ownProcesses = slots.flatMap((slot) => slot.outcome.documents.filter((d) => d !== null));
    const referenced = referencedIds(ownProcesses, setups);
    const ownPaths = new Set(slots.map((slot) => slot.found.path));
    const otherShards = shard ? this.discovery.files.filter((file) => !ownPaths.has(file.path)) : [];
    const foreign = loadCandidates(otherShards, /* @__PURE__ */ new Set([...ownProcesses.map((p) => p.id), ...referenced]), this.options);
    const lookup = (await this.lookUp(referenced)).flatMap(identify).filter((d) => d !== null);
    const { byFile: project, crashes } = projectFindingsByFile(this.discovery.files, slots, foreign, setups, lookup);
    const stale = slots.filter((slot) => slot.readable && slot.project !== projectKey(project.get(slot.found.path)));
    await auditSlots(withBytes(stale, this.options.limits, setups), this.options, { project });
    const outcomes = [
      ...slots.map((slot) => slot.outcome),
      ...this.folders.map((folder) => auditFile(folder, setups.of(folder.path), setups.today))
    ].sort((a, b) => compareText(a.file, b.file));
    return {
      result: combineOutcomes(outcomes, crashes),
      audited: outcomes.map((outcome) => ({
        file: outcome.file,
        processes: outcome.documents.map((d) => d?.id ?? null)
      })),
      reused: slots.filter((slot) => slot.cached).length,
      processes: this.options.keepProcesses ? processesToDraw(slots, setups) : [],
      notes: this.notes
    };
  }
  /**
   * Writes the cache, when the run has one: each audited file's outcome, and the
   * report printed (when it can be replayed). Returns what the user should know
   * (a cache that could not be written).
   */
  async save(report2) {
    const cache = this.cache;
    if (!cache)
      return [];
    for (const slot of this.slots) {
      if (slot.hash !== void 0 && slot.outcome !== void 0 && !slot.outcome.crashes)
        cache.set(slot.found.path, cacheEntry(slot, cache, this.options.setups));
    }
    const key = report2 && this.reportKey(report2.reportOptions);
    cache.keepReport(key === void 0 ? void 0 : { key, exitCode: report2.exitCode, pieces: report2.pieces });
    try {
      await cache.save(new Set(this.discovery.files.map((file) => file.path)));
      return [];
    } catch (error) {
      if (!(error instanceof UsageError))
        throw error;
      return [error.message];
    }
  }
  /** The files outside the run that may hold a process the audited ones name, loaded; none when they name none. */
  async lookUp(referenced) {
    if (referenced.size === 0 || this.options.lookup === void 0)
      return [];
    this.lookedUp = true;
    const { files, setups } = await this.options.lookup();
    return [...loadCandidates(files, referenced, { ...this.options, setups }).values()];
  }
  /** Everything a report of this run is made from: the settings are the cache's key, so the files and `reportOptions`. */
  reportKey(reportOptions) {
    const { shard, keepProcesses } = this.options;
    if (shard || keepProcesses || this.lookedUp || this.folders.length > 0 || !this.slots.every((slot) => slot.hash !== void 0))
      return void 0;
    return contentHash(JSON.stringify([reportOptions, this.slots.map((slot) => [slot.found.path, slot.hash, slot.project])]));
  }
};
function processesToDraw(slots, setups) {
  let loaded;
  const processesIn = (slot) => {
    if (loaded?.slot !== slot)
      loaded = {
        slot,
        processes: processesOf([
          loadProcessBytes(slot.found.path, slot.bytes, setups.of(slot.found.path).registry.ids)
        ])
      };
    return loaded.processes;
  };
  return slots.flatMap((slot) => slot.bytes ? slot.outcome.documents.filter((document) => document !== null).map((identity, index) => new LoadedWhenDrawn(identity, () => processesIn(slot)[index])) : []);
}
var LoadedWhenDrawn = class {
  identity;
  load;
  constructor(identity, load) {
    this.identity = identity;
    this.load = load;
  }
  get id() {
    return this.identity.id;
  }
  get file() {
    return this.identity.file;
  }
  get at() {
    return this.identity.at;
  }
  get title() {
    return this.load().title;
  }
  get owner() {
    return this.load().owner;
  }
  get start() {
    return this.load().start;
  }
  get steps() {
    return this.load().steps;
  }
};
function readSlots(files, limits, setups, cache, trustStamps) {
  const now = BigInt(Date.now()) * 1000000n;
  return files.map((found) => {
    const settings = setups.fingerprintOf(found.path);
    const stamp = cache && fileStamp(found.absolutePath, now);
    const stamped = trustStamps && stamp !== void 0 ? cache.getStamped(found.path, stamp, settings) : void 0;
    if (stamped)
      return {
        found,
        readable: true,
        hash: stamped.hash,
        stamp,
        entry: stamped,
        project: stamped.project,
        cached: true
      };
    const read = readProcessBytes(found.absolutePath, found.path, limits);
    if (!(read instanceof Uint8Array))
      return { found, readable: false, outcome: auditFile(read, setups.of(found.path), setups.today), project: "" };
    if (!cache)
      return { found, readable: true, bytes: read, project: "" };
    const hash2 = contentHash(read);
    const entry = cache.get(found.path, hash2, settings);
    return {
      found,
      readable: true,
      bytes: read,
      hash: hash2,
      stamp,
      entry,
      project: entry?.project ?? "",
      cached: entry !== void 0
    };
  });
}
function withBytes(slots, limits, setups) {
  return slots.filter((slot) => {
    if (slot.bytes)
      return true;
    const read = readProcessBytes(slot.found.absolutePath, slot.found.path, limits);
    if (!(read instanceof Uint8Array)) {
      Object.assign(slot, {
        readable: false,
        hash: void 0,
        stamp: void 0,
        cached: false,
        outcome: auditFile(read, setups.of(slot.found.path), setups.today)
      });
      return false;
    }
    slot.bytes = read;
    const hash2 = contentHash(read);
    if (hash2 !== slot.hash)
      Object.assign(slot, { hash: hash2, stamp: void 0 });
    return true;
  });
}
async function auditSlots(slots, options, { project, onProgress }) {
  if (slots.length === 0)
    return;
  const tasks = slots.map((slot) => {
    const setup = options.setups.indexOf(slot.found.path);
    return {
      path: slot.found.path,
      bytes: slot.bytes,
      setup,
      ...project && { project: project.get(slot.found.path) ?? [] }
    };
  });
  const outcomes = await runTasks(tasks, options.setups.list, {
    threads: threadsFor(tasks, options.jobs),
    onProgress
  });
  slots.forEach((slot, index) => {
    slot.outcome = outcomes[index].outcome;
    slot.project = outcomes[index].project;
    slot.cached = false;
  });
}
function threadsFor(tasks, jobs) {
  if (jobs !== "auto")
    return jobs;
  const bytes = tasks.reduce((total, task) => total + task.bytes.byteLength, 0);
  return tasks.length > 1 && bytes >= THREAD_THRESHOLD_BYTES ? availableParallelism() : 1;
}
function referencedIds(processes, setups) {
  const checks = setups.list.flatMap(projectChecks);
  return new Set(processes.flatMap((process3) => checks.flatMap(({ check, options }) => check.references?.(process3, options) ?? [])));
}
function loadCandidates(files, ids, { limits, setups }) {
  const candidates = /* @__PURE__ */ new Map();
  if (ids.size === 0)
    return candidates;
  for (const found of files) {
    const read = readProcessBytes(found.absolutePath, found.path, limits);
    if (read instanceof Uint8Array && mayHoldId(read, ids))
      candidates.set(found.path, loadProcessBytes(found.path, read, setups.of(found.path).registry.ids));
  }
  return candidates;
}
function projectFindingsByFile(all, slots, foreign, setups, lookup) {
  const outcomes = new Map(slots.map((slot) => [slot.found.path, slot.outcome]));
  const seen = all.filter((file) => outcomes.has(file.path) || foreign.has(file.path));
  const identities = seen.map((file) => outcomes.get(file.path)?.documents ?? identify(foreign.get(file.path)));
  const { findings, crashes } = findProjectFindingsEach(identities, (index) => setups.of(seen[index].path), lookup);
  return { byFile: new Map(seen.map((file, index) => [file.path, findings[index]])), crashes };
}
function cacheEntry(slot, cache, setups) {
  const settings = setups.fingerprintOf(slot.found.path);
  const previous = cache.get(slot.found.path, slot.hash, settings);
  if (previous && previous.outcome === slot.outcome && previous.stamp === slot.stamp)
    return previous;
  return {
    hash: slot.hash,
    ...slot.stamp === void 0 ? {} : { stamp: slot.stamp },
    project: slot.project,
    settings,
    outcome: slot.outcome
  };
}

// dist/audit/identity.js
function settingsFingerprint({ registry, rules }, limits) {
  return contentHash(JSON.stringify({ limits, registry: registry.identity, rules: [...rules] }));
}

// dist/audit/setups.js
var RunSetups = class _RunSetups {
  list;
  today;
  indexByFile;
  /** Each setup's `settingsFingerprint`, by index: what the cache keeps with each file's outcome. */
  fingerprints;
  constructor(list, today, indexByFile, limits) {
    this.list = list;
    this.today = today;
    this.indexByFile = indexByFile;
    this.fingerprints = list.map((setup) => settingsFingerprint(setup, limits));
  }
  /**
   * `configs`: the config of each file of the run, by the path reports name it; files that share a `Config`
   * share a setup. The working directory's config is the first setup, whether or not a file takes it.
   */
  static of(workingDirectory, configs, today, limits) {
    const indexByConfig = /* @__PURE__ */ new Map([[workingDirectory, 0]]);
    const indexByFile = /* @__PURE__ */ new Map();
    for (const [file, config] of configs) {
      if (!indexByConfig.has(config))
        indexByConfig.set(config, indexByConfig.size);
      indexByFile.set(file, indexByConfig.get(config));
    }
    const list = [...indexByConfig.keys()].map(({ registry, rules, policies, plugins }) => ({
      registry,
      rules,
      policies,
      plugins,
      today
    }));
    return new _RunSetups(list, today, indexByFile, limits);
  }
  /** The index of the setup a file (as reports name it) is audited with; one it was given no config for takes the working directory's. */
  indexOf(file) {
    return this.indexByFile.get(file) ?? 0;
  }
  of(file) {
    return this.list[this.indexOf(file)];
  }
  /** The `settingsFingerprint` of a file's setup. */
  fingerprintOf(file) {
    return this.fingerprints[this.indexOf(file)];
  }
  /** One fingerprint of every setup and which files take it: shards of one run share it (`gapcheck merge`). */
  fingerprint() {
    return contentHash(JSON.stringify([this.fingerprints, [...this.indexByFile]]));
  }
  /** Every setup's rules, each id once, the working directory's first: what reports describe. */
  registry() {
    return RuleRegistry.union(this.list.map((setup) => setup.registry));
  }
  /** The ids of the rules some setup runs (not `off`), in the order of `registry()`. */
  rulesThatRan() {
    return this.registry().ids.filter((id) => this.list.some((setup) => (setup.rules.get(id)?.level ?? "off") !== "off"));
  }
};

// dist/api/compose.js
import path9 from "node:path";
function defaultPaths(config, cwd) {
  return config.paths.map((absolute) => toPosix(path9.relative(cwd, absolute)) || ".");
}
function discoverOptions(configs, cwd) {
  return { cwd, ignores: async (file) => (await configs.configFor(file)).ignores(file) };
}
function lookUpLater(defaults, options, audited, setupsOf) {
  let found;
  return () => found ??= lookUp(defaults, options, audited, setupsOf);
}
async function lookUp(defaults, options, audited, setupsOf) {
  const found = await Promise.all(defaults.map((given) => discoverFiles([given], options).then((discovery) => discovery.files, (error) => {
    if (error instanceof UsageError)
      return [];
    throw error;
  })));
  const files = found.flat().filter((file) => !audited.has(file.absolutePath));
  return { files, setups: await setupsOf(files) };
}
async function runSetups(configs, workingDirectory, files, today, limits) {
  const byFile = /* @__PURE__ */ new Map();
  for (const file of files)
    byFile.set(file.path, await configs.configFor(file.absolutePath));
  return RunSetups.of(workingDirectory, byFile, today, limits);
}
function reportedConfigFile(config, cwd) {
  return config.file && toPosix(path9.relative(cwd, config.file));
}
function reportContext(settings, result, run) {
  return {
    ...settings,
    result,
    audited: run.audited,
    registry: run.setups.registry(),
    rules: run.setups.rulesThatRan(),
    processes: run.processes,
    run: {
      version: version(),
      build: buildId(),
      settings: run.setups.fingerprint(),
      ...run.shard && { shard: run.shard }
    }
  };
}

// dist/api/audit.js
async function audit2(options = {}) {
  if (options.paths !== void 0 && options.files !== void 0)
    throw new UsageError('audit() takes "paths" (files on disk) or "files" (text in memory), not both; pick one');
  const cwd = path10.resolve(options.cwd ?? process.cwd());
  const configs = configsOf(options.config, cwd);
  const config = await configs.workingDirectoryConfig();
  const today = options.today ?? todayUtc();
  if (!isValidDate(today))
    throw new UsageError(`today "${today}" is not a date like 2026-11-23`);
  const audited = options.files ? auditTexts(checkedTexts(options.files), config, today) : await auditPaths(pathList(options.paths), configs, config, cwd, today, checkedJobs(options.jobs ?? "auto"));
  const settings = {
    paths: audited.paths,
    configFile: reportedConfigFile(config, cwd),
    today,
    quiet: false,
    color: false
  };
  const context = reportContext(settings, audited.result, audited);
  const report2 = jsonReport(context);
  rememberAudit(report2, context);
  return report2;
}
function configsOf(given, cwd) {
  if (given === void 0 || typeof given === "string")
    return new ConfigResolver(cwd, BUILT_IN_RULES, given === void 0 ? void 0 : path10.resolve(cwd, given));
  if (typeof given === "object" && given !== null && "registry" in given && "rules" in given)
    return oneConfig(given);
  throw new UsageError('audit(): "config" is neither what loadConfig() gave nor the path of a config file; pass one of them');
}
function pathList(given) {
  const paths = given === void 0 ? [] : typeof given === "string" ? [given] : given;
  if (!Array.isArray(paths) || !paths.every((entry) => typeof entry === "string"))
    throw new UsageError('audit(): "paths" is not a list of folders and files; pass strings, like ["processes"]');
  return paths;
}
function checkedTexts(given) {
  if (typeof given !== "object" || given === null || Array.isArray(given))
    throw new UsageError('audit(): "files" is not a mapping of file paths to their text; pass { "orders.yaml": text }');
  for (const [file, text] of Object.entries(given))
    if (typeof text !== "string")
      throw new UsageError(`audit(): files["${file}"] is not text; pass each file's YAML as a string`);
  return given;
}
function checkedJobs(given) {
  if (given === "auto" || Number.isInteger(given) && given >= 1 && given <= 256)
    return given;
  throw new UsageError(`audit(): "jobs" ${String(given)} is not auto or a number of threads from 1 to 256, like 2`);
}
async function auditPaths(given, configs, config, cwd, today, jobs) {
  const defaults = defaultPaths(config, cwd);
  const paths = given.length > 0 ? given : defaults;
  const options = discoverOptions(configs, cwd);
  const discovery = await discoverFiles(paths, options);
  const setupsOf = (found) => runSetups(configs, config, found, today, DEFAULT_LOAD_LIMITS);
  const audited = new Set(discovery.files.map((f) => f.absolutePath));
  const setups = await setupsOf([...discovery.files, ...discovery.unreadableFolders]);
  const run = await (await AuditRun.prepare(discovery, {
    setups,
    limits: DEFAULT_LOAD_LIMITS,
    jobs,
    ...given.length > 0 && { lookup: lookUpLater(defaults, options, audited, setupsOf) },
    keepProcesses: true
  })).audit();
  return { paths, setups, result: run.result, audited: run.audited, processes: run.processes };
}
function auditTexts(files, config, today) {
  const loaded = Object.entries(files).map(([file, text]) => loadProcessText(toPosix(file), text, config.registry.ids)).sort((a, b) => compareText(a.path, b.path));
  return {
    paths: loaded.map((file) => file.path),
    setups: RunSetups.of(config, /* @__PURE__ */ new Map(), today, DEFAULT_LOAD_LIMITS),
    result: audit(loaded, config, today),
    audited: loaded.map((file) => ({
      file: file.path,
      processes: file.documents.map((document) => document.kind === "process" ? document.process.id : null)
    })),
    processes: processesOf(loaded)
  };
}

export {
  CONFIG_FILE_NAMES,
  toPosix,
  ConfigResolver,
  loadConfig,
  formatters,
  audit2 as audit,
  auditTexts
};
