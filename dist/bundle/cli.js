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
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require3() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
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

// node_modules/commander/lib/error.js
var require_error = __commonJS({
  "node_modules/commander/lib/error.js"(exports) {
    var CommanderError2 = class extends Error {
      /**
       * Constructs the CommanderError class
       * @param {number} exitCode suggested exit code which could be used with process.exit
       * @param {string} code an id string representing the error
       * @param {string} message human-readable description of the error
       */
      constructor(exitCode, code, message) {
        super(message);
        Error.captureStackTrace(this, this.constructor);
        this.name = this.constructor.name;
        this.code = code;
        this.exitCode = exitCode;
        this.nestedError = void 0;
      }
    };
    var InvalidArgumentError2 = class extends CommanderError2 {
      /**
       * Constructs the InvalidArgumentError class
       * @param {string} [message] explanation of why argument is invalid
       */
      constructor(message) {
        super(1, "commander.invalidArgument", message);
        Error.captureStackTrace(this, this.constructor);
        this.name = this.constructor.name;
      }
    };
    exports.CommanderError = CommanderError2;
    exports.InvalidArgumentError = InvalidArgumentError2;
  }
});

// node_modules/commander/lib/argument.js
var require_argument = __commonJS({
  "node_modules/commander/lib/argument.js"(exports) {
    var { InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var Argument2 = class {
      /**
       * Initialize a new command argument with the given name and description.
       * The default is that the argument is required, and you can explicitly
       * indicate this with <> around the name. Put [] around the name for an optional argument.
       *
       * @param {string} name
       * @param {string} [description]
       */
      constructor(name, description) {
        this.description = description || "";
        this.variadic = false;
        this.parseArg = void 0;
        this.defaultValue = void 0;
        this.defaultValueDescription = void 0;
        this.argChoices = void 0;
        switch (name[0]) {
          case "<":
            this.required = true;
            this._name = name.slice(1, -1);
            break;
          case "[":
            this.required = false;
            this._name = name.slice(1, -1);
            break;
          default:
            this.required = true;
            this._name = name;
            break;
        }
        if (this._name.endsWith("...")) {
          this.variadic = true;
          this._name = this._name.slice(0, -3);
        }
      }
      /**
       * Return argument name.
       *
       * @return {string}
       */
      name() {
        return this._name;
      }
      /**
       * @package
       */
      _collectValue(value, previous) {
        if (previous === this.defaultValue || !Array.isArray(previous)) {
          return [value];
        }
        previous.push(value);
        return previous;
      }
      /**
       * Set the default value, and optionally supply the description to be displayed in the help.
       *
       * @param {*} value
       * @param {string} [description]
       * @return {Argument}
       */
      default(value, description) {
        this.defaultValue = value;
        this.defaultValueDescription = description;
        return this;
      }
      /**
       * Set the custom handler for processing CLI command arguments into argument values.
       *
       * @param {Function} [fn]
       * @return {Argument}
       */
      argParser(fn) {
        this.parseArg = fn;
        return this;
      }
      /**
       * Only allow argument value to be one of choices.
       *
       * @param {string[]} values
       * @return {Argument}
       */
      choices(values) {
        this.argChoices = values.slice();
        this.parseArg = (arg, previous) => {
          if (!this.argChoices.includes(arg)) {
            throw new InvalidArgumentError2(
              `Allowed choices are ${this.argChoices.join(", ")}.`
            );
          }
          if (this.variadic) {
            return this._collectValue(arg, previous);
          }
          return arg;
        };
        return this;
      }
      /**
       * Make argument required.
       *
       * @returns {Argument}
       */
      argRequired() {
        this.required = true;
        return this;
      }
      /**
       * Make argument optional.
       *
       * @returns {Argument}
       */
      argOptional() {
        this.required = false;
        return this;
      }
    };
    function humanReadableArgName(arg) {
      const nameOutput = arg.name() + (arg.variadic === true ? "..." : "");
      return arg.required ? "<" + nameOutput + ">" : "[" + nameOutput + "]";
    }
    exports.Argument = Argument2;
    exports.humanReadableArgName = humanReadableArgName;
  }
});

// node_modules/commander/lib/help.js
var require_help = __commonJS({
  "node_modules/commander/lib/help.js"(exports) {
    var { humanReadableArgName } = require_argument();
    var Help2 = class {
      constructor() {
        this.helpWidth = void 0;
        this.minWidthToWrap = 40;
        this.sortSubcommands = false;
        this.sortOptions = false;
        this.showGlobalOptions = false;
      }
      /**
       * prepareContext is called by Commander after applying overrides from `Command.configureHelp()`
       * and just before calling `formatHelp()`.
       *
       * Commander just uses the helpWidth and the rest is provided for optional use by more complex subclasses.
       *
       * @param {{ error?: boolean, helpWidth?: number, outputHasColors?: boolean }} contextOptions
       */
      prepareContext(contextOptions) {
        this.helpWidth = this.helpWidth ?? contextOptions.helpWidth ?? 80;
      }
      /**
       * Get an array of the visible subcommands. Includes a placeholder for the implicit help command, if there is one.
       *
       * @param {Command} cmd
       * @returns {Command[]}
       */
      visibleCommands(cmd) {
        const visibleCommands = cmd.commands.filter((cmd2) => !cmd2._hidden);
        const helpCommand = cmd._getHelpCommand();
        if (helpCommand && !helpCommand._hidden) {
          visibleCommands.push(helpCommand);
        }
        if (this.sortSubcommands) {
          visibleCommands.sort((a, b) => {
            return a.name().localeCompare(b.name());
          });
        }
        return visibleCommands;
      }
      /**
       * Compare options for sort.
       *
       * @param {Option} a
       * @param {Option} b
       * @returns {number}
       */
      compareOptions(a, b) {
        const getSortKey = (option) => {
          return option.short ? option.short.replace(/^-/, "") : option.long.replace(/^--/, "");
        };
        return getSortKey(a).localeCompare(getSortKey(b));
      }
      /**
       * Get an array of the visible options. Includes a placeholder for the implicit help option, if there is one.
       *
       * @param {Command} cmd
       * @returns {Option[]}
       */
      visibleOptions(cmd) {
        const visibleOptions = cmd.options.filter((option) => !option.hidden);
        const helpOption = cmd._getHelpOption();
        if (helpOption && !helpOption.hidden) {
          const removeShort = helpOption.short && cmd._findOption(helpOption.short);
          const removeLong = helpOption.long && cmd._findOption(helpOption.long);
          if (!removeShort && !removeLong) {
            visibleOptions.push(helpOption);
          } else if (helpOption.long && !removeLong) {
            visibleOptions.push(
              cmd.createOption(helpOption.long, helpOption.description)
            );
          } else if (helpOption.short && !removeShort) {
            visibleOptions.push(
              cmd.createOption(helpOption.short, helpOption.description)
            );
          }
        }
        if (this.sortOptions) {
          visibleOptions.sort(this.compareOptions);
        }
        return visibleOptions;
      }
      /**
       * Get an array of the visible global options. (Not including help.)
       *
       * @param {Command} cmd
       * @returns {Option[]}
       */
      visibleGlobalOptions(cmd) {
        if (!this.showGlobalOptions) return [];
        const globalOptions = [];
        for (let ancestorCmd = cmd.parent; ancestorCmd; ancestorCmd = ancestorCmd.parent) {
          const visibleOptions = ancestorCmd.options.filter(
            (option) => !option.hidden
          );
          globalOptions.push(...visibleOptions);
        }
        if (this.sortOptions) {
          globalOptions.sort(this.compareOptions);
        }
        return globalOptions;
      }
      /**
       * Get an array of the arguments if any have a description.
       *
       * @param {Command} cmd
       * @returns {Argument[]}
       */
      visibleArguments(cmd) {
        if (cmd._argsDescription) {
          cmd.registeredArguments.forEach((argument) => {
            argument.description = argument.description || cmd._argsDescription[argument.name()] || "";
          });
        }
        if (cmd.registeredArguments.find((argument) => argument.description)) {
          return cmd.registeredArguments;
        }
        return [];
      }
      /**
       * Get the command term to show in the list of subcommands.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      subcommandTerm(cmd) {
        const args = cmd.registeredArguments.map((arg) => humanReadableArgName(arg)).join(" ");
        return cmd._name + (cmd._aliases[0] ? "|" + cmd._aliases[0] : "") + (cmd.options.length ? " [options]" : "") + // simplistic check for non-help option
        (args ? " " + args : "");
      }
      /**
       * Get the option term to show in the list of options.
       *
       * @param {Option} option
       * @returns {string}
       */
      optionTerm(option) {
        return option.flags;
      }
      /**
       * Get the argument term to show in the list of arguments.
       *
       * @param {Argument} argument
       * @returns {string}
       */
      argumentTerm(argument) {
        return argument.name();
      }
      /**
       * Get the longest command term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestSubcommandTermLength(cmd, helper) {
        return helper.visibleCommands(cmd).reduce((max, command) => {
          return Math.max(
            max,
            this.displayWidth(
              helper.styleSubcommandTerm(helper.subcommandTerm(command))
            )
          );
        }, 0);
      }
      /**
       * Get the longest option term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestOptionTermLength(cmd, helper) {
        return helper.visibleOptions(cmd).reduce((max, option) => {
          return Math.max(
            max,
            this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option)))
          );
        }, 0);
      }
      /**
       * Get the longest global option term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestGlobalOptionTermLength(cmd, helper) {
        return helper.visibleGlobalOptions(cmd).reduce((max, option) => {
          return Math.max(
            max,
            this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option)))
          );
        }, 0);
      }
      /**
       * Get the longest argument term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestArgumentTermLength(cmd, helper) {
        return helper.visibleArguments(cmd).reduce((max, argument) => {
          return Math.max(
            max,
            this.displayWidth(
              helper.styleArgumentTerm(helper.argumentTerm(argument))
            )
          );
        }, 0);
      }
      /**
       * Get the command usage to be displayed at the top of the built-in help.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      commandUsage(cmd) {
        let cmdName = cmd._name;
        if (cmd._aliases[0]) {
          cmdName = cmdName + "|" + cmd._aliases[0];
        }
        let ancestorCmdNames = "";
        for (let ancestorCmd = cmd.parent; ancestorCmd; ancestorCmd = ancestorCmd.parent) {
          ancestorCmdNames = ancestorCmd.name() + " " + ancestorCmdNames;
        }
        return ancestorCmdNames + cmdName + " " + cmd.usage();
      }
      /**
       * Get the description for the command.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      commandDescription(cmd) {
        return cmd.description();
      }
      /**
       * Get the subcommand summary to show in the list of subcommands.
       * (Fallback to description for backwards compatibility.)
       *
       * @param {Command} cmd
       * @returns {string}
       */
      subcommandDescription(cmd) {
        return cmd.summary() || cmd.description();
      }
      /**
       * Get the option description to show in the list of options.
       *
       * @param {Option} option
       * @return {string}
       */
      optionDescription(option) {
        const extraInfo = [];
        if (option.argChoices) {
          extraInfo.push(
            // use stringify to match the display of the default value
            `choices: ${option.argChoices.map((choice) => JSON.stringify(choice)).join(", ")}`
          );
        }
        if (option.defaultValue !== void 0) {
          const showDefault = option.required || option.optional || option.isBoolean() && typeof option.defaultValue === "boolean";
          if (showDefault) {
            extraInfo.push(
              `default: ${option.defaultValueDescription || JSON.stringify(option.defaultValue)}`
            );
          }
        }
        if (option.presetArg !== void 0 && option.optional) {
          extraInfo.push(`preset: ${JSON.stringify(option.presetArg)}`);
        }
        if (option.envVar !== void 0) {
          extraInfo.push(`env: ${option.envVar}`);
        }
        if (extraInfo.length > 0) {
          const extraDescription = `(${extraInfo.join(", ")})`;
          if (option.description) {
            return `${option.description} ${extraDescription}`;
          }
          return extraDescription;
        }
        return option.description;
      }
      /**
       * Get the argument description to show in the list of arguments.
       *
       * @param {Argument} argument
       * @return {string}
       */
      argumentDescription(argument) {
        const extraInfo = [];
        if (argument.argChoices) {
          extraInfo.push(
            // use stringify to match the display of the default value
            `choices: ${argument.argChoices.map((choice) => JSON.stringify(choice)).join(", ")}`
          );
        }
        if (argument.defaultValue !== void 0) {
          extraInfo.push(
            `default: ${argument.defaultValueDescription || JSON.stringify(argument.defaultValue)}`
          );
        }
        if (extraInfo.length > 0) {
          const extraDescription = `(${extraInfo.join(", ")})`;
          if (argument.description) {
            return `${argument.description} ${extraDescription}`;
          }
          return extraDescription;
        }
        return argument.description;
      }
      /**
       * Format a list of items, given a heading and an array of formatted items.
       *
       * @param {string} heading
       * @param {string[]} items
       * @param {Help} helper
       * @returns string[]
       */
      formatItemList(heading2, items, helper) {
        if (items.length === 0) return [];
        return [helper.styleTitle(heading2), ...items, ""];
      }
      /**
       * Group items by their help group heading.
       *
       * @param {Command[] | Option[]} unsortedItems
       * @param {Command[] | Option[]} visibleItems
       * @param {Function} getGroup
       * @returns {Map<string, Command[] | Option[]>}
       */
      groupItems(unsortedItems, visibleItems, getGroup) {
        const result = /* @__PURE__ */ new Map();
        unsortedItems.forEach((item) => {
          const group = getGroup(item);
          if (!result.has(group)) result.set(group, []);
        });
        visibleItems.forEach((item) => {
          const group = getGroup(item);
          if (!result.has(group)) {
            result.set(group, []);
          }
          result.get(group).push(item);
        });
        return result;
      }
      /**
       * Generate the built-in help text.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {string}
       */
      formatHelp(cmd, helper) {
        const termWidth = helper.padWidth(cmd, helper);
        const helpWidth = helper.helpWidth ?? 80;
        function callFormatItem(term, description) {
          return helper.formatItem(term, termWidth, description, helper);
        }
        let output = [
          `${helper.styleTitle("Usage:")} ${helper.styleUsage(helper.commandUsage(cmd))}`,
          ""
        ];
        const commandDescription = helper.commandDescription(cmd);
        if (commandDescription.length > 0) {
          output = output.concat([
            helper.boxWrap(
              helper.styleCommandDescription(commandDescription),
              helpWidth
            ),
            ""
          ]);
        }
        const argumentList = helper.visibleArguments(cmd).map((argument) => {
          return callFormatItem(
            helper.styleArgumentTerm(helper.argumentTerm(argument)),
            helper.styleArgumentDescription(helper.argumentDescription(argument))
          );
        });
        output = output.concat(
          this.formatItemList("Arguments:", argumentList, helper)
        );
        const optionGroups = this.groupItems(
          cmd.options,
          helper.visibleOptions(cmd),
          (option) => option.helpGroupHeading ?? "Options:"
        );
        optionGroups.forEach((options, group) => {
          const optionList = options.map((option) => {
            return callFormatItem(
              helper.styleOptionTerm(helper.optionTerm(option)),
              helper.styleOptionDescription(helper.optionDescription(option))
            );
          });
          output = output.concat(this.formatItemList(group, optionList, helper));
        });
        if (helper.showGlobalOptions) {
          const globalOptionList = helper.visibleGlobalOptions(cmd).map((option) => {
            return callFormatItem(
              helper.styleOptionTerm(helper.optionTerm(option)),
              helper.styleOptionDescription(helper.optionDescription(option))
            );
          });
          output = output.concat(
            this.formatItemList("Global Options:", globalOptionList, helper)
          );
        }
        const commandGroups = this.groupItems(
          cmd.commands,
          helper.visibleCommands(cmd),
          (sub) => sub.helpGroup() || "Commands:"
        );
        commandGroups.forEach((commands, group) => {
          const commandList = commands.map((sub) => {
            return callFormatItem(
              helper.styleSubcommandTerm(helper.subcommandTerm(sub)),
              helper.styleSubcommandDescription(helper.subcommandDescription(sub))
            );
          });
          output = output.concat(this.formatItemList(group, commandList, helper));
        });
        return output.join("\n");
      }
      /**
       * Return display width of string, ignoring ANSI escape sequences. Used in padding and wrapping calculations.
       *
       * @param {string} str
       * @returns {number}
       */
      displayWidth(str2) {
        return stripColor(str2).length;
      }
      /**
       * Style the title for displaying in the help. Called with 'Usage:', 'Options:', etc.
       *
       * @param {string} str
       * @returns {string}
       */
      styleTitle(str2) {
        return str2;
      }
      styleUsage(str2) {
        return str2.split(" ").map((word) => {
          if (word === "[options]") return this.styleOptionText(word);
          if (word === "[command]") return this.styleSubcommandText(word);
          if (word[0] === "[" || word[0] === "<")
            return this.styleArgumentText(word);
          return this.styleCommandText(word);
        }).join(" ");
      }
      styleCommandDescription(str2) {
        return this.styleDescriptionText(str2);
      }
      styleOptionDescription(str2) {
        return this.styleDescriptionText(str2);
      }
      styleSubcommandDescription(str2) {
        return this.styleDescriptionText(str2);
      }
      styleArgumentDescription(str2) {
        return this.styleDescriptionText(str2);
      }
      styleDescriptionText(str2) {
        return str2;
      }
      styleOptionTerm(str2) {
        return this.styleOptionText(str2);
      }
      styleSubcommandTerm(str2) {
        return str2.split(" ").map((word) => {
          if (word === "[options]") return this.styleOptionText(word);
          if (word[0] === "[" || word[0] === "<")
            return this.styleArgumentText(word);
          return this.styleSubcommandText(word);
        }).join(" ");
      }
      styleArgumentTerm(str2) {
        return this.styleArgumentText(str2);
      }
      styleOptionText(str2) {
        return str2;
      }
      styleArgumentText(str2) {
        return str2;
      }
      styleSubcommandText(str2) {
        return str2;
      }
      styleCommandText(str2) {
        return str2;
      }
      /**
       * Calculate the pad width from the maximum term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      padWidth(cmd, helper) {
        return Math.max(
          helper.longestOptionTermLength(cmd, helper),
          helper.longestGlobalOptionTermLength(cmd, helper),
          helper.longestSubcommandTermLength(cmd, helper),
          helper.longestArgumentTermLength(cmd, helper)
        );
      }
      /**
       * Detect manually wrapped and indented strings by checking for line break followed by whitespace.
       *
       * @param {string} str
       * @returns {boolean}
       */
      preformatted(str2) {
        return /\n[^\S\r\n]/.test(str2);
      }
      /**
       * Format the "item", which consists of a term and description. Pad the term and wrap the description, indenting the following lines.
       *
       * So "TTT", 5, "DDD DDDD DD DDD" might be formatted for this.helpWidth=17 like so:
       *   TTT  DDD DDDD
       *        DD DDD
       *
       * @param {string} term
       * @param {number} termWidth
       * @param {string} description
       * @param {Help} helper
       * @returns {string}
       */
      formatItem(term, termWidth, description, helper) {
        const itemIndent = 2;
        const itemIndentStr = " ".repeat(itemIndent);
        if (!description) return itemIndentStr + term;
        const paddedTerm = term.padEnd(
          termWidth + term.length - helper.displayWidth(term)
        );
        const spacerWidth = 2;
        const helpWidth = this.helpWidth ?? 80;
        const remainingWidth = helpWidth - termWidth - spacerWidth - itemIndent;
        let formattedDescription;
        if (remainingWidth < this.minWidthToWrap || helper.preformatted(description)) {
          formattedDescription = description;
        } else {
          const wrappedDescription = helper.boxWrap(description, remainingWidth);
          formattedDescription = wrappedDescription.replace(
            /\n/g,
            "\n" + " ".repeat(termWidth + spacerWidth)
          );
        }
        return itemIndentStr + paddedTerm + " ".repeat(spacerWidth) + formattedDescription.replace(/\n/g, `
${itemIndentStr}`);
      }
      /**
       * Wrap a string at whitespace, preserving existing line breaks.
       * Wrapping is skipped if the width is less than `minWidthToWrap`.
       *
       * @param {string} str
       * @param {number} width
       * @returns {string}
       */
      boxWrap(str2, width) {
        if (width < this.minWidthToWrap) return str2;
        const rawLines = str2.split(/\r\n|\n/);
        const chunkPattern = /[\s]*[^\s]+/g;
        const wrappedLines = [];
        rawLines.forEach((line) => {
          const chunks = line.match(chunkPattern);
          if (chunks === null) {
            wrappedLines.push("");
            return;
          }
          let sumChunks = [chunks.shift()];
          let sumWidth = this.displayWidth(sumChunks[0]);
          chunks.forEach((chunk) => {
            const visibleWidth = this.displayWidth(chunk);
            if (sumWidth + visibleWidth <= width) {
              sumChunks.push(chunk);
              sumWidth += visibleWidth;
              return;
            }
            wrappedLines.push(sumChunks.join(""));
            const nextChunk = chunk.trimStart();
            sumChunks = [nextChunk];
            sumWidth = this.displayWidth(nextChunk);
          });
          wrappedLines.push(sumChunks.join(""));
        });
        return wrappedLines.join("\n");
      }
    };
    function stripColor(str2) {
      const sgrPattern = /\x1b\[\d*(;\d*)*m/g;
      return str2.replace(sgrPattern, "");
    }
    exports.Help = Help2;
    exports.stripColor = stripColor;
  }
});

// node_modules/commander/lib/option.js
var require_option = __commonJS({
  "node_modules/commander/lib/option.js"(exports) {
    var { InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var Option2 = class {
      /**
       * Initialize a new `Option` with the given `flags` and `description`.
       *
       * @param {string} flags
       * @param {string} [description]
       */
      constructor(flags, description) {
        this.flags = flags;
        this.description = description || "";
        this.required = flags.includes("<");
        this.optional = flags.includes("[");
        this.variadic = /\w\.\.\.[>\]]$/.test(flags);
        this.mandatory = false;
        const optionFlags = splitOptionFlags(flags);
        this.short = optionFlags.shortFlag;
        this.long = optionFlags.longFlag;
        this.negate = false;
        if (this.long) {
          this.negate = this.long.startsWith("--no-");
        }
        this.defaultValue = void 0;
        this.defaultValueDescription = void 0;
        this.presetArg = void 0;
        this.envVar = void 0;
        this.parseArg = void 0;
        this.hidden = false;
        this.argChoices = void 0;
        this.conflictsWith = [];
        this.implied = void 0;
        this.helpGroupHeading = void 0;
      }
      /**
       * Set the default value, and optionally supply the description to be displayed in the help.
       *
       * @param {*} value
       * @param {string} [description]
       * @return {Option}
       */
      default(value, description) {
        this.defaultValue = value;
        this.defaultValueDescription = description;
        return this;
      }
      /**
       * Preset to use when option used without option-argument, especially optional but also boolean and negated.
       * The custom processing (parseArg) is called.
       *
       * @example
       * new Option('--color').default('GREYSCALE').preset('RGB');
       * new Option('--donate [amount]').preset('20').argParser(parseFloat);
       *
       * @param {*} arg
       * @return {Option}
       */
      preset(arg) {
        this.presetArg = arg;
        return this;
      }
      /**
       * Add option name(s) that conflict with this option.
       * An error will be displayed if conflicting options are found during parsing.
       *
       * @example
       * new Option('--rgb').conflicts('cmyk');
       * new Option('--js').conflicts(['ts', 'jsx']);
       *
       * @param {(string | string[])} names
       * @return {Option}
       */
      conflicts(names) {
        this.conflictsWith = this.conflictsWith.concat(names);
        return this;
      }
      /**
       * Specify implied option values for when this option is set and the implied options are not.
       *
       * The custom processing (parseArg) is not called on the implied values.
       *
       * @example
       * program
       *   .addOption(new Option('--log', 'write logging information to file'))
       *   .addOption(new Option('--trace', 'log extra details').implies({ log: 'trace.txt' }));
       *
       * @param {object} impliedOptionValues
       * @return {Option}
       */
      implies(impliedOptionValues) {
        let newImplied = impliedOptionValues;
        if (typeof impliedOptionValues === "string") {
          newImplied = { [impliedOptionValues]: true };
        }
        this.implied = Object.assign(this.implied || {}, newImplied);
        return this;
      }
      /**
       * Set environment variable to check for option value.
       *
       * An environment variable is only used if when processed the current option value is
       * undefined, or the source of the current value is 'default' or 'config' or 'env'.
       *
       * @param {string} name
       * @return {Option}
       */
      env(name) {
        this.envVar = name;
        return this;
      }
      /**
       * Set the custom handler for processing CLI option arguments into option values.
       *
       * @param {Function} [fn]
       * @return {Option}
       */
      argParser(fn) {
        this.parseArg = fn;
        return this;
      }
      /**
       * Whether the option is mandatory and must have a value after parsing.
       *
       * @param {boolean} [mandatory=true]
       * @return {Option}
       */
      makeOptionMandatory(mandatory = true) {
        this.mandatory = !!mandatory;
        return this;
      }
      /**
       * Hide option in help.
       *
       * @param {boolean} [hide=true]
       * @return {Option}
       */
      hideHelp(hide = true) {
        this.hidden = !!hide;
        return this;
      }
      /**
       * @package
       */
      _collectValue(value, previous) {
        if (previous === this.defaultValue || !Array.isArray(previous)) {
          return [value];
        }
        previous.push(value);
        return previous;
      }
      /**
       * Only allow option value to be one of choices.
       *
       * @param {string[]} values
       * @return {Option}
       */
      choices(values) {
        this.argChoices = values.slice();
        this.parseArg = (arg, previous) => {
          if (!this.argChoices.includes(arg)) {
            throw new InvalidArgumentError2(
              `Allowed choices are ${this.argChoices.join(", ")}.`
            );
          }
          if (this.variadic) {
            return this._collectValue(arg, previous);
          }
          return arg;
        };
        return this;
      }
      /**
       * Return option name.
       *
       * @return {string}
       */
      name() {
        if (this.long) {
          return this.long.replace(/^--/, "");
        }
        return this.short.replace(/^-/, "");
      }
      /**
       * Return option name, in a camelcase format that can be used
       * as an object attribute key.
       *
       * @return {string}
       */
      attributeName() {
        if (this.negate) {
          return camelcase(this.name().replace(/^no-/, ""));
        }
        return camelcase(this.name());
      }
      /**
       * Set the help group heading.
       *
       * @param {string} heading
       * @return {Option}
       */
      helpGroup(heading2) {
        this.helpGroupHeading = heading2;
        return this;
      }
      /**
       * Check if `arg` matches the short or long flag.
       *
       * @param {string} arg
       * @return {boolean}
       * @package
       */
      is(arg) {
        return this.short === arg || this.long === arg;
      }
      /**
       * Return whether a boolean option.
       *
       * Options are one of boolean, negated, required argument, or optional argument.
       *
       * @return {boolean}
       * @package
       */
      isBoolean() {
        return !this.required && !this.optional && !this.negate;
      }
    };
    var DualOptions = class {
      /**
       * @param {Option[]} options
       */
      constructor(options) {
        this.positiveOptions = /* @__PURE__ */ new Map();
        this.negativeOptions = /* @__PURE__ */ new Map();
        this.dualOptions = /* @__PURE__ */ new Set();
        options.forEach((option) => {
          if (option.negate) {
            this.negativeOptions.set(option.attributeName(), option);
          } else {
            this.positiveOptions.set(option.attributeName(), option);
          }
        });
        this.negativeOptions.forEach((value, key) => {
          if (this.positiveOptions.has(key)) {
            this.dualOptions.add(key);
          }
        });
      }
      /**
       * Did the value come from the option, and not from possible matching dual option?
       *
       * @param {*} value
       * @param {Option} option
       * @returns {boolean}
       */
      valueFromOption(value, option) {
        const optionKey = option.attributeName();
        if (!this.dualOptions.has(optionKey)) return true;
        const preset = this.negativeOptions.get(optionKey).presetArg;
        const negativeValue = preset !== void 0 ? preset : false;
        return option.negate === (negativeValue === value);
      }
    };
    function camelcase(str2) {
      return str2.split("-").reduce((str3, word) => {
        return str3 + word[0].toUpperCase() + word.slice(1);
      });
    }
    function splitOptionFlags(flags) {
      let shortFlag;
      let longFlag;
      const shortFlagExp = /^-[^-]$/;
      const longFlagExp = /^--[^-]/;
      const flagParts = flags.split(/[ |,]+/).concat("guard");
      if (shortFlagExp.test(flagParts[0])) shortFlag = flagParts.shift();
      if (longFlagExp.test(flagParts[0])) longFlag = flagParts.shift();
      if (!shortFlag && shortFlagExp.test(flagParts[0]))
        shortFlag = flagParts.shift();
      if (!shortFlag && longFlagExp.test(flagParts[0])) {
        shortFlag = longFlag;
        longFlag = flagParts.shift();
      }
      if (flagParts[0].startsWith("-")) {
        const unsupportedFlag = flagParts[0];
        const baseError = `option creation failed due to '${unsupportedFlag}' in option flags '${flags}'`;
        if (/^-[^-][^-]/.test(unsupportedFlag))
          throw new Error(
            `${baseError}
- a short flag is a single dash and a single character
  - either use a single dash and a single character (for a short flag)
  - or use a double dash for a long option (and can have two, like '--ws, --workspace')`
          );
        if (shortFlagExp.test(unsupportedFlag))
          throw new Error(`${baseError}
- too many short flags`);
        if (longFlagExp.test(unsupportedFlag))
          throw new Error(`${baseError}
- too many long flags`);
        throw new Error(`${baseError}
- unrecognised flag format`);
      }
      if (shortFlag === void 0 && longFlag === void 0)
        throw new Error(
          `option creation failed due to no flags found in '${flags}'.`
        );
      return { shortFlag, longFlag };
    }
    exports.Option = Option2;
    exports.DualOptions = DualOptions;
  }
});

// node_modules/commander/lib/suggestSimilar.js
var require_suggestSimilar = __commonJS({
  "node_modules/commander/lib/suggestSimilar.js"(exports) {
    var maxDistance = 3;
    function editDistance(a, b) {
      if (Math.abs(a.length - b.length) > maxDistance)
        return Math.max(a.length, b.length);
      const d = [];
      for (let i = 0; i <= a.length; i++) {
        d[i] = [i];
      }
      for (let j = 0; j <= b.length; j++) {
        d[0][j] = j;
      }
      for (let j = 1; j <= b.length; j++) {
        for (let i = 1; i <= a.length; i++) {
          let cost = 1;
          if (a[i - 1] === b[j - 1]) {
            cost = 0;
          } else {
            cost = 1;
          }
          d[i][j] = Math.min(
            d[i - 1][j] + 1,
            // deletion
            d[i][j - 1] + 1,
            // insertion
            d[i - 1][j - 1] + cost
            // substitution
          );
          if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
            d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
          }
        }
      }
      return d[a.length][b.length];
    }
    function suggestSimilar(word, candidates) {
      if (!candidates || candidates.length === 0) return "";
      candidates = Array.from(new Set(candidates));
      const searchingOptions = word.startsWith("--");
      if (searchingOptions) {
        word = word.slice(2);
        candidates = candidates.map((candidate) => candidate.slice(2));
      }
      let similar = [];
      let bestDistance = maxDistance;
      const minSimilarity = 0.4;
      candidates.forEach((candidate) => {
        if (candidate.length <= 1) return;
        const distance2 = editDistance(word, candidate);
        const length = Math.max(word.length, candidate.length);
        const similarity = (length - distance2) / length;
        if (similarity > minSimilarity) {
          if (distance2 < bestDistance) {
            bestDistance = distance2;
            similar = [candidate];
          } else if (distance2 === bestDistance) {
            similar.push(candidate);
          }
        }
      });
      similar.sort((a, b) => a.localeCompare(b));
      if (searchingOptions) {
        similar = similar.map((candidate) => `--${candidate}`);
      }
      if (similar.length > 1) {
        return `
(Did you mean one of ${similar.join(", ")}?)`;
      }
      if (similar.length === 1) {
        return `
(Did you mean ${similar[0]}?)`;
      }
      return "";
    }
    exports.suggestSimilar = suggestSimilar;
  }
});

// node_modules/commander/lib/command.js
var require_command = __commonJS({
  "node_modules/commander/lib/command.js"(exports) {
    var EventEmitter = __require("node:events").EventEmitter;
    var childProcess = __require("node:child_process");
    var path19 = __require("node:path");
    var fs = __require("node:fs");
    var process3 = __require("node:process");
    var { Argument: Argument2, humanReadableArgName } = require_argument();
    var { CommanderError: CommanderError2 } = require_error();
    var { Help: Help2, stripColor } = require_help();
    var { Option: Option2, DualOptions } = require_option();
    var { suggestSimilar } = require_suggestSimilar();
    var Command2 = class _Command extends EventEmitter {
      /**
       * Initialize a new `Command`.
       *
       * @param {string} [name]
       */
      constructor(name) {
        super();
        this.commands = [];
        this.options = [];
        this.parent = null;
        this._allowUnknownOption = false;
        this._allowExcessArguments = false;
        this.registeredArguments = [];
        this._args = this.registeredArguments;
        this.args = [];
        this.rawArgs = [];
        this.processedArgs = [];
        this._scriptPath = null;
        this._name = name || "";
        this._optionValues = {};
        this._optionValueSources = {};
        this._storeOptionsAsProperties = false;
        this._actionHandler = null;
        this._executableHandler = false;
        this._executableFile = null;
        this._executableDir = null;
        this._defaultCommandName = null;
        this._exitCallback = null;
        this._aliases = [];
        this._combineFlagAndOptionalValue = true;
        this._description = "";
        this._summary = "";
        this._argsDescription = void 0;
        this._enablePositionalOptions = false;
        this._passThroughOptions = false;
        this._lifeCycleHooks = {};
        this._showHelpAfterError = false;
        this._showSuggestionAfterError = true;
        this._savedState = null;
        this._outputConfiguration = {
          writeOut: (str2) => process3.stdout.write(str2),
          writeErr: (str2) => process3.stderr.write(str2),
          outputError: (str2, write) => write(str2),
          getOutHelpWidth: () => process3.stdout.isTTY ? process3.stdout.columns : void 0,
          getErrHelpWidth: () => process3.stderr.isTTY ? process3.stderr.columns : void 0,
          getOutHasColors: () => useColor() ?? (process3.stdout.isTTY && process3.stdout.hasColors?.()),
          getErrHasColors: () => useColor() ?? (process3.stderr.isTTY && process3.stderr.hasColors?.()),
          stripColor: (str2) => stripColor(str2)
        };
        this._hidden = false;
        this._helpOption = void 0;
        this._addImplicitHelpCommand = void 0;
        this._helpCommand = void 0;
        this._helpConfiguration = {};
        this._helpGroupHeading = void 0;
        this._defaultCommandGroup = void 0;
        this._defaultOptionGroup = void 0;
      }
      /**
       * Copy settings that are useful to have in common across root command and subcommands.
       *
       * (Used internally when adding a command using `.command()` so subcommands inherit parent settings.)
       *
       * @param {Command} sourceCommand
       * @return {Command} `this` command for chaining
       */
      copyInheritedSettings(sourceCommand) {
        this._outputConfiguration = sourceCommand._outputConfiguration;
        this._helpOption = sourceCommand._helpOption;
        this._helpCommand = sourceCommand._helpCommand;
        this._helpConfiguration = sourceCommand._helpConfiguration;
        this._exitCallback = sourceCommand._exitCallback;
        this._storeOptionsAsProperties = sourceCommand._storeOptionsAsProperties;
        this._combineFlagAndOptionalValue = sourceCommand._combineFlagAndOptionalValue;
        this._allowExcessArguments = sourceCommand._allowExcessArguments;
        this._enablePositionalOptions = sourceCommand._enablePositionalOptions;
        this._showHelpAfterError = sourceCommand._showHelpAfterError;
        this._showSuggestionAfterError = sourceCommand._showSuggestionAfterError;
        return this;
      }
      /**
       * @returns {Command[]}
       * @private
       */
      _getCommandAndAncestors() {
        const result = [];
        for (let command = this; command; command = command.parent) {
          result.push(command);
        }
        return result;
      }
      /**
       * Define a command.
       *
       * There are two styles of command: pay attention to where to put the description.
       *
       * @example
       * // Command implemented using action handler (description is supplied separately to `.command`)
       * program
       *   .command('clone <source> [destination]')
       *   .description('clone a repository into a newly created directory')
       *   .action((source, destination) => {
       *     console.log('clone command called');
       *   });
       *
       * // Command implemented using separate executable file (description is second parameter to `.command`)
       * program
       *   .command('start <service>', 'start named service')
       *   .command('stop [service]', 'stop named service, or all if no name supplied');
       *
       * @param {string} nameAndArgs - command name and arguments, args are `<required>` or `[optional]` and last may also be `variadic...`
       * @param {(object | string)} [actionOptsOrExecDesc] - configuration options (for action), or description (for executable)
       * @param {object} [execOpts] - configuration options (for executable)
       * @return {Command} returns new command for action handler, or `this` for executable command
       */
      command(nameAndArgs, actionOptsOrExecDesc, execOpts) {
        let desc = actionOptsOrExecDesc;
        let opts = execOpts;
        if (typeof desc === "object" && desc !== null) {
          opts = desc;
          desc = null;
        }
        opts = opts || {};
        const [, name, args] = nameAndArgs.match(/([^ ]+) *(.*)/);
        const cmd = this.createCommand(name);
        if (desc) {
          cmd.description(desc);
          cmd._executableHandler = true;
        }
        if (opts.isDefault) this._defaultCommandName = cmd._name;
        cmd._hidden = !!(opts.noHelp || opts.hidden);
        cmd._executableFile = opts.executableFile || null;
        if (args) cmd.arguments(args);
        this._registerCommand(cmd);
        cmd.parent = this;
        cmd.copyInheritedSettings(this);
        if (desc) return this;
        return cmd;
      }
      /**
       * Factory routine to create a new unattached command.
       *
       * See .command() for creating an attached subcommand, which uses this routine to
       * create the command. You can override createCommand to customise subcommands.
       *
       * @param {string} [name]
       * @return {Command} new command
       */
      createCommand(name) {
        return new _Command(name);
      }
      /**
       * You can customise the help with a subclass of Help by overriding createHelp,
       * or by overriding Help properties using configureHelp().
       *
       * @return {Help}
       */
      createHelp() {
        return Object.assign(new Help2(), this.configureHelp());
      }
      /**
       * You can customise the help by overriding Help properties using configureHelp(),
       * or with a subclass of Help by overriding createHelp().
       *
       * @param {object} [configuration] - configuration options
       * @return {(Command | object)} `this` command for chaining, or stored configuration
       */
      configureHelp(configuration) {
        if (configuration === void 0) return this._helpConfiguration;
        this._helpConfiguration = configuration;
        return this;
      }
      /**
       * The default output goes to stdout and stderr. You can customise this for special
       * applications. You can also customise the display of errors by overriding outputError.
       *
       * The configuration properties are all functions:
       *
       *     // change how output being written, defaults to stdout and stderr
       *     writeOut(str)
       *     writeErr(str)
       *     // change how output being written for errors, defaults to writeErr
       *     outputError(str, write) // used for displaying errors and not used for displaying help
       *     // specify width for wrapping help
       *     getOutHelpWidth()
       *     getErrHelpWidth()
       *     // color support, currently only used with Help
       *     getOutHasColors()
       *     getErrHasColors()
       *     stripColor() // used to remove ANSI escape codes if output does not have colors
       *
       * @param {object} [configuration] - configuration options
       * @return {(Command | object)} `this` command for chaining, or stored configuration
       */
      configureOutput(configuration) {
        if (configuration === void 0) return this._outputConfiguration;
        this._outputConfiguration = {
          ...this._outputConfiguration,
          ...configuration
        };
        return this;
      }
      /**
       * Display the help or a custom message after an error occurs.
       *
       * @param {(boolean|string)} [displayHelp]
       * @return {Command} `this` command for chaining
       */
      showHelpAfterError(displayHelp = true) {
        if (typeof displayHelp !== "string") displayHelp = !!displayHelp;
        this._showHelpAfterError = displayHelp;
        return this;
      }
      /**
       * Display suggestion of similar commands for unknown commands, or options for unknown options.
       *
       * @param {boolean} [displaySuggestion]
       * @return {Command} `this` command for chaining
       */
      showSuggestionAfterError(displaySuggestion = true) {
        this._showSuggestionAfterError = !!displaySuggestion;
        return this;
      }
      /**
       * Add a prepared subcommand.
       *
       * See .command() for creating an attached subcommand which inherits settings from its parent.
       *
       * @param {Command} cmd - new subcommand
       * @param {object} [opts] - configuration options
       * @return {Command} `this` command for chaining
       */
      addCommand(cmd, opts) {
        if (!cmd._name) {
          throw new Error(`Command passed to .addCommand() must have a name
- specify the name in Command constructor or using .name()`);
        }
        opts = opts || {};
        if (opts.isDefault) this._defaultCommandName = cmd._name;
        if (opts.noHelp || opts.hidden) cmd._hidden = true;
        this._registerCommand(cmd);
        cmd.parent = this;
        cmd._checkForBrokenPassThrough();
        return this;
      }
      /**
       * Factory routine to create a new unattached argument.
       *
       * See .argument() for creating an attached argument, which uses this routine to
       * create the argument. You can override createArgument to return a custom argument.
       *
       * @param {string} name
       * @param {string} [description]
       * @return {Argument} new argument
       */
      createArgument(name, description) {
        return new Argument2(name, description);
      }
      /**
       * Define argument syntax for command.
       *
       * The default is that the argument is required, and you can explicitly
       * indicate this with <> around the name. Put [] around the name for an optional argument.
       *
       * @example
       * program.argument('<input-file>');
       * program.argument('[output-file]');
       *
       * @param {string} name
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom argument processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      argument(name, description, parseArg, defaultValue) {
        const argument = this.createArgument(name, description);
        if (typeof parseArg === "function") {
          argument.default(defaultValue).argParser(parseArg);
        } else {
          argument.default(parseArg);
        }
        this.addArgument(argument);
        return this;
      }
      /**
       * Define argument syntax for command, adding multiple at once (without descriptions).
       *
       * See also .argument().
       *
       * @example
       * program.arguments('<cmd> [env]');
       *
       * @param {string} names
       * @return {Command} `this` command for chaining
       */
      arguments(names) {
        names.trim().split(/ +/).forEach((detail) => {
          this.argument(detail);
        });
        return this;
      }
      /**
       * Define argument syntax for command, adding a prepared argument.
       *
       * @param {Argument} argument
       * @return {Command} `this` command for chaining
       */
      addArgument(argument) {
        const previousArgument = this.registeredArguments.slice(-1)[0];
        if (previousArgument?.variadic) {
          throw new Error(
            `only the last argument can be variadic '${previousArgument.name()}'`
          );
        }
        if (argument.required && argument.defaultValue !== void 0 && argument.parseArg === void 0) {
          throw new Error(
            `a default value for a required argument is never used: '${argument.name()}'`
          );
        }
        this.registeredArguments.push(argument);
        return this;
      }
      /**
       * Customise or override default help command. By default a help command is automatically added if your command has subcommands.
       *
       * @example
       *    program.helpCommand('help [cmd]');
       *    program.helpCommand('help [cmd]', 'show help');
       *    program.helpCommand(false); // suppress default help command
       *    program.helpCommand(true); // add help command even if no subcommands
       *
       * @param {string|boolean} enableOrNameAndArgs - enable with custom name and/or arguments, or boolean to override whether added
       * @param {string} [description] - custom description
       * @return {Command} `this` command for chaining
       */
      helpCommand(enableOrNameAndArgs, description) {
        if (typeof enableOrNameAndArgs === "boolean") {
          this._addImplicitHelpCommand = enableOrNameAndArgs;
          if (enableOrNameAndArgs && this._defaultCommandGroup) {
            this._initCommandGroup(this._getHelpCommand());
          }
          return this;
        }
        const nameAndArgs = enableOrNameAndArgs ?? "help [command]";
        const [, helpName, helpArgs] = nameAndArgs.match(/([^ ]+) *(.*)/);
        const helpDescription = description ?? "display help for command";
        const helpCommand = this.createCommand(helpName);
        helpCommand.helpOption(false);
        if (helpArgs) helpCommand.arguments(helpArgs);
        if (helpDescription) helpCommand.description(helpDescription);
        this._addImplicitHelpCommand = true;
        this._helpCommand = helpCommand;
        if (enableOrNameAndArgs || description) this._initCommandGroup(helpCommand);
        return this;
      }
      /**
       * Add prepared custom help command.
       *
       * @param {(Command|string|boolean)} helpCommand - custom help command, or deprecated enableOrNameAndArgs as for `.helpCommand()`
       * @param {string} [deprecatedDescription] - deprecated custom description used with custom name only
       * @return {Command} `this` command for chaining
       */
      addHelpCommand(helpCommand, deprecatedDescription) {
        if (typeof helpCommand !== "object") {
          this.helpCommand(helpCommand, deprecatedDescription);
          return this;
        }
        this._addImplicitHelpCommand = true;
        this._helpCommand = helpCommand;
        this._initCommandGroup(helpCommand);
        return this;
      }
      /**
       * Lazy create help command.
       *
       * @return {(Command|null)}
       * @package
       */
      _getHelpCommand() {
        const hasImplicitHelpCommand = this._addImplicitHelpCommand ?? (this.commands.length && !this._actionHandler && !this._findCommand("help"));
        if (hasImplicitHelpCommand) {
          if (this._helpCommand === void 0) {
            this.helpCommand(void 0, void 0);
          }
          return this._helpCommand;
        }
        return null;
      }
      /**
       * Add hook for life cycle event.
       *
       * @param {string} event
       * @param {Function} listener
       * @return {Command} `this` command for chaining
       */
      hook(event, listener) {
        const allowedValues = ["preSubcommand", "preAction", "postAction"];
        if (!allowedValues.includes(event)) {
          throw new Error(`Unexpected value for event passed to hook : '${event}'.
Expecting one of '${allowedValues.join("', '")}'`);
        }
        if (this._lifeCycleHooks[event]) {
          this._lifeCycleHooks[event].push(listener);
        } else {
          this._lifeCycleHooks[event] = [listener];
        }
        return this;
      }
      /**
       * Register callback to use as replacement for calling process.exit.
       *
       * @param {Function} [fn] optional callback which will be passed a CommanderError, defaults to throwing
       * @return {Command} `this` command for chaining
       */
      exitOverride(fn) {
        if (fn) {
          this._exitCallback = fn;
        } else {
          this._exitCallback = (err) => {
            if (err.code !== "commander.executeSubCommandAsync") {
              throw err;
            } else {
            }
          };
        }
        return this;
      }
      /**
       * Call process.exit, and _exitCallback if defined.
       *
       * @param {number} exitCode exit code for using with process.exit
       * @param {string} code an id string representing the error
       * @param {string} message human-readable description of the error
       * @return never
       * @private
       */
      _exit(exitCode, code, message) {
        if (this._exitCallback) {
          this._exitCallback(new CommanderError2(exitCode, code, message));
        }
        process3.exit(exitCode);
      }
      /**
       * Register callback `fn` for the command.
       *
       * @example
       * program
       *   .command('serve')
       *   .description('start service')
       *   .action(function() {
       *      // do work here
       *   });
       *
       * @param {Function} fn
       * @return {Command} `this` command for chaining
       */
      action(fn) {
        const listener = (args) => {
          const expectedArgsCount = this.registeredArguments.length;
          const actionArgs = args.slice(0, expectedArgsCount);
          if (this._storeOptionsAsProperties) {
            actionArgs[expectedArgsCount] = this;
          } else {
            actionArgs[expectedArgsCount] = this.opts();
          }
          actionArgs.push(this);
          return fn.apply(this, actionArgs);
        };
        this._actionHandler = listener;
        return this;
      }
      /**
       * Factory routine to create a new unattached option.
       *
       * See .option() for creating an attached option, which uses this routine to
       * create the option. You can override createOption to return a custom option.
       *
       * @param {string} flags
       * @param {string} [description]
       * @return {Option} new option
       */
      createOption(flags, description) {
        return new Option2(flags, description);
      }
      /**
       * Wrap parseArgs to catch 'commander.invalidArgument'.
       *
       * @param {(Option | Argument)} target
       * @param {string} value
       * @param {*} previous
       * @param {string} invalidArgumentMessage
       * @private
       */
      _callParseArg(target, value, previous, invalidArgumentMessage) {
        try {
          return target.parseArg(value, previous);
        } catch (err) {
          if (err.code === "commander.invalidArgument") {
            const message = `${invalidArgumentMessage} ${err.message}`;
            this.error(message, { exitCode: err.exitCode, code: err.code });
          }
          throw err;
        }
      }
      /**
       * Check for option flag conflicts.
       * Register option if no conflicts found, or throw on conflict.
       *
       * @param {Option} option
       * @private
       */
      _registerOption(option) {
        const matchingOption = option.short && this._findOption(option.short) || option.long && this._findOption(option.long);
        if (matchingOption) {
          const matchingFlag = option.long && this._findOption(option.long) ? option.long : option.short;
          throw new Error(`Cannot add option '${option.flags}'${this._name && ` to command '${this._name}'`} due to conflicting flag '${matchingFlag}'
-  already used by option '${matchingOption.flags}'`);
        }
        this._initOptionGroup(option);
        this.options.push(option);
      }
      /**
       * Check for command name and alias conflicts with existing commands.
       * Register command if no conflicts found, or throw on conflict.
       *
       * @param {Command} command
       * @private
       */
      _registerCommand(command) {
        const knownBy = (cmd) => {
          return [cmd.name()].concat(cmd.aliases());
        };
        const alreadyUsed = knownBy(command).find(
          (name) => this._findCommand(name)
        );
        if (alreadyUsed) {
          const existingCmd = knownBy(this._findCommand(alreadyUsed)).join("|");
          const newCmd = knownBy(command).join("|");
          throw new Error(
            `cannot add command '${newCmd}' as already have command '${existingCmd}'`
          );
        }
        this._initCommandGroup(command);
        this.commands.push(command);
      }
      /**
       * Add an option.
       *
       * @param {Option} option
       * @return {Command} `this` command for chaining
       */
      addOption(option) {
        this._registerOption(option);
        const oname = option.name();
        const name = option.attributeName();
        if (option.negate) {
          const positiveLongFlag = option.long.replace(/^--no-/, "--");
          if (!this._findOption(positiveLongFlag)) {
            this.setOptionValueWithSource(
              name,
              option.defaultValue === void 0 ? true : option.defaultValue,
              "default"
            );
          }
        } else if (option.defaultValue !== void 0) {
          this.setOptionValueWithSource(name, option.defaultValue, "default");
        }
        const handleOptionValue = (val, invalidValueMessage, valueSource) => {
          if (val == null && option.presetArg !== void 0) {
            val = option.presetArg;
          }
          const oldValue = this.getOptionValue(name);
          if (val !== null && option.parseArg) {
            val = this._callParseArg(option, val, oldValue, invalidValueMessage);
          } else if (val !== null && option.variadic) {
            val = option._collectValue(val, oldValue);
          }
          if (val == null) {
            if (option.negate) {
              val = false;
            } else if (option.isBoolean() || option.optional) {
              val = true;
            } else {
              val = "";
            }
          }
          this.setOptionValueWithSource(name, val, valueSource);
        };
        this.on("option:" + oname, (val) => {
          const invalidValueMessage = `error: option '${option.flags}' argument '${val}' is invalid.`;
          handleOptionValue(val, invalidValueMessage, "cli");
        });
        if (option.envVar) {
          this.on("optionEnv:" + oname, (val) => {
            const invalidValueMessage = `error: option '${option.flags}' value '${val}' from env '${option.envVar}' is invalid.`;
            handleOptionValue(val, invalidValueMessage, "env");
          });
        }
        return this;
      }
      /**
       * Internal implementation shared by .option() and .requiredOption()
       *
       * @return {Command} `this` command for chaining
       * @private
       */
      _optionEx(config, flags, description, fn, defaultValue) {
        if (typeof flags === "object" && flags instanceof Option2) {
          throw new Error(
            "To add an Option object use addOption() instead of option() or requiredOption()"
          );
        }
        const option = this.createOption(flags, description);
        option.makeOptionMandatory(!!config.mandatory);
        if (typeof fn === "function") {
          option.default(defaultValue).argParser(fn);
        } else if (fn instanceof RegExp) {
          const regex = fn;
          fn = (val, def) => {
            const m = regex.exec(val);
            return m ? m[0] : def;
          };
          option.default(defaultValue).argParser(fn);
        } else {
          option.default(fn);
        }
        return this.addOption(option);
      }
      /**
       * Define option with `flags`, `description`, and optional argument parsing function or `defaultValue` or both.
       *
       * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space. A required
       * option-argument is indicated by `<>` and an optional option-argument by `[]`.
       *
       * See the README for more details, and see also addOption() and requiredOption().
       *
       * @example
       * program
       *     .option('-p, --pepper', 'add pepper')
       *     .option('--pt, --pizza-type <TYPE>', 'type of pizza') // required option-argument
       *     .option('-c, --cheese [CHEESE]', 'add extra cheese', 'mozzarella') // optional option-argument with default
       *     .option('-t, --tip <VALUE>', 'add tip to purchase cost', parseFloat) // custom parse function
       *
       * @param {string} flags
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom option processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      option(flags, description, parseArg, defaultValue) {
        return this._optionEx({}, flags, description, parseArg, defaultValue);
      }
      /**
       * Add a required option which must have a value after parsing. This usually means
       * the option must be specified on the command line. (Otherwise the same as .option().)
       *
       * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space.
       *
       * @param {string} flags
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom option processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      requiredOption(flags, description, parseArg, defaultValue) {
        return this._optionEx(
          { mandatory: true },
          flags,
          description,
          parseArg,
          defaultValue
        );
      }
      /**
       * Alter parsing of short flags with optional values.
       *
       * @example
       * // for `.option('-f,--flag [value]'):
       * program.combineFlagAndOptionalValue(true);  // `-f80` is treated like `--flag=80`, this is the default behaviour
       * program.combineFlagAndOptionalValue(false) // `-fb` is treated like `-f -b`
       *
       * @param {boolean} [combine] - if `true` or omitted, an optional value can be specified directly after the flag.
       * @return {Command} `this` command for chaining
       */
      combineFlagAndOptionalValue(combine = true) {
        this._combineFlagAndOptionalValue = !!combine;
        return this;
      }
      /**
       * Allow unknown options on the command line.
       *
       * @param {boolean} [allowUnknown] - if `true` or omitted, no error will be thrown for unknown options.
       * @return {Command} `this` command for chaining
       */
      allowUnknownOption(allowUnknown = true) {
        this._allowUnknownOption = !!allowUnknown;
        return this;
      }
      /**
       * Allow excess command-arguments on the command line. Pass false to make excess arguments an error.
       *
       * @param {boolean} [allowExcess] - if `true` or omitted, no error will be thrown for excess arguments.
       * @return {Command} `this` command for chaining
       */
      allowExcessArguments(allowExcess = true) {
        this._allowExcessArguments = !!allowExcess;
        return this;
      }
      /**
       * Enable positional options. Positional means global options are specified before subcommands which lets
       * subcommands reuse the same option names, and also enables subcommands to turn on passThroughOptions.
       * The default behaviour is non-positional and global options may appear anywhere on the command line.
       *
       * @param {boolean} [positional]
       * @return {Command} `this` command for chaining
       */
      enablePositionalOptions(positional = true) {
        this._enablePositionalOptions = !!positional;
        return this;
      }
      /**
       * Pass through options that come after command-arguments rather than treat them as command-options,
       * so actual command-options come before command-arguments. Turning this on for a subcommand requires
       * positional options to have been enabled on the program (parent commands).
       * The default behaviour is non-positional and options may appear before or after command-arguments.
       *
       * @param {boolean} [passThrough] for unknown options.
       * @return {Command} `this` command for chaining
       */
      passThroughOptions(passThrough = true) {
        this._passThroughOptions = !!passThrough;
        this._checkForBrokenPassThrough();
        return this;
      }
      /**
       * @private
       */
      _checkForBrokenPassThrough() {
        if (this.parent && this._passThroughOptions && !this.parent._enablePositionalOptions) {
          throw new Error(
            `passThroughOptions cannot be used for '${this._name}' without turning on enablePositionalOptions for parent command(s)`
          );
        }
      }
      /**
       * Whether to store option values as properties on command object,
       * or store separately (specify false). In both cases the option values can be accessed using .opts().
       *
       * @param {boolean} [storeAsProperties=true]
       * @return {Command} `this` command for chaining
       */
      storeOptionsAsProperties(storeAsProperties = true) {
        if (this.options.length) {
          throw new Error("call .storeOptionsAsProperties() before adding options");
        }
        if (Object.keys(this._optionValues).length) {
          throw new Error(
            "call .storeOptionsAsProperties() before setting option values"
          );
        }
        this._storeOptionsAsProperties = !!storeAsProperties;
        return this;
      }
      /**
       * Retrieve option value.
       *
       * @param {string} key
       * @return {object} value
       */
      getOptionValue(key) {
        if (this._storeOptionsAsProperties) {
          return this[key];
        }
        return this._optionValues[key];
      }
      /**
       * Store option value.
       *
       * @param {string} key
       * @param {object} value
       * @return {Command} `this` command for chaining
       */
      setOptionValue(key, value) {
        return this.setOptionValueWithSource(key, value, void 0);
      }
      /**
       * Store option value and where the value came from.
       *
       * @param {string} key
       * @param {object} value
       * @param {string} source - expected values are default/config/env/cli/implied
       * @return {Command} `this` command for chaining
       */
      setOptionValueWithSource(key, value, source) {
        if (this._storeOptionsAsProperties) {
          this[key] = value;
        } else {
          this._optionValues[key] = value;
        }
        this._optionValueSources[key] = source;
        return this;
      }
      /**
       * Get source of option value.
       * Expected values are default | config | env | cli | implied
       *
       * @param {string} key
       * @return {string}
       */
      getOptionValueSource(key) {
        return this._optionValueSources[key];
      }
      /**
       * Get source of option value. See also .optsWithGlobals().
       * Expected values are default | config | env | cli | implied
       *
       * @param {string} key
       * @return {string}
       */
      getOptionValueSourceWithGlobals(key) {
        let source;
        this._getCommandAndAncestors().forEach((cmd) => {
          if (cmd.getOptionValueSource(key) !== void 0) {
            source = cmd.getOptionValueSource(key);
          }
        });
        return source;
      }
      /**
       * Get user arguments from implied or explicit arguments.
       * Side-effects: set _scriptPath if args included script. Used for default program name, and subcommand searches.
       *
       * @private
       */
      _prepareUserArgs(argv, parseOptions) {
        if (argv !== void 0 && !Array.isArray(argv)) {
          throw new Error("first parameter to parse must be array or undefined");
        }
        parseOptions = parseOptions || {};
        if (argv === void 0 && parseOptions.from === void 0) {
          if (process3.versions?.electron) {
            parseOptions.from = "electron";
          }
          const execArgv = process3.execArgv ?? [];
          if (execArgv.includes("-e") || execArgv.includes("--eval") || execArgv.includes("-p") || execArgv.includes("--print")) {
            parseOptions.from = "eval";
          }
        }
        if (argv === void 0) {
          argv = process3.argv;
        }
        this.rawArgs = argv.slice();
        let userArgs;
        switch (parseOptions.from) {
          case void 0:
          case "node":
            this._scriptPath = argv[1];
            userArgs = argv.slice(2);
            break;
          case "electron":
            if (process3.defaultApp) {
              this._scriptPath = argv[1];
              userArgs = argv.slice(2);
            } else {
              userArgs = argv.slice(1);
            }
            break;
          case "user":
            userArgs = argv.slice(0);
            break;
          case "eval":
            userArgs = argv.slice(1);
            break;
          default:
            throw new Error(
              `unexpected parse option { from: '${parseOptions.from}' }`
            );
        }
        if (!this._name && this._scriptPath)
          this.nameFromFilename(this._scriptPath);
        this._name = this._name || "program";
        return userArgs;
      }
      /**
       * Parse `argv`, setting options and invoking commands when defined.
       *
       * Use parseAsync instead of parse if any of your action handlers are async.
       *
       * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
       *
       * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
       * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
       * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
       * - `'user'`: just user arguments
       *
       * @example
       * program.parse(); // parse process.argv and auto-detect electron and special node flags
       * program.parse(process.argv); // assume argv[0] is app and argv[1] is script
       * program.parse(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
       *
       * @param {string[]} [argv] - optional, defaults to process.argv
       * @param {object} [parseOptions] - optionally specify style of options with from: node/user/electron
       * @param {string} [parseOptions.from] - where the args are from: 'node', 'user', 'electron'
       * @return {Command} `this` command for chaining
       */
      parse(argv, parseOptions) {
        this._prepareForParse();
        const userArgs = this._prepareUserArgs(argv, parseOptions);
        this._parseCommand([], userArgs);
        return this;
      }
      /**
       * Parse `argv`, setting options and invoking commands when defined.
       *
       * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
       *
       * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
       * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
       * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
       * - `'user'`: just user arguments
       *
       * @example
       * await program.parseAsync(); // parse process.argv and auto-detect electron and special node flags
       * await program.parseAsync(process.argv); // assume argv[0] is app and argv[1] is script
       * await program.parseAsync(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
       *
       * @param {string[]} [argv]
       * @param {object} [parseOptions]
       * @param {string} parseOptions.from - where the args are from: 'node', 'user', 'electron'
       * @return {Promise}
       */
      async parseAsync(argv, parseOptions) {
        this._prepareForParse();
        const userArgs = this._prepareUserArgs(argv, parseOptions);
        await this._parseCommand([], userArgs);
        return this;
      }
      _prepareForParse() {
        if (this._savedState === null) {
          this.saveStateBeforeParse();
        } else {
          this.restoreStateBeforeParse();
        }
      }
      /**
       * Called the first time parse is called to save state and allow a restore before subsequent calls to parse.
       * Not usually called directly, but available for subclasses to save their custom state.
       *
       * This is called in a lazy way. Only commands used in parsing chain will have state saved.
       */
      saveStateBeforeParse() {
        this._savedState = {
          // name is stable if supplied by author, but may be unspecified for root command and deduced during parsing
          _name: this._name,
          // option values before parse have default values (including false for negated options)
          // shallow clones
          _optionValues: { ...this._optionValues },
          _optionValueSources: { ...this._optionValueSources }
        };
      }
      /**
       * Restore state before parse for calls after the first.
       * Not usually called directly, but available for subclasses to save their custom state.
       *
       * This is called in a lazy way. Only commands used in parsing chain will have state restored.
       */
      restoreStateBeforeParse() {
        if (this._storeOptionsAsProperties)
          throw new Error(`Can not call parse again when storeOptionsAsProperties is true.
- either make a new Command for each call to parse, or stop storing options as properties`);
        this._name = this._savedState._name;
        this._scriptPath = null;
        this.rawArgs = [];
        this._optionValues = { ...this._savedState._optionValues };
        this._optionValueSources = { ...this._savedState._optionValueSources };
        this.args = [];
        this.processedArgs = [];
      }
      /**
       * Throw if expected executable is missing. Add lots of help for author.
       *
       * @param {string} executableFile
       * @param {string} executableDir
       * @param {string} subcommandName
       */
      _checkForMissingExecutable(executableFile, executableDir, subcommandName) {
        if (fs.existsSync(executableFile)) return;
        const executableDirMessage = executableDir ? `searched for local subcommand relative to directory '${executableDir}'` : "no directory for search for local subcommand, use .executableDir() to supply a custom directory";
        const executableMissing = `'${executableFile}' does not exist
 - if '${subcommandName}' is not meant to be an executable command, remove description parameter from '.command()' and use '.description()' instead
 - if the default executable name is not suitable, use the executableFile option to supply a custom name or path
 - ${executableDirMessage}`;
        throw new Error(executableMissing);
      }
      /**
       * Execute a sub-command executable.
       *
       * @private
       */
      _executeSubCommand(subcommand, args) {
        args = args.slice();
        let launchWithNode = false;
        const sourceExt = [".js", ".ts", ".tsx", ".mjs", ".cjs"];
        function findFile(baseDir, baseName) {
          const localBin = path19.resolve(baseDir, baseName);
          if (fs.existsSync(localBin)) return localBin;
          if (sourceExt.includes(path19.extname(baseName))) return void 0;
          const foundExt = sourceExt.find(
            (ext) => fs.existsSync(`${localBin}${ext}`)
          );
          if (foundExt) return `${localBin}${foundExt}`;
          return void 0;
        }
        this._checkForMissingMandatoryOptions();
        this._checkForConflictingOptions();
        let executableFile = subcommand._executableFile || `${this._name}-${subcommand._name}`;
        let executableDir = this._executableDir || "";
        if (this._scriptPath) {
          let resolvedScriptPath;
          try {
            resolvedScriptPath = fs.realpathSync(this._scriptPath);
          } catch {
            resolvedScriptPath = this._scriptPath;
          }
          executableDir = path19.resolve(
            path19.dirname(resolvedScriptPath),
            executableDir
          );
        }
        if (executableDir) {
          let localFile = findFile(executableDir, executableFile);
          if (!localFile && !subcommand._executableFile && this._scriptPath) {
            const legacyName = path19.basename(
              this._scriptPath,
              path19.extname(this._scriptPath)
            );
            if (legacyName !== this._name) {
              localFile = findFile(
                executableDir,
                `${legacyName}-${subcommand._name}`
              );
            }
          }
          executableFile = localFile || executableFile;
        }
        launchWithNode = sourceExt.includes(path19.extname(executableFile));
        let proc;
        if (process3.platform !== "win32") {
          if (launchWithNode) {
            args.unshift(executableFile);
            args = incrementNodeInspectorPort(process3.execArgv).concat(args);
            proc = childProcess.spawn(process3.argv[0], args, { stdio: "inherit" });
          } else {
            proc = childProcess.spawn(executableFile, args, { stdio: "inherit" });
          }
        } else {
          this._checkForMissingExecutable(
            executableFile,
            executableDir,
            subcommand._name
          );
          args.unshift(executableFile);
          args = incrementNodeInspectorPort(process3.execArgv).concat(args);
          proc = childProcess.spawn(process3.execPath, args, { stdio: "inherit" });
        }
        if (!proc.killed) {
          const signals = ["SIGUSR1", "SIGUSR2", "SIGTERM", "SIGINT", "SIGHUP"];
          signals.forEach((signal) => {
            process3.on(signal, () => {
              if (proc.killed === false && proc.exitCode === null) {
                proc.kill(signal);
              }
            });
          });
        }
        const exitCallback = this._exitCallback;
        proc.on("close", (code) => {
          code = code ?? 1;
          if (!exitCallback) {
            process3.exit(code);
          } else {
            exitCallback(
              new CommanderError2(
                code,
                "commander.executeSubCommandAsync",
                "(close)"
              )
            );
          }
        });
        proc.on("error", (err) => {
          if (err.code === "ENOENT") {
            this._checkForMissingExecutable(
              executableFile,
              executableDir,
              subcommand._name
            );
          } else if (err.code === "EACCES") {
            throw new Error(`'${executableFile}' not executable`);
          }
          if (!exitCallback) {
            process3.exit(1);
          } else {
            const wrappedError = new CommanderError2(
              1,
              "commander.executeSubCommandAsync",
              "(error)"
            );
            wrappedError.nestedError = err;
            exitCallback(wrappedError);
          }
        });
        this.runningCommand = proc;
      }
      /**
       * @private
       */
      _dispatchSubcommand(commandName, operands, unknown) {
        const subCommand = this._findCommand(commandName);
        if (!subCommand) this.help({ error: true });
        subCommand._prepareForParse();
        let promiseChain;
        promiseChain = this._chainOrCallSubCommandHook(
          promiseChain,
          subCommand,
          "preSubcommand"
        );
        promiseChain = this._chainOrCall(promiseChain, () => {
          if (subCommand._executableHandler) {
            this._executeSubCommand(subCommand, operands.concat(unknown));
          } else {
            return subCommand._parseCommand(operands, unknown);
          }
        });
        return promiseChain;
      }
      /**
       * Invoke help directly if possible, or dispatch if necessary.
       * e.g. help foo
       *
       * @private
       */
      _dispatchHelpCommand(subcommandName) {
        if (!subcommandName) {
          this.help();
        }
        const subCommand = this._findCommand(subcommandName);
        if (subCommand && !subCommand._executableHandler) {
          subCommand.help();
        }
        return this._dispatchSubcommand(
          subcommandName,
          [],
          [this._getHelpOption()?.long ?? this._getHelpOption()?.short ?? "--help"]
        );
      }
      /**
       * Check this.args against expected this.registeredArguments.
       *
       * @private
       */
      _checkNumberOfArguments() {
        this.registeredArguments.forEach((arg, i) => {
          if (arg.required && this.args[i] == null) {
            this.missingArgument(arg.name());
          }
        });
        if (this.registeredArguments.length > 0 && this.registeredArguments[this.registeredArguments.length - 1].variadic) {
          return;
        }
        if (this.args.length > this.registeredArguments.length) {
          this._excessArguments(this.args);
        }
      }
      /**
       * Process this.args using this.registeredArguments and save as this.processedArgs!
       *
       * @private
       */
      _processArguments() {
        const myParseArg = (argument, value, previous) => {
          let parsedValue = value;
          if (value !== null && argument.parseArg) {
            const invalidValueMessage = `error: command-argument value '${value}' is invalid for argument '${argument.name()}'.`;
            parsedValue = this._callParseArg(
              argument,
              value,
              previous,
              invalidValueMessage
            );
          }
          return parsedValue;
        };
        this._checkNumberOfArguments();
        const processedArgs = [];
        this.registeredArguments.forEach((declaredArg, index) => {
          let value = declaredArg.defaultValue;
          if (declaredArg.variadic) {
            if (index < this.args.length) {
              value = this.args.slice(index);
              if (declaredArg.parseArg) {
                value = value.reduce((processed, v) => {
                  return myParseArg(declaredArg, v, processed);
                }, declaredArg.defaultValue);
              }
            } else if (value === void 0) {
              value = [];
            }
          } else if (index < this.args.length) {
            value = this.args[index];
            if (declaredArg.parseArg) {
              value = myParseArg(declaredArg, value, declaredArg.defaultValue);
            }
          }
          processedArgs[index] = value;
        });
        this.processedArgs = processedArgs;
      }
      /**
       * Once we have a promise we chain, but call synchronously until then.
       *
       * @param {(Promise|undefined)} promise
       * @param {Function} fn
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCall(promise2, fn) {
        if (promise2?.then && typeof promise2.then === "function") {
          return promise2.then(() => fn());
        }
        return fn();
      }
      /**
       *
       * @param {(Promise|undefined)} promise
       * @param {string} event
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCallHooks(promise2, event) {
        let result = promise2;
        const hooks = [];
        this._getCommandAndAncestors().reverse().filter((cmd) => cmd._lifeCycleHooks[event] !== void 0).forEach((hookedCommand) => {
          hookedCommand._lifeCycleHooks[event].forEach((callback2) => {
            hooks.push({ hookedCommand, callback: callback2 });
          });
        });
        if (event === "postAction") {
          hooks.reverse();
        }
        hooks.forEach((hookDetail) => {
          result = this._chainOrCall(result, () => {
            return hookDetail.callback(hookDetail.hookedCommand, this);
          });
        });
        return result;
      }
      /**
       *
       * @param {(Promise|undefined)} promise
       * @param {Command} subCommand
       * @param {string} event
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCallSubCommandHook(promise2, subCommand, event) {
        let result = promise2;
        if (this._lifeCycleHooks[event] !== void 0) {
          this._lifeCycleHooks[event].forEach((hook) => {
            result = this._chainOrCall(result, () => {
              return hook(this, subCommand);
            });
          });
        }
        return result;
      }
      /**
       * Process arguments in context of this command.
       * Returns action result, in case it is a promise.
       *
       * @private
       */
      _parseCommand(operands, unknown) {
        const parsed = this.parseOptions(unknown);
        this._parseOptionsEnv();
        this._parseOptionsImplied();
        operands = operands.concat(parsed.operands);
        unknown = parsed.unknown;
        this.args = operands.concat(unknown);
        if (operands && this._findCommand(operands[0])) {
          return this._dispatchSubcommand(operands[0], operands.slice(1), unknown);
        }
        if (this._getHelpCommand() && operands[0] === this._getHelpCommand().name()) {
          return this._dispatchHelpCommand(operands[1]);
        }
        if (this._defaultCommandName) {
          this._outputHelpIfRequested(unknown);
          return this._dispatchSubcommand(
            this._defaultCommandName,
            operands,
            unknown
          );
        }
        if (this.commands.length && this.args.length === 0 && !this._actionHandler && !this._defaultCommandName) {
          this.help({ error: true });
        }
        this._outputHelpIfRequested(parsed.unknown);
        this._checkForMissingMandatoryOptions();
        this._checkForConflictingOptions();
        const checkForUnknownOptions = () => {
          if (parsed.unknown.length > 0) {
            this.unknownOption(parsed.unknown[0]);
          }
        };
        const commandEvent = `command:${this.name()}`;
        if (this._actionHandler) {
          checkForUnknownOptions();
          this._processArguments();
          let promiseChain;
          promiseChain = this._chainOrCallHooks(promiseChain, "preAction");
          promiseChain = this._chainOrCall(
            promiseChain,
            () => this._actionHandler(this.processedArgs)
          );
          if (this.parent) {
            promiseChain = this._chainOrCall(promiseChain, () => {
              this.parent.emit(commandEvent, operands, unknown);
            });
          }
          promiseChain = this._chainOrCallHooks(promiseChain, "postAction");
          return promiseChain;
        }
        if (this.parent?.listenerCount(commandEvent)) {
          checkForUnknownOptions();
          this._processArguments();
          this.parent.emit(commandEvent, operands, unknown);
        } else if (operands.length) {
          if (this._findCommand("*")) {
            return this._dispatchSubcommand("*", operands, unknown);
          }
          if (this.listenerCount("command:*")) {
            this.emit("command:*", operands, unknown);
          } else if (this.commands.length) {
            this.unknownCommand();
          } else {
            checkForUnknownOptions();
            this._processArguments();
          }
        } else if (this.commands.length) {
          checkForUnknownOptions();
          this.help({ error: true });
        } else {
          checkForUnknownOptions();
          this._processArguments();
        }
      }
      /**
       * Find matching command.
       *
       * @private
       * @return {Command | undefined}
       */
      _findCommand(name) {
        if (!name) return void 0;
        return this.commands.find(
          (cmd) => cmd._name === name || cmd._aliases.includes(name)
        );
      }
      /**
       * Return an option matching `arg` if any.
       *
       * @param {string} arg
       * @return {Option}
       * @package
       */
      _findOption(arg) {
        return this.options.find((option) => option.is(arg));
      }
      /**
       * Display an error message if a mandatory option does not have a value.
       * Called after checking for help flags in leaf subcommand.
       *
       * @private
       */
      _checkForMissingMandatoryOptions() {
        this._getCommandAndAncestors().forEach((cmd) => {
          cmd.options.forEach((anOption) => {
            if (anOption.mandatory && cmd.getOptionValue(anOption.attributeName()) === void 0) {
              cmd.missingMandatoryOptionValue(anOption);
            }
          });
        });
      }
      /**
       * Display an error message if conflicting options are used together in this.
       *
       * @private
       */
      _checkForConflictingLocalOptions() {
        const definedNonDefaultOptions = this.options.filter((option) => {
          const optionKey = option.attributeName();
          if (this.getOptionValue(optionKey) === void 0) {
            return false;
          }
          return this.getOptionValueSource(optionKey) !== "default";
        });
        const optionsWithConflicting = definedNonDefaultOptions.filter(
          (option) => option.conflictsWith.length > 0
        );
        optionsWithConflicting.forEach((option) => {
          const conflictingAndDefined = definedNonDefaultOptions.find(
            (defined) => option.conflictsWith.includes(defined.attributeName())
          );
          if (conflictingAndDefined) {
            this._conflictingOption(option, conflictingAndDefined);
          }
        });
      }
      /**
       * Display an error message if conflicting options are used together.
       * Called after checking for help flags in leaf subcommand.
       *
       * @private
       */
      _checkForConflictingOptions() {
        this._getCommandAndAncestors().forEach((cmd) => {
          cmd._checkForConflictingLocalOptions();
        });
      }
      /**
       * Parse options from `argv` removing known options,
       * and return argv split into operands and unknown arguments.
       *
       * Side effects: modifies command by storing options. Does not reset state if called again.
       *
       * Examples:
       *
       *     argv => operands, unknown
       *     --known kkk op => [op], []
       *     op --known kkk => [op], []
       *     sub --unknown uuu op => [sub], [--unknown uuu op]
       *     sub -- --unknown uuu op => [sub --unknown uuu op], []
       *
       * @param {string[]} args
       * @return {{operands: string[], unknown: string[]}}
       */
      parseOptions(args) {
        const operands = [];
        const unknown = [];
        let dest = operands;
        function maybeOption(arg) {
          return arg.length > 1 && arg[0] === "-";
        }
        const negativeNumberArg = (arg) => {
          if (!/^-(\d+|\d*\.\d+)(e[+-]?\d+)?$/.test(arg)) return false;
          return !this._getCommandAndAncestors().some(
            (cmd) => cmd.options.map((opt) => opt.short).some((short) => /^-\d$/.test(short))
          );
        };
        let activeVariadicOption = null;
        let activeGroup = null;
        let i = 0;
        while (i < args.length || activeGroup) {
          const arg = activeGroup ?? args[i++];
          activeGroup = null;
          if (arg === "--") {
            if (dest === unknown) dest.push(arg);
            dest.push(...args.slice(i));
            break;
          }
          if (activeVariadicOption && (!maybeOption(arg) || negativeNumberArg(arg))) {
            this.emit(`option:${activeVariadicOption.name()}`, arg);
            continue;
          }
          activeVariadicOption = null;
          if (maybeOption(arg)) {
            const option = this._findOption(arg);
            if (option) {
              if (option.required) {
                const value = args[i++];
                if (value === void 0) this.optionMissingArgument(option);
                this.emit(`option:${option.name()}`, value);
              } else if (option.optional) {
                let value = null;
                if (i < args.length && (!maybeOption(args[i]) || negativeNumberArg(args[i]))) {
                  value = args[i++];
                }
                this.emit(`option:${option.name()}`, value);
              } else {
                this.emit(`option:${option.name()}`);
              }
              activeVariadicOption = option.variadic ? option : null;
              continue;
            }
          }
          if (arg.length > 2 && arg[0] === "-" && arg[1] !== "-") {
            const option = this._findOption(`-${arg[1]}`);
            if (option) {
              if (option.required || option.optional && this._combineFlagAndOptionalValue) {
                this.emit(`option:${option.name()}`, arg.slice(2));
              } else {
                this.emit(`option:${option.name()}`);
                activeGroup = `-${arg.slice(2)}`;
              }
              continue;
            }
          }
          if (/^--[^=]+=/.test(arg)) {
            const index = arg.indexOf("=");
            const option = this._findOption(arg.slice(0, index));
            if (option && (option.required || option.optional)) {
              this.emit(`option:${option.name()}`, arg.slice(index + 1));
              continue;
            }
          }
          if (dest === operands && maybeOption(arg) && !(this.commands.length === 0 && negativeNumberArg(arg))) {
            dest = unknown;
          }
          if ((this._enablePositionalOptions || this._passThroughOptions) && operands.length === 0 && unknown.length === 0) {
            if (this._findCommand(arg)) {
              operands.push(arg);
              unknown.push(...args.slice(i));
              break;
            } else if (this._getHelpCommand() && arg === this._getHelpCommand().name()) {
              operands.push(arg, ...args.slice(i));
              break;
            } else if (this._defaultCommandName) {
              unknown.push(arg, ...args.slice(i));
              break;
            }
          }
          if (this._passThroughOptions) {
            dest.push(arg, ...args.slice(i));
            break;
          }
          dest.push(arg);
        }
        return { operands, unknown };
      }
      /**
       * Return an object containing local option values as key-value pairs.
       *
       * @return {object}
       */
      opts() {
        if (this._storeOptionsAsProperties) {
          const result = {};
          const len = this.options.length;
          for (let i = 0; i < len; i++) {
            const key = this.options[i].attributeName();
            result[key] = key === this._versionOptionName ? this._version : this[key];
          }
          return result;
        }
        return this._optionValues;
      }
      /**
       * Return an object containing merged local and global option values as key-value pairs.
       *
       * @return {object}
       */
      optsWithGlobals() {
        return this._getCommandAndAncestors().reduce(
          (combinedOptions, cmd) => Object.assign(combinedOptions, cmd.opts()),
          {}
        );
      }
      /**
       * Display error message and exit (or call exitOverride).
       *
       * @param {string} message
       * @param {object} [errorOptions]
       * @param {string} [errorOptions.code] - an id string representing the error
       * @param {number} [errorOptions.exitCode] - used with process.exit
       */
      error(message, errorOptions) {
        this._outputConfiguration.outputError(
          `${message}
`,
          this._outputConfiguration.writeErr
        );
        if (typeof this._showHelpAfterError === "string") {
          this._outputConfiguration.writeErr(`${this._showHelpAfterError}
`);
        } else if (this._showHelpAfterError) {
          this._outputConfiguration.writeErr("\n");
          this.outputHelp({ error: true });
        }
        const config = errorOptions || {};
        const exitCode = config.exitCode || 1;
        const code = config.code || "commander.error";
        this._exit(exitCode, code, message);
      }
      /**
       * Apply any option related environment variables, if option does
       * not have a value from cli or client code.
       *
       * @private
       */
      _parseOptionsEnv() {
        this.options.forEach((option) => {
          if (option.envVar && option.envVar in process3.env) {
            const optionKey = option.attributeName();
            if (this.getOptionValue(optionKey) === void 0 || ["default", "config", "env"].includes(
              this.getOptionValueSource(optionKey)
            )) {
              if (option.required || option.optional) {
                this.emit(`optionEnv:${option.name()}`, process3.env[option.envVar]);
              } else {
                this.emit(`optionEnv:${option.name()}`);
              }
            }
          }
        });
      }
      /**
       * Apply any implied option values, if option is undefined or default value.
       *
       * @private
       */
      _parseOptionsImplied() {
        const dualHelper = new DualOptions(this.options);
        const hasCustomOptionValue = (optionKey) => {
          return this.getOptionValue(optionKey) !== void 0 && !["default", "implied"].includes(this.getOptionValueSource(optionKey));
        };
        this.options.filter(
          (option) => option.implied !== void 0 && hasCustomOptionValue(option.attributeName()) && dualHelper.valueFromOption(
            this.getOptionValue(option.attributeName()),
            option
          )
        ).forEach((option) => {
          Object.keys(option.implied).filter((impliedKey) => !hasCustomOptionValue(impliedKey)).forEach((impliedKey) => {
            this.setOptionValueWithSource(
              impliedKey,
              option.implied[impliedKey],
              "implied"
            );
          });
        });
      }
      /**
       * Argument `name` is missing.
       *
       * @param {string} name
       * @private
       */
      missingArgument(name) {
        const message = `error: missing required argument '${name}'`;
        this.error(message, { code: "commander.missingArgument" });
      }
      /**
       * `Option` is missing an argument.
       *
       * @param {Option} option
       * @private
       */
      optionMissingArgument(option) {
        const message = `error: option '${option.flags}' argument missing`;
        this.error(message, { code: "commander.optionMissingArgument" });
      }
      /**
       * `Option` does not have a value, and is a mandatory option.
       *
       * @param {Option} option
       * @private
       */
      missingMandatoryOptionValue(option) {
        const message = `error: required option '${option.flags}' not specified`;
        this.error(message, { code: "commander.missingMandatoryOptionValue" });
      }
      /**
       * `Option` conflicts with another option.
       *
       * @param {Option} option
       * @param {Option} conflictingOption
       * @private
       */
      _conflictingOption(option, conflictingOption) {
        const findBestOptionFromValue = (option2) => {
          const optionKey = option2.attributeName();
          const optionValue = this.getOptionValue(optionKey);
          const negativeOption = this.options.find(
            (target) => target.negate && optionKey === target.attributeName()
          );
          const positiveOption = this.options.find(
            (target) => !target.negate && optionKey === target.attributeName()
          );
          if (negativeOption && (negativeOption.presetArg === void 0 && optionValue === false || negativeOption.presetArg !== void 0 && optionValue === negativeOption.presetArg)) {
            return negativeOption;
          }
          return positiveOption || option2;
        };
        const getErrorMessage = (option2) => {
          const bestOption = findBestOptionFromValue(option2);
          const optionKey = bestOption.attributeName();
          const source = this.getOptionValueSource(optionKey);
          if (source === "env") {
            return `environment variable '${bestOption.envVar}'`;
          }
          return `option '${bestOption.flags}'`;
        };
        const message = `error: ${getErrorMessage(option)} cannot be used with ${getErrorMessage(conflictingOption)}`;
        this.error(message, { code: "commander.conflictingOption" });
      }
      /**
       * Unknown option `flag`.
       *
       * @param {string} flag
       * @private
       */
      unknownOption(flag) {
        if (this._allowUnknownOption) return;
        let suggestion = "";
        if (flag.startsWith("--") && this._showSuggestionAfterError) {
          let candidateFlags = [];
          let command = this;
          do {
            const moreFlags = command.createHelp().visibleOptions(command).filter((option) => option.long).map((option) => option.long);
            candidateFlags = candidateFlags.concat(moreFlags);
            command = command.parent;
          } while (command && !command._enablePositionalOptions);
          suggestion = suggestSimilar(flag, candidateFlags);
        }
        const message = `error: unknown option '${flag}'${suggestion}`;
        this.error(message, { code: "commander.unknownOption" });
      }
      /**
       * Excess arguments, more than expected.
       *
       * @param {string[]} receivedArgs
       * @private
       */
      _excessArguments(receivedArgs) {
        if (this._allowExcessArguments) return;
        const expected = this.registeredArguments.length;
        const s = expected === 1 ? "" : "s";
        const forSubcommand = this.parent ? ` for '${this.name()}'` : "";
        const message = `error: too many arguments${forSubcommand}. Expected ${expected} argument${s} but got ${receivedArgs.length}.`;
        this.error(message, { code: "commander.excessArguments" });
      }
      /**
       * Unknown command.
       *
       * @private
       */
      unknownCommand() {
        const unknownName = this.args[0];
        let suggestion = "";
        if (this._showSuggestionAfterError) {
          const candidateNames = [];
          this.createHelp().visibleCommands(this).forEach((command) => {
            candidateNames.push(command.name());
            if (command.alias()) candidateNames.push(command.alias());
          });
          suggestion = suggestSimilar(unknownName, candidateNames);
        }
        const message = `error: unknown command '${unknownName}'${suggestion}`;
        this.error(message, { code: "commander.unknownCommand" });
      }
      /**
       * Get or set the program version.
       *
       * This method auto-registers the "-V, --version" option which will print the version number.
       *
       * You can optionally supply the flags and description to override the defaults.
       *
       * @param {string} [str]
       * @param {string} [flags]
       * @param {string} [description]
       * @return {(this | string | undefined)} `this` command for chaining, or version string if no arguments
       */
      version(str2, flags, description) {
        if (str2 === void 0) return this._version;
        this._version = str2;
        flags = flags || "-V, --version";
        description = description || "output the version number";
        const versionOption = this.createOption(flags, description);
        this._versionOptionName = versionOption.attributeName();
        this._registerOption(versionOption);
        this.on("option:" + versionOption.name(), () => {
          this._outputConfiguration.writeOut(`${str2}
`);
          this._exit(0, "commander.version", str2);
        });
        return this;
      }
      /**
       * Set the description.
       *
       * @param {string} [str]
       * @param {object} [argsDescription]
       * @return {(string|Command)}
       */
      description(str2, argsDescription) {
        if (str2 === void 0 && argsDescription === void 0)
          return this._description;
        this._description = str2;
        if (argsDescription) {
          this._argsDescription = argsDescription;
        }
        return this;
      }
      /**
       * Set the summary. Used when listed as subcommand of parent.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      summary(str2) {
        if (str2 === void 0) return this._summary;
        this._summary = str2;
        return this;
      }
      /**
       * Set an alias for the command.
       *
       * You may call more than once to add multiple aliases. Only the first alias is shown in the auto-generated help.
       *
       * @param {string} [alias]
       * @return {(string|Command)}
       */
      alias(alias) {
        if (alias === void 0) return this._aliases[0];
        let command = this;
        if (this.commands.length !== 0 && this.commands[this.commands.length - 1]._executableHandler) {
          command = this.commands[this.commands.length - 1];
        }
        if (alias === command._name)
          throw new Error("Command alias can't be the same as its name");
        const matchingCommand = this.parent?._findCommand(alias);
        if (matchingCommand) {
          const existingCmd = [matchingCommand.name()].concat(matchingCommand.aliases()).join("|");
          throw new Error(
            `cannot add alias '${alias}' to command '${this.name()}' as already have command '${existingCmd}'`
          );
        }
        command._aliases.push(alias);
        return this;
      }
      /**
       * Set aliases for the command.
       *
       * Only the first alias is shown in the auto-generated help.
       *
       * @param {string[]} [aliases]
       * @return {(string[]|Command)}
       */
      aliases(aliases) {
        if (aliases === void 0) return this._aliases;
        aliases.forEach((alias) => this.alias(alias));
        return this;
      }
      /**
       * Set / get the command usage `str`.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      usage(str2) {
        if (str2 === void 0) {
          if (this._usage) return this._usage;
          const args = this.registeredArguments.map((arg) => {
            return humanReadableArgName(arg);
          });
          return [].concat(
            this.options.length || this._helpOption !== null ? "[options]" : [],
            this.commands.length ? "[command]" : [],
            this.registeredArguments.length ? args : []
          ).join(" ");
        }
        this._usage = str2;
        return this;
      }
      /**
       * Get or set the name of the command.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      name(str2) {
        if (str2 === void 0) return this._name;
        this._name = str2;
        return this;
      }
      /**
       * Set/get the help group heading for this subcommand in parent command's help.
       *
       * @param {string} [heading]
       * @return {Command | string}
       */
      helpGroup(heading2) {
        if (heading2 === void 0) return this._helpGroupHeading ?? "";
        this._helpGroupHeading = heading2;
        return this;
      }
      /**
       * Set/get the default help group heading for subcommands added to this command.
       * (This does not override a group set directly on the subcommand using .helpGroup().)
       *
       * @example
       * program.commandsGroup('Development Commands:);
       * program.command('watch')...
       * program.command('lint')...
       * ...
       *
       * @param {string} [heading]
       * @returns {Command | string}
       */
      commandsGroup(heading2) {
        if (heading2 === void 0) return this._defaultCommandGroup ?? "";
        this._defaultCommandGroup = heading2;
        return this;
      }
      /**
       * Set/get the default help group heading for options added to this command.
       * (This does not override a group set directly on the option using .helpGroup().)
       *
       * @example
       * program
       *   .optionsGroup('Development Options:')
       *   .option('-d, --debug', 'output extra debugging')
       *   .option('-p, --profile', 'output profiling information')
       *
       * @param {string} [heading]
       * @returns {Command | string}
       */
      optionsGroup(heading2) {
        if (heading2 === void 0) return this._defaultOptionGroup ?? "";
        this._defaultOptionGroup = heading2;
        return this;
      }
      /**
       * @param {Option} option
       * @private
       */
      _initOptionGroup(option) {
        if (this._defaultOptionGroup && !option.helpGroupHeading)
          option.helpGroup(this._defaultOptionGroup);
      }
      /**
       * @param {Command} cmd
       * @private
       */
      _initCommandGroup(cmd) {
        if (this._defaultCommandGroup && !cmd.helpGroup())
          cmd.helpGroup(this._defaultCommandGroup);
      }
      /**
       * Set the name of the command from script filename, such as process.argv[1],
       * or require.main.filename, or __filename.
       *
       * (Used internally and public although not documented in README.)
       *
       * @example
       * program.nameFromFilename(require.main.filename);
       *
       * @param {string} filename
       * @return {Command}
       */
      nameFromFilename(filename) {
        this._name = path19.basename(filename, path19.extname(filename));
        return this;
      }
      /**
       * Get or set the directory for searching for executable subcommands of this command.
       *
       * @example
       * program.executableDir(__dirname);
       * // or
       * program.executableDir('subcommands');
       *
       * @param {string} [path]
       * @return {(string|null|Command)}
       */
      executableDir(path20) {
        if (path20 === void 0) return this._executableDir;
        this._executableDir = path20;
        return this;
      }
      /**
       * Return program help documentation.
       *
       * @param {{ error: boolean }} [contextOptions] - pass {error:true} to wrap for stderr instead of stdout
       * @return {string}
       */
      helpInformation(contextOptions) {
        const helper = this.createHelp();
        const context = this._getOutputContext(contextOptions);
        helper.prepareContext({
          error: context.error,
          helpWidth: context.helpWidth,
          outputHasColors: context.hasColors
        });
        const text = helper.formatHelp(this, helper);
        if (context.hasColors) return text;
        return this._outputConfiguration.stripColor(text);
      }
      /**
       * @typedef HelpContext
       * @type {object}
       * @property {boolean} error
       * @property {number} helpWidth
       * @property {boolean} hasColors
       * @property {function} write - includes stripColor if needed
       *
       * @returns {HelpContext}
       * @private
       */
      _getOutputContext(contextOptions) {
        contextOptions = contextOptions || {};
        const error = !!contextOptions.error;
        let baseWrite;
        let hasColors;
        let helpWidth;
        if (error) {
          baseWrite = (str2) => this._outputConfiguration.writeErr(str2);
          hasColors = this._outputConfiguration.getErrHasColors();
          helpWidth = this._outputConfiguration.getErrHelpWidth();
        } else {
          baseWrite = (str2) => this._outputConfiguration.writeOut(str2);
          hasColors = this._outputConfiguration.getOutHasColors();
          helpWidth = this._outputConfiguration.getOutHelpWidth();
        }
        const write = (str2) => {
          if (!hasColors) str2 = this._outputConfiguration.stripColor(str2);
          return baseWrite(str2);
        };
        return { error, write, hasColors, helpWidth };
      }
      /**
       * Output help information for this command.
       *
       * Outputs built-in help, and custom text added using `.addHelpText()`.
       *
       * @param {{ error: boolean } | Function} [contextOptions] - pass {error:true} to write to stderr instead of stdout
       */
      outputHelp(contextOptions) {
        let deprecatedCallback;
        if (typeof contextOptions === "function") {
          deprecatedCallback = contextOptions;
          contextOptions = void 0;
        }
        const outputContext = this._getOutputContext(contextOptions);
        const eventContext = {
          error: outputContext.error,
          write: outputContext.write,
          command: this
        };
        this._getCommandAndAncestors().reverse().forEach((command) => command.emit("beforeAllHelp", eventContext));
        this.emit("beforeHelp", eventContext);
        let helpInformation = this.helpInformation({ error: outputContext.error });
        if (deprecatedCallback) {
          helpInformation = deprecatedCallback(helpInformation);
          if (typeof helpInformation !== "string" && !Buffer.isBuffer(helpInformation)) {
            throw new Error("outputHelp callback must return a string or a Buffer");
          }
        }
        outputContext.write(helpInformation);
        if (this._getHelpOption()?.long) {
          this.emit(this._getHelpOption().long);
        }
        this.emit("afterHelp", eventContext);
        this._getCommandAndAncestors().forEach(
          (command) => command.emit("afterAllHelp", eventContext)
        );
      }
      /**
       * You can pass in flags and a description to customise the built-in help option.
       * Pass in false to disable the built-in help option.
       *
       * @example
       * program.helpOption('-?, --help' 'show help'); // customise
       * program.helpOption(false); // disable
       *
       * @param {(string | boolean)} flags
       * @param {string} [description]
       * @return {Command} `this` command for chaining
       */
      helpOption(flags, description) {
        if (typeof flags === "boolean") {
          if (flags) {
            if (this._helpOption === null) this._helpOption = void 0;
            if (this._defaultOptionGroup) {
              this._initOptionGroup(this._getHelpOption());
            }
          } else {
            this._helpOption = null;
          }
          return this;
        }
        this._helpOption = this.createOption(
          flags ?? "-h, --help",
          description ?? "display help for command"
        );
        if (flags || description) this._initOptionGroup(this._helpOption);
        return this;
      }
      /**
       * Lazy create help option.
       * Returns null if has been disabled with .helpOption(false).
       *
       * @returns {(Option | null)} the help option
       * @package
       */
      _getHelpOption() {
        if (this._helpOption === void 0) {
          this.helpOption(void 0, void 0);
        }
        return this._helpOption;
      }
      /**
       * Supply your own option to use for the built-in help option.
       * This is an alternative to using helpOption() to customise the flags and description etc.
       *
       * @param {Option} option
       * @return {Command} `this` command for chaining
       */
      addHelpOption(option) {
        this._helpOption = option;
        this._initOptionGroup(option);
        return this;
      }
      /**
       * Output help information and exit.
       *
       * Outputs built-in help, and custom text added using `.addHelpText()`.
       *
       * @param {{ error: boolean }} [contextOptions] - pass {error:true} to write to stderr instead of stdout
       */
      help(contextOptions) {
        this.outputHelp(contextOptions);
        let exitCode = Number(process3.exitCode ?? 0);
        if (exitCode === 0 && contextOptions && typeof contextOptions !== "function" && contextOptions.error) {
          exitCode = 1;
        }
        this._exit(exitCode, "commander.help", "(outputHelp)");
      }
      /**
       * // Do a little typing to coordinate emit and listener for the help text events.
       * @typedef HelpTextEventContext
       * @type {object}
       * @property {boolean} error
       * @property {Command} command
       * @property {function} write
       */
      /**
       * Add additional text to be displayed with the built-in help.
       *
       * Position is 'before' or 'after' to affect just this command,
       * and 'beforeAll' or 'afterAll' to affect this command and all its subcommands.
       *
       * @param {string} position - before or after built-in help
       * @param {(string | Function)} text - string to add, or a function returning a string
       * @return {Command} `this` command for chaining
       */
      addHelpText(position, text) {
        const allowedValues = ["beforeAll", "before", "after", "afterAll"];
        if (!allowedValues.includes(position)) {
          throw new Error(`Unexpected value for position to addHelpText.
Expecting one of '${allowedValues.join("', '")}'`);
        }
        const helpEvent = `${position}Help`;
        this.on(helpEvent, (context) => {
          let helpStr;
          if (typeof text === "function") {
            helpStr = text({ error: context.error, command: context.command });
          } else {
            helpStr = text;
          }
          if (helpStr) {
            context.write(`${helpStr}
`);
          }
        });
        return this;
      }
      /**
       * Output help information if help flags specified
       *
       * @param {Array} args - array of options to search for help flags
       * @private
       */
      _outputHelpIfRequested(args) {
        const helpOption = this._getHelpOption();
        const helpRequested = helpOption && args.find((arg) => helpOption.is(arg));
        if (helpRequested) {
          this.outputHelp();
          this._exit(0, "commander.helpDisplayed", "(outputHelp)");
        }
      }
    };
    function incrementNodeInspectorPort(args) {
      return args.map((arg) => {
        if (!arg.startsWith("--inspect")) {
          return arg;
        }
        let debugOption;
        let debugHost = "127.0.0.1";
        let debugPort = "9229";
        let match;
        if ((match = arg.match(/^(--inspect(-brk)?)$/)) !== null) {
          debugOption = match[1];
        } else if ((match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+)$/)) !== null) {
          debugOption = match[1];
          if (/^\d+$/.test(match[3])) {
            debugPort = match[3];
          } else {
            debugHost = match[3];
          }
        } else if ((match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+):(\d+)$/)) !== null) {
          debugOption = match[1];
          debugHost = match[3];
          debugPort = match[4];
        }
        if (debugOption && debugPort !== "0") {
          return `${debugOption}=${debugHost}:${parseInt(debugPort) + 1}`;
        }
        return arg;
      });
    }
    function useColor() {
      if (process3.env.NO_COLOR || process3.env.FORCE_COLOR === "0" || process3.env.FORCE_COLOR === "false")
        return false;
      if (process3.env.FORCE_COLOR || process3.env.CLICOLOR_FORCE !== void 0)
        return true;
      return void 0;
    }
    exports.Command = Command2;
    exports.useColor = useColor;
  }
});

// node_modules/commander/index.js
var require_commander = __commonJS({
  "node_modules/commander/index.js"(exports) {
    var { Argument: Argument2 } = require_argument();
    var { Command: Command2 } = require_command();
    var { CommanderError: CommanderError2, InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var { Help: Help2 } = require_help();
    var { Option: Option2 } = require_option();
    exports.program = new Command2();
    exports.createCommand = (name) => new Command2(name);
    exports.createOption = (flags, description) => new Option2(flags, description);
    exports.createArgument = (name, description) => new Argument2(name, description);
    exports.Command = Command2;
    exports.Option = Option2;
    exports.Argument = Argument2;
    exports.Help = Help2;
    exports.CommanderError = CommanderError2;
    exports.InvalidArgumentError = InvalidArgumentError2;
    exports.InvalidOptionArgumentError = InvalidArgumentError2;
  }
});

// dist/untrusted-text.js
function escapeUntrusted(text, { keepLayout = false } = {}) {
  return text.replace(keepLayout ? UNSAFE_BUT_LAYOUT : UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
function withoutWorkflowCommands(text, colon) {
  return text.replace(/^([ \t]*):(?=:)/gm, (_, blanks) => `${blanks}${colon}`);
}
var UNSAFE, UNSAFE_BUT_LAYOUT, ESCAPED_COLON;
var init_untrusted_text = __esm({
  "dist/untrusted-text.js"() {
    "use strict";
    UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
    UNSAFE_BUT_LAYOUT = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
    ESCAPED_COLON = "\\u003a";
  }
});

// dist/package-files.js
import { existsSync } from "node:fs";
function packageFile(relativePath) {
  return new URL(relativePath, ROOT);
}
function packageRoot(start) {
  for (let folder = start; ; folder = new URL("..", folder)) {
    if (existsSync(new URL("package.json", folder)))
      return folder;
    if (folder.pathname === "/")
      throw new Error(`gapcheck cannot find its package.json above ${start.pathname}`);
  }
}
var ROOT, RUNNING_FROM_SOURCES;
var init_package_files = __esm({
  "dist/package-files.js"() {
    "use strict";
    ROOT = packageRoot(new URL(".", import.meta.url));
    RUNNING_FROM_SOURCES = import.meta.url.endsWith(".ts");
  }
});

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

// node_modules/js-yaml/dist/js-yaml.mjs
function getDefaultExportFromCjs(x) {
  return x && x.__esModule && Object.prototype.hasOwnProperty.call(x, "default") ? x["default"] : x;
}
function requireCommon() {
  if (hasRequiredCommon) return common;
  hasRequiredCommon = 1;
  function isNothing(subject) {
    return typeof subject === "undefined" || subject === null;
  }
  function isObject2(subject) {
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
  common.isObject = isObject2;
  common.toArray = toArray;
  common.repeat = repeat;
  common.isNegativeZero = isNegativeZero;
  common.extend = extend;
  return common;
}
function requireException() {
  if (hasRequiredException) return exception;
  hasRequiredException = 1;
  function formatError(exception2, compact) {
    let where2 = "";
    const message = exception2.reason || "(unknown reason)";
    if (!exception2.mark) return message;
    if (exception2.mark.name) {
      where2 += 'in "' + exception2.mark.name + '" ';
    }
    where2 += "(" + (exception2.mark.line + 1) + ":" + (exception2.mark.column + 1) + ")";
    if (!compact && exception2.mark.snippet) {
      where2 += "\n\n" + exception2.mark.snippet;
    }
    return message + " " + where2;
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
function requireSnippet() {
  if (hasRequiredSnippet) return snippet;
  hasRequiredSnippet = 1;
  const common2 = requireCommon();
  function getLine(buffer, lineStart2, lineEnd, position, maxLineLength) {
    let head = "";
    let tail = "";
    const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
    if (position - lineStart2 > maxHalfLength) {
      head = " ... ";
      lineStart2 = position - maxHalfLength + head.length;
    }
    if (lineEnd - position > maxHalfLength) {
      tail = " ...";
      lineEnd = position + maxHalfLength - tail.length;
    }
    return {
      str: head + buffer.slice(lineStart2, lineEnd).replace(/\t/g, "\u2192") + tail,
      pos: position - lineStart2 + head.length
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
    let sign2 = 1;
    let ch = value[0];
    if (ch === "-" || ch === "+") {
      if (ch === "-") sign2 = -1;
      value = value.slice(1);
      ch = value[0];
    }
    if (value === "0") return 0;
    if (ch === "0") {
      if (value[1] === "b") return sign2 * parseInt(value.slice(2), 2);
      if (value[1] === "x") return sign2 * parseInt(value.slice(2), 16);
      if (value[1] === "o") return sign2 * parseInt(value.slice(2), 8);
    }
    return sign2 * parseInt(value, 10);
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
    const sign2 = value[0] === "-" ? -1 : 1;
    if ("+-".indexOf(value[0]) >= 0) {
      value = value.slice(1);
    }
    if (value === ".inf") {
      return sign2 === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    } else if (value === ".nan") {
      return NaN;
    }
    return sign2 * parseFloat(value, 10);
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
function requireCore() {
  if (hasRequiredCore) return core;
  hasRequiredCore = 1;
  core = requireJson();
  return core;
}
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
      let pairKey2;
      for (pairKey2 in pair) {
        if (_hasOwnProperty.call(pair, pairKey2)) {
          if (!pairHasKey) pairHasKey = true;
          else return false;
        }
      }
      if (!pairHasKey) return false;
      if (_hasOwnProperty.call(objectKeys, pairKey2)) return false;
      Object.defineProperty(objectKeys, pairKey2, { value: true });
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
var jsYaml, loader, common, hasRequiredCommon, exception, hasRequiredException, snippet, hasRequiredSnippet, type, hasRequiredType, schema, hasRequiredSchema, str, hasRequiredStr, seq, hasRequiredSeq, map, hasRequiredMap, failsafe, hasRequiredFailsafe, _null, hasRequired_null, bool, hasRequiredBool, int, hasRequiredInt, float, hasRequiredFloat, json, hasRequiredJson, core, hasRequiredCore, timestamp, hasRequiredTimestamp, merge, hasRequiredMerge, binary, hasRequiredBinary, omap, hasRequiredOmap, pairs, hasRequiredPairs, set, hasRequiredSet, _default, hasRequired_default, hasRequiredLoader, dumper, hasRequiredDumper, hasRequiredJsYaml, jsYamlExports, yaml, Type, Schema, FAILSAFE_SCHEMA, JSON_SCHEMA, CORE_SCHEMA, DEFAULT_SCHEMA, load, loadAll, dump, YAMLException, types, safeLoad, safeLoadAll, safeDump;
var init_js_yaml = __esm({
  "node_modules/js-yaml/dist/js-yaml.mjs"() {
    jsYaml = {};
    loader = {};
    common = {};
    dumper = {};
    jsYamlExports = requireJsYaml();
    yaml = /* @__PURE__ */ getDefaultExportFromCjs(jsYamlExports);
    ({
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
    } = yaml);
  }
});

// dist/text-order.js
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
var init_text_order = __esm({
  "dist/text-order.js"() {
    "use strict";
  }
});

// dist/rules/support/step-list.js
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
    ...lists.flatMap((list2) => list2.slice(0, HEAD)).slice(0, HEAD),
    ...lists.flatMap((list2) => list2.slice(-TAIL)).slice(-TAIL)
  ];
}
function quoteSteps(ids) {
  return cutList(ids, (id) => `"${id}"`).join(", ");
}
function pathText(ids, skipped = 0) {
  return cutList(ids, (id) => id, ids.length + skipped).join(" \u2192 ");
}
function keptPath(length, slice) {
  if (length <= 2 * KEPT_AT_EACH_END)
    return { path: slice(0, length) };
  return {
    path: slice(0, KEPT_AT_EACH_END).concat(slice(length - KEPT_AT_EACH_END, length)),
    skipped: length - 2 * KEPT_AT_EACH_END
  };
}
var AT_MOST, HEAD, TAIL, KEPT_AT_EACH_END;
var init_step_list = __esm({
  "dist/rules/support/step-list.js"() {
    "use strict";
    AT_MOST = 12;
    HEAD = 6;
    TAIL = 5;
    KEPT_AT_EACH_END = 250;
  }
});

// dist/model/severity.js
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
var SEVERITIES, RANK;
var init_severity = __esm({
  "dist/model/severity.js"() {
    "use strict";
    SEVERITIES = ["critical", "high", "medium", "low"];
    RANK = { critical: 4, high: 3, medium: 2, low: 1 };
  }
});

// dist/version.js
import { existsSync as existsSync4, readFileSync as readFileSync5 } from "node:fs";
function version() {
  return JSON.parse(readFileSync5(packageFile("package.json"), "utf8")).version;
}
function buildId() {
  const fingerprint = packageFile(BUILD_ID_FILE);
  return existsSync4(fingerprint) ? `${version()}+${readFileSync5(fingerprint, "utf8").trim()}` : version();
}
var BUILD_ID_FILE;
var init_version = __esm({
  "dist/version.js"() {
    "use strict";
    init_package_files();
    BUILD_ID_FILE = "dist/build-id";
  }
});

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
function pluginOf(crash) {
  const slash = crash.rule.indexOf("/");
  return slash < 0 ? void 0 : crash.rule.slice(0, slash);
}
var CRASH_ADVICE;
var init_crashes = __esm({
  "dist/report/crashes.js"() {
    "use strict";
    CRASH_ADVICE = "This is a bug in gapcheck, not in your process. Please report it with the file attached.";
  }
});

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
    exports.hasRegexChars = (str2) => REGEX_SPECIAL_CHARS.test(str2);
    exports.isRegexChar = (str2) => str2.length === 1 && exports.hasRegexChars(str2);
    exports.escapeRegex = (str2) => str2.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str2) => str2.replace(REGEX_BACKSLASH, "/");
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
    exports.removeBackslashes = (str2) => {
      return str2.replace(REGEX_REMOVE_BACKSLASH, (match) => {
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
    exports.basename = (path19, { windows } = {}) => {
      const segs = path19.split(windows ? /[\\/]/ : "/");
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
      let str2 = input;
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
      const peek = () => str2.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str2.charCodeAt(++index);
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
      let base = str2;
      let prefix2 = "";
      let glob = "";
      if (start > 0) {
        prefix2 = str2.slice(0, start);
        str2 = str2.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str2.slice(0, lastIndex);
        glob = str2.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str2;
      } else {
        base = str2;
      }
      if (base && base !== "" && base !== "/" && base !== str2) {
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
        prefix: prefix2,
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
              tokens[idx].value = prefix2;
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
    var constants5 = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants5;
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
    var syntaxError = (type2, char) => {
      return `Missing ${type2}: "${char}" - use "\\\\${char}" to match literal characters`;
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
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants5.DEFAULT_MAX_EXTGLOB_RECURSION;
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
      const PLATFORM_CHARS = constants5.globChars(opts.windows);
      const EXTGLOB_CHARS = constants5.extglobChars(PLATFORM_CHARS);
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
      const increment = (type2) => {
        state[type2]++;
        stack.push(type2);
      };
      const decrement = (type2) => {
        state[type2]--;
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
      const extglobOpen = (type2, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type: type2, value: value2, output: state.output ? "" : ONE_CHAR });
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
      } = constants5.globChars(opts.windows);
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
      const create = (str2) => {
        switch (str2) {
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
            const match = /^(.*?)\.(\w+)$/.exec(str2);
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
    var constants5 = require_constants();
    var isObject2 = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch3 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch3(input, options, returnState));
        const arrayMatcher = (str2) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str2);
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
    picomatch3.isMatch = (str2, patterns, options) => picomatch3(patterns, options)(str2);
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
    picomatch3.constants = constants5;
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

// node_modules/cli-progress/lib/eta.js
var require_eta = __commonJS({
  "node_modules/cli-progress/lib/eta.js"(exports, module) {
    var ETA = class {
      constructor(length, initTime, initValue) {
        this.etaBufferLength = length || 100;
        this.valueBuffer = [initValue];
        this.timeBuffer = [initTime];
        this.eta = "0";
      }
      // add new values to calculation buffer
      update(time, value, total) {
        this.valueBuffer.push(value);
        this.timeBuffer.push(time);
        this.calculate(total - value);
      }
      // fetch estimated time
      getTime() {
        return this.eta;
      }
      // eta calculation - request number of remaining events
      calculate(remaining) {
        const currentBufferSize = this.valueBuffer.length;
        const buffer = Math.min(this.etaBufferLength, currentBufferSize);
        const v_diff = this.valueBuffer[currentBufferSize - 1] - this.valueBuffer[currentBufferSize - buffer];
        const t_diff = this.timeBuffer[currentBufferSize - 1] - this.timeBuffer[currentBufferSize - buffer];
        const vt_rate = v_diff / t_diff;
        this.valueBuffer = this.valueBuffer.slice(-this.etaBufferLength);
        this.timeBuffer = this.timeBuffer.slice(-this.etaBufferLength);
        const eta = Math.ceil(remaining / vt_rate / 1e3);
        if (isNaN(eta)) {
          this.eta = "NULL";
        } else if (!isFinite(eta)) {
          this.eta = "INF";
        } else if (eta > 1e7) {
          this.eta = "INF";
        } else if (eta < 0) {
          this.eta = 0;
        } else {
          this.eta = eta;
        }
      }
    };
    module.exports = ETA;
  }
});

// node_modules/cli-progress/lib/terminal.js
var require_terminal = __commonJS({
  "node_modules/cli-progress/lib/terminal.js"(exports, module) {
    var _readline = __require("readline");
    var Terminal = class {
      constructor(outputStream) {
        this.stream = outputStream;
        this.linewrap = true;
        this.dy = 0;
      }
      // save cursor position + settings
      cursorSave() {
        if (!this.stream.isTTY) {
          return;
        }
        this.stream.write("\x1B7");
      }
      // restore last cursor position + settings
      cursorRestore() {
        if (!this.stream.isTTY) {
          return;
        }
        this.stream.write("\x1B8");
      }
      // show/hide cursor
      cursor(enabled) {
        if (!this.stream.isTTY) {
          return;
        }
        if (enabled) {
          this.stream.write("\x1B[?25h");
        } else {
          this.stream.write("\x1B[?25l");
        }
      }
      // change cursor positionn
      cursorTo(x = null, y = null) {
        if (!this.stream.isTTY) {
          return;
        }
        _readline.cursorTo(this.stream, x, y);
      }
      // change relative cursor position
      cursorRelative(dx = null, dy = null) {
        if (!this.stream.isTTY) {
          return;
        }
        this.dy = this.dy + dy;
        _readline.moveCursor(this.stream, dx, dy);
      }
      // relative reset
      cursorRelativeReset() {
        if (!this.stream.isTTY) {
          return;
        }
        _readline.moveCursor(this.stream, 0, -this.dy);
        _readline.cursorTo(this.stream, 0, null);
        this.dy = 0;
      }
      // clear to the right from cursor
      clearRight() {
        if (!this.stream.isTTY) {
          return;
        }
        _readline.clearLine(this.stream, 1);
      }
      // clear the full line
      clearLine() {
        if (!this.stream.isTTY) {
          return;
        }
        _readline.clearLine(this.stream, 0);
      }
      // clear everyting beyond the current line
      clearBottom() {
        if (!this.stream.isTTY) {
          return;
        }
        _readline.clearScreenDown(this.stream);
      }
      // add new line; increment counter
      newline() {
        this.stream.write("\n");
        this.dy++;
      }
      // write content to output stream
      // @TODO use string-width to strip length
      write(s, rawWrite = false) {
        if (this.linewrap === true && rawWrite === false) {
          this.stream.write(s.substr(0, this.getWidth()));
        } else {
          this.stream.write(s);
        }
      }
      // control line wrapping
      lineWrapping(enabled) {
        if (!this.stream.isTTY) {
          return;
        }
        this.linewrap = enabled;
        if (enabled) {
          this.stream.write("\x1B[?7h");
        } else {
          this.stream.write("\x1B[?7l");
        }
      }
      // tty environment ?
      isTTY() {
        return this.stream.isTTY === true;
      }
      // get terminal width
      getWidth() {
        return this.stream.columns || (this.stream.isTTY ? 80 : 200);
      }
    };
    module.exports = Terminal;
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

// node_modules/cli-progress/lib/format-value.js
var require_format_value = __commonJS({
  "node_modules/cli-progress/lib/format-value.js"(exports, module) {
    module.exports = function formatValue(v, options, type2) {
      if (options.autopadding !== true) {
        return v;
      }
      function autopadding(value, length) {
        return (options.autopaddingChar + value).slice(-length);
      }
      switch (type2) {
        case "percentage":
          return autopadding(v, 3);
        default:
          return v;
      }
    };
  }
});

// node_modules/cli-progress/lib/format-bar.js
var require_format_bar = __commonJS({
  "node_modules/cli-progress/lib/format-bar.js"(exports, module) {
    module.exports = function formatBar(progress, options) {
      const completeSize = Math.round(progress * options.barsize);
      const incompleteSize = options.barsize - completeSize;
      return options.barCompleteString.substr(0, completeSize) + options.barGlue + options.barIncompleteString.substr(0, incompleteSize);
    };
  }
});

// node_modules/cli-progress/lib/format-time.js
var require_format_time = __commonJS({
  "node_modules/cli-progress/lib/format-time.js"(exports, module) {
    module.exports = function formatTime(t, options, roundToMultipleOf) {
      function round(input) {
        if (roundToMultipleOf) {
          return roundToMultipleOf * Math.round(input / roundToMultipleOf);
        } else {
          return input;
        }
      }
      function autopadding(v) {
        return (options.autopaddingChar + v).slice(-2);
      }
      if (t > 3600) {
        return autopadding(Math.floor(t / 3600)) + "h" + autopadding(round(t % 3600 / 60)) + "m";
      } else if (t > 60) {
        return autopadding(Math.floor(t / 60)) + "m" + autopadding(round(t % 60)) + "s";
      } else if (t > 10) {
        return autopadding(round(t)) + "s";
      } else {
        return autopadding(t) + "s";
      }
    };
  }
});

// node_modules/cli-progress/lib/formatter.js
var require_formatter = __commonJS({
  "node_modules/cli-progress/lib/formatter.js"(exports, module) {
    var _stringWidth = require_string_width();
    var _defaultFormatValue = require_format_value();
    var _defaultFormatBar = require_format_bar();
    var _defaultFormatTime = require_format_time();
    module.exports = function defaultFormatter(options, params, payload) {
      let s = options.format;
      const formatTime = options.formatTime || _defaultFormatTime;
      const formatValue = options.formatValue || _defaultFormatValue;
      const formatBar = options.formatBar || _defaultFormatBar;
      const percentage = Math.floor(params.progress * 100) + "";
      const stopTime = params.stopTime || Date.now();
      const elapsedTime = Math.round((stopTime - params.startTime) / 1e3);
      const context = Object.assign({}, payload, {
        bar: formatBar(params.progress, options),
        percentage: formatValue(percentage, options, "percentage"),
        total: formatValue(params.total, options, "total"),
        value: formatValue(params.value, options, "value"),
        eta: formatValue(params.eta, options, "eta"),
        eta_formatted: formatTime(params.eta, options, 5),
        duration: formatValue(elapsedTime, options, "duration"),
        duration_formatted: formatTime(elapsedTime, options, 1)
      });
      s = s.replace(/\{(\w+)\}/g, function(match, key) {
        if (typeof context[key] !== "undefined") {
          return context[key];
        }
        return match;
      });
      const fullMargin = Math.max(0, params.maxWidth - _stringWidth(s) - 2);
      const halfMargin = Math.floor(fullMargin / 2);
      switch (options.align) {
        // fill start-of-line with whitespaces
        case "right":
          s = fullMargin > 0 ? " ".repeat(fullMargin) + s : s;
          break;
        // distribute whitespaces to left+right
        case "center":
          s = halfMargin > 0 ? " ".repeat(halfMargin) + s : s;
          break;
        // default: left align, no additional whitespaces
        case "left":
        default:
          break;
      }
      return s;
    };
  }
});

// node_modules/cli-progress/lib/options.js
var require_options = __commonJS({
  "node_modules/cli-progress/lib/options.js"(exports, module) {
    function mergeOption(v, defaultValue) {
      if (typeof v === "undefined" || v === null) {
        return defaultValue;
      } else {
        return v;
      }
    }
    module.exports = {
      // set global options
      parse: function parse(rawOptions, preset) {
        const options = {};
        const opt = Object.assign({}, preset, rawOptions);
        options.throttleTime = 1e3 / mergeOption(opt.fps, 10);
        options.stream = mergeOption(opt.stream, process.stderr);
        options.terminal = mergeOption(opt.terminal, null);
        options.clearOnComplete = mergeOption(opt.clearOnComplete, false);
        options.stopOnComplete = mergeOption(opt.stopOnComplete, false);
        options.barsize = mergeOption(opt.barsize, 40);
        options.align = mergeOption(opt.align, "left");
        options.hideCursor = mergeOption(opt.hideCursor, false);
        options.linewrap = mergeOption(opt.linewrap, false);
        options.barGlue = mergeOption(opt.barGlue, "");
        options.barCompleteChar = mergeOption(opt.barCompleteChar, "=");
        options.barIncompleteChar = mergeOption(opt.barIncompleteChar, "-");
        options.format = mergeOption(opt.format, "progress [{bar}] {percentage}% | ETA: {eta}s | {value}/{total}");
        options.formatTime = mergeOption(opt.formatTime, null);
        options.formatValue = mergeOption(opt.formatValue, null);
        options.formatBar = mergeOption(opt.formatBar, null);
        options.etaBufferLength = mergeOption(opt.etaBuffer, 10);
        options.etaAsynchronousUpdate = mergeOption(opt.etaAsynchronousUpdate, false);
        options.progressCalculationRelative = mergeOption(opt.progressCalculationRelative, false);
        options.synchronousUpdate = mergeOption(opt.synchronousUpdate, true);
        options.noTTYOutput = mergeOption(opt.noTTYOutput, false);
        options.notTTYSchedule = mergeOption(opt.notTTYSchedule, 2e3);
        options.emptyOnZero = mergeOption(opt.emptyOnZero, false);
        options.forceRedraw = mergeOption(opt.forceRedraw, false);
        options.autopadding = mergeOption(opt.autopadding, false);
        options.gracefulExit = mergeOption(opt.gracefulExit, false);
        return options;
      },
      // derived options: instance specific, has to be created for every bar element
      assignDerivedOptions: function assignDerivedOptions(options) {
        options.barCompleteString = options.barCompleteChar.repeat(options.barsize + 1);
        options.barIncompleteString = options.barIncompleteChar.repeat(options.barsize + 1);
        options.autopaddingChar = options.autopadding ? mergeOption(options.autopaddingChar, "   ") : "";
        return options;
      }
    };
  }
});

// node_modules/cli-progress/lib/generic-bar.js
var require_generic_bar = __commonJS({
  "node_modules/cli-progress/lib/generic-bar.js"(exports, module) {
    var _ETA = require_eta();
    var _Terminal = require_terminal();
    var _formatter = require_formatter();
    var _options = require_options();
    var _EventEmitter = __require("events");
    module.exports = class GenericBar extends _EventEmitter {
      constructor(options) {
        super();
        this.options = _options.assignDerivedOptions(options);
        this.terminal = this.options.terminal ? this.options.terminal : new _Terminal(this.options.stream);
        this.value = 0;
        this.startValue = 0;
        this.total = 100;
        this.lastDrawnString = null;
        this.startTime = null;
        this.stopTime = null;
        this.lastRedraw = Date.now();
        this.eta = new _ETA(this.options.etaBufferLength, 0, 0);
        this.payload = {};
        this.isActive = false;
        this.formatter = typeof this.options.format === "function" ? this.options.format : _formatter;
      }
      // internal render function
      render(forceRendering = false) {
        const params = {
          progress: this.getProgress(),
          eta: this.eta.getTime(),
          startTime: this.startTime,
          stopTime: this.stopTime,
          total: this.total,
          value: this.value,
          maxWidth: this.terminal.getWidth()
        };
        if (this.options.etaAsynchronousUpdate) {
          this.updateETA();
        }
        const s = this.formatter(this.options, params, this.payload);
        const forceRedraw = forceRendering || this.options.forceRedraw || this.options.noTTYOutput && !this.terminal.isTTY();
        if (forceRedraw || this.lastDrawnString != s) {
          this.emit("redraw-pre");
          this.terminal.cursorTo(0, null);
          this.terminal.write(s);
          this.terminal.clearRight();
          this.lastDrawnString = s;
          this.lastRedraw = Date.now();
          this.emit("redraw-post");
        }
      }
      // start the progress bar
      start(total, startValue, payload) {
        this.value = startValue || 0;
        this.total = typeof total !== "undefined" && total >= 0 ? total : 100;
        this.startValue = startValue || 0;
        this.payload = payload || {};
        this.startTime = Date.now();
        this.stopTime = null;
        this.lastDrawnString = "";
        this.eta = new _ETA(this.options.etaBufferLength, this.startTime, this.value);
        this.isActive = true;
        this.emit("start", total, startValue);
      }
      // stop the bar
      stop() {
        this.isActive = false;
        this.stopTime = Date.now();
        this.emit("stop", this.total, this.value);
      }
      // update the bar value
      // update(value, payload)
      // update(payload)
      update(arg0, arg1 = {}) {
        if (typeof arg0 === "number") {
          this.value = arg0;
          this.eta.update(Date.now(), arg0, this.total);
        }
        const payloadData = (typeof arg0 === "object" ? arg0 : arg1) || {};
        this.emit("update", this.total, this.value);
        for (const key in payloadData) {
          this.payload[key] = payloadData[key];
        }
        if (this.value >= this.getTotal() && this.options.stopOnComplete) {
          this.stop();
        }
      }
      // calculate the actual progress value
      getProgress() {
        let progress = this.value / this.total;
        if (this.options.progressCalculationRelative) {
          progress = (this.value - this.startValue) / (this.total - this.startValue);
        }
        if (isNaN(progress)) {
          progress = this.options && this.options.emptyOnZero ? 0 : 1;
        }
        progress = Math.min(Math.max(progress, 0), 1);
        return progress;
      }
      // update the bar value
      // increment(delta, payload)
      // increment(payload)
      increment(arg0 = 1, arg1 = {}) {
        if (typeof arg0 === "object") {
          this.update(this.value + 1, arg0);
        } else {
          this.update(this.value + arg0, arg1);
        }
      }
      // get the total (limit) value
      getTotal() {
        return this.total;
      }
      // set the total (limit) value
      setTotal(total) {
        if (typeof total !== "undefined" && total >= 0) {
          this.total = total;
        }
      }
      // force eta calculation update (long running processes)
      updateETA() {
        this.eta.update(Date.now(), this.value, this.total);
      }
    };
  }
});

// node_modules/cli-progress/lib/single-bar.js
var require_single_bar = __commonJS({
  "node_modules/cli-progress/lib/single-bar.js"(exports, module) {
    var _GenericBar = require_generic_bar();
    var _options = require_options();
    module.exports = class SingleBar extends _GenericBar {
      constructor(options, preset) {
        super(_options.parse(options, preset));
        this.timer = null;
        if (this.options.noTTYOutput && this.terminal.isTTY() === false) {
          this.options.synchronousUpdate = false;
        }
        this.schedulingRate = this.terminal.isTTY() ? this.options.throttleTime : this.options.notTTYSchedule;
        this.sigintCallback = null;
      }
      // internal render function
      render() {
        if (this.timer) {
          clearTimeout(this.timer);
          this.timer = null;
        }
        super.render();
        if (this.options.noTTYOutput && this.terminal.isTTY() === false) {
          this.terminal.newline();
        }
        this.timer = setTimeout(this.render.bind(this), this.schedulingRate);
      }
      update(current, payload) {
        if (!this.timer) {
          return;
        }
        super.update(current, payload);
        if (this.options.synchronousUpdate && this.lastRedraw + this.options.throttleTime * 2 < Date.now()) {
          this.render();
        }
      }
      // start the progress bar
      start(total, startValue, payload) {
        if (this.options.noTTYOutput === false && this.terminal.isTTY() === false) {
          return;
        }
        if (this.sigintCallback === null && this.options.gracefulExit) {
          this.sigintCallback = this.stop.bind(this);
          process.once("SIGINT", this.sigintCallback);
          process.once("SIGTERM", this.sigintCallback);
        }
        this.terminal.cursorSave();
        if (this.options.hideCursor === true) {
          this.terminal.cursor(false);
        }
        if (this.options.linewrap === false) {
          this.terminal.lineWrapping(false);
        }
        super.start(total, startValue, payload);
        this.render();
      }
      // stop the bar
      stop() {
        if (!this.timer) {
          return;
        }
        if (this.sigintCallback) {
          process.removeListener("SIGINT", this.sigintCallback);
          process.removeListener("SIGTERM", this.sigintCallback);
          this.sigintCallback = null;
        }
        this.render();
        super.stop();
        clearTimeout(this.timer);
        this.timer = null;
        if (this.options.hideCursor === true) {
          this.terminal.cursor(true);
        }
        if (this.options.linewrap === false) {
          this.terminal.lineWrapping(true);
        }
        this.terminal.cursorRestore();
        if (this.options.clearOnComplete) {
          this.terminal.cursorTo(0, null);
          this.terminal.clearLine();
        } else {
          this.terminal.newline();
        }
      }
    };
  }
});

// node_modules/cli-progress/lib/multi-bar.js
var require_multi_bar = __commonJS({
  "node_modules/cli-progress/lib/multi-bar.js"(exports, module) {
    var _Terminal = require_terminal();
    var _BarElement = require_generic_bar();
    var _options = require_options();
    var _EventEmitter = __require("events");
    module.exports = class MultiBar extends _EventEmitter {
      constructor(options, preset) {
        super();
        this.bars = [];
        this.options = _options.parse(options, preset);
        this.options.synchronousUpdate = false;
        this.terminal = this.options.terminal ? this.options.terminal : new _Terminal(this.options.stream);
        this.timer = null;
        this.isActive = false;
        this.schedulingRate = this.terminal.isTTY() ? this.options.throttleTime : this.options.notTTYSchedule;
        this.loggingBuffer = [];
        this.sigintCallback = null;
      }
      // add a new bar to the stack
      create(total, startValue, payload, barOptions = {}) {
        const bar = new _BarElement(Object.assign(
          {},
          // global options
          this.options,
          // terminal instance
          {
            terminal: this.terminal
          },
          // overrides
          barOptions
        ));
        this.bars.push(bar);
        if (this.options.noTTYOutput === false && this.terminal.isTTY() === false) {
          return bar;
        }
        if (this.sigintCallback === null && this.options.gracefulExit) {
          this.sigintCallback = this.stop.bind(this);
          process.once("SIGINT", this.sigintCallback);
          process.once("SIGTERM", this.sigintCallback);
        }
        if (!this.isActive) {
          if (this.options.hideCursor === true) {
            this.terminal.cursor(false);
          }
          if (this.options.linewrap === false) {
            this.terminal.lineWrapping(false);
          }
          this.timer = setTimeout(this.update.bind(this), this.schedulingRate);
        }
        this.isActive = true;
        bar.start(total, startValue, payload);
        this.emit("start");
        return bar;
      }
      // remove a bar from the stack
      remove(bar) {
        const index = this.bars.indexOf(bar);
        if (index < 0) {
          return false;
        }
        this.bars.splice(index, 1);
        this.update();
        this.terminal.newline();
        this.terminal.clearBottom();
        return true;
      }
      // internal update routine
      update() {
        if (this.timer) {
          clearTimeout(this.timer);
          this.timer = null;
        }
        this.emit("update-pre");
        this.terminal.cursorRelativeReset();
        this.emit("redraw-pre");
        if (this.loggingBuffer.length > 0) {
          this.terminal.clearLine();
          while (this.loggingBuffer.length > 0) {
            this.terminal.write(this.loggingBuffer.shift(), true);
          }
        }
        for (let i = 0; i < this.bars.length; i++) {
          if (i > 0) {
            this.terminal.newline();
          }
          this.bars[i].render();
        }
        this.emit("redraw-post");
        if (this.options.noTTYOutput && this.terminal.isTTY() === false) {
          this.terminal.newline();
          this.terminal.newline();
        }
        this.timer = setTimeout(this.update.bind(this), this.schedulingRate);
        this.emit("update-post");
        if (this.options.stopOnComplete && !this.bars.find((bar) => bar.isActive)) {
          this.stop();
        }
      }
      stop() {
        clearTimeout(this.timer);
        this.timer = null;
        if (this.sigintCallback) {
          process.removeListener("SIGINT", this.sigintCallback);
          process.removeListener("SIGTERM", this.sigintCallback);
          this.sigintCallback = null;
        }
        this.isActive = false;
        if (this.options.hideCursor === true) {
          this.terminal.cursor(true);
        }
        if (this.options.linewrap === false) {
          this.terminal.lineWrapping(true);
        }
        this.terminal.cursorRelativeReset();
        this.emit("stop-pre-clear");
        if (this.options.clearOnComplete) {
          this.terminal.clearBottom();
        } else {
          for (let i = 0; i < this.bars.length; i++) {
            if (i > 0) {
              this.terminal.newline();
            }
            this.bars[i].render();
            this.bars[i].stop();
          }
          this.terminal.newline();
        }
        this.emit("stop");
      }
      log(s) {
        this.loggingBuffer.push(s);
      }
    };
  }
});

// node_modules/cli-progress/presets/legacy.js
var require_legacy = __commonJS({
  "node_modules/cli-progress/presets/legacy.js"(exports, module) {
    module.exports = {
      format: "progress [{bar}] {percentage}% | ETA: {eta}s | {value}/{total}",
      barCompleteChar: "=",
      barIncompleteChar: "-"
    };
  }
});

// node_modules/cli-progress/presets/shades-classic.js
var require_shades_classic = __commonJS({
  "node_modules/cli-progress/presets/shades-classic.js"(exports, module) {
    module.exports = {
      format: " {bar} {percentage}% | ETA: {eta}s | {value}/{total}",
      barCompleteChar: "\u2588",
      barIncompleteChar: "\u2591"
    };
  }
});

// node_modules/cli-progress/presets/shades-grey.js
var require_shades_grey = __commonJS({
  "node_modules/cli-progress/presets/shades-grey.js"(exports, module) {
    module.exports = {
      format: " \x1B[90m{bar}\x1B[0m {percentage}% | ETA: {eta}s | {value}/{total}",
      barCompleteChar: "\u2588",
      barIncompleteChar: "\u2591"
    };
  }
});

// node_modules/cli-progress/presets/rect.js
var require_rect = __commonJS({
  "node_modules/cli-progress/presets/rect.js"(exports, module) {
    module.exports = {
      format: " {bar}\u25A0 {percentage}% | ETA: {eta}s | {value}/{total}",
      barCompleteChar: "\u25A0",
      barIncompleteChar: " "
    };
  }
});

// node_modules/cli-progress/presets/index.js
var require_presets = __commonJS({
  "node_modules/cli-progress/presets/index.js"(exports, module) {
    var _legacy = require_legacy();
    var _shades_classic = require_shades_classic();
    var _shades_grey = require_shades_grey();
    var _rect = require_rect();
    module.exports = {
      legacy: _legacy,
      shades_classic: _shades_classic,
      shades_grey: _shades_grey,
      rect: _rect
    };
  }
});

// node_modules/cli-progress/cli-progress.js
var require_cli_progress = __commonJS({
  "node_modules/cli-progress/cli-progress.js"(exports, module) {
    var _SingleBar = require_single_bar();
    var _MultiBar = require_multi_bar();
    var _Presets = require_presets();
    var _Formatter = require_formatter();
    var _defaultFormatValue = require_format_value();
    var _defaultFormatBar = require_format_bar();
    var _defaultFormatTime = require_format_time();
    module.exports = {
      Bar: _SingleBar,
      SingleBar: _SingleBar,
      MultiBar: _MultiBar,
      Presets: _Presets,
      Format: {
        Formatter: _Formatter,
        BarFormat: _defaultFormatBar,
        ValueFormat: _defaultFormatValue,
        TimeFormat: _defaultFormatTime
      }
    };
  }
});

// node_modules/chalk/source/vendor/ansi-styles/index.js
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
var ANSI_BACKGROUND_OFFSET, wrapAnsi16, wrapAnsi256, wrapAnsi16m, styles, modifierNames, foregroundColorNames, backgroundColorNames, colorNames, ansiStyles, ansi_styles_default;
var init_ansi_styles = __esm({
  "node_modules/chalk/source/vendor/ansi-styles/index.js"() {
    ANSI_BACKGROUND_OFFSET = 10;
    wrapAnsi16 = (offset = 0) => (code) => `\x1B[${code + offset}m`;
    wrapAnsi256 = (offset = 0) => (code) => `\x1B[${38 + offset};5;${code}m`;
    wrapAnsi16m = (offset = 0) => (red, green, blue) => `\x1B[${38 + offset};2;${red};${green};${blue}m`;
    styles = {
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
    modifierNames = Object.keys(styles.modifier);
    foregroundColorNames = Object.keys(styles.color);
    backgroundColorNames = Object.keys(styles.bgColor);
    colorNames = [...foregroundColorNames, ...backgroundColorNames];
    ansiStyles = assembleStyles();
    ansi_styles_default = ansiStyles;
  }
});

// node_modules/chalk/source/vendor/supports-color/index.js
import process2 from "node:process";
import os2 from "node:os";
import tty from "node:tty";
function hasFlag(flag, argv = globalThis.Deno ? globalThis.Deno.args : process2.argv) {
  const prefix2 = flag.startsWith("-") ? "" : flag.length === 1 ? "-" : "--";
  const position = argv.indexOf(prefix2 + flag);
  const terminatorPosition = argv.indexOf("--");
  return position !== -1 && (terminatorPosition === -1 || position < terminatorPosition);
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
    const osRelease = os2.release().split(".");
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
var env, flagForceColor, supportsColor, supports_color_default;
var init_supports_color = __esm({
  "node_modules/chalk/source/vendor/supports-color/index.js"() {
    ({ env } = process2);
    if (hasFlag("no-color") || hasFlag("no-colors") || hasFlag("color=false") || hasFlag("color=never")) {
      flagForceColor = 0;
    } else if (hasFlag("color") || hasFlag("colors") || hasFlag("color=true") || hasFlag("color=always")) {
      flagForceColor = 1;
    }
    supportsColor = {
      stdout: createSupportsColor({ isTTY: tty.isatty(1) }),
      stderr: createSupportsColor({ isTTY: tty.isatty(2) })
    };
    supports_color_default = supportsColor;
  }
});

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
function stringEncaseCRLFWithFirstIndex(string, prefix2, postfix, index) {
  let endIndex = 0;
  let returnValue = "";
  do {
    const gotCR = string[index - 1] === "\r";
    returnValue += string.slice(endIndex, gotCR ? index - 1 : index) + prefix2 + (gotCR ? "\r\n" : "\n") + postfix;
    endIndex = index + 1;
    index = string.indexOf("\n", endIndex);
  } while (index !== -1);
  returnValue += string.slice(endIndex);
  return returnValue;
}
var init_utilities = __esm({
  "node_modules/chalk/source/utilities.js"() {
  }
});

// node_modules/chalk/source/index.js
function createChalk(options) {
  return chalkFactory(options);
}
var stdoutColor, stderrColor, GENERATOR, STYLER, IS_EMPTY, levelMapping, styles2, applyOptions, Chalk, chalkFactory, getModelAnsi, usedModels, proto, createStyler, createBuilder, applyStyle, chalk, chalkStderr;
var init_source = __esm({
  "node_modules/chalk/source/index.js"() {
    init_ansi_styles();
    init_supports_color();
    init_utilities();
    ({ stdout: stdoutColor, stderr: stderrColor } = supports_color_default);
    GENERATOR = /* @__PURE__ */ Symbol("GENERATOR");
    STYLER = /* @__PURE__ */ Symbol("STYLER");
    IS_EMPTY = /* @__PURE__ */ Symbol("IS_EMPTY");
    levelMapping = [
      "ansi",
      "ansi",
      "ansi256",
      "ansi16m"
    ];
    styles2 = /* @__PURE__ */ Object.create(null);
    applyOptions = (object, options = {}) => {
      if (options.level && !(Number.isInteger(options.level) && options.level >= 0 && options.level <= 3)) {
        throw new Error("The `level` option should be an integer from 0 to 3");
      }
      const colorLevel = stdoutColor ? stdoutColor.level : 0;
      object.level = options.level === void 0 ? colorLevel : options.level;
    };
    Chalk = class {
      constructor(options) {
        return chalkFactory(options);
      }
    };
    chalkFactory = (options) => {
      const chalk2 = (...strings) => strings.join(" ");
      applyOptions(chalk2, options);
      Object.setPrototypeOf(chalk2, createChalk.prototype);
      return chalk2;
    };
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
    getModelAnsi = (model, level, type2, ...arguments_) => {
      if (model === "rgb") {
        if (level === "ansi16m") {
          return ansi_styles_default[type2].ansi16m(...arguments_);
        }
        if (level === "ansi256") {
          return ansi_styles_default[type2].ansi256(ansi_styles_default.rgbToAnsi256(...arguments_));
        }
        return ansi_styles_default[type2].ansi(ansi_styles_default.rgbToAnsi(...arguments_));
      }
      if (model === "hex") {
        return getModelAnsi("rgb", level, type2, ...ansi_styles_default.hexToRgb(...arguments_));
      }
      return ansi_styles_default[type2][model](...arguments_);
    };
    usedModels = ["rgb", "hex", "ansi256"];
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
    proto = Object.defineProperties(() => {
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
    createStyler = (open2, close, parent) => {
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
    createBuilder = (self, _styler, _isEmpty) => {
      const builder = (...arguments_) => applyStyle(builder, arguments_.length === 1 ? "" + arguments_[0] : arguments_.join(" "));
      Object.setPrototypeOf(builder, proto);
      builder[GENERATOR] = self;
      builder[STYLER] = _styler;
      builder[IS_EMPTY] = _isEmpty;
      return builder;
    };
    applyStyle = (self, string) => {
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
    chalk = createChalk();
    chalkStderr = createChalk({ level: stderrColor ? stderrColor.level : 0 });
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

// node_modules/cli-table3/src/utils.js
var require_utils2 = __commonJS({
  "node_modules/cli-table3/src/utils.js"(exports, module) {
    var stringWidth = require_string_width();
    function codeRegex(capture) {
      return capture ? /\u001b\[((?:\d*;){0,5}\d*)m/g : /\u001b\[(?:\d*;){0,5}\d*m/g;
    }
    function strlen(str2) {
      let code = codeRegex();
      let stripped = ("" + str2).replace(code, "");
      let split = stripped.split("\n");
      return split.reduce(function(memo, s) {
        return stringWidth(s) > memo ? stringWidth(s) : memo;
      }, 0);
    }
    function repeat(str2, times2) {
      return Array(times2 + 1).join(str2);
    }
    function pad(str2, len, pad2, dir) {
      let length = strlen(str2);
      if (len + 1 >= length) {
        let padlen = len - length;
        switch (dir) {
          case "right": {
            str2 = repeat(pad2, padlen) + str2;
            break;
          }
          case "center": {
            let right = Math.ceil(padlen / 2);
            let left = padlen - right;
            str2 = repeat(pad2, left) + str2 + repeat(pad2, right);
            break;
          }
          default: {
            str2 = str2 + repeat(pad2, padlen);
            break;
          }
        }
      }
      return str2;
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
    function truncateWidth(str2, desiredLength) {
      if (str2.length === strlen(str2)) {
        return str2.substr(0, desiredLength);
      }
      while (strlen(str2) > desiredLength) {
        str2 = str2.slice(0, -1);
      }
      return str2;
    }
    function truncateWidthWithAnsi(str2, desiredLength) {
      let code = codeRegex(true);
      let split = str2.split(codeRegex());
      let splitIndex = 0;
      let retLen = 0;
      let ret = "";
      let myArray;
      let state = {};
      while (retLen < desiredLength) {
        myArray = code.exec(str2);
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
    function truncate(str2, desiredLength, truncateChar) {
      truncateChar = truncateChar || "\u2026";
      let lengthOfStr = strlen(str2);
      if (lengthOfStr <= desiredLength) {
        return str2;
      }
      desiredLength -= strlen(truncateChar);
      let ret = truncateWidthWithAnsi(str2, desiredLength);
      ret += truncateChar;
      const hrefTag = "\x1B]8;;\x07";
      if (str2.includes(hrefTag) && !ret.includes(hrefTag)) {
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
      function pushLine(str2, ws) {
        if (line.length && ws) line += ws;
        line += str2;
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
      var prefix2 = /^-{1,2}/.test(flag) ? "" : "--";
      var pos = argv.indexOf(prefix2 + flag);
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
        var bool2 = false;
        all.filter(function(i) {
          bool2 = i === character;
        });
        return bool2;
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
    colors.stripColors = colors.strip = function(str2) {
      return ("" + str2).replace(/\x1B\[\d+m/g, "");
    };
    var stylize = colors.stylize = function stylize2(str2, style) {
      if (!colors.enabled) {
        return str2 + "";
      }
      var styleMap = ansiStyles2[style];
      if (!styleMap && style in colors) {
        return colors[style](str2);
      }
      return styleMap.open + str2 + styleMap.close;
    };
    var matchOperatorsRe = /[|\\{}()[\]^$+*?.]/g;
    var escapeStringRegexp = function(str2) {
      if (typeof str2 !== "string") {
        throw new TypeError("Expected a string");
      }
      return str2.replace(matchOperatorsRe, "\\$&");
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
      var str2 = args.map(function(arg) {
        if (arg != null && arg.constructor === String) {
          return arg;
        } else {
          return util.inspect(arg);
        }
      }).join(" ");
      if (!colors.enabled || !str2) {
        return str2;
      }
      var newLinesPresent = str2.indexOf("\n") != -1;
      var nestedStyles = this._styles;
      var i = nestedStyles.length;
      while (i--) {
        var code = ansiStyles2[nestedStyles[i]];
        str2 = code.open + str2.replace(code.closeRe, code.open) + code.close;
        if (newLinesPresent) {
          str2 = str2.replace(newLineRegex, function(match) {
            return code.close + match + code.open;
          });
        }
      }
      return str2;
    }
    colors.setTheme = function(theme) {
      if (typeof theme === "string") {
        console.log("colors.setTheme now only accepts an object, not a string.  If you are trying to set a theme from a file, it is now your (the caller's) responsibility to require the file.  The old syntax looked like colors.setTheme(__dirname + '/../themes/generic-logging.js'); The new syntax looks like colors.setTheme(require(__dirname + '/../themes/generic-logging.js'));");
        return;
      }
      for (var style in theme) {
        (function(style2) {
          colors[style2] = function(str2) {
            if (typeof theme[style2] === "object") {
              var out = str2;
              for (var i in theme[style2]) {
                out = colors[theme[style2][i]](out);
              }
              return out;
            }
            return colors[theme[style2]](str2);
          };
        })(style);
      }
    };
    function init2() {
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
    var sequencer = function sequencer2(map3, str2) {
      var exploded = str2.split("");
      exploded = exploded.map(map3);
      return exploded.join("");
    };
    colors.trap = require_trap();
    colors.zalgo = require_zalgo();
    colors.maps = {};
    colors.maps.america = require_america()(colors);
    colors.maps.zebra = require_zebra()(colors);
    colors.maps.rainbow = require_rainbow()(colors);
    colors.maps.random = require_random()(colors);
    for (map2 in colors.maps) {
      (function(map3) {
        colors[map3] = function(str2) {
          return sequencer(colors.maps[map3], str2);
        };
      })(map2);
    }
    var map2;
    defineProps(colors, init2());
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
    var Table3 = class extends Array {
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
        let str2 = this.toString().split("\n");
        return str2[0].length;
      }
    };
    Table3.reset = () => debug.reset();
    function doDraw(row, lineNum, result) {
      let line = [];
      row.forEach(function(cell) {
        line.push(cell.draw(lineNum));
      });
      let str2 = line.join("");
      if (str2.length) result.push(str2);
    }
    module.exports = Table3;
  }
});

// node_modules/cli-table3/index.js
var require_cli_table3 = __commonJS({
  "node_modules/cli-table3/index.js"(exports, module) {
    module.exports = require_table();
  }
});

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
var init_counts = __esm({
  "dist/report/counts.js"() {
    "use strict";
    init_severity();
  }
});

// dist/report/pieces.js
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
var PIECE_CHARACTERS, LONG_PIECE;
var init_pieces = __esm({
  "dist/report/pieces.js"() {
    "use strict";
    PIECE_CHARACTERS = 64 * 1024;
    LONG_PIECE = 8 * 1024;
  }
});

// dist/report/witness.js
function pathLine(gap) {
  return gap.path && gap.path.length > 0 ? `path: ${pathText(gap.path, gap.skipped)}` : void 0;
}
function messageAndPath(gap) {
  const path19 = pathLine(gap);
  return path19 === void 0 ? gap.message : `${gap.message}
${path19}`;
}
function machinePath(gap) {
  return { path: gap.path ?? [], ...gap.skipped !== void 0 && { skipped: gap.skipped } };
}
function keptSteps(gap) {
  const path19 = gap.path ?? [];
  const skipped = gap.skipped ?? 0;
  return path19.map((id, index) => ({ id, place: index + 1 + (index >= path19.length / 2 ? skipped : 0) }));
}
function machineGap(gap) {
  const { fix: _inMessage, ...written } = gap;
  return written;
}
var init_witness = __esm({
  "dist/report/witness.js"() {
    "use strict";
    init_step_list();
  }
});

// dist/report/stylish.js
var stylish_exports = {};
__export(stylish_exports, {
  formatStylish: () => formatStylish,
  writeStylish: () => writeStylish
});
function groupByFile(gaps) {
  const groups = /* @__PURE__ */ new Map();
  for (const gap of gaps)
    groups.set(gap.file, [...groups.get(gap.file) ?? [], gap]);
  return groups;
}
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
var import_cli_table3, writeStylish, formatStylish, SEVERITY_COLOR, asciiBorders;
var init_stylish = __esm({
  "dist/report/stylish.js"() {
    "use strict";
    init_source();
    import_cli_table3 = __toESM(require_cli_table3(), 1);
    init_severity();
    init_untrusted_text();
    init_counts();
    init_pieces();
    init_crashes();
    init_witness();
    writeStylish = function* (context) {
      const paint = new Chalk({ level: context.color ? 1 : 0 });
      const lines = (text) => withoutWorkflowCommands(`${text.join("\n")}
`, ESCAPED_COLON);
      for (const [file, fileGaps] of groupByFile(context.result.gaps)) {
        const group = [paint.underline(escapeUntrusted(file))];
        const width = Math.max(...fileGaps.map((gap) => `${gap.line}:${gap.column}`.length));
        for (const gap of fileGaps) {
          const where2 = `${gap.line}:${gap.column}`.padEnd(width);
          group.push(`  ${paint.dim(where2)}  ${severityLabel(paint, gap.severity)}  ${escapeUntrusted(gap.message)}  ${paint.dim(gap.rule)}`);
          const path19 = pathLine(gap);
          if (path19 !== void 0)
            group.push(`  ${" ".repeat(width)}  ${paint.dim(escapeUntrusted(path19))}`);
        }
        yield lines([...group, ""]);
      }
      const crashes = (context.result.crashes ?? []).flatMap((crash) => [
        paint.red(`internal error: ${escapeUntrusted(crashText(crash))}`),
        ""
      ]);
      yield lines([...crashes, summaryTable(context, paint), verdict(context, paint)]);
    };
    formatStylish = wholeReport(writeStylish);
    SEVERITY_COLOR = {
      critical: (paint) => paint.bold.red,
      high: (paint) => paint.red,
      medium: (paint) => paint.yellow,
      low: (paint) => paint.blue
    };
    asciiBorders = {
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
  }
});

// dist/report/json-text.js
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
var JsonList;
var init_json_text = __esm({
  "dist/report/json-text.js"() {
    "use strict";
    JsonList = class {
      length;
      item;
      constructor(length, item) {
        this.length = length;
        this.item = item;
      }
    };
  }
});

// dist/report/json.js
var json_exports = {};
__export(json_exports, {
  formatJson: () => formatJson,
  jsonReport: () => jsonReport,
  jsonTextPieces: () => jsonTextPieces,
  writeJson: () => writeJson
});
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
var listNow, listAsWritten, writeJson, formatJson;
var init_json = __esm({
  "dist/report/json.js"() {
    "use strict";
    init_counts();
    init_untrusted_text();
    init_json_text();
    init_pieces();
    init_witness();
    listNow = (length, item) => Array.from({ length }, (_, index) => item(index));
    listAsWritten = (length, item) => new JsonList(length, item);
    writeJson = (context) => jsonTextPieces(jsonReport(context, listAsWritten));
    formatJson = wholeReport(writeJson);
  }
});

// dist/report/rule-doc.js
function renderRuleDoc(meta, format, { options, failingGaps = [] } = {}) {
  const sections = ruleSections(meta, failingGaps);
  const summary2 = ruleSummary(meta, options);
  return format === "markdown" ? toMarkdown(meta, summary2, sections) : toText(meta, summary2, sections);
}
function ruleSummary(meta, options) {
  const given = options ?? meta.defaultOptions;
  return meta.summary.replace(PLACEHOLDER, (placeholder, name) => Object.hasOwn(given, name) ? optionText(given[name]) : placeholder);
}
function optionText(value) {
  if (Array.isArray(value))
    return orList3(value.map(optionText));
  return typeof value === "object" && value !== null ? inlineYaml(value) : String(value);
}
function orList3(words) {
  return words.length <= 1 ? words.join("") : `${words.slice(0, -1).join(", ")} or ${words[words.length - 1]}`;
}
function ruleSections(meta, failingGaps) {
  const options = describeOptions(meta);
  return [
    ...meta.source === void 0 ? [] : [originSection(meta)],
    { heading: "Why it matters", blocks: [{ kind: "paragraph", text: meta.why }] },
    { heading: "How to close the gap", blocks: [{ kind: "paragraph", text: meta.fix }] },
    {
      heading: "Options",
      blocks: options.length === 0 ? [{ kind: "paragraph", text: "None: only the severity can be configured." }] : [{ kind: "options", options }]
    },
    {
      heading: "Configuration",
      blocks: [
        { kind: "paragraph", text: "In `gapcheck.config.yaml`, with the defaults written out:" },
        { kind: "yaml", text: configExample(meta) }
      ]
    },
    ...meta.example === void 0 ? [] : [{ heading: "A process that passes", blocks: [{ kind: "yaml", text: meta.example }] }],
    ...meta.failingExample === void 0 ? [] : [failingSection(meta.failingExample, failingGaps)]
  ];
}
function originSection(meta) {
  return { heading: "Where it comes from", blocks: [{ kind: "paragraph", text: originAndDocs(meta) }] };
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
function failingSection(example, gaps) {
  return {
    heading: "A process that gets the gap",
    blocks: [
      { kind: "yaml", text: example },
      { kind: "paragraph", text: "What `gapcheck audit` reports for it, with the default options:" },
      { kind: "output", text: gaps.map(gapLines).join("\n") }
    ]
  };
}
function gapLines(gap) {
  const head = `${gap.file}:${gap.line}:${gap.column}  ${gap.severity}  ${gap.message}`;
  return gap.path && gap.path.length > 0 ? `${head}
  path: ${pathText(gap.path, gap.skipped)}` : head;
}
function severityLine(meta, emphasize = (text) => text) {
  const structural = meta.structural ? " Structural: it checks the file\u2019s shape rather than the service, and `cascade` does not count its gaps." : "";
  return `Default severity: ${emphasize(meta.defaultSeverity)}.${structural}`;
}
function describeOptions(meta) {
  const properties = meta.optionsSchema?.properties ?? {};
  return Object.entries(meta.defaultOptions).map(([name, value]) => ({
    name,
    defaultValue: inlineYaml(value),
    meaning: properties[name]?.description ?? ""
  }));
}
function configExample(meta) {
  const setting = Object.keys(meta.defaultOptions).length === 0 ? meta.defaultSeverity : { severity: meta.defaultSeverity, ...meta.defaultOptions };
  return dump({ rules: { [meta.id]: setting } }, { flowLevel: 3 });
}
function inlineYaml(value) {
  return dump(value, { flowLevel: 0 }).trim();
}
function toMarkdown(meta, summary2, sections) {
  const page = [
    `<!-- Generated from src/rules/${meta.id}.ts by \`npm run docs:rules\`: edit the rule's metadata there, not this page. -->`,
    `# ${meta.id}`,
    summary2,
    severityLine(meta, (severity) => `**${severity}**`),
    ...sections.flatMap((section) => [`## ${section.heading}`, ...section.blocks.map(markdownBlock)]),
    "[All rules](README.md)"
  ];
  return `${page.join("\n\n")}
`;
}
function markdownBlock(block) {
  switch (block.kind) {
    case "paragraph":
      return block.text;
    case "yaml":
      return `\`\`\`yaml
${block.text.trimEnd()}
\`\`\``;
    case "output":
      return `\`\`\`text
${block.text.trimEnd()}
\`\`\``;
    case "options":
      return markdownTable(["option", "default", "meaning"], block.options.map((option) => [`\`${option.name}\``, `\`${option.defaultValue}\``, option.meaning]));
  }
}
function markdownTable(head, rows) {
  const line = (cells) => `| ${cells.map((cell) => cell.replace(/\|/g, "\\|").replace(/\n/g, " ")).join(" | ")} |`;
  return [line(head), line(head.map(() => "---")), ...rows.map(line)].join("\n");
}
function toText(meta, summary2, sections) {
  const parts2 = [
    meta.id,
    wrap(summary2, ""),
    wrap(severityLine(meta), ""),
    ...sections.map((section) => `${section.heading}
${section.blocks.map(textBlock).join("\n\n")}`)
  ];
  return `${parts2.join("\n\n")}
`;
}
function textBlock(block) {
  switch (block.kind) {
    case "paragraph":
      return wrap(block.text, INDENT);
    case "yaml":
    case "output":
      return block.text.trimEnd().replace(/^(?=.)/gm, INDENT);
    case "options":
      return block.options.map((option) => `${INDENT}${option.name} (default ${option.defaultValue})${option.meaning ? `
${wrap(option.meaning, INDENT.repeat(2))}` : ""}`).join("\n");
  }
}
function wrap(text, indent) {
  const lines = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line !== "" && indent.length + line.length + 1 + word.length > TEXT_WIDTH) {
      lines.push(indent + line);
      line = word;
    } else {
      line = line === "" ? word : `${line} ${word}`;
    }
  }
  if (line !== "")
    lines.push(indent + line);
  return lines.join("\n");
}
var PLACEHOLDER, TEXT_WIDTH, INDENT;
var init_rule_doc = __esm({
  "dist/report/rule-doc.js"() {
    "use strict";
    init_js_yaml();
    init_step_list();
    PLACEHOLDER = /\{([a-z][a-z0-9-]*)\}/g;
    TEXT_WIDTH = 80;
    INDENT = "  ";
  }
});

// dist/report/markdown-text.js
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
  return wrap2(text, "", "");
}
function listItem(marker, text) {
  const indent = " ".repeat(/^\d+\. /.test(marker) ? marker.length : 2);
  return wrap2(text, marker, indent);
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
function wrap2(text, firstPrefix, restPrefix) {
  const lines = [];
  let prefix2 = firstPrefix;
  let line = "";
  for (const word of text.match(WORD) ?? []) {
    if (line === "") {
      line = lineStart(word);
    } else if (prefix2.length + line.length + 1 + word.length > LINE_WIDTH) {
      lines.push(prefix2 + line);
      prefix2 = restPrefix;
      line = lineStart(word);
    } else {
      line = `${line} ${word}`;
    }
  }
  lines.push(prefix2 + line);
  return lines.join("\n");
}
function lineStart(word) {
  if (/^\d+[.)]$/.test(word))
    return `${word.slice(0, -1)}\\${word.slice(-1)}`;
  return /^(?:[-+*#=_]+$|[>|<]|```|~~~|::)/.test(word) ? `\\${word}` : word;
}
var LINE_WIDTH, WORD;
var init_markdown_text = __esm({
  "dist/report/markdown-text.js"() {
    "use strict";
    init_untrusted_text();
    LINE_WIDTH = 80;
    WORD = /(?:\\\S|`[^`]*`|\S)+/g;
  }
});

// dist/report/diagram.js
function describeDiagram(process3, gaps) {
  const idOfStep = new Map(process3.steps.map((step, index) => [step.id, `n${index}`]));
  const missing2 = /* @__PURE__ */ new Map();
  const nodeOf = (stepId) => {
    const known = idOfStep.get(stepId) ?? missing2.get(stepId);
    if (known !== void 0)
      return known;
    const id = `m${missing2.size}`;
    missing2.set(stepId, id);
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
      const title = plainText2(step.title ?? "");
      return {
        id: idOfStep.get(step.id),
        shape: SHAPES[step.type] ?? "rectangle",
        label: title === "" ? step.id : title,
        detail: title === "" ? void 0 : step.id,
        severity: severities.get(step.id)
      };
    }),
    ...[...missing2].map(([stepId, id]) => ({ id, shape: "missing", label: stepId, detail: "no such step" }))
  ];
  return { nodes, edges };
}
function pairKey(from, to) {
  return JSON.stringify([from, to]);
}
function edgeLabel(when, after) {
  const parts2 = [when === void 0 ? "" : plainText2(when), after === void 0 ? "" : `after ${after}`].filter((part) => part !== "");
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
function plainText2(text) {
  return text.replace(/\s+/g, " ").trim();
}
var SHAPES, SEVERITY_STYLE, WITNESS_STYLE, MISSING_STYLE;
var init_diagram = __esm({
  "dist/report/diagram.js"() {
    "use strict";
    init_severity();
    init_witness();
    SHAPES = {
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
    SEVERITY_STYLE = {
      critical: { fill: "#fecaca", stroke: "#7f1d1d", width: 4 },
      high: { fill: "#fed7aa", stroke: "#c2410c", width: 3 },
      medium: { fill: "#fef08a", stroke: "#a16207", width: 2 },
      low: { fill: "#bfdbfe", stroke: "#1d4ed8", width: 2 }
    };
    WITNESS_STYLE = { stroke: "#dc2626", width: 3 };
    MISSING_STYLE = { fill: "#f3f4f6", stroke: "#6b7280" };
  }
});

// dist/report/mermaid.js
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
  const missing2 = nodes.filter((node) => node.shape === "missing").map((node) => node.id);
  if (missing2.length > 0) {
    lines.push(`  classDef missing fill:${MISSING_STYLE.fill},stroke:${MISSING_STYLE.stroke},stroke-dasharray:5 5,color:#000`, `  class ${missing2.join(",")} missing`);
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
var OPENERS, CLASS_OF;
var init_mermaid = __esm({
  "dist/report/mermaid.js"() {
    "use strict";
    init_severity();
    init_diagram();
    OPENERS = {
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
    CLASS_OF = {
      critical: "gapCritical",
      high: "gapHigh",
      medium: "gapMedium",
      low: "gapLow"
    };
  }
});

// dist/report/markdown.js
var markdown_exports = {};
__export(markdown_exports, {
  formatMarkdown: () => formatMarkdown,
  writeMarkdown: () => writeMarkdown
});
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
  const shown2 = quiet ? `only gaps at or above ${failOn ?? "the --fail-on threshold"} (--quiet)` : "every gap";
  return [
    heading(2, "Scope"),
    [
      listItem("- ", `Date: ${today} (reviews, training and waivers are judged as of this day)`),
      listItem("- ", `Paths audited: ${paths.map(literal).join(", ")}`),
      listItem("- ", `Config: ${configFile === void 0 ? "none found, so the recommended rules" : literal(configFile)}`),
      listItem("- ", `Found: ${plural(result.files, "file")}, ${plural(result.processes, "process", "processes")}, ${plural(result.gaps.length, "gap")} shown (${shown2}), ${result.waived.length} waived`)
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
  const keyOf2 = (file, processId) => JSON.stringify([file, processId]);
  const gapsByKey = /* @__PURE__ */ new Map();
  for (const gap of result.gaps) {
    const key = keyOf2(gap.file, gap.process);
    const group = gapsByKey.get(key);
    if (group)
      group.push(gap);
    else
      gapsByKey.set(key, [gap]);
  }
  const drawn = new Set(processes.map((process3) => keyOf2(process3.file, process3.id)));
  const sections = [
    ...processes.map((process3) => ({
      file: process3.file,
      processId: process3.id,
      process: process3,
      gaps: gapsByKey.get(keyOf2(process3.file, process3.id)) ?? []
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
var LINT_SETTINGS, BLANK, writeMarkdown, formatMarkdown, MERMAID_MAX_EDGES, LEGEND;
var init_markdown = __esm({
  "dist/report/markdown.js"() {
    "use strict";
    init_text_order();
    init_severity();
    init_counts();
    init_crashes();
    init_rule_doc();
    init_markdown_text();
    init_mermaid();
    init_pieces();
    init_step_list();
    LINT_SETTINGS = '<!-- markdownlint-configure-file\n{ "MD013": { "tables": false, "code_blocks": false } }\n-->';
    BLANK = "________";
    writeMarkdown = (context) => joinedPieces(blocksJoined(markdownBlocks(context)));
    formatMarkdown = wholeReport(writeMarkdown);
    MERMAID_MAX_EDGES = 500;
    LEGEND = "Steps with gaps are coloured by their most severe gap: critical red, high orange, medium yellow, low blue. Thick red arrows are the paths by which a case falls through. Dashed boxes are steps that are named but do not exist.";
  }
});

// dist/report/range.js
function gapRange(gap) {
  const start = { line: gap.line, column: gap.column };
  const end = gap.endLine === void 0 || gap.endColumn === void 0 ? start : { line: gap.endLine, column: gap.endColumn };
  return { start, end };
}
var init_range = __esm({
  "dist/report/range.js"() {
    "use strict";
  }
});

// dist/report/sarif.js
var sarif_exports = {};
__export(sarif_exports, {
  FINGERPRINT_KEY: () => FINGERPRINT_KEY,
  INFORMATION_URI: () => INFORMATION_URI,
  fileUri: () => fileUri,
  formatSarif: () => formatSarif,
  writeSarif: () => writeSarif
});
import { createHash as createHash4 } from "node:crypto";
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
    const hash2 = createHash4("sha256").update(identity).digest("hex").slice(0, 16);
    const occurrence = (seen.get(hash2) ?? 0) + 1;
    seen.set(hash2, occurrence);
    return `${hash2}:${occurrence}`;
  });
}
function fileUri(file) {
  return file.split("/").map(encodeURIComponent).join("/");
}
var SARIF_SCHEMA, INFORMATION_URI, FINGERPRINT_KEY, SOURCE_ROOT, LEVEL, writeSarif, formatSarif;
var init_sarif = __esm({
  "dist/report/sarif.js"() {
    "use strict";
    init_crashes();
    init_version();
    init_rule_doc();
    init_json();
    init_json_text();
    init_pieces();
    init_range();
    init_witness();
    SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    INFORMATION_URI = "https://gapcheck.dev";
    FINGERPRINT_KEY = "gapcheck/v1";
    SOURCE_ROOT = "%SRCROOT%";
    LEVEL = { critical: "error", high: "error", medium: "warning", low: "note" };
    writeSarif = ({ result, registry }) => {
      const ruleIndex = new Map(registry.ids.map((id, index) => [id, index]));
      const fingerprints = fingerprintAll([...result.gaps, ...result.waived]);
      const gapCount2 = result.gaps.length;
      const results = new JsonList(gapCount2 + result.waived.length, (index) => {
        if (index < gapCount2)
          return toResult(result.gaps[index], ruleIndex.get(result.gaps[index].rule), fingerprints[index]);
        const gap = result.waived[index - gapCount2];
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
    formatSarif = wholeReport(writeSarif);
  }
});

// dist/report/junit.js
var junit_exports = {};
__export(junit_exports, {
  escapeAttribute: () => escapeAttribute,
  escapeText: () => escapeText,
  formatJunit: () => formatJunit,
  writeJunit: () => writeJunit
});
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
function escapeText(text) {
  const xml = escapeUntrusted(text, { keepLayout: true }).replace(NOT_XML, "").replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
  return withoutWorkflowCommands(xml, "&#58;");
}
function escapeAttribute(text) {
  return escapeText(text).replaceAll('"', "&quot;").replaceAll("'", "&apos;").replaceAll("\n", "&#10;").replaceAll("\r", "&#13;").replaceAll("	", "&#9;");
}
var INVALID_PROCESS, writeJunit, formatJunit, NOT_XML;
var init_junit = __esm({
  "dist/report/junit.js"() {
    "use strict";
    init_crashes();
    init_severity();
    init_pieces();
    init_untrusted_text();
    init_witness();
    INVALID_PROCESS = "invalid-process";
    writeJunit = function* (context) {
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
    formatJunit = wholeReport(writeJunit);
    NOT_XML = /[\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
  }
});

// dist/report/github.js
var github_exports = {};
__export(github_exports, {
  ANNOTATIONS_PER_KIND: () => ANNOTATIONS_PER_KIND,
  escapeData: () => escapeData,
  escapeProperty: () => escapeProperty,
  formatGithub: () => formatGithub,
  writeGithub: () => writeGithub
});
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
var COMMAND, ANNOTATIONS_PER_KIND, formatGithub, writeGithub;
var init_github = __esm({
  "dist/report/github.js"() {
    "use strict";
    init_severity();
    init_untrusted_text();
    init_crashes();
    init_witness();
    COMMAND = { critical: "error", high: "error", medium: "warning", low: "notice" };
    ANNOTATIONS_PER_KIND = 10;
    formatGithub = ({ result, audited }) => {
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
    writeGithub = (context) => [formatGithub(context)];
  }
});

// dist/report/catalogue-table.js
var catalogue_table_exports = {};
__export(catalogue_table_exports, {
  formatCatalogueTable: () => formatCatalogueTable
});
function formatCatalogueTable(entries, { color, width }) {
  const paint = new Chalk({ level: color ? 1 : 0 });
  const head = ["id", "default", "effective", "summary"];
  const rows = entries.map((entry) => [
    entry.id,
    entry.defaultSeverity,
    effectiveLabel(entry, paint),
    summaryCell(entry)
  ]);
  const table2 = new import_cli_table32.default({
    head: head.map((title) => paint.bold(title)),
    chars: NO_BORDERS,
    style: { head: [], border: [], "padding-left": 0, "padding-right": 0 },
    ...width === void 0 ? {} : { colWidths: columnWidths(head, entries, width), wordWrap: true }
  });
  table2.push(...rows);
  return `${table2.toString().split("\n").map((line) => line.trimEnd()).join("\n")}
`;
}
function columnWidths(head, entries, width) {
  const cells = entries.map((entry) => [entry.id, entry.defaultSeverity, entry.severity]);
  const fixed = [0, 1, 2].map((column) => Math.max(head[column].length, ...cells.map((row) => row[column].length)));
  const used = fixed.reduce((sum, columnWidth) => sum + columnWidth + NO_BORDERS.middle.length, 0);
  return [...fixed, Math.max(30, width - used - 1)];
}
function summaryCell(entry) {
  if (entry.source === void 0)
    return entry.summary;
  const origin = entry.plugin === void 0 ? `the repository's ${entry.source}` : entry.source;
  return `${entry.summary} (${origin}${entry.docs === void 0 ? "" : `; ${entry.docs}`})`;
}
function effectiveLabel(entry, paint) {
  if (entry.severity === "off")
    return paint.dim("off");
  return entry.severity === entry.defaultSeverity ? entry.severity : paint.bold(entry.severity);
}
var import_cli_table32, NO_BORDERS;
var init_catalogue_table = __esm({
  "dist/report/catalogue-table.js"() {
    "use strict";
    init_source();
    import_cli_table32 = __toESM(require_cli_table3(), 1);
    NO_BORDERS = {
      top: "",
      "top-mid": "",
      "top-left": "",
      "top-right": "",
      bottom: "",
      "bottom-mid": "",
      "bottom-left": "",
      "bottom-right": "",
      left: "",
      "left-mid": "",
      mid: "",
      "mid-mid": "",
      right: "",
      "right-mid": "",
      middle: "  "
    };
  }
});

// node_modules/commander/esm.mjs
var import_index = __toESM(require_commander(), 1);
var {
  program,
  createCommand,
  createArgument,
  createOption,
  CommanderError,
  InvalidArgumentError,
  InvalidOptionArgumentError,
  // deprecated old name
  Command,
  Argument,
  Option,
  Help
} = import_index.default;

// dist/errors.js
var UsageError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "UsageError";
  }
};

// dist/cli/audit-command.js
import { readFile as readFile2, stat as stat4 } from "node:fs/promises";
import path14 from "node:path";

// dist/audit/cache.js
import { createHmac, hash, randomBytes as randomBytes2 } from "node:crypto";
import { constants as constants2, statSync } from "node:fs";
import { lstat as lstat2, mkdir as mkdir2, open, readFile, stat as stat2, writeFile as writeFile2 } from "node:fs/promises";
import os from "node:os";
import path2 from "node:path";

// dist/load/write-whole.js
import { randomBytes } from "node:crypto";
import { constants, unlinkSync, writeSync } from "node:fs";
import { access, chmod, lstat, mkdir, readlink, realpath, rename, rmdir, stat, unlink, writeFile } from "node:fs/promises";
import path from "node:path";

// dist/load/load-file.js
import { closeSync, existsSync as existsSync3, fstatSync, openSync, readFileSync as readFileSync2 } from "node:fs";

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
  const parts2 = [];
  let rest = total;
  for (const [unit, size] of [
    ["w", 604800],
    ["d", 86400],
    ["h", 3600],
    ["m", 60],
    ["s", 1]
  ]) {
    if (rest >= size) {
      parts2.push(`${Math.floor(rest / size)}${unit}`);
      rest %= size;
    }
  }
  return parts2.join(" ");
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

// dist/load/source.js
init_untrusted_text();
var SourceText = class {
  path;
  text;
  lineStarts;
  /** The line of the last offset asked for: offsets are mostly asked in file order, a few lines apart. */
  lastLine = 0;
  constructor(path19, text) {
    this.path = path19;
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

// dist/load/validate.js
import { existsSync as existsSync2, readFileSync } from "node:fs";
import { createRequire } from "node:module";

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

// dist/load/validate.js
init_package_files();

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

// dist/load/yaml.js
init_js_yaml();

// dist/load/core-schema.js
init_js_yaml();
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
    const lineStart2 = this.text.lastIndexOf("\n", at2 - 1) + 1;
    for (const start of [lineStart2, previousContentLine(this.text, lineStart2)]) {
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
  isKey(open2, start, end) {
    if (this.followsQuestionMark(open2))
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
  followsQuestionMark(open2) {
    const text = this.text;
    let at2 = open2 - 1;
    while (isWhitespace(text.charCodeAt(at2)))
      at2--;
    if (text.charCodeAt(at2) !== 63)
      return false;
    if (at2 === open2 - 1)
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
function previousContentLine(text, lineStart2) {
  for (let end = lineStart2 - 1; end > 0; ) {
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
function processWhere(path19) {
  const [first, id, ...rest] = path19;
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
    return at("review", path19.slice(1));
  return at("", path19);
}
function at(place, rest) {
  const [field, index] = rest;
  if (field === void 0)
    return { place };
  return { place, subject: index === void 0 ? `"${field}"` : `entry ${ordinal(index)} of "${field}"` };
}
function configWhere(path19) {
  const [first, second, third] = path19;
  if (first === void 0)
    return { place: "" };
  if (first === "rules" && second !== void 0)
    return { place: `rules.${second}`, subject: third ?? "level" };
  if (first === "overrides" && second !== void 0) {
    const [field, id, option] = path19.slice(2);
    const place = `overrides entry ${ordinal(second)}`;
    if (field === "rules" && id !== void 0)
      return { place: `${place}: rules.${id}`, subject: option ?? "level" };
    return { place, ...field === void 0 ? {} : { subject: `"${path19.slice(2).join(".")}"` } };
  }
  if (first === "policies" && second !== void 0) {
    const inside = path19.slice(2).filter((segment) => !/^\d+$/.test(segment));
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
  const schema2 = record(JSON.parse(readFileSync(packageFile(`schemas/${SCHEMA_FILES[name]}`), "utf8")));
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
  const { default: Ajv2020 } = createRequire(import.meta.url)("ajv/dist/2020.js");
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
  const path19 = pointerSegments(error);
  const params = error.params;
  if (error.propertyName !== void 0)
    return keyComplaint(error, path19, error.propertyName, root, dialect);
  const where2 = dialect.where(path19);
  switch (error.keyword) {
    case "required":
      return {
        message: `${prefix(where2)}missing "${String(params.missingProperty)}"`,
        offset: offsetOf(root, path19, "key")
      };
    case "additionalProperties": {
      const key = String(params.additionalProperty);
      const known = Object.keys(record(record(error.parentSchema).properties));
      const glued = known.includes(key.slice(0, key.indexOf(":"))) ? missingSpaceAfterColon(key) : void 0;
      return {
        message: `${prefix(where2)}${glued ?? `unknown key "${printable(key)}"${unknownKeyHint(key, record(error.parentSchema))}`}`,
        offset: offsetOf(root, [...path19, key], "key")
      };
    }
    case "false schema": {
      const predicate = schema2.typeOnlyFields.get(path19[path19.length - 1] ?? "") ?? "is not allowed here";
      return { message: sentence(where2, predicate, dialect), offset: offsetOf(root, path19, "key") };
    }
    default: {
      const node = nodeAt(root, path19);
      const glued = error.keyword === "type" && expectedTypes(error).includes("object") && node?.kind === "scalar" && typeof node.value === "string" ? missingSpaceAfterColon(node.text) : void 0;
      if (glued)
        return { message: `${prefix(where2)}${glued}`, offset: offsetOf(root, path19, "value") };
      const def = schema2.defNames.get(JSON.stringify(error.parentSchema));
      const message = sentence(where2, valuePredicate(error, node, def, dialect), dialect);
      return { message, offset: offsetOf(root, path19, "value") };
    }
  }
}
function keyComplaint(error, path19, key, root, dialect) {
  const offset = offsetOf(root, [...path19, key], "key");
  if (error.keyword === "not")
    return { message: `"${key}" is built in; remove it from ${path19.join(".")}`, offset };
  const label = dialect.keyLabels[path19.join("/")] ?? "key";
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
    return ` (found ${describe(node)})`;
  if (expected.includes("array") && node?.kind === "map" && node.entries.has("to")) {
    return ' (one transition is a list of one: put "- " before "to:", or write [{ to: \u2026, after: \u2026 }])';
  }
  return "";
}
var MAX_QUOTED_FOUND_CHARS = 30;
function describe(node) {
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
function sentence(where2, predicate, dialect) {
  if (where2.subject !== void 0)
    return `${prefix({ place: where2.place })}${where2.subject} ${predicate}`;
  return `${where2.place || dialect.documentName} ${predicate}`;
}
function prefix(where2) {
  const head = [where2.place, where2.subject].filter(Boolean).join(": ");
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
function nodeAt(root, path19) {
  let node = root ?? void 0;
  for (const segment of path19)
    node = child(node, segment)?.value;
  return node;
}
function offsetOf(root, path19, target) {
  let offset = Math.max(root?.offset ?? 0, 0);
  let node = root ?? void 0;
  for (const [index, segment] of path19.entries()) {
    const entry = child(node, segment);
    if (entry === void 0)
      break;
    node = entry.value;
    const preferKey = target === "key" && index === path19.length - 1;
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
async function loadProcessFile(absolutePath, path19, ruleIds, limits = DEFAULT_LOAD_LIMITS) {
  const read = readProcessBytes(absolutePath, path19, limits);
  return read instanceof Uint8Array ? loadProcessBytes(path19, read, ruleIds) : read;
}
function readProcessBytes(absolutePath, path19, limits = DEFAULT_LOAD_LIMITS) {
  let fd;
  try {
    fd = openSync(absolutePath, "r");
    const { size } = fstatSync(fd);
    if (size > limits.maxFileBytes) {
      return invalidFile(path19, `the file is ${formatMiB(size)}, larger than the ${formatMiB(limits.maxFileBytes)} limit for one process file; split it, or raise the limit with --max-file-size`);
    }
    return readFileSync2(fd);
  } catch (error) {
    return invalidFile(path19, `the file could not be read (${describeReadError(error, absolutePath)})`);
  } finally {
    if (fd !== void 0)
      closeSync(fd);
  }
}
function loadProcessBytes(path19, bytes, ruleIds) {
  const decoded = decodeText(bytes);
  return typeof decoded === "string" ? loadProcessText(path19, decoded, ruleIds) : invalidFile(path19, decoded.problem, decoded.at);
}
function invalidFile(path19, message, at2 = START_OF_FILE) {
  return { path: path19, documents: [{ kind: "invalid", complaints: [{ message, at: at2 }] }] };
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
function loadProcessText(path19, text, ruleIds) {
  const source = new SourceText(path19, text);
  const complaintAt = (message, offset) => ({ message, at: source.toEndOfLine(offset) });
  const conflict = findMergeConflict(text);
  if (conflict)
    return { path: path19, documents: [{ kind: "invalid", complaints: [complaintAt(conflict.message, conflict.offset)] }] };
  let documents;
  try {
    documents = parseYaml(text);
  } catch (error) {
    if (!(error instanceof YamlSyntaxError))
      throw error;
    const complaint = complaintAt(describeYamlError(error, source), error.offset);
    return { path: path19, documents: [{ kind: "invalid", complaints: [complaint] }] };
  }
  if (documents.length === 0) {
    const message = "the file holds no process: it is empty or only comments; write a process (see `gapcheck init`) or delete the file";
    return { path: path19, documents: [{ kind: "invalid", complaints: [{ message, at: START_OF_FILE }] }] };
  }
  return {
    path: path19,
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
function hasInvalidUtf8Name(path19) {
  return path19.includes("\uFFFD") && !existsSync3(path19);
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

// dist/load/write-whole.js
var MAX_LINKS = 40;
async function checkTarget(named, absolute, what, createFolders = false) {
  const { target, mustWrite } = await resolve(named, absolute, what, createFolders);
  if (target.descriptor !== void 0)
    return target;
  try {
    await access(mustWrite, target.how === "direct" ? constants.W_OK : constants.W_OK | constants.X_OK);
  } catch (error) {
    throw cannotWrite(target, describeWriteError(error));
  }
  return target;
}
async function resolveTarget(named, absolute) {
  return (await resolve(named, absolute, "a file", false)).target;
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
async function resolve(named, absolute, what, createFolders) {
  const fail = (reason, advice) => {
    throw cannotWrite({ named, what }, reason, advice);
  };
  if (named.endsWith("/") || named.endsWith(path.sep))
    fail("the name ends in a slash, so it names a folder", "name a file, like report.txt");
  let at2 = absolute;
  for (let hops = 0; hops <= MAX_LINKS; hops++) {
    const folder = await realFolder(path.dirname(at2), createFolders, fail);
    at2 = path.join(folder.path, path.basename(at2));
    let stats;
    try {
      stats = at2.startsWith("/proc/") ? await stat(at2) : await lstat(at2);
    } catch (error) {
      if (error.code !== "ENOENT")
        fail(describeWriteError(error));
    }
    if (stats?.isSymbolicLink()) {
      at2 = path.resolve(folder.path, await readlink(at2));
      continue;
    }
    if (stats?.isDirectory())
      fail("it is a folder", "name a file in it");
    const descriptor = ownDescriptor(at2);
    const how = descriptor === void 0 && (stats === void 0 || stats.isFile()) ? "replace" : "direct";
    const target = {
      named,
      what,
      path: at2,
      how,
      createFolders,
      ...descriptor !== void 0 && { descriptor },
      ...stats && { identity: identityOf(stats), ...how === "replace" && { mode: stats.mode & 4095 } }
    };
    return { target, mustWrite: how === "direct" ? at2 : folder.nearest };
  }
  return fail("a symbolic link loop");
}
function ownDescriptor(at2) {
  const match = /^\/proc\/(?:self|(\d+))\/fd\/(\d+)$/.exec(at2);
  return match && (match[1] === void 0 || Number(match[1]) === process.pid) ? Number(match[2]) : void 0;
}
async function realFolder(folder, createFolders, fail) {
  const missing2 = [];
  let existing = folder;
  for (; ; ) {
    try {
      const real = await realpath(existing);
      if (!(await stat(real)).isDirectory())
        fail("a part of its folder is a file, not a folder");
      return { path: path.join(real, ...missing2.reverse()), nearest: real };
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
      if (path.dirname(existing) === existing)
        fail("its folder does not exist");
      missing2.push(path.basename(existing));
      existing = path.dirname(existing);
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
      await writeFile(target.path, data, { flag: constants.O_WRONLY | constants.O_APPEND });
    else
      await replace(target, data);
  } catch (error) {
    throw cannotWrite(target, describeWriteError(error), "nothing was written");
  }
}
async function writeWhole(target, data, what) {
  await writeTo(await checkTarget(target, target, what), data);
}
async function writeToStdout(data) {
  await writeToDescriptor(1, data);
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
    const settle3 = (how) => () => {
      for (const [event, listener] of listeners)
        stream.off(event, listener);
      resolve3(how);
    };
    const listeners = [
      ["drain", settle3("room")],
      ["error", settle3("gone")],
      ["close", settle3("gone")]
    ];
    for (const [event, listener] of listeners)
      stream.once(event, listener);
  });
}
async function replace(target, data) {
  const folder = path.dirname(target.path);
  const created = target.createFolders ? await mkdir(folder, { recursive: true }) : void 0;
  const temporary = path.join(folder, `.gapcheck-${randomBytes(6).toString("hex")}.tmp`);
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
  for (let folder = deepest; folder.startsWith(first); folder = path.dirname(folder)) {
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
var DEFAULT_CACHE_LOCATION = ".gapcheck-cache";
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
      const stats = await stat2(location);
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
  return xdg !== void 0 && path2.isAbsolute(xdg) ? xdg : path2.join(os.homedir(), ".cache");
}
async function machineSecret() {
  const base = userCacheFolder();
  const folder = path2.join(base, "gapcheck");
  const file = path2.join(folder, "cache-secret");
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
    handle = await open(file, constants2.O_RDONLY | (constants2.O_NOFOLLOW ?? 0));
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
      return `${path2.dirname(base)} does not exist (gapcheck does not create it)`;
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
    stats = statSync(absolutePath, { bigint: true, throwIfNoEntry: false });
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

// dist/audit/run.js
import { availableParallelism } from "node:os";

// dist/load/discover.js
import { accessSync, constants as constants3 } from "node:fs";
import { stat as stat3 } from "node:fs/promises";
import path3 from "node:path";

// node_modules/fdir/dist/index.mjs
import { createRequire as createRequire2 } from "module";
import { basename, dirname, normalize, relative, resolve as resolve2, sep } from "path";
import * as nativeFs from "fs";
var __require2 = /* @__PURE__ */ createRequire2(import.meta.url);
function cleanPath(path19) {
  let normalized = normalize(path19);
  if (normalized.length > 1 && normalized[normalized.length - 1] === sep) normalized = normalized.substring(0, normalized.length - 1);
  return normalized;
}
var SLASHES_REGEX = /[\\/]/g;
function convertSlashes(path19, separator) {
  return path19.replace(SLASHES_REGEX, separator);
}
var WINDOWS_ROOT_DIR_REGEX = /^[a-z]:[\\/]$/i;
function isRootDirectory(path19) {
  return path19 === "/" || WINDOWS_ROOT_DIR_REGEX.test(path19);
}
function normalizePath(path19, options) {
  const { resolvePaths: resolvePaths2, normalizePath: normalizePath$1, pathSeparator } = options;
  const pathNeedsCleaning = process.platform === "win32" && path19.includes("/") || path19.startsWith(".");
  if (resolvePaths2) path19 = resolve2(path19);
  if (normalizePath$1 || pathNeedsCleaning) path19 = cleanPath(path19);
  if (path19 === ".") return "";
  const needsSeperator = path19[path19.length - 1] !== pathSeparator;
  return convertSlashes(needsSeperator ? path19 + pathSeparator : path19, pathSeparator);
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
  const path19 = directoryPath || ".";
  if (filters.every((filter) => filter(path19, true))) paths.push(path19);
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
var resolveSymlinksAsync = function(path19, state, callback$1) {
  const { queue, fs, options: { suppressErrors } } = state;
  queue.enqueue();
  fs.realpath(path19, (error, resolvedPath) => {
    if (error) return queue.dequeue(suppressErrors ? null : error, state);
    fs.stat(resolvedPath, (error$1, stat6) => {
      if (error$1) return queue.dequeue(suppressErrors ? null : error$1, state);
      if (stat6.isDirectory() && isRecursive(path19, resolvedPath, state)) return queue.dequeue(null, state);
      callback$1(stat6, resolvedPath);
      queue.dequeue(null, state);
    });
  });
};
var resolveSymlinks = function(path19, state, callback$1) {
  const { queue, fs, options: { suppressErrors } } = state;
  queue.enqueue();
  try {
    const resolvedPath = fs.realpathSync(path19);
    const stat6 = fs.statSync(resolvedPath);
    if (stat6.isDirectory() && isRecursive(path19, resolvedPath, state)) return;
    callback$1(stat6, resolvedPath);
  } catch (e) {
    if (!suppressErrors) throw e;
  }
};
function build$2(options, isSynchronous) {
  if (!options.resolveSymlinks || options.excludeSymlinks) return null;
  return isSynchronous ? resolveSymlinks : resolveSymlinksAsync;
}
function isRecursive(path19, resolved, state) {
  if (state.options.useRealPaths) return isRecursiveUsingRealPaths(resolved, state);
  let parent = dirname(path19);
  let depth = 1;
  while (parent !== state.root && depth < 2) {
    const resolvedPath = state.symlinks.get(parent);
    const isSameRoot = !!resolvedPath && (resolvedPath === resolved || resolvedPath.startsWith(resolved) || resolved.startsWith(resolvedPath));
    if (isSameRoot) depth++;
    else parent = dirname(parent);
  }
  state.symlinks.set(path19, resolved);
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
        let path19 = joinDirectoryPath(entry.name, directoryPath, this.state.options.pathSeparator);
        if (exclude && exclude(entry.name, path19)) continue;
        this.pushDirectory(path19, paths, filters);
        this.walkDirectory(this.state, path19, path19, depth - 1, this.walk);
      } else if (this.resolveSymlink && entry.isSymbolicLink()) {
        let path19 = joinPathWithBasePath(entry.name, directoryPath);
        this.resolveSymlink(path19, this.state, (stat6, resolvedPath) => {
          if (stat6.isDirectory()) {
            resolvedPath = normalizePath(resolvedPath, this.state.options);
            if (exclude && exclude(entry.name, useRealPaths ? resolvedPath : path19 + pathSeparator)) return;
            this.walkDirectory(this.state, resolvedPath, useRealPaths ? resolvedPath : path19 + pathSeparator, depth - 1, this.walk);
          } else {
            resolvedPath = useRealPaths ? resolvedPath : path19;
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
    this.options.filters.push((path19) => isMatch(path19));
    return this;
  }
};

// dist/load/discover.js
init_text_order();
var PROCESS_FILE = /\.ya?ml$/;
var CONFIG_FILE_NAMES = ["gapcheck.config.yaml", "gapcheck.config.yml"];
var isConfigName = (name) => CONFIG_FILE_NAMES.includes(name);
async function discoverFiles(paths, options) {
  const found2 = /* @__PURE__ */ new Map();
  const unreadable = /* @__PURE__ */ new Map();
  const ignoredFiles = /* @__PURE__ */ new Map();
  for (const given of paths) {
    const absolute = path3.resolve(options.cwd, given);
    const walked = await walk(absolute, given);
    const describe4 = describerUnder(options.cwd, absolute);
    if (walked.named && await options.ignores(absolute)) {
      ignoredFiles.set(absolute, describe4(absolute));
      continue;
    }
    const files = [];
    for (const file of walked.files)
      if (!await options.ignores(file))
        files.push(file);
    walked.unreadable.forEach((folder) => unreadable.set(folder, describe4(folder)));
    if (files.length === 0 && walked.unreadable.length === 0) {
      const unlessIgnored = walked.files.length > 0 ? " that the config does not ignore" : "";
      throw new UsageError(`"${given}" holds no process file (*.yaml or *.yml)${unlessIgnored}; name a folder or file of processes`);
    }
    for (const file of files)
      found2.set(file, describe4(file));
  }
  const byPath = (a, b) => compareText(a.path, b.path);
  return {
    files: [...found2.values()].sort(byPath),
    unreadableFolders: [...unreadable.values()].sort(byPath),
    ignoredFiles: [...ignoredFiles.values()].filter((file) => !found2.has(file.absolutePath)).sort(byPath)
  };
}
async function statNamed(absolute, given) {
  try {
    return await stat3(absolute);
  } catch (error) {
    if (error.code === "ENOENT")
      throw new UsageError(`"${given}" does not exist; check the path`);
    throw new UsageError(`"${given}" cannot be read (${describeFsError(error)}); check the path and its permissions`);
  }
}
async function checkNamedFile(absolute, given) {
  const stats = await statNamed(absolute, given);
  if (stats.isDirectory())
    throw new UsageError(`"${given}" is a folder; name one process file`);
  if (!stats.isFile())
    throw new UsageError(`"${given}" is not a file (a named pipe or a device?); name one process file`);
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
    unreadable.push(path3.resolve(folder));
    return true;
  };
  if (!canRead(absolute))
    return { named: false, files: [], unreadable: [absolute] };
  const isProcessFile = (file) => {
    const name = file.slice(file.lastIndexOf(path3.sep) + 1);
    return PROCESS_FILE.test(name) && !name.startsWith(".") && !isConfigName(name);
  };
  const files = await new Builder({ excludeSymlinks: true, suppressErrors: true }).withFullPaths().exclude(skipFolder).filter((file, isDirectory) => !isDirectory && isProcessFile(file)).crawl(absolute).withPromise();
  return { named: false, files, unreadable };
}
function describerUnder(cwd, root) {
  const rootPath = displayPath(cwd, root);
  const prefix2 = root.endsWith(path3.sep) ? root : `${root}${path3.sep}`;
  return (absolutePath) => {
    if (!absolutePath.startsWith(prefix2))
      return { absolutePath, path: displayPath(cwd, absolutePath) };
    const below = toPosix(absolutePath.slice(prefix2.length));
    return { absolutePath, path: rootPath === "." ? below : `${rootPath}/${below}` };
  };
}
function canRead(folder) {
  try {
    accessSync(folder, constants3.R_OK | constants3.X_OK);
    return true;
  } catch {
    return false;
  }
}
function displayPath(cwd, absolutePath) {
  return toPosix(path3.relative(cwd, absolutePath)) || ".";
}
function toPosix(filePath) {
  return path3.sep === "/" ? filePath : filePath.split(path3.sep).join("/");
}

// dist/audit/run.js
init_text_order();

// dist/audit/audit.js
init_text_order();

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
    const at2 = this.position(node);
    if (at2 === NOT_REACHED)
      throw new Error(`node ${node} was not reached`);
    return pathBack(this.order, this.parentAt, at2);
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
        this.order.forEach((visited, at2) => dense[visited] = at2);
        this.positionOf = (n) => dense[n];
      } else {
        const sparse = new Map(this.order.map((visited, at2) => [visited, at2]));
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
  const joins = before.order.filter((node, at2) => at2 > 0 && severalPredecessors(node));
  if (joins.length !== 1)
    return void 0;
  const step = joins[0];
  const { component } = components;
  return before.order.every((node) => node === step || component[node] > component[step]) ? { before, step } : void 0;
}
function pathBack(order, parentAt, at2) {
  const path19 = [];
  for (; at2 !== NO_PARENT; at2 = parentAt[at2])
    path19.push(order[at2]);
  return path19.reverse();
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
  const nodesBack = (at2) => pathBack(order, parentAt, at2).map((state) => state >> 1);
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
  const found2 = new Set(targets);
  const queue = [...found2];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head];
    for (let slot = graph.predStart[node]; slot < graph.predStart[node + 1]; slot++) {
      const previous = graph.predSource[slot];
      if (found2.has(previous) || within && !within(previous))
        continue;
      found2.add(previous);
      queue.push(previous);
    }
  }
  return found2;
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
  const path19 = [];
  for (let at2 = worst; at2 !== -1; at2 = via.get(at2) ?? -1)
    path19.push(at2);
  return { kind: "known", cost: costOf(worst), path: path19.reverse() };
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
  let at2 = nodes.find((node) => marked.has(node) && !done.has(node));
  const seenAt = /* @__PURE__ */ new Map();
  const walk2 = [];
  while (!seenAt.has(at2)) {
    seenAt.set(at2, walk2.length);
    walk2.push(at2);
    let earliest = -1;
    for (let slot = graph.predStart[at2]; slot < graph.predStart[at2 + 1]; slot++) {
      const previous = graph.predSource[slot];
      if (!marked.has(previous) || done.has(previous) || !walksOn(previous))
        continue;
      if (earliest === -1 || rank.get(previous) < rank.get(earliest))
        earliest = previous;
    }
    at2 = earliest;
  }
  return walk2.slice(seenAt.get(at2)).reverse();
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
function readSteps(path19, start, end, read) {
  const steps = [];
  for (let piece = path19, offset = 0; piece !== void 0 && offset < end; piece = piece.rest) {
    const { own } = piece;
    for (let at2 = Math.max(start - offset, 0); at2 < Math.min(end - offset, own.length); at2++)
      steps.push(read(own[at2]));
    offset += own.length;
  }
  return steps;
}
function isStepIds(path19) {
  return Array.isArray(path19);
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
        const [source, distance3] = sources[nextSource++];
        if (this.regionDistance[source] !== UNREACHED)
          continue;
        this.regionDistance[source] = distance3;
        node = source;
      }
      const distance2 = this.regionDistance[node];
      for (let slot = predStart[node]; slot < predStart[node + 1]; slot++) {
        const previous = predSource[slot];
        if (this.regionDistance[previous] !== UNREACHED)
          continue;
        this.regionDistance[previous] = distance2 + 1;
        queue.push(previous);
      }
    }
  }
  /** From the origin, the first edge to a node one nearer a target, until a target or the shared distances. */
  walk(origin, blocked, free) {
    const { edgeStart, edgeTarget } = this.graph;
    if (this.regionDistance[origin] === UNREACHED)
      return void 0;
    const path19 = [origin];
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
        return StepPath.join(path19, this.sharedPath(node));
      path19.push(node);
    }
    return StepPath.of(path19);
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
    for (let end = walked.length, at2 = walked.length - 1; at2 >= 0; at2--) {
      if (at2 > 0 && this.distance[walked[at2]] % this.pieceLength !== 0)
        continue;
      const own = walked.slice(at2, end);
      rest = rest ? StepPath.join(own, rest) : StepPath.of(own);
      this.shared.set(walked[at2], rest);
      end = at2;
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
  const distance2 = new Int32Array(graph.size).fill(UNREACHED);
  const queue = [];
  for (let node = 0; node < graph.size; node++) {
    if (!isTarget(node))
      continue;
    distance2[node] = 0;
    queue.push(node);
  }
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head];
    for (let slot = graph.predStart[node]; slot < graph.predStart[node + 1]; slot++) {
      const previous = graph.predSource[slot];
      if (distance2[previous] !== UNREACHED)
        continue;
      distance2[previous] = distance2[node] + 1;
      queue.push(previous);
    }
  }
  return distance2;
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
    const found2 = throughFunnel === UNDECIDED ? this.wholePass(origin) : throughFunnel;
    return found2 && { path: found2.path, weight: found2.weight };
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
  for (let at2 = node; at2 !== -1; at2 = entries.entryFrom[component[at2]]) {
    pieces.push(pathInside(graph, component, entries.entryNode[component[at2]], at2, parent));
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
  const path19 = [];
  for (let at2 = to; at2 !== -1; at2 = parent[at2])
    path19.push(at2);
  for (const visited of queue)
    parent[visited] = NOT_REACHED2;
  return path19.reverse();
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
function isRole(process3, actor) {
  return actor !== void 0 && process3.roles.has(actor.id);
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
function isCustomerFacing(process3, step) {
  if (ALWAYS_CUSTOMER_FACING.has(step.type))
    return true;
  if (step.type === "deliver")
    return step.actor !== void 0 && process3.roles.get(step.actor.id)?.frontline === true;
  return step.type === "intake" && step.channel !== void 0 && LIVE_CHANNELS.has(step.channel) && isRole(process3, step.actor);
}
function isResponse(process3, step) {
  return step.type !== "intake" && isRole(process3, step.actor) && isCustomerFacing(process3, step);
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

// dist/model/process-graph.js
var TYPE_LITERALS = new Map(STEP_TYPES.map((type2) => [type2, type2]));
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
  constructor(process3) {
    this.process = process3;
    const indexById = /* @__PURE__ */ new Map();
    process3.steps.forEach((step, index) => indexById.set(step.id, index));
    this.indexById = indexById;
    const waits = [];
    const { steps } = process3;
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
    this.startSteps = [...new Set(process3.start.flatMap((ref) => indexById.get(ref.id) ?? []))];
    this.types = process3.steps.map((step) => TYPE_LITERALS.get(step.type));
    this.roles = process3.steps.map((step) => step.actor && process3.roles.get(step.actor.id));
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
  reachableOfType(type2) {
    this.reachableByType ??= this.groupReachableByType();
    return this.reachableByType.get(type2) ?? [];
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
  ids(path19) {
    return path19.map((index) => this.step(index).id);
  }
};

// dist/rules/support/finding-message.js
function findingMessage({ message, fix }) {
  if (fix === void 0)
    return message;
  return /^[A-Z]/.test(fix) ? `${message}. ${fix}` : `${message}; ${fix}`;
}

// dist/audit/audit.js
init_step_list();

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

// dist/audit/audit.js
function audit(files, config, today, lookup = []) {
  const project = findProjectFindings(files.map(identify), config, lookup.flatMap(identify).filter((d) => d !== null));
  return combineOutcomes(files.map((file, index) => auditFile(file, config, today, project.findings[index])), project.crashes);
}
function identify(file) {
  return file.documents.map((d) => d.kind === "process" ? identityOf2(new ProcessGraph(d.process)) : null);
}
function identityOf2(graph) {
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
  const documents = audits.map((audit2) => audit2 instanceof ProcessAudit ? identityOf2(audit2.graph) : null);
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
  constructor(process3, config, today, crashes) {
    this.process = process3;
    this.config = config;
    this.today = today;
    this.crashes = crashes;
    this.graph = new ProcessGraph(process3);
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
  const { process: process3 } = graph;
  const index = finding.step === void 0 ? void 0 : graph.indexOf(finding.step);
  const step = index === void 0 ? void 0 : graph.step(index);
  const at2 = finding.at ?? step?.at ?? process3.at;
  return {
    file: process3.file,
    process: process3.id,
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
function keptIds(graph, path19) {
  return isStepIds(path19) ? keptPath(path19.length, (start, end) => path19.slice(start, end)) : keptPath(path19.length, (start, end) => path19.sliceAs(start, end, (step) => graph.step(step).id));
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
function settleWaivers(process3, raised, today, uses = initialUses(process3, today)) {
  const open2 = [];
  const waived = [];
  for (const gap of raised) {
    const matching = [...uses.values()].filter(({ waiver, expired }) => !expired && waiver.rule === gap.rule && (waiver.step === void 0 || waiver.step.id === gap.step));
    if (matching.length === 0) {
      open2.push(gap);
      continue;
    }
    for (const use of matching)
      uses.set(use.waiver, { ...use, used: true });
    waived.push({ ...gap, reason: matching[0].waiver.reason });
  }
  return { open: open2, waived, uses };
}
function initialUses(process3, today) {
  return new Map(process3.waivers.map((waiver) => [
    waiver,
    { waiver, used: false, expired: waiver.expires !== void 0 && isOverdue(waiver.expires, void 0, today) }
  ]));
}
function sortGaps(gaps) {
  return gaps.sort((a, b) => compareText(a.file, b.file) || a.line - b.line || a.column - b.column || compareText(a.rule, b.rule) || compareText(a.step ?? "", b.step ?? "") || compareText(a.message, b.message));
}

// dist/audit/pool.js
import { setImmediate } from "node:timers/promises";
import { Worker } from "node:worker_threads";

// dist/config/plugins.js
import { createHash } from "node:crypto";
import { readFileSync as readFileSync3, statSync as statSync2 } from "node:fs";
import { createRequire as createRequire3 } from "node:module";
import path4 from "node:path";
import { pathToFileURL } from "node:url";
init_severity();
init_untrusted_text();
async function loadPlugin(spec, configFile, at2) {
  const where2 = `${at2.config}:${at2.line}:${at2.column}: plugin "${escapeUntrusted(spec)}"`;
  const module = resolvePlugin(spec, configFile, where2);
  const source = { spec, module, config: at2.config, identity: pluginIdentity(spec, module, configFile) };
  const plugin = checkedPlugin(await importModule(source, where2), source);
  if (Array.isArray(plugin))
    throw new UsageError(plugin.map((problem) => `${where2} ${problem}`).join("\n"));
  return plugin;
}
async function reloadPlugin(source) {
  const where2 = `plugin "${source.spec}" of ${source.config}`;
  const plugin = checkedPlugin(await importModule(source, where2), source);
  if (Array.isArray(plugin))
    throw new Error(`${where2} ${plugin.join("; ")}`);
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
  return spec.startsWith("./") || spec.startsWith("../") || path4.isAbsolute(spec);
}
function resolvePlugin(spec, configFile, where2) {
  if (isPath(spec)) {
    const file = path4.resolve(path4.dirname(configFile), spec);
    const found2 = statSync2(file, { throwIfNoEntry: false });
    if (found2 === void 0)
      throw new UsageError(`${where2}: there is no file ${escapeUntrusted(file)}; a plugin's path is relative to the config's folder: correct the path`);
    if (!found2.isFile())
      throw new UsageError(`${where2}: ${escapeUntrusted(file)} is not a file (a folder?); name the plugin's module file, like ./rules/acme.js`);
    return file;
  }
  let resolved;
  try {
    resolved = createRequire3(configFile).resolve(spec);
  } catch (error) {
    const code = error.code;
    if (code === "ERR_PACKAGE_PATH_NOT_EXPORTED")
      throw new UsageError(`${where2}: the package exports no entry gapcheck can load; give its package.json "exports" a "default" entry`);
    throw new UsageError(`${where2} is not installed where the config's folder can find it; run \`npm install --save-dev ${escapeUntrusted(spec)}\` there, or correct the name (a path starts with ./)`);
  }
  if (!path4.isAbsolute(resolved))
    throw new UsageError(`${where2} is one of Node's own modules, not a plugin; name a plugin's package or file`);
  return resolved;
}
async function importModule({ module: file, identity }, where2) {
  const url = pathToFileURL(file);
  url.searchParams.set("gapcheck", identity);
  try {
    return await import(url.href);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw new UsageError(`${where2}: ${escapeUntrusted(file)} failed to load: ${escapeUntrusted(reason)}; fix the plugin, or remove it from "plugins"`);
  }
}
function pluginIdentity(spec, module, configFile) {
  const locked = isPath(spec) ? void 0 : lockedPackage(module, path4.dirname(configFile));
  return locked ?? createHash("sha256").update(readFileSync3(module)).digest("hex");
}
function lockedPackage(module, from) {
  const packageFolder = folderWith(path4.dirname(module), (folder) => path4.join(folder, "package.json"));
  const lockFolder = folderWith(from, (folder) => path4.join(folder, "package-lock.json"));
  if (packageFolder === void 0 || lockFolder === void 0)
    return void 0;
  const lock = readJson(path4.join(lockFolder, "package-lock.json"));
  const key = path4.relative(lockFolder, packageFolder).split(path4.sep).join("/");
  const entry = lock?.packages?.[key];
  return entry?.integrity === void 0 ? void 0 : `${key}@${entry.version} ${entry.integrity}`;
}
function folderWith(start, file) {
  for (let folder = start; ; folder = path4.dirname(folder)) {
    if (statSync2(file(folder), { throwIfNoEntry: false })?.isFile())
      return folder;
    if (path4.dirname(folder) === folder)
      return void 0;
  }
}
function readJson(file) {
  try {
    return JSON.parse(readFileSync3(file, "utf8"));
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
    check: (process3, context) => checkedFindings(check(process3, context), context)
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

// dist/audit/pool.js
init_package_files();

// dist/rules/cascade.js
init_text_order();
init_severity();

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
    const path19 = [];
    for (let at2 = step; at2 !== -1; at2 = this.parent[at2])
      path19.push(at2);
    return path19.reverse();
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
    const path19 = this.isBefore(step) || step === this.funnel ? [] : this.behind.pathTo(step).slice(1).reverse();
    for (let at2 = this.isBefore(step) ? step : this.funnel; at2 !== -1; at2 = this.parent.get(at2))
      path19.push(at2);
    return path19.reverse();
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
  constructor(path19) {
    this.path = path19;
    const pieces = [];
    const starts = [];
    let at2 = 0;
    for (let piece = path19; piece; piece = piece.rest) {
      if (piece.own.length === 0)
        continue;
      pieces.push(piece);
      starts.push(at2);
      at2 += piece.own.length;
    }
    this.pieces = pieces;
    this.starts = starts;
    this.length = path19.length;
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
init_step_list();
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
    return new LineUp(graph, counted).bestCascades(graph.reachableOfType("intake")).flatMap((best) => best ? [describe2(graph, best)] : []);
  }
};
function countedGaps(graph, gaps, wholePath) {
  const counted = [];
  for (const gap of gaps) {
    const step = gap.step === null ? void 0 : graph.indexOf(gap.step);
    if (step === void 0)
      continue;
    const whole = wholePath(gap);
    const path19 = whole && (isStepIds(whole) ? stepsOf(graph, whole) : whole);
    const walk2 = path19 && path19.length > 0 ? new Segment(path19) : void 0;
    const hasPath = walk2?.stepAt(0) === step;
    counted.push({
      index: counted.length,
      gap,
      step,
      high: isAtLeast(gap.severity, "high"),
      segment: hasPath ? walk2 : new Segment(StepPath.of([step])),
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
function describe2(graph, cascade2) {
  const intake = graph.step(cascade2.intake).id;
  const { count, rules, kept } = cascade2.gaps;
  const listed = cutList(kept, ({ gap }) => `${gap.rule} (${gap.severity}) at "${gap.step}"`, count).join("; ");
  return {
    step: intake,
    path: cascade2.journey,
    message: `from intake "${intake}", one customer's journey meets ${count} gaps of ${rules} rules: ${listed}. Each might be caught alone; together nothing catches the customer. Close them, the high and critical ones first`
  };
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
  check(process3, { graph }) {
    return process3.steps.flatMap((step, index) => {
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
  check(process3) {
    return process3.steps.flatMap((step) => {
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
init_step_list();
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
    processes.forEach((process3, index) => {
      const sharing = byId.get(process3.id);
      if (sharing)
        sharing.push(index);
      else
        byId.set(process3.id, [index]);
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
      const withEntry = new Set([...processes, ...lookup].filter((process3) => process3.emergencyEntry).map((process3) => process3.id));
      const named = new Set([...processes, ...lookup].map((process3) => process3.id));
      const findings = /* @__PURE__ */ new Map();
      processes.forEach((process3, index) => {
        const finding = handlerGap(process3, handlerOf(process3, handledBy), named, withEntry);
        if (finding)
          findings.set(index, [finding]);
      });
      return findings;
    },
    references(process3, options) {
      const handler = handlerOf(process3, options["handled-by"]);
      return handler === void 0 ? [] : [handler];
    }
  }
};
function handlerOf(process3, handledBy) {
  if (process3.emergencies)
    return process3.emergencies.id;
  return process3.emergencyEntry || handledBy === null ? void 0 : handledBy;
}
function handlerGap(process3, handler, named, withEntry) {
  if (handler === void 0) {
    if (process3.emergencyEntry)
      return void 0;
    return {
      message: `process "${process3.id}" has no emergency entry reachable from its start and names no process to handle emergencies`,
      fix: "add an `intake` with `intent: emergency`, or name the handler in `emergencies:`"
    };
  }
  if (withEntry.has(handler))
    return void 0;
  const [subject, at2] = process3.emergencies ? [`\`emergencies\` names "${handler}"`, { at: process3.emergencies.at }] : [`process "${process3.id}" relies on "${handler}" (option \`handled-by\`) for emergencies`, {}];
  if (!named.has(handler)) {
    return {
      ...at2,
      message: `${subject}, but no process has that id here or in the repository's process files`,
      fix: "correct the id, or add that process"
    };
  }
  const fix = process3.emergencies ? "add one there, or name a process that has one" : "add one there";
  return {
    ...at2,
    message: `${subject}, which has no emergency entry reachable from its own start (naming another handler does not count)`,
    fix
  };
}
function endsUnresolved(graph, entry) {
  const path19 = graph.findPath({
    from: entry,
    isTarget: (index) => graph.typeOf(index) === "end" && graph.step(index).outcome !== "resolved"
  });
  if (path19 === void 0)
    return void 0;
  const step = graph.step(path19[path19.length - 1]);
  return {
    path: graph.ids(path19),
    text: `can end at "${step.id}" (${step.outcome}): lead every way to a resolved \`end\``
  };
}
function endsWithoutPerson(graph, entry) {
  const byRole = (index) => graph.roleOf(index) !== void 0;
  if (byRole(entry))
    return void 0;
  const path19 = graph.findPath({ from: entry, avoid: byRole, isTarget: (index) => graph.typeOf(index) === "end" });
  if (path19 === void 0)
    return void 0;
  const ids = graph.ids(path19);
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
  check(process3, { graph }) {
    return [
      ...graph.reachableOfType("resolve").flatMap((index) => remedyOutOfReach(process3, graph.step(index))),
      ...graph.reachableOfType("intake").flatMap((index) => isComplaintIntake(graph.step(index)) ? onlyThroughEscalation(graph, index) : [])
    ];
  }
};
function remedyOutOfReach(process3, step) {
  const role = step.actor && process3.roles.get(step.actor.id);
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
  const path19 = graph.ids(found2);
  return [
    {
      step: path19[0],
      path: path19,
      message: `from complaint intake "${path19[0]}" every way to a remedy passes an escalation, so the first person the customer reaches cannot put it right`,
      fix: "give that role the remedy and a way to a `resolve` step"
    }
  ];
}

// dist/rules/endless-loop.js
init_step_list();
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
  check(process3, { graph }) {
    const exits = process3.steps.flatMap((_step, index) => graph.typeOf(index) === "end" || !graph.hasNext(index) ? [index] : []);
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
      const path19 = graph.ids(found2);
      return [
        {
          step: path19[0],
          path: path19,
          message: `from escalation "${path19[0]}" the case can end at "${path19[path19.length - 1]}" without anyone getting back to the customer`,
          fix: "put a `contact`, `resolve` or `deny` on every way from the escalation to an end"
        }
      ];
    });
  }
};

// dist/rules/support/waiver-text.js
function describeWaiver(process3, waiver) {
  const where2 = waiver.step ? ` at step "${waiver.step.id}"` : ", whole process";
  return `waiver ${waiverNumber(process3, waiver)} (${waiver.rule}${where2})`;
}
function waiverNumber(process3, waiver) {
  return process3.waivers.indexOf(waiver) + 1;
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
  check(process3, { waivers }) {
    return waivers.flatMap(({ waiver, expired }) => expired ? [
      {
        at: waiver.at,
        message: `${describeWaiver(process3, waiver)} expired on ${waiver.expires} and waives nothing`,
        fix: 'remove it (closing its gap if still open), or set a new "expires" date if the reason still holds'
      }
    ] : []);
  }
};

// dist/rules/support/elapsed-time.js
init_step_list();
function lateWay(graph, origin, isTarget, limit, waitFor, mayReachTarget) {
  const worst = graph.worstElapsedTime(origin, isTarget, mayReachTarget);
  switch (worst.kind) {
    case "none":
      return void 0;
    case "known": {
      if (worst.cost <= limit.seconds)
        return void 0;
      const parts2 = cutSteps(timeParts(graph, worst.path)).join(", ");
      return {
        path: StepPath.of(worst.path),
        text: `can wait ${formatSeconds(worst.cost)} for ${waitFor} at "${lastId(graph, worst.path)}", more than ${limit.text} (${parts2})`
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
function lastId(graph, path19) {
  return graph.step(path19[path19.length - 1]).id;
}
function onToTarget(graph, origin, step, isTarget, mayReachTarget) {
  const path19 = graph.findPath({
    from: step,
    avoid: mayReachTarget && ((index) => !mayReachTarget(index)),
    isTarget: (index) => index !== origin && isTarget(index)
  });
  return path19 === void 0 ? [] : path19.slice(1);
}
function enterLoop(path19, cycle) {
  const onLoop = new Set(cycle);
  const into = path19.slice(0, path19.findIndex((step) => onLoop.has(step)) + 1);
  const entry = cycle.indexOf(into[into.length - 1]);
  return { into, loop: [...cycle.slice(entry), ...cycle.slice(0, entry + 1)] };
}
function timeParts(graph, path19) {
  const parts2 = [];
  for (let i = 0; i + 1 < path19.length; i++) {
    const [from, to] = [path19[i], path19[i + 1]];
    const takes = graph.step(from).takes.seconds;
    if (takes > 0)
      parts2.push(`"${graph.step(from).id}" takes ${formatSeconds(takes)}`);
    const wait = longestWait(graph, from, to);
    if (wait > 0)
      parts2.push(`a wait of ${formatSeconds(wait)} before "${graph.step(to).id}"`);
  }
  return parts2;
}
function longestWait(graph, from, to) {
  let longest = 0;
  graph.forEachSuccessor(from, (next, wait) => {
    if (next === to)
      longest = Math.max(longest, wait?.seconds ?? 0);
  });
  return longest;
}

// dist/rules/follow-through.js
init_step_list();
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
  check(process3, { graph }) {
    const followUps = byPromise(graph, "follow-up", (step) => step.fulfils);
    const verifies = byPromise(graph, "verify", (step) => step.verifies);
    return graph.reachableOfType("promise").flatMap((index) => {
      const promise2 = graph.step(index);
      const keepers = followUps.get(promise2.id) ?? [];
      const problems = [
        ...missingOwner(promise2),
        ...endWithoutFollowUp(graph, index, keepers),
        ...missedDeadline(graph, index, keepers),
        ...unverifiedFollowUps(process3, graph, index, keepers, verifies.get(promise2.id) ?? [])
      ];
      if (problems.length === 0)
        return [];
      const fixes = [...new Set(problems.map((problem) => problem.fix))];
      return [gapOfWays(promise2.id, `promise "${promise2.id}"`, problems, fixes.join(". "))];
    });
  }
};
function missingOwner(promise2) {
  if (promise2.owner)
    return [];
  return [
    {
      text: "has no `owner`, so nobody is answerable for keeping it",
      fix: "Name the role that keeps it as its `owner`"
    }
  ];
}
function endWithoutFollowUp(graph, promise2, keepers) {
  const way = graph.sharedPathToFirstEnd(promise2, keepers);
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
function missedDeadline(graph, promise2, keepers) {
  const { by } = graph.step(promise2);
  if (by === void 0) {
    return [
      {
        text: "has no deadline `by`, so nobody can tell whether it is kept in time",
        fix: "Give it the deadline promised to the customer as `by`"
      }
    ];
  }
  const keeps = new Set(keepers);
  const late = lateWay(graph, promise2, (step) => keeps.has(step), by, "its follow-up", graph.mayReachAny(keepers));
  return late ? [{ ...late, fix: `Bring the follow-up within ${by.text} on every way, with a \`takes\` on each step before it` }] : [];
}
function byPromise(graph, type2, promiseOf) {
  const steps = /* @__PURE__ */ new Map();
  for (const index of graph.reachableOfType(type2)) {
    const promise2 = promiseOf(graph.step(index));
    if (!promise2)
      continue;
    const known = steps.get(promise2.id);
    if (known)
      known.push(index);
    else
      steps.set(promise2.id, [index]);
  }
  return steps;
}
function unverifiedFollowUps(process3, graph, promise2, followUps, verifies) {
  const { owner } = graph.step(promise2);
  if (owner === void 0)
    return [];
  const byOthers = followUps.filter((index) => {
    const { actor } = graph.step(index);
    return isRole(process3, actor) && actor.id !== owner.id;
  });
  if (byOthers.length === 0)
    return [];
  const mayReachFollowUp = graph.mayReachAny(byOthers);
  const fromPromise = graph.searchFrom(promise2, { avoid: (index) => !mayReachFollowUp(index) });
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
init_step_list();
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
    const path19 = this.heaviestChain(intake)?.path;
    if (path19 === void 0)
      return void 0;
    const { first, count, next } = this.handoffsAlong(path19);
    if (first === void 0 || count <= max)
      return void 0;
    const roles = cutList([first, ...next], (role) => role, count + 1).join(" \u2192 ");
    const end = this.graph.step(path19.slice(path19.length - 1)[0]).id;
    return {
      path: path19,
      text: `hands the customer between roles ${times(count)} on the way to "${end}", more than the ${max} allowed (${roles})`
    };
  }
  /** The nearest loop with a handoff in it, when the intake reaches one. */
  bounce(intake) {
    const path19 = this.pathToLoopHandoff(intake);
    if (!path19)
      return void 0;
    const node = path19[path19.length - 1];
    const next = this.graph.findSuccessor(node, this.handsOffInLoop);
    const loop = this.graph.ids([node, ...this.graph.pathWithinLoop(next, node)]);
    const [from, to] = this.graph.ids([node, next]);
    return {
      path: [...this.graph.ids(path19), ...loop.slice(1)],
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
  handoffsAlong(path19) {
    const known = this.handed.get(path19);
    if (known)
      return known;
    const steps = path19.rest ? [...path19.own, path19.rest.slice(0, 1)[0]] : path19.own;
    let first;
    const next = [];
    for (let i = 1; i < steps.length; i++) {
      if (!this.isHandoff(steps[i - 1], steps[i]))
        continue;
      first ??= this.actor(steps[i - 1]);
      next.push(this.actor(steps[i]));
    }
    const rest = path19.rest ? this.handoffsAlong(path19.rest) : NO_HANDOFFS;
    const count = next.length + rest.count;
    const handed = { first: first ?? rest.first, count, next: keptEnds([next, rest.next], count) };
    this.handed.set(path19, handed);
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
init_step_list();
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
init_step_list();
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
      const path19 = graph.ids(reach.pathTo(unheard[0]));
      return [
        {
          step: graph.step(intake).id,
          path: path19,
          message: `from complaint intake "${path19[0]}" the customer can be told the policy or refused (${quoteSteps(graph.ids(unheard))}) before anyone listens to them`,
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
      const path19 = graph.ids(found2);
      const where2 = path19[path19.length - 1];
      const what = graph.typeOf(found2[found2.length - 1]) === "deliver" ? `be delivered at "${where2}"` : `end at "${where2}"`;
      return [
        {
          step: path19[0],
          path: path19,
          message: `from order entry "${path19[0]}" the order can ${what} without being confirmed with the customer`,
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
  check(process3, { today }) {
    const { review } = process3;
    if (review === void 0) {
      return [
        {
          message: `process "${process3.id}" has no \`review\`, so nobody checks that it still matches what the team does`,
          fix: "add `review: { last: YYYY-MM-DD, every: 90d }` after reviewing it"
        }
      ];
    }
    if (!isOverdue(review.last, review.every, today))
      return [];
    return [
      {
        message: `process "${process3.id}" was last reviewed on ${review.last} and fell due on ${dueDate(review.last, review.every)} (every ${review.every.text})`,
        fix: "review it with the team and update `review.last`"
      }
    ];
  }
};

// dist/rules/registry.js
import { createHash as createHash2 } from "node:crypto";
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
    this.identityText ??= createHash2("sha256").update(JSON.stringify([this.code, this.rules.map(({ kind, meta }) => [kind, meta])])).digest("hex");
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
      const path19 = endWithoutRemedy(graph, intake);
      if (path19 === void 0)
        return [];
      const ids = graph.ids(path19);
      const end = graph.step(path19[path19.length - 1]);
      const refusal = path19.find((index) => graph.typeOf(index) === "deny");
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
init_step_list();
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
  check(process3, { graph, today }) {
    const work = workByRole(graph);
    return [...process3.roles.values()].flatMap((role) => {
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
init_step_list();
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
  check(process3, { graph, options }) {
    return graph.reachableOfType("intake").flatMap((intake) => {
      const step = graph.step(intake);
      if (!isComplaintIntake(step) || answersItself(process3, step, options.live))
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
function answersItself(process3, intake, live) {
  return intake.channel !== void 0 && live.includes(intake.channel) && isRole(process3, intake.actor);
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
    const where2 = cutSteps(elsewhere.map((index) => `${spoken([graph.step(index).channel])} at "${graph.step(index).id}"`)).join(", ");
    ways.push({
      path: graph.ids(reach.pathTo(elsewhere[0])),
      text: `is first answered ${where2}, not ${spoken(channels)}`
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
  const path19 = graph.findPath({
    from: intake,
    passes: (index) => graph.isCustomerFacing(index),
    avoid: (index) => graph.isResponse(index),
    isTarget: (index, passed) => passed && !graph.hasNext(index)
  });
  if (path19 === void 0)
    return [];
  const ids = graph.ids(path19);
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
      const path19 = graph.ids(found2);
      const stop = graph.typeOf(found2[found2.length - 1]) === "end" ? `end at "${path19[path19.length - 1]}"` : `stop at "${path19[path19.length - 1]}" (it has no \`next\`)`;
      return [
        {
          step: step.id,
          path: path19,
          message: `from intake "${step.id}" the case can ${stop} without the customer ever hearing back`,
          fix: "put a customer-facing step (a `contact` by a role) on every way from the intake to an end"
        }
      ];
    });
  }
};

// dist/rules/unknown-reference.js
init_step_list();
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
  check(process3, { graph }) {
    const roleIds = new Set(process3.roles.keys());
    const names = {
      steps: { has: (id) => graph.indexOf(id) !== void 0, keys: () => process3.steps.map((step) => step.id) },
      roles: roleIds,
      actors: /* @__PURE__ */ new Set([...roleIds, ...BUILT_IN_ACTORS])
    };
    const findings = [];
    const processProblems = [
      ...process3.start.map((ref) => missing(ref, names.steps, '"start" names no step', "add the step")),
      missing(process3.owner, names.roles, 'the process "owner" names no declared role', 'declare the role under "roles"')
    ].filter((problem) => problem !== void 0);
    if (processProblems.length > 0)
      findings.push(summarize(processProblems));
    for (let index = 0; index < process3.steps.length; index++) {
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
  check(process3, { graph }) {
    return process3.steps.flatMap((step, index) => graph.isReachable(index) ? [] : [
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
  check(process3, { graph, waivers }) {
    return waivers.flatMap(({ waiver, expired, used }) => {
      if (expired || used)
        return [];
      const step = waiver.step;
      const finding = step && graph.indexOf(step.id) === void 0 ? {
        message: `waiver ${waiverNumber(process3, waiver)} names step "${step.id}", which does not exist${didYouMean(step.id, process3.steps.map(({ id }) => id)) || "."} As written it waives nothing: correct the step, or remove the waiver`
      } : {
        message: `${describeWaiver(process3, waiver)} matches no gap: ${waiver.rule} reports none ${step ? `at step "${step.id}"` : "in this process"}`,
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
    const path19 = reachedWithout(graph, origin, to, unlessPasses ?? (() => false));
    if (!path19)
      return [];
    const reached = `can reach "${path19[path19.length - 1]}"`;
    return [{ path: path19, text: unlessPasses ? `${reached} without passing a step that allows it` : reached }];
  };
}
function eachStep(selector) {
  return (_graph, origin) => selector(origin) ? [] : [{ text: "is not as it asks" }];
}
function reachedWithout(graph, origin, target, blocked) {
  const path19 = graph.findPath({ from: origin, avoid: blocked, isTarget: (step) => step !== origin && target(step) });
  return path19 && graph.ids(path19);
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
function appliesTo(filter, process3) {
  const { tags, id, owner } = filter ?? {};
  if (tags === void 0 && id === void 0 && owner === void 0)
    return true;
  return tags !== void 0 && asList(tags).some((tag) => process3.tags.includes(tag)) || id !== void 0 && asList(id).includes(process3.id) || owner !== void 0 && asList(owner).includes(process3.owner.id);
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
    check(process3, { graph }) {
      if (!appliesTo(policy.processes, process3))
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
  const path19 = policy["every-path"];
  if (path19)
    return everyPath(test(path19.to ?? DEFAULT_PATH_END), test(path19.passes), path19.within === void 0 ? void 0 : parseDuration(path19.within));
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
    return new Promise((resolve3, reject) => {
      this.pending.push({ resolve: resolve3, reject });
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

// dist/audit/shard.js
function parseShard(text) {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || !Number.isSafeInteger(count) || count < 1 || index < 1 || index > count) {
    throw new UsageError(`--shard "${text}" is not like 2/4 (this machine's shard, from 1, of how many)`);
  }
  return { index, count };
}
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
  constructor(identity, load2) {
    this.identity = identity;
    this.load = load2;
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
  return files.map((found2) => {
    const settings = setups.fingerprintOf(found2.path);
    const stamp = cache && fileStamp(found2.absolutePath, now);
    const stamped = trustStamps && stamp !== void 0 ? cache.getStamped(found2.path, stamp, settings) : void 0;
    if (stamped)
      return {
        found: found2,
        readable: true,
        hash: stamped.hash,
        stamp,
        entry: stamped,
        project: stamped.project,
        cached: true
      };
    const read = readProcessBytes(found2.absolutePath, found2.path, limits);
    if (!(read instanceof Uint8Array))
      return { found: found2, readable: false, outcome: auditFile(read, setups.of(found2.path), setups.today), project: "" };
    if (!cache)
      return { found: found2, readable: true, bytes: read, project: "" };
    const hash2 = contentHash(read);
    const entry = cache.get(found2.path, hash2, settings);
    return {
      found: found2,
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
    threads: threadsFor2(tasks, options.jobs),
    onProgress
  });
  slots.forEach((slot, index) => {
    slot.outcome = outcomes[index].outcome;
    slot.project = outcomes[index].project;
    slot.cached = false;
  });
}
function threadsFor2(tasks, jobs) {
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
  for (const found2 of files) {
    const read = readProcessBytes(found2.absolutePath, found2.path, limits);
    if (read instanceof Uint8Array && mayHoldId(read, ids))
      candidates.set(found2.path, loadProcessBytes(found2.path, read, setups.of(found2.path).registry.ids));
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

// dist/config/print.js
import path6 from "node:path";

// dist/config/read.js
import { readFileSync as readFileSync4, statSync as statSync3 } from "node:fs";
import path5 from "node:path";
var MAX_CONFIG_BYTES = 1024 * 1024;
function shownPath(file, cwd) {
  return toPosix(path5.relative(cwd, file)) || file;
}
function readConfigDocument(file, cwd, text) {
  const shown2 = shownPath(file, cwd);
  const source = text === void 0 ? readConfigText(file, shown2) : new SourceText(shown2, text);
  return { file, source, root: parseConfigYaml(source) };
}
function pluginConfigDocument(key, name, value) {
  const source = new SourceText(name, `${JSON.stringify(value ?? {}, null, 2)}
`);
  return { file: key, source, root: parseConfigYaml(source) };
}
function readConfigText(file, shown2) {
  let stats;
  try {
    stats = statSync3(file);
  } catch {
    throw new UsageError(`the config file "${shown2}" cannot be read; check that it exists and that you may read it`);
  }
  if (!stats.isFile())
    throw new UsageError(`the config file "${shown2}" is not a file (a folder, a named pipe or a device?); name a config file`);
  if (stats.size > MAX_CONFIG_BYTES)
    throw new UsageError(`the config file "${shown2}" is larger than 1 MiB, far more than any config needs; check that it is the config`);
  let bytes;
  try {
    bytes = readFileSync4(file);
  } catch {
    throw new UsageError(`the config file "${shown2}" cannot be read; check that it exists and that you may read it`);
  }
  const text = decodeText(bytes);
  if (typeof text !== "string")
    throw new UsageError(`${shown2}:${text.at.line}:${text.at.column}: ${text.problem}`);
  return new SourceText(shown2, text);
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

// dist/config/print.js
function printedConfig(file, config, cwd) {
  const shown2 = (absolute) => shownPath(absolute, cwd);
  const printed = {
    file: shownPath(path6.resolve(cwd, file), cwd),
    ignored: config.ignores(file),
    configs: config.chain.map((step) => "preset" in step ? step.preset : step.config.document.source.path),
    overrides: config.overrides.map(({ config: written, override }) => ({
      config: shown2(written),
      entry: override.entry,
      files: override.files
    })),
    rules: Object.fromEntries([...config.rules].map(([id, setting]) => [id, asWritten(setting)])),
    policies: config.policies.map(({ policy, config: written }) => ({ id: policy.id, config: written })),
    plugins: config.plugins.map(({ spec, module, config: written }) => ({
      plugin: spec,
      module: shown2(module),
      config: written
    }))
  };
  return `${JSON.stringify(printed, null, 2)}
`;
}
function asWritten({ level, options }) {
  return Object.keys(options).length === 0 ? level : { severity: level, ...options };
}

// dist/audit/baseline.js
init_js_yaml();
var NO_STEP = "(no step)";
var NO_PROCESS = "(not a process)";
var MARKER = "gapcheck-baseline";
function keyOf({ file, process: process3, rule, step }) {
  return JSON.stringify([file, process3, rule, step]);
}
function baselineOf(gaps) {
  const entries = /* @__PURE__ */ new Map();
  for (const { file, process: process3, rule, step } of gaps) {
    const key = keyOf({ file, process: process3, rule, step });
    entries.set(key, { file, process: process3, rule, step, count: (entries.get(key)?.count ?? 0) + 1 });
  }
  return entries;
}
function updatedBaseline(previous, gaps, auditedFiles) {
  const kept = [...previous].filter(([, entry]) => !auditedFiles.has(entry.file));
  return new Map([...kept, ...baselineOf(gaps)]);
}
function matchBaseline(baseline, gaps, auditedFiles) {
  const left = new Map([...baseline].map(([key, entry]) => [key, entry.count]));
  const fresh = [];
  const known = [];
  for (const gap of gaps) {
    const key = keyOf(gap);
    const remaining = left.get(key) ?? 0;
    if (remaining === 0) {
      fresh.push(gap);
      continue;
    }
    left.set(key, remaining - 1);
    known.push(gap);
  }
  const stale = [...baseline].flatMap(([key, entry]) => {
    const count = left.get(key);
    return count > 0 && auditedFiles.has(entry.file) ? [{ ...entry, count }] : [];
  });
  return { fresh, known, stale };
}
var HEADER = `# gapcheck baseline: the gaps that already existed when it was written.
# \`gapcheck audit --baseline <this file>\` reports only gaps not recorded here, so a team can adopt
# gapcheck and fail only on new gaps. Commit this file. Rewrite it with --update-baseline (which also
# drops the gaps since closed); by hand, only ever delete entries.
# Layout: file -> process -> rule -> step -> number of gaps.
`;
function serializeBaseline(baseline) {
  const gaps = {};
  for (const { file, process: process3, rule, step, count } of baseline.values()) {
    const rules = (gaps[file] ??= {})[process3 ?? NO_PROCESS] ??= {};
    (rules[rule] ??= {})[step ?? NO_STEP] = count;
  }
  return HEADER + dump({ [MARKER]: 1, gaps }, { sortKeys: true, lineWidth: -1, noRefs: true });
}
function parseBaseline(path19, text) {
  const source = new SourceText(path19, text.replace(/^\uFEFF/, ""));
  const fail = (offset, problem) => {
    const { line, column } = source.positionAt(offset);
    throw new UsageError(`${path19}:${line}:${column}: ${problem}`);
  };
  let documents;
  try {
    documents = parseYaml(source.text);
  } catch (error) {
    if (error instanceof YamlSyntaxError)
      return fail(error.offset, `the baseline is not valid YAML: ${error.message}`);
    throw error;
  }
  const root = documents.length === 1 ? documents[0].contents : null;
  if (root?.kind !== "map" || !root.entries.has(MARKER)) {
    return fail(root?.offset ?? 0, `not a gapcheck baseline (no "${MARKER}: 1" at the top); write one with --update-baseline`);
  }
  for (const entry of root.entries.values()) {
    if (entry.key !== MARKER && entry.key !== "gaps")
      fail(entry.keyOffset, `unexpected key "${entry.key}"; a baseline has only "${MARKER}" and "gaps"`);
  }
  const marker = root.entries.get(MARKER).value;
  if (marker.kind !== "scalar" || marker.value !== 1)
    fail(marker.offset, `this baseline is of a format this gapcheck does not know; expected "${MARKER}: 1"`);
  const entries = /* @__PURE__ */ new Map();
  const gaps = root.entries.get("gaps")?.value;
  if (gaps === void 0 || gaps.kind === "scalar" && gaps.value === null)
    return entries;
  for (const [file, processes] of mapEntries(gaps, "file", fail)) {
    for (const [process3, rules] of mapEntries(processes, "process", fail)) {
      for (const [rule, steps] of mapEntries(rules, "rule", fail)) {
        for (const [step, count] of mapEntries(steps, "step", fail)) {
          const identity = {
            file,
            process: process3 === NO_PROCESS ? null : process3,
            rule,
            step: step === NO_STEP ? null : step
          };
          entries.set(keyOf(identity), { ...identity, count: gapCount(count, step, fail) });
        }
      }
    }
  }
  return entries;
}
function gapCount(node, step, fail) {
  const value = node.kind === "scalar" ? node.value : void 0;
  if (typeof value === "number" && Number.isInteger(value) && value >= 1)
    return value;
  return fail(node.offset, `the number of gaps at step "${step}" must be a whole number of at least 1`);
}
function mapEntries(node, level, fail) {
  if (node.kind !== "map")
    return fail(node.offset, `expected a mapping of each ${level} to what it holds (file -> process -> rule -> step -> number of gaps)`);
  return [...node.entries.values()].map((entry) => [entry.key, entry.value]);
}

// dist/api/compose.js
import path7 from "node:path";

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
  constructor(list2, today, indexByFile, limits) {
    this.list = list2;
    this.today = today;
    this.indexByFile = indexByFile;
    this.fingerprints = list2.map((setup) => settingsFingerprint(setup, limits));
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
    const list2 = [...indexByConfig.keys()].map(({ registry, rules, policies, plugins }) => ({
      registry,
      rules,
      policies,
      plugins,
      today
    }));
    return new _RunSetups(list2, today, indexByFile, limits);
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
init_version();
function defaultPaths(config, cwd) {
  return config.paths.map((absolute) => toPosix(path7.relative(cwd, absolute)) || ".");
}
function discoverOptions(configs, cwd) {
  return { cwd, ignores: async (file) => (await configs.configFor(file)).ignores(file) };
}
function lookUpLater(defaults, options, audited, setupsOf) {
  let found2;
  return () => found2 ??= lookUp(defaults, options, audited, setupsOf);
}
async function lookUp(defaults, options, audited, setupsOf) {
  const found2 = await Promise.all(defaults.map((given) => discoverFiles([given], options).then((discovery) => discovery.files, (error) => {
    if (error instanceof UsageError)
      return [];
    throw error;
  })));
  const files = found2.flat().filter((file) => !audited.has(file.absolutePath));
  return { files, setups: await setupsOf(files) };
}
async function runSetups(configs, workingDirectory, files, today, limits) {
  const byFile = /* @__PURE__ */ new Map();
  for (const file of files)
    byFile.set(file.path, await configs.configFor(file.absolutePath));
  return RunSetups.of(workingDirectory, byFile, today, limits);
}
function reportedConfigFile(config, cwd) {
  return config.file && toPosix(path7.relative(cwd, config.file));
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

// dist/cli/audit-command.js
init_severity();
init_crashes();

// dist/report/types.js
var FORMATS2 = ["stylish", "json", "markdown", "sarif", "junit", "github"];

// dist/cli/choices.js
function oneOf(option, value, allowed) {
  if (allowed.includes(value))
    return value;
  throw new UsageError(`${option} "${value}" is not one of ${allowed.join(", ")}${didYouMean(value, allowed)}`);
}

// dist/cli/common-options.js
import path12 from "node:path";

// dist/config/config.js
var import_picomatch2 = __toESM(require_picomatch2(), 1);
import path11 from "node:path";

// dist/config/chain.js
var import_picomatch = __toESM(require_picomatch2(), 1);
import { statSync as statSync4 } from "node:fs";
import { createRequire as createRequire5 } from "node:module";
import path9 from "node:path";
init_untrusted_text();

// dist/config/settings.js
import { existsSync as existsSync5, realpathSync } from "node:fs";
import { createRequire as createRequire4 } from "node:module";
import path8 from "node:path";
init_untrusted_text();
init_severity();

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
  next: STEP_TYPES.filter((type2) => type2 !== "end")
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
function neverMatching(selector, path19, inherited) {
  const types2 = selector.type === void 0 ? inherited : asList(selector.type);
  const problems = unknownFields(selector, path19);
  if (types2 !== void 0) {
    const fields = [
      ...Object.keys(TYPES_WITH_FIELD).filter((field) => field in selector).map((field) => [field, [...path19, field]]),
      ...selector.has === void 0 ? [] : asList(selector.has).map((field, index) => [
        field,
        Array.isArray(selector.has) ? [...path19, "has", String(index)] : [...path19, "has"]
      ])
    ];
    for (const [field, at2] of fields) {
      const allowed = TYPES_WITH_FIELD[field];
      if (allowed === void 0 || types2.some((type2) => allowed.includes(type2)))
        continue;
      problems.push({
        path: at2,
        message: `can never match: ${orList2(types2)} steps have no "${field}" (only ${orList2(allowed)} steps do); change "type" or remove "${field}"`
      });
    }
  }
  selector.any?.forEach((branch, index) => problems.push(...neverMatching(branch, [...path19, "any", String(index)], types2)));
  return problems;
}
function unknownFields(selector, path19) {
  if (selector.has === void 0)
    return [];
  const listed = Array.isArray(selector.has);
  return asList(selector.has).flatMap((field, index) => STEP_FIELDS.includes(field) || field.startsWith("x-") ? [] : [
    {
      path: listed ? [...path19, "has", String(index)] : [...path19, "has"],
      message: `names "${field}", which no step has${didYouMean(field, STEP_FIELDS) || `; a step's fields are ${STEP_FIELDS.join(", ")} and x- ones`}`
    }
  ]);
}
function orList2(words) {
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
  const at2 = (index, inside, part = "key") => {
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
      complaints.push(located(document.source, at2(index, ["id"], "value"), `${name} has the id of a built-in rule; give it an id of its own (gapcheck rules lists the built-in ones)`));
    else if (earlier !== void 0)
      complaints.push(located(document.source, at2(index, ["id"], "value"), `${name} is written twice (policy ${earlier + 1} has the same id); give each policy an id of its own`));
    seen.set(policy.id, seen.get(policy.id) ?? index);
    for (const problem of policyProblems(policy)) {
      const where2 = problem.path.length === 0 ? name : `${name}: ${problem.path.filter((key) => !/^\d+$/.test(key)).join(".")}`;
      complaints.push(located(document.source, at2(index, problem.path), `${where2} ${problem.message}`));
    }
  });
  if (complaints.length > 0)
    throw new UsageError(complaints.join("\n"));
  return policies.map((policy) => ({ policy, config: document.source.path }));
}
function resolvePaths(written, document) {
  const base = path8.dirname(document.file);
  const entries = entryOf(document.root, "paths");
  const realBase = realpathSync(base);
  return written.map((entry, index) => {
    const absolute = path8.resolve(base, entry);
    if (isOutside(base, absolute) || existsSync5(absolute) && isOutside(realBase, realpathSync(absolute))) {
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
  const inside = path8.relative(base, target);
  return inside === ".." || inside.startsWith(`..${path8.sep}`) || path8.isAbsolute(inside);
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
  const { Ajv2020 } = createRequire4(import.meta.url)("ajv/dist/2020.js");
  const validate2 = new Ajv2020({ allErrors: true }).compile(rule.meta.optionsSchema ?? {});
  if (!validate2(written)) {
    const problem = validate2.errors[0];
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
function describeRuleKey(place, ruleId, at2) {
  const entry = place.node?.kind === "map" ? place.node.entries.get(ruleId) : void 0;
  const offset = (entry && at2 && offsetWithin(entry.value, at2)) ?? entry?.keyOffset ?? 0;
  return located(place.document.source, offset, `${place.label}.${ruleId}`);
}
function optionName(inside) {
  const isIndex = (segment) => /^\d+$/.test(segment);
  const option = `option "${inside.filter((segment) => !isIndex(segment)).join(".")}"`;
  const entries = inside.filter(isIndex).map((index) => `entry ${Number(index) + 1} of `);
  return `${entries.reverse().join("")}${option}`;
}
function offsetWithin(setting, at2) {
  let node = setting;
  let offset;
  for (const [index, segment] of at2.path.entries()) {
    if (node?.kind === "seq") {
      node = node.items[Number(segment)];
      offset = node?.offset ?? offset;
      continue;
    }
    const entry = node?.kind === "map" ? node.entries.get(segment) : void 0;
    if (entry === void 0)
      break;
    offset = at2.part === "key" && index === at2.path.length - 1 ? entry.keyOffset : entry.value.offset;
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
      folder: path9.dirname(document.file),
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
      const at2 = (message) => new UsageError(located(document.source, offset, `extends "${escapeUntrusted(name)}" ${message}`));
      const loaded = [...own, ...extended.flatMap((chain) => "plugins" in chain ? chain.plugins : [])];
      const plugin = name.startsWith(PLUGIN_PREFIX) ? pluginConfig(name, loaded, at2) : void 0;
      const target = plugin?.key ?? this.extendedFile(name, path9.dirname(document.file), at2);
      const loop = trail.indexOf(target);
      if (loop !== -1) {
        const files = [...trail.slice(loop), target].map((file) => shownPath(file, this.cwd));
        throw at2(`makes a loop: ${files.join(" extends ")}; remove one of these extends`);
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
  extendedFile(name, folder, at2) {
    if (/^[./]/.test(name) || /\.ya?ml$/.test(name) || path9.isAbsolute(name)) {
      const file2 = path9.resolve(folder, name);
      const shown2 = shownPath(file2, this.cwd);
      if (!isFile(file2))
        throw at2(`cannot be found: there is no file "${shown2}"; check the path, which is relative to this config's folder`);
      return file2;
    }
    let file;
    try {
      file = createRequire5(path9.join(folder, "gapcheck.config.yaml")).resolve(name);
    } catch {
      const preset = closestName(name, PRESETS);
      throw at2(preset !== void 0 ? `is not a preset or an installed package; did you mean "${preset}"?` : `cannot be found: no package "${escapeUntrusted(name)}" is installed where this config is; install it (npm install --save-dev ${escapeUntrusted(name)}), or write a path as ./${escapeUntrusted(name)}.yaml`);
    }
    if (!/\.ya?ml$/.test(file))
      throw at2(`is a package whose main file "${toPosix(path9.relative(this.cwd, file))}" is not a YAML config; a shareable config package has a gapcheck config in YAML as its main file`);
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
function pluginConfig(written, plugins, at2) {
  const [pluginName = "", configName = ""] = written.slice(PLUGIN_PREFIX.length).split("/");
  const plugin = plugins.find((loaded) => loaded.name === pluginName);
  if (plugin === void 0)
    throw at2(`names the plugin "${escapeUntrusted(pluginName)}", which this config does not load; list its package or file under "plugins" (a config's plugins load before what it extends)`);
  if (!plugin.configs.has(configName)) {
    const names = [...plugin.configs.keys()];
    throw at2(names.length === 0 ? `names a config of the plugin "${plugin.name}", which has none` : `names no config of the plugin "${plugin.name}"; its configs are ${names.join(", ")}`);
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
    const at2 = { config: document.source.path, ...document.source.positionAt(entry.offset) };
    const plugin = await loadPlugin(entry.value, document.file, at2);
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
    return statSync4(file).isFile();
  } catch {
    return false;
  }
}

// dist/config/find.js
import { existsSync as existsSync6 } from "node:fs";
import path10 from "node:path";
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
    let found2;
    for (let dir = path10.resolve(folder); ; dir = path10.dirname(dir)) {
      if (this.nearestByFolder.has(dir)) {
        found2 = this.nearestByFolder.get(dir);
        break;
      }
      visited.push(dir);
      found2 = this.configIn(dir);
      if (found2 !== void 0 || path10.dirname(dir) === dir)
        break;
    }
    for (const dir of visited)
      this.nearestByFolder.set(dir, found2);
    return found2;
  }
  /** The config file of `dir` itself; both spellings at once is a usage error, as two configs for one folder would be. */
  configIn(dir) {
    const present = CONFIG_FILE_NAMES.map((name) => path10.join(dir, name)).filter((file) => existsSync6(file));
    if (present.length > 1) {
      const [yaml2, yml] = present.map((file) => toPosix(path10.relative(this.cwd, file)) || file);
      throw new UsageError(`"${yaml2}" and "${yml}" are both configs of one folder, and gapcheck cannot tell which one you mean; keep one of them (merge the other into it)`);
    }
    return present[0];
  }
};

// dist/config/config.js
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
    const chain = await this.chainAt(path11.dirname(file));
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
      config = settle2(chain, overrides, this.cwd);
      this.resolved.set(key, config);
    }
    return config;
  }
};
function defaultConfig(cwd, registry) {
  return settle2(new ConfigChains(cwd, registry).defaults(), [], cwd);
}
function matchedOverrides(config, file) {
  const relative2 = toPosix(path11.relative(config.folder, file));
  return config.overrides.filter((override) => override.matches(relative2)).map((override) => ({ config: config.document.file, override }));
}
function settle2(chain, overrides, cwd) {
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
    ignores: (file) => ignoring.some(({ folder, matches }) => matches(toPosix(path11.relative(folder, file)))),
    paths: configs.findLast((config) => config.paths !== void 0)?.paths ?? [cwd],
    policies: chain.policies,
    plugins: chain.plugins.map(pluginSource)
  };
}

// dist/cli/common-options.js
function configResolverFrom(option, cwd) {
  return new ConfigResolver(cwd, BUILT_IN_RULES, option === void 0 ? void 0 : path12.resolve(cwd, option));
}
function configFrom(option, cwd) {
  return configResolverFrom(option, cwd).workingDirectoryConfig();
}
function todayFrom(option) {
  const today = option ?? todayUtc();
  if (!isValidDate(today))
    throw new UsageError(`--today "${today}" is not a date like 2026-11-23`);
  return today;
}
function colorWanted(option, toTerminal) {
  return option && toTerminal && !process.env.NO_COLOR && process.env.TERM !== "dumb";
}

// dist/cli/output.js
init_untrusted_text();
function writeNote(text) {
  process.stderr.write(`gapcheck: ${withoutWorkflowCommands(escapeUntrusted(text, { keepLayout: true }), ESCAPED_COLON)}
`);
}

// dist/cli/progress.js
var SHOW_AFTER_MS = 1e3;
function progressOnStderr(stream = process.stderr, env2 = process.env) {
  if (stream.isTTY !== true || env2.TERM === "dumb" || env2.CI !== void 0 && env2.CI !== "false")
    return void 0;
  let total = 0;
  let done = 0;
  let bar;
  let timer;
  let stopped = false;
  const show = async () => {
    const { Presets, SingleBar } = await Promise.resolve().then(() => __toESM(require_cli_progress(), 1));
    if (stopped)
      return;
    bar = new SingleBar({
      format: "auditing {bar} {value}/{total} files  {percentage}%  eta {eta_formatted}",
      stream,
      clearOnComplete: true,
      hideCursor: true,
      etaBuffer: 200
    }, Presets.shades_classic);
    bar.start(total, done);
  };
  return {
    start(files) {
      total = files;
      timer = setTimeout(() => void show(), SHOW_AFTER_MS).unref();
    },
    advance(files) {
      done += files;
      bar?.update(done);
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
      bar?.stop();
    }
  };
}

// dist/cli/run-options.js
import path13 from "node:path";
init_version();
function runOptionsFrom(flags, cwd) {
  const cacheLocation = flags.cacheLocation ?? (flags.cache ? DEFAULT_CACHE_LOCATION : void 0);
  return {
    jobs: parseJobs(flags.jobs),
    ...cacheLocation === void 0 ? {} : { cache: { location: path13.resolve(cwd, cacheLocation), build: buildId() } },
    ...flags.shard === void 0 ? {} : { shard: parseShard(flags.shard) }
  };
}
function parseJobs(text) {
  if (text === "auto")
    return "auto";
  const jobs = Number(text);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 256)
    throw new UsageError(`--jobs "${text}" is not auto or a number of threads, like 2`);
  return jobs;
}

// dist/cli/audit-command.js
init_untrusted_text();
var FORMATTERS = {
  stylish: async () => (await Promise.resolve().then(() => (init_stylish(), stylish_exports))).writeStylish,
  json: async () => (await Promise.resolve().then(() => (init_json(), json_exports))).writeJson,
  markdown: async () => (await Promise.resolve().then(() => (init_markdown(), markdown_exports))).writeMarkdown,
  sarif: async () => (await Promise.resolve().then(() => (init_sarif(), sarif_exports))).writeSarif,
  junit: async () => (await Promise.resolve().then(() => (init_junit(), junit_exports))).writeJunit,
  github: async () => (await Promise.resolve().then(() => (init_github(), github_exports))).writeGithub
};
var FAIL_ON = [...SEVERITIES, "none"];
function registerAudit(program2, setExitCode) {
  program2.command("audit").description("Audit process files for gaps (every *.yaml / *.yml under each folder, and each file named)").argument("[paths...]", "folders and files to audit (default: the config's paths, else .)").addOption(new Option("-f, --format <format>", `report format: ${FORMATS2.join(", ")}`).default("stylish")).option("-o, --output <file>", "write the report to a file instead of stdout, whole or not at all (missing folders are made; a pipe or device is written to directly)").addOption(new Option("--fail-on <severity>", `exit 1 when a gap is at or above: ${FAIL_ON.join(", ")}`).default("high")).option("-c, --config <file>", "one config file for every file (default: each file's nearest gapcheck.config.yaml or .yml, in its folder or above, else the one here or above)").option("--print-config <file>", "print the config that file is audited with, as JSON (the configs it extends in order, the overrides that match, each rule), and exit").option("--today <date>", "the date to audit as, YYYY-MM-DD (UTC), for reproducible reviews and waivers").option("-q, --quiet", "report only gaps at or above --fail-on").option("--no-color", "no colours (also when NO_COLOR is set, TERM is dumb or output is not a terminal)").option("--baseline <file>", "report only gaps not recorded in this baseline file (they do not fail the run either)").option("--update-baseline", "write every current gap to the --baseline file, pruning those since closed").option("--max-file-size <MiB>", "larger process files are reported as invalid, not parsed", String(DEFAULT_LOAD_LIMITS.maxFileBytes / MIB)).option("--cache", "re-audit only the files that changed since the last run with --cache, and print its report again when nothing did (a change to gapcheck, the config or the date starts afresh)").option("--cache-location <file>", "the file --cache keeps results in (default: .gapcheck-cache); implies --cache").option("--shard <i/n>", "audit only shard i of n (1/4, 2/4, ...) to split a large repository across CI machines; together the shards report what one run would, and gapcheck merge makes their JSON reports one").option("-j, --jobs <n>", "threads to audit on: a number, or auto (every core, once there is enough to audit)", "auto").addHelpText("after", `
Folders are walked skipping names starting with ".", node_modules, configs
(gapcheck.config.yaml/.yml, and the files configs extend) and what each file's
config "ignore"s. A file named is audited whatever its name; one its config
ignores is skipped with a note (exit 0 when nothing is left).

Each file takes the nearest config in its folder or above (so each team's folder
may have its own); --print-config FILE shows which configs and settings apply.

Exit codes:
  0  no gap at or above --fail-on
  1  at least one gap at or above --fail-on
  2  usage error, invalid config, a path that does not exist or holds no process file, or an internal error

With no path, audits the config's paths (relative to the config's folder), else the
current folder. A run that names some files still finds, among those, the process
others name to handle their emergencies (emergency-path), without auditing it.

Examples:
  gapcheck audit                                                                  (the config's paths)
  gapcheck audit processes/
  gapcheck audit --format json --output gaps.json processes/
  gapcheck audit --fail-on critical --quiet processes/orders.yaml
  gapcheck audit --today 2026-12-01 --config ci/gapcheck.config.yaml processes/
  gapcheck audit --print-config processes/stores/returns.yaml                     (why a rule applies there)
  gapcheck audit --cache processes/                                               (re-audit only what changed)
  gapcheck audit --shard 2/4 --format json --output gaps-2.json processes/        (CI machine 2 of 4; then gapcheck merge gaps-*.json)
  gapcheck audit --baseline gapcheck-baseline.yaml --update-baseline processes/   (adopt: record today's gaps)
  gapcheck audit --baseline gapcheck-baseline.yaml processes/                     (then fail only on new gaps)`).action(async (paths, options) => {
    setExitCode(await runAudit(paths, options));
  });
}
var MIB = 1024 * 1024;
function maxFileBytes(written) {
  const bytes = /^\d+(?:\.\d+)?$/.test(written) ? Math.floor(Number(written) * MIB) : Number.NaN;
  if (!(bytes >= 1))
    throw new UsageError(`--max-file-size "${written}" is not a size in MiB of at least one byte; write a plain number, like 16 or 0.5`);
  if (!Number.isSafeInteger(bytes))
    throw new UsageError(`--max-file-size "${written}" is larger than any file can be; write a size in MiB, like 16 or 64`);
  return bytes;
}
async function runAudit(given, options) {
  const cwd = process.cwd();
  const format = oneOf("--format", options.format, FORMATS2);
  const failOnChoice = oneOf("--fail-on", options.failOn, FAIL_ON);
  const failOn = failOnChoice === "none" ? void 0 : failOnChoice;
  const today = todayFrom(options.today);
  const resolver = configResolverFrom(options.config, cwd);
  if (options.printConfig !== void 0) {
    const file = path14.resolve(cwd, options.printConfig);
    process.stdout.write(printedConfig(file, await resolver.configFor(file), cwd));
    return 0;
  }
  const config = await resolver.workingDirectoryConfig();
  const baselineFile = options.baseline === void 0 ? void 0 : path14.resolve(cwd, options.baseline);
  if (options.updateBaseline && baselineFile === void 0)
    throw new UsageError("--update-baseline needs --baseline FILE: the file to write the gaps to");
  const defaults = defaultPaths(config, cwd);
  const paths = given.length > 0 ? given : defaults;
  const discovering = discoverOptions(resolver, cwd);
  const discovery = await discoverFiles(paths, discovering);
  for (const file of discovery.ignoredFiles)
    writeNote(`${file.path}: not audited: the config's "ignore" matches it`);
  if (discovery.files.length === 0 && discovery.unreadableFolders.length === 0)
    return 0;
  const configFiles = resolver.configFiles();
  const named = new Set(paths.map((given2) => path14.resolve(cwd, given2)));
  const files = discovery.files.filter((file) => file.absolutePath !== baselineFile && (!configFiles.has(file.absolutePath) || named.has(file.absolutePath)));
  const notLookedUp = /* @__PURE__ */ new Set([...files.map((file) => file.absolutePath), baselineFile]);
  const runOptions = runOptionsFrom(options, cwd);
  const namedAt = (named2) => named2 === void 0 ? void 0 : { named: named2, absolute: path14.resolve(cwd, named2) };
  const targets = await checkTargets({
    output: namedAt(options.output),
    baseline: namedAt(options.baseline),
    updateBaseline: options.updateBaseline === true,
    cache: runOptions.cache && namedAt(options.cacheLocation ?? DEFAULT_CACHE_LOCATION),
    files,
    configs: [...configFiles],
    named: [...named]
  });
  const limits = { maxFileBytes: maxFileBytes(options.maxFileSize) };
  const progress = progressOnStderr();
  const color = colorWanted(options.color, targets.report === void 0 && process.stdout.isTTY === true);
  const reportSettings = {
    paths,
    configFile: reportedConfigFile(config, cwd),
    today,
    failOn,
    quiet: options.quiet === true,
    color
  };
  const reportOptions = baselineFile === void 0 ? JSON.stringify({ format, ...reportSettings }) : void 0;
  const keepProcesses = format === "markdown" || format === "json" && runOptions.shard !== void 0;
  const setupsOf = (found2) => runSetups(resolver, config, found2, today, limits);
  const setups = await setupsOf([...files, ...discovery.unreadableFolders]);
  const runSetup = {
    setups,
    limits,
    keepProcesses,
    progress,
    ...given.length > 0 && { lookup: lookUpLater(defaults, discovering, notLookedUp, setupsOf) },
    ...runOptions
  };
  const prepared = await AuditRun.prepare({ ...discovery, files }, runSetup);
  const replayed = reportOptions === void 0 ? void 0 : prepared.replay(reportOptions);
  if (replayed) {
    await writeReport(replayed.bytes, targets.report);
    return replayed.exitCode;
  }
  const run = await prepared.audit().finally(() => progress?.stop());
  for (const note of run.notes)
    writeNote(note);
  const audited = run.result;
  const auditedPaths = new Set(run.audited.map(({ file }) => file));
  const result = baselineFile === void 0 ? audited : await applyBaseline(audited, auditedPaths, baselineFile, targets.baseline);
  const { failing, shown: shown2 } = failingAndShown(result, failOn, options.quiet === true);
  const kept = reportOptions === void 0 || result.crashes || !prepared.keepsReports ? void 0 : [];
  const report2 = (await FORMATTERS[format]())(reportContext(reportSettings, shown2, {
    setups,
    audited: run.audited,
    processes: run.processes,
    ...runOptions.shard && { shard: runOptions.shard }
  }));
  await writeReport(kept ? keptIn(report2, kept) : report2, targets.report);
  const exitCode = exitCodeOf(result, failing);
  const saved = await prepared.save(kept && { reportOptions, pieces: kept, exitCode });
  for (const note of saved)
    writeNote(note);
  return exitCode;
}
function exitCodeOf(result, failing) {
  for (const crash of result.crashes ?? [])
    writeNote(`internal error: ${crashText(crash)}
${crashAdvice(crash)}`);
  return result.crashes ? 2 : failing.length > 0 ? 1 : 0;
}
function failingAndShown(result, failOn, quiet) {
  const failing = failOn === void 0 ? [] : result.gaps.filter((gap) => isAtLeast(gap.severity, failOn));
  return { failing, shown: quiet ? { ...result, gaps: failing } : result };
}
async function writeReport(report2, target) {
  await (target === void 0 ? writeToStdout(report2) : writeTo(target, report2));
}
function* keptIn(pieces, kept) {
  for (const piece of pieces) {
    kept.push(piece);
    yield piece;
  }
}
async function checkTargets(places) {
  const { output, baseline: baselineFile, cache: cacheFile } = places;
  const report2 = output && await checkTarget(output.named, output.absolute, "the report", true);
  const baseline = baselineFile && places.updateBaseline ? await checkTarget(baselineFile.named, baselineFile.absolute, "the baseline") : void 0;
  const cache = cacheFile && await resolveTarget(cacheFile.named, cacheFile.absolute).catch(() => void 0);
  const readAt = (is, target) => ({
    is,
    path: target.path,
    identity: async () => target.identity
  });
  const reads = [
    ...places.configs.map((file) => existingRead(file, "the config")),
    ...baselineFile ? [baseline ? readAt("the baseline", baseline) : existingRead(baselineFile.absolute, "the baseline")] : [],
    ...cache ? [readAt("the cache", cache)] : []
  ];
  const written = [
    { option: "--output", target: report2 },
    { option: "--baseline", target: baseline, itself: "the baseline" },
    { option: "--cache-location", target: cache, itself: "the cache" }
  ];
  for (const { option, target, itself } of written) {
    if (!target)
      continue;
    const files = target.identity === void 0 ? [] : candidateFiles(target, places);
    for (const read of [...reads.filter(({ is }) => is !== itself), ...files]) {
      if (read.path === target.path || target.identity !== void 0 && await read.identity() === target.identity) {
        throw new UsageError(`${option} "${target.named}" is ${read.is} this audit reads; write it somewhere else`);
      }
    }
  }
  return { ...report2 && { report: report2 }, ...baseline && { baseline } };
}
function candidateFiles(target, places) {
  const name = path14.basename(target.path);
  const named = new Set(places.named);
  return places.files.filter((file) => path14.basename(file.absolutePath) === name || named.has(file.absolutePath)).map((file) => existingRead(file.absolutePath, "one of the files"));
}
function existingRead(file, is) {
  return { is, identity: () => stat4(file).then(identityOf, () => void 0) };
}
async function applyBaseline(result, auditedFiles, baselineFile, update) {
  const shown2 = path14.relative(process.cwd(), baselineFile).split(path14.sep).join("/");
  const previous = await readBaseline(baselineFile, shown2, update !== void 0);
  if (update) {
    await writeTo(update, serializeBaseline(updatedBaseline(previous, result.gaps, auditedFiles)));
    writeNote(`wrote ${result.gaps.length} ${result.gaps.length === 1 ? "gap" : "gaps"} to the baseline ${shown2}`);
    return { ...result, gaps: [] };
  }
  const { fresh, known, stale } = matchBaseline(previous, result.gaps, auditedFiles);
  if (known.length > 0)
    writeNote(`${known.length} ${known.length === 1 ? "gap" : "gaps"} recorded in the baseline ${shown2} not reported`);
  if (stale.length > 0) {
    const entries = stale.map((e) => `  ${escapeUntrusted(`${e.file}: ${e.process ?? NO_PROCESS} ${e.rule} at ${e.step ?? NO_STEP}`)}${e.count > 1 ? ` (${e.count} gaps)` : ""}`);
    writeNote(`${stale.length} baseline ${stale.length === 1 ? "entry matches" : "entries match"} no gap any more (closed, well done); prune with --update-baseline:
${entries.join("\n")}`);
  }
  return { ...result, gaps: fresh };
}
var MAX_BASELINE_BYTES = 64 * 1024 * 1024;
async function readBaseline(baselineFile, shown2, update) {
  let text;
  try {
    const stats = await stat4(baselineFile);
    if (!stats.isFile() || stats.size > MAX_BASELINE_BYTES) {
      throw new UsageError(`the baseline "${shown2}" is not a baseline file (a regular file of at most 64 MiB); name the file --update-baseline wrote`);
    }
    text = await readFile2(baselineFile, "utf8");
  } catch (error) {
    if (error instanceof UsageError)
      throw error;
    const missing2 = error.code === "ENOENT";
    if (missing2 && update)
      return /* @__PURE__ */ new Map();
    throw new UsageError(`the baseline "${shown2}" ${missing2 ? "does not exist" : `cannot be read (${describeFsError(error)})`}; write it with --update-baseline`);
  }
  return parseBaseline(shown2, text);
}

// dist/cli/catalogue-commands.js
import path15 from "node:path";

// dist/audit/examples.js
var EXAMPLES_TODAY = "2026-11-23";
function auditExample(registry, meta, text) {
  return audit([loadProcessText(`${meta.id}.yaml`, text, registry.ids)], defaultConfig(process.cwd(), registry), EXAMPLES_TODAY);
}
function failingExampleGaps(registry, meta) {
  if (meta.failingExample === void 0)
    return [];
  return auditExample(registry, meta, meta.failingExample).gaps.filter((gap) => gap.rule === meta.id);
}

// dist/cli/catalogue-commands.js
init_rule_doc();
var LIST_FORMATS = ["table", "json"];
function registerCatalogue(program2) {
  program2.command("rules").description("List the rule catalogue: id, default severity, the severity your config gives it, and summary").addOption(new Option("-f, --format <format>", `output format: ${LIST_FORMATS.join(", ")}`).default("table")).option("-c, --config <file>", "config file (default: gapcheck.config.yaml here or in the nearest parent folder)").option("--no-color", "no colours (also when NO_COLOR is set, TERM is dumb or output is not a terminal)").addHelpText("after", `
The "effective" column is the severity an audit run from here gives each rule,
after the config's preset and rules; "off" rules do not run. Summaries name
the options as the config sets them (within 1h); JSON lists each rule's options
too.

Examples:
  gapcheck rules
  gapcheck rules --config ci/gapcheck.config.yaml
  gapcheck rules --format json > rules.json`).action(listRules);
  program2.command("explain").description("Explain a rule: why it matters, how to close the gap, its options, a process that passes and one that gets the gap").argument("<rule>", "rule id, as `gapcheck rules` lists them").option("-c, --config <file>", "config file whose options the summary names (default: gapcheck.config.yaml here or in the nearest parent folder)").addHelpText("after", `
The summary names the options your config sets (\`within 1h\`); the rest of the
text, as Markdown with the default options, is in docs/rules/<rule>.md.

Examples:
  gapcheck explain order-confirmation
  gapcheck explain handoff-chain | less`).action(async (id, flags) => {
    const config = await configFrom(flags.config, process.cwd());
    const { registry } = config;
    const rule = registry.get(id);
    if (!rule) {
      const suggestion = didYouMean(id, registry.ids);
      throw new UsageError(`no rule "${id}"${suggestion || ";"} \`gapcheck rules\` lists them all`);
    }
    const options = config.rules.get(rule.meta.id).options;
    process.stdout.write(renderRuleDoc(rule.meta, "text", { options, failingGaps: failingExampleGaps(registry, rule.meta) }));
  });
}
async function listRules(options) {
  const format = oneOf("--format", options.format, LIST_FORMATS);
  const cwd = process.cwd();
  const config = await configFrom(options.config, cwd);
  const entries = catalogue(config);
  if (format === "json") {
    process.stdout.write(`${JSON.stringify(entries, null, 2)}
`);
    return;
  }
  const color = colorWanted(options.color, process.stdout.isTTY === true);
  const width = process.stdout.isTTY ? process.stdout.columns : void 0;
  const { formatCatalogueTable: formatCatalogueTable2 } = await Promise.resolve().then(() => (init_catalogue_table(), catalogue_table_exports));
  process.stdout.write(formatCatalogueTable2(entries, { color, width }));
  process.stdout.write(`
${settingsSource(config, cwd)}
\`gapcheck explain RULE\` tells why a rule matters and how to close its gap.
`);
}
function catalogue(config) {
  return config.registry.rules.map(({ meta }) => {
    const setting = config.rules.get(meta.id);
    return {
      id: meta.id,
      defaultSeverity: meta.defaultSeverity,
      severity: setting.level,
      summary: ruleSummary(meta, setting.options),
      structural: meta.structural,
      options: setting.options,
      // Only a rule that is not built in says where it comes from: the built-in ones' entries stay as they were.
      ...meta.source && sourceFields(meta.source),
      ...meta.docs === void 0 ? {} : { docs: meta.docs }
    };
  });
}
function sourceFields(source) {
  if (source.kind === "policy")
    return { source: `policy in ${source.config}` };
  const { plugin, module, config } = source;
  return { source: `plugin ${plugin} (${module}) in ${config}`, plugin, module };
}
function settingsSource(config, cwd) {
  const preset = `the ${config.preset} preset`;
  if (config.file === void 0)
    return `Effective severities: ${preset} (no ${CONFIG_FILE_NAMES.join(" or ")} found here or above).`;
  return `Effective severities: ${path15.relative(cwd, config.file).split(path15.sep).join("/")}, over ${preset}.`;
}

// dist/cli/graph-command.js
import path16 from "node:path";

// dist/report/dot.js
init_untrusted_text();
init_diagram();
var SHAPES2 = {
  start: "shape=circle",
  flag: "shape=cds",
  rhombus: "shape=diamond",
  stadium: "shape=oval",
  hexagon: "shape=hexagon",
  subroutine: "shape=box, peripheries=2",
  parallelogram: "shape=parallelogram",
  rectangle: "shape=box",
  missing: `shape=box, style="dashed,filled", fillcolor="${MISSING_STYLE.fill}", color="${MISSING_STYLE.stroke}"`
};
function renderDot(process3, gaps) {
  const { nodes, edges } = describeDiagram(process3, gaps);
  return [
    `digraph ${dotString(process3.id)} {`,
    '  graph [rankdir=TB, fontname="Helvetica"];',
    '  node [shape=box, style="rounded,filled", fillcolor="#ffffff", fontname="Helvetica"];',
    '  edge [fontname="Helvetica", fontsize=10];',
    ...nodes.map((node) => `  ${node.id} [${nodeAttributes(node).join(", ")}];`),
    ...edges.map((edge) => `  ${edge.from} -> ${edge.to}${edgeAttributes(edge)};`),
    "}",
    ""
  ].join("\n");
}
function nodeAttributes(node) {
  const label = node.detail === void 0 ? dotString(node.label) : `"${dotEscape(node.label)}\\n${dotEscape(node.detail)}"`;
  const attributes2 = [`label=${label}`, SHAPES2[node.shape]];
  if (node.severity !== void 0) {
    const { fill, stroke, width } = SEVERITY_STYLE[node.severity];
    attributes2.push(`fillcolor="${fill}"`, `color="${stroke}"`, `penwidth=${width}`);
  }
  return attributes2;
}
function edgeAttributes(edge) {
  const attributes2 = edge.label === void 0 ? [] : [`label=${dotString(edge.label)}`];
  if (edge.witness)
    attributes2.push(`color="${WITNESS_STYLE.stroke}"`, `penwidth=${WITNESS_STYLE.width}`);
  return attributes2.length === 0 ? "" : ` [${attributes2.join(", ")}]`;
}
function dotString(text) {
  return `"${dotEscape(text)}"`;
}
function dotEscape(text) {
  return escapeUntrusted(text).replace(/[\\"]/g, (char) => `\\${char}`);
}

// dist/cli/graph-command.js
init_mermaid();
init_untrusted_text();
var GRAPH_FORMATS = ["mermaid", "dot"];
function registerGraph(program2) {
  program2.command("graph").description("Print a process as a flowchart: steps with gaps coloured by severity, the paths behind them drawn thick").argument("<file>", "a process file").addOption(new Option("-f, --format <format>", `diagram language: ${GRAPH_FORMATS.join(", ")}`).default("mermaid")).option("-p, --process <id>", "draw only this process, when the file holds several").option("-c, --config <file>", "config file (default: gapcheck.config.yaml here or in the nearest parent folder)").option("--today <date>", "the date to audit as, YYYY-MM-DD (UTC), for reproducible reviews and waivers").addHelpText("after", `
The file is audited as \`gapcheck audit\` would audit it (same config), so steps
with gaps are coloured by their most severe gap: critical red, high orange,
medium yellow, low blue. Witness paths are drawn thick red; steps that are
named but do not exist are dashed boxes.

A file that holds several processes prints a diagram for each, separated by a
blank line (in Mermaid, each begins with a "%% process: ID" comment);
--process picks one.

Exit codes:
  0  the diagram was printed (gaps do not change the exit code: audit does)
  2  usage error, invalid config, or a file that is not a valid process
     (its problems are listed)

Examples:
  gapcheck graph processes/orders.yaml
  gapcheck graph processes/orders.yaml > orders.mmd
  gapcheck graph --format dot processes/orders.yaml | dot -Tsvg > orders.svg
  gapcheck graph --process store-returns --today 2026-12-01 processes/returns.yaml`).action(async (file, options) => {
    process.stdout.write(await drawFile(file, options));
  });
}
async function drawFile(file, options) {
  const cwd = process.cwd();
  const format = oneOf("--format", options.format, GRAPH_FORMATS);
  const today = todayFrom(options.today);
  const absolutePath = path16.resolve(cwd, file);
  await checkNamedFile(absolutePath, escapeUntrusted(file));
  const config = await configResolverFrom(options.config, cwd).configFor(absolutePath);
  const loaded = await loadProcessFile(absolutePath, toPosix(path16.relative(cwd, absolutePath)), config.registry.ids);
  const complaints = loaded.documents.flatMap((document) => document.kind === "invalid" ? document.complaints : []);
  if (complaints.length > 0) {
    const listed = complaints.map((complaint) => `  ${escapeUntrusted(loaded.path)}:${complaint.at.line}:${complaint.at.column}  ${escapeUntrusted(complaint.message)}`).join("\n");
    throw new UsageError(`"${escapeUntrusted(file)}" is not a valid process file, so it cannot be drawn:
${listed}`);
  }
  const { gaps } = audit([loaded], config, today);
  const drawn = chosen(processesOf([loaded]), options.process);
  return drawn.map((process3) => draw(process3, gaps.filter((gap) => gap.process === process3.id), format, drawn.length > 1)).join("\n");
}
function chosen(processes, id) {
  if (id === void 0)
    return processes;
  const matching = processes.filter((process3) => process3.id === id);
  if (matching.length > 0)
    return matching;
  const ids = processes.map((process3) => process3.id);
  throw new UsageError(`the file holds no process "${escapeUntrusted(id)}"${didYouMean(id, ids)}; it holds ${ids.join(", ")}`);
}
function draw(process3, gaps, format, named) {
  if (format === "dot")
    return renderDot(process3, gaps);
  return `${named ? `%% process: ${process3.id}
` : ""}${renderMermaid(process3, gaps)}`;
}

// dist/cli/main.js
init_version();

// dist/cli/init-command.js
import { constants as constants4 } from "node:fs";
import { access as access2, mkdir as mkdir3, unlink as unlink2, writeFile as writeFile3 } from "node:fs/promises";
import path17 from "node:path";
init_untrusted_text();
var SAMPLE_PROCESS_FILE = "processes/example.yaml";
function registerInit(program2) {
  program2.command("init").description(`Write a sample process (${SAMPLE_PROCESS_FILE}) and a ${CONFIG_FILE_NAMES[0]} to start from; never overwrites a file`).argument("[dir]", "the folder to write them into", ".").addHelpText("after", "\nExamples:\n  gapcheck init\n  gapcheck init service-processes && cd service-processes && gapcheck audit").action(async (dir) => {
    await init(path17.resolve(process.cwd(), dir), todayUtc());
  });
}
async function init(root, today) {
  const files = starterFiles(today);
  const existing = [];
  for (const file of Object.keys(files)) {
    if (await exists(path17.join(root, file)))
      existing.push(file);
  }
  if (existing.length > 0) {
    const named = existing.map((file) => `"${shown(path17.join(root, file))}"`).join(" and ");
    throw new UsageError(`${named} already ${existing.length === 1 ? "exists" : "exist"}; gapcheck init never overwrites a file, so it wrote nothing (move ${existing.length === 1 ? "it" : "them"} aside, or init another folder)`);
  }
  const written = await writeAllOrNothing(root, files);
  for (const target of written)
    process.stdout.write(`wrote ${shown(target)}
`);
  const where2 = root === process.cwd() ? "" : ` in ${shown(root)}`;
  process.stdout.write(`
Next: run \`gapcheck audit\`${where2}, then make ${SAMPLE_PROCESS_FILE} one of your own processes.
`);
}
async function writeAllOrNothing(root, files) {
  const written = [];
  const madeFolders = [];
  for (const [file, text] of Object.entries(files)) {
    const target = path17.join(root, file);
    try {
      const made = await mkdir3(path17.dirname(target), { recursive: true });
      if (made !== void 0)
        madeFolders.push([path17.dirname(target), made]);
      await writeFile3(target, text, { flag: "wx" });
      written.push(target);
    } catch (error) {
      await Promise.all(written.map((done) => unlink2(done).catch(() => void 0)));
      for (const [deepest, first] of madeFolders.reverse())
        await removeMadeFolders(deepest, first);
      throw new UsageError(`cannot write "${shown(target)}" (${describeWriteError(error)}); gapcheck init wrote nothing: check that the folder may be written`);
    }
  }
  return written;
}
function shown(file) {
  return escapeUntrusted(path17.relative(process.cwd(), file) || ".");
}
async function exists(file) {
  try {
    await access2(file, constants4.F_OK);
    return true;
  } catch {
    return false;
  }
}
function starterFiles(today) {
  return {
    [CONFIG_FILE_NAMES[0]]: `# yaml-language-server: $schema=node_modules/gapcheck/schemas/config.schema.json
# gapcheck settings for the processes in this folder. \`gapcheck rules\` lists every rule;
# \`gapcheck explain RULE\` says why it matters and how to close its gaps.

# recommended: each rule at its default severity; strict: every rule one step more severe.
# A config may also extend a file (./base.yaml, ../gapcheck.config.yaml), a config package, or a list.
extends: recommended

# What \`gapcheck audit\` with no path audits, relative to this file.
paths: [processes]

# Change a rule's severity (off, low, medium, high, critical) or its options, for example:
# rules:
#   issue-reporting: off
#   handoff-chain: { severity: high, max: 2 }
#   two-minute-response: { within: 5m, channels: [phone, chat] }
#   emergency-path: { handled-by: site-safety }   # one process, with its own emergency path,
#                                                   # handles emergencies met in every other one

# Settings for some files only (globs relative to this file), later entries over earlier ones:
# overrides:
#   - files: ["processes/stores/**"]
#     rules: { human-touch: high }

# Your team's own rules, written in YAML and checked like the built-in ones (docs/policies.md).
policies:
  - id: complaint-reaches-a-person
    summary: Every complaint reaches someone who talks to customers.
    fix: Add a step where a frontline role answers the customer.
    from: { type: intake, intent: complaint }
    reaches: { actor: { frontline: true } }

# Files and folders not to audit:
# ignore: ["drafts/**"]
`,
    [SAMPLE_PROCESS_FILE]: `# yaml-language-server: $schema=../node_modules/gapcheck/schemas/process.schema.json
#
# A sample process written by \`gapcheck init\`: a customer phones in a complaint about a delivery.
# It passes every rule, so \`gapcheck audit\` is clean; change it into one of your own processes and
# gapcheck will tell you where the customer could fall through. Keys starting with x- are yours.

process: delivery-complaint          # the id: lowercase letters, digits and dashes, unique across your processes
title: Delivery complaint by phone
owner: service-lead                  # the role accountable for this process
description: A customer calls because a delivery arrived late or damaged.

review:                              # when the team last walked through the process, and how often it must
  last: ${today}
  every: 90d

roles:                               # who does the steps (system and customer are built in)
  service-agent:
    title: Customer service agent
    frontline: true                  # talks to customers
    can: [refund, replace]           # remedies the agent may give without asking anyone
    training:
      last: ${today}
      every: 180d
      covers: [routine, emergency]
  service-lead:
    title: Customer service lead

# This process has its own emergency path (make-safe, below). A process without one names the
# process that handles its emergencies instead, which needs an emergency path of its own:
# emergencies: site-safety

start: receive-call                  # the step where a case begins (or a list of them)

steps:
  receive-call:
    type: intake                     # a customer contact arrives
    title: Customer calls about a late or damaged delivery
    intent: complaint
    channel: phone                   # a live channel: the agent answers the customer at once
    actor: service-agent
    takes: 2m                        # the worst-case time the step takes
    next: hear-customer

  hear-customer:
    type: listen                     # take the customer's account before explaining anything
    title: Let the customer tell what happened
    actor: service-agent
    takes: 5m
    next:
      - to: make-safe
        when: the damaged item is unsafe (sparks, leaks, sharp edges)
      - to: give-remedy

  make-safe:
    type: contact
    title: Tell the customer how to keep safe until the item is collected
    emergency: true                  # where the emergency path starts: it must reach a person and a resolved end
    channel: phone
    actor: service-agent
    takes: 3m
    next: give-remedy

  give-remedy:
    type: resolve
    title: Refund the delivery or send a replacement
    remedy: refund                   # one the agent's role \`can\` give
    actor: service-agent
    takes: 5m
    next: log-lesson

  log-lesson:
    type: report                     # record what went wrong, so the team can learn from it
    title: Log the complaint for the monthly delivery review
    actor: service-agent
    takes: 2m
    next: done

  done:
    type: end
    outcome: resolved
`
  };
}

// dist/cli/merge-command.js
import { readFile as readFile3, realpath as realpath2, stat as stat5 } from "node:fs/promises";
import path18 from "node:path";

// dist/report/merge.js
init_text_order();

// dist/load/json-syntax.js
function findJsonSyntaxError(text) {
  let at2 = 0;
  const fail = (reason) => {
    throw new Stop(at2, reason ?? (at2 >= text.length ? "the text ends before the JSON does" : `unexpected ${JSON.stringify(text[at2])}`));
  };
  const space = () => {
    while (at2 < text.length && " 	\n\r".includes(text[at2]))
      at2++;
  };
  const expect = (token) => {
    if (!text.startsWith(token, at2))
      fail();
    at2 += token.length;
  };
  const string = () => {
    expect('"');
    for (; ; ) {
      const char = text[at2];
      if (char === void 0 || char < " ")
        fail(char === void 0 ? void 0 : "a control character inside a string");
      at2++;
      if (char === '"')
        return;
      if (char === "\\") {
        if (text[at2] === "u") {
          at2++;
          for (let i = 0; i < 4; i++, at2++)
            if (!/[0-9a-fA-F]/.test(text[at2] ?? ""))
              fail();
        } else if ('"\\/bfnrt'.includes(text[at2] ?? "!"))
          at2++;
        else
          fail();
      }
    }
  };
  const number = () => {
    const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(at2, at2 + 400));
    if (!match)
      fail();
    at2 += match[0].length;
  };
  const value = () => {
    space();
    const char = text[at2];
    if (char === "{")
      sequence("}", () => (string(), space(), expect(":"), value()));
    else if (char === "[")
      sequence("]", value);
    else if (char === '"')
      string();
    else if (char === "t")
      expect("true");
    else if (char === "f")
      expect("false");
    else if (char === "n")
      expect("null");
    else
      number();
    space();
  };
  const sequence = (close, item) => {
    at2++;
    space();
    if (text[at2] === close)
      return void at2++;
    for (; ; ) {
      space();
      item();
      if (text[at2] === close)
        return void at2++;
      expect(",");
    }
  };
  try {
    value();
    if (at2 < text.length)
      fail();
    return void 0;
  } catch (error) {
    if (error instanceof RangeError)
      return void 0;
    if (!(error instanceof Stop))
      throw error;
    const before = text.slice(0, error.offset);
    const lineStart2 = before.lastIndexOf("\n") + 1;
    return { line: before.split("\n").length, column: [...before.slice(lineStart2)].length + 1, reason: error.reason };
  }
}
var Stop = class {
  offset;
  reason;
  constructor(offset, reason) {
    this.offset = offset;
    this.reason = reason;
  }
};

// dist/report/merge.js
init_severity();
init_step_list();
var HOW_TO_WRITE = 'merge the reports "gapcheck audit --shard I/N --format json" writes';
function readShardReport(name, text) {
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    const error = findJsonSyntaxError(text);
    throw new UsageError(`${name}${error ? `:${error.line}:${error.column}: not valid JSON (${error.reason})` : " is not valid JSON"}; ${HOW_TO_WRITE}`);
  }
  return readReport(name, value);
}
function readReport(name, value) {
  if (!isObject(value) || value.gapcheck !== 1 || !Array.isArray(value.gaps)) {
    throw new UsageError(`${name} is not a gapcheck JSON report; ${HOW_TO_WRITE}`);
  }
  if (value.run === void 0) {
    throw new UsageError(`${name} says nothing of the run that wrote it: it comes from a gapcheck older than merge; audit the shards again with this one`);
  }
  const read = new Reader2(name);
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
function mergeShards(reports) {
  checkOneRun(reports);
  return combinedRun(reports);
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
var SAME_RUN = [
  {
    of: (r) => r.version,
    differ: (a, b) => `were written by different versions of gapcheck (${a.version} and ${b.version})`,
    fix: "run every shard with the same gapcheck"
  },
  {
    of: (r) => r.build,
    differ: (a) => `were written by different builds of gapcheck ${a.version}`,
    fix: "run every shard with the same gapcheck"
  },
  {
    of: (r) => r.config ?? "",
    differ: (a, b) => `were audited with different configs (${a.config ?? "none"} and ${b.config ?? "none"})`,
    fix: "run every shard with the same config"
  },
  {
    of: (r) => r.settings,
    differ: () => "were audited with different settings (rules, their options or --max-file-size)",
    fix: "run every shard with the same config and options"
  },
  {
    of: (r) => JSON.stringify(r.paths),
    differ: (a, b) => `audited different paths (${a.paths.join(" ")} and ${b.paths.join(" ")})`,
    fix: "run every shard on the same paths"
  },
  {
    of: (r) => r.today,
    differ: (a, b) => `were audited as of different dates (${a.today} and ${b.today})`,
    fix: "give every shard the same --today"
  },
  {
    of: (r) => String(r.shard?.count),
    differ: (a, b) => `are shards of different splits (of ${a.shard?.count} and of ${b.shard?.count})`,
    fix: "merge the shards of one --shard I/N split"
  }
];
function checkOneRun(reports) {
  for (const report2 of reports) {
    if (report2.shard === null) {
      throw new UsageError(`${report2.name} is the report of a whole run (written without --shard), not of a shard; ${HOW_TO_WRITE}`);
    }
    if (report2.quiet) {
      throw new UsageError(`${report2.name} was written with --quiet, so it leaves out gaps below --fail-on; write the shards' reports without --quiet and give --quiet to merge`);
    }
  }
  const [first] = reports;
  for (const { of, differ, fix } of SAME_RUN) {
    const other = reports.find((report2) => of(report2) !== of(first));
    if (other)
      throw new UsageError(`${first.name} and ${other.name} ${differ(first, other)}, so they are not shards of one run; ${fix}`);
  }
  const count = first.shard.count;
  const byIndex = /* @__PURE__ */ new Map();
  for (const report2 of reports) {
    const twice = byIndex.get(report2.shard.index);
    if (twice)
      throw new UsageError(`shard ${report2.shard.index}/${count} is given twice: ${twice.name} and ${report2.name}; give each shard's report once`);
    byIndex.set(report2.shard.index, report2);
  }
  const missing2 = count - byIndex.size;
  if (missing2 > 0) {
    const names = missingShards(count, byIndex).map((index) => typeof index === "number" ? `${index}/${count}` : index);
    const given = cutList([...byIndex].sort(([a], [b]) => a - b), ([index, report2]) => `${index}/${count} in ${report2.name}`);
    throw new UsageError(`${missing2 === 1 ? `shard ${names[0]} is` : `shards ${names.join(", ")} are`} missing (given: ${given.join(", ")}); merge the reports of every shard`);
  }
}
function missingShards(count, given) {
  const total = count - given.size;
  const first = [];
  for (let index = 1; index <= count && first.length < Math.min(total, AT_MOST); index++)
    if (!given.has(index))
      first.push(index);
  if (total <= AT_MOST)
    return first;
  const last = [];
  for (let index = count; last.length < TAIL; index--)
    if (!given.has(index))
      last.unshift(index);
  return [...first.slice(0, HEAD), `\u2026 ${total - HEAD - TAIL} more \u2026`, ...last];
}
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
var Reader2 = class {
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
    const path19 = this.optional(this.list(this.string))(gap.path, `${where2}.path`);
    const skipped = this.optional(this.count)(gap.skipped, `${where2}.skipped`);
    if (skipped !== void 0 && (path19 === void 0 || path19.length % 2 !== 0))
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

// dist/cli/merge-command.js
function registerMerge(program2, setExitCode) {
  program2.command("merge").description("Combine the JSON reports of the shards of one run (audit --shard I/N --format json) into the report one run would give").argument("<reports...>", "the JSON report of every shard, each once").addOption(new Option("-f, --format <format>", `report format: ${FORMATS2.join(", ")}`).default("stylish")).option("-o, --output <file>", "write the report to a file (whole, or not at all) instead of stdout").addOption(new Option("--fail-on <severity>", `exit 1 when a gap is at or above: ${FAIL_ON.join(", ")}`).default("high")).option("-q, --quiet", "report only gaps at or above --fail-on").option("--no-color", "no colours (also when NO_COLOR is set, TERM is dumb or output is not a terminal)").option("-c, --config <file>", "the config the shards were audited with, if audit was given one: the policies' and plugin rules' words come from it (default: each file's nearest config)").addHelpText("after", `
The reports must be those of every shard of one run, each once: written by the same
gapcheck, with the same config, options, paths and --today, and without --quiet.
The merged report is the one "gapcheck audit" gives for all the files at once. Run it
where audit ran: each file's config there gives its policies' and plugin rules' words.

Exit codes:
  0  no gap at or above --fail-on
  1  at least one gap at or above --fail-on
  2  usage error, a report that cannot be read, or reports that are not every shard of one run

Examples:
  gapcheck audit --shard 1/3 --format json --output gaps-1.json processes/   (on each of 3 CI machines)
  gapcheck merge gaps-1.json gaps-2.json gaps-3.json
  gapcheck merge --format sarif --output gapcheck.sarif gaps-*.json
  gapcheck merge --format markdown --output gap-report.md --fail-on none gaps-*.json`).action(async (reports, options) => {
    setExitCode(await runMerge(reports, options));
  });
}
async function runMerge(named, options) {
  const cwd = process.cwd();
  const format = oneOf("--format", options.format, FORMATS2);
  const failOnChoice = oneOf("--fail-on", options.failOn, FAIL_ON);
  const failOn = failOnChoice === "none" ? void 0 : failOnChoice;
  const output = options.output === void 0 ? void 0 : await checkOutput(options.output, path18.resolve(cwd, options.output), named);
  const reports = await Promise.all(named.map(readReport2));
  const merged = mergeShards(reports);
  const { failing, shown: shown2 } = failingAndShown(merged.result, failOn, options.quiet === true);
  const color = colorWanted(options.color, output === void 0 && process.stdout.isTTY === true);
  const report2 = (await FORMATTERS[format]())({
    ...merged,
    registry: await rulesOfRun(merged.audited, options.config, cwd),
    result: shown2,
    failOn,
    quiet: options.quiet === true,
    color
  });
  await writeReport(report2, output);
  return exitCodeOf(merged.result, failing);
}
async function rulesOfRun(audited, config, cwd) {
  const resolver = configResolverFrom(config, cwd);
  const configs = await Promise.all([
    resolver.workingDirectoryConfig(),
    ...audited.map(({ file }) => resolver.configFor(path18.resolve(cwd, file)))
  ]);
  return RuleRegistry.union([...new Set(configs.map((each) => each.registry))]);
}
var MAX_REPORT_BYTES = 512 * 1024 * 1024;
async function readReport2(name) {
  let text;
  try {
    const stats = await stat5(name);
    if (stats.isFile() && stats.size > MAX_REPORT_BYTES)
      throw new UsageError(`${name} is larger than a gapcheck report of a shard can be (512 MiB); name the JSON report of a shard`);
    text = await readFile3(name, "utf8");
  } catch (error) {
    if (error instanceof UsageError)
      throw error;
    const missing2 = error.code === "ENOENT";
    throw new UsageError(`${name} ${missing2 ? "does not exist" : `cannot be read (${describeFsError(error)})`}; name the JSON report of each shard`);
  }
  return readShardReport(name, text);
}
async function checkOutput(named, absolute, reports) {
  const target = await checkTarget(named, absolute, "the report", true);
  for (const report2 of reports) {
    const same = await realpath2(report2).then((real) => real === target.path, () => false) || target.identity !== void 0 && await stat5(report2).then(identityOf, () => void 0) === target.identity;
    if (same)
      throw new UsageError(`--output "${named}" is the report ${report2}, which this merge reads; write it somewhere else`);
  }
  return target;
}

// dist/cli/lsp-command.js
function registerLsp(program2) {
  program2.command("lsp").description("Run the language server (LSP, over stdin and stdout) that audits process files in an editor as they are typed").option("--stdio", "talk over stdin and stdout (the only way, and the default; accepted because editors pass it)").addHelpText("after", `
An editor starts this command and talks to it; it is not run by hand. It audits
each open process file as \`gapcheck audit\` run in the workspace folder would (the
config found from the folder, the folder's other process files for duplicate-process
and emergencies), and offers go to definition, references, rename, outline,
completion, hover and quick fixes.

initializationOptions: { "today": "YYYY-MM-DD" } audits as of that date (as --today).

Examples (the editor's settings; docs/editors.md):
  VS Code:  the extension in editors/vscode/, or a generic LSP client with command ["gapcheck", "lsp"]
  Neovim:   vim.lsp.start({ name = 'gapcheck', cmd = { 'gapcheck', 'lsp' } })
  Helix:    [language-server.gapcheck] command = "gapcheck", args = ["lsp"]`).action(async () => {
    const { runLanguageServer } = await import("./lsp.js");
    runLanguageServer(BUILT_IN_RULES);
  });
}

// dist/cli/main.js
var EXIT = { clean: 0, gaps: 1, usage: 2 };
async function main(argv) {
  if (!process.stdout.listeners("error").includes(whenStdoutFails))
    process.stdout.on("error", whenStdoutFails);
  const program2 = new Command("gapcheck").description("Audit customer-service processes for the small gaps that grow into customer-service wildfires.").version(version(), "-v, --version").showSuggestionAfterError(true).exitOverride().configureOutput({ outputError: (text, write) => write(`gapcheck: ${text.replace(/^error: /, "")}`) }).addHelpText("after", "\nExamples:\n  gapcheck audit processes/\n  gapcheck rules\n  gapcheck explain order-confirmation\n");
  let exitCode = EXIT.clean;
  const setExitCode = (code) => {
    exitCode = code;
  };
  registerAudit(program2, setExitCode);
  registerCatalogue(program2);
  registerGraph(program2);
  registerInit(program2);
  registerMerge(program2, setExitCode);
  registerLsp(program2);
  program2.commands.forEach((command) => command.exitOverride().showSuggestionAfterError(true));
  try {
    await program2.parseAsync([...argv]);
    return exitCode;
  } catch (error) {
    return reportFailure(error);
  }
}
function reportFailure(error) {
  if (error instanceof CommanderError) {
    return error.exitCode === 0 ? EXIT.clean : EXIT.usage;
  }
  if (error instanceof UsageError) {
    writeNote(error.message);
    return EXIT.usage;
  }
  writeNote(`internal error: ${describe3(error)}
This is a bug in gapcheck; please report it with the command you ran.`);
  if (process.env.GAPCHECK_DEBUG && error instanceof Error)
    process.stderr.write(`${error.stack}
`);
  return EXIT.usage;
}
function describe3(error) {
  return error instanceof Error ? error.message : String(error);
}
function whenStdoutFails(error) {
  if (error.code === "EPIPE")
    return;
  process.stderr.write(`gapcheck: cannot write the output (${error.message})
`);
  process.exit(EXIT.usage);
}
export {
  EXIT,
  main
};
