import { createRequire as gapcheckCreateRequire } from 'node:module'; const require = gapcheckCreateRequire(import.meta.url);
import {
  ConfigResolver,
  audit,
  formatters
} from "./chunk-MVKBXOW7.js";
import {
  BUILT_IN_RULES
} from "./chunk-C5MNZ234.js";
import "./chunk-BJ23F3SE.js";

// dist/api/config.js
import path from "node:path";
async function loadConfig({ file, cwd = process.cwd() } = {}) {
  const from = path.resolve(cwd);
  return new ConfigResolver(from, BUILT_IN_RULES, file === void 0 ? void 0 : path.resolve(from, file)).workingDirectoryConfig();
}
export {
  audit,
  formatters,
  loadConfig
};
