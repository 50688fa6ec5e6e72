import { createRequire as gapcheckCreateRequire } from 'node:module'; const require = gapcheckCreateRequire(import.meta.url);
import {
  audit,
  formatters,
  loadConfig2 as loadConfig
} from "./chunk-FJJGG4E4.js";
import "./chunk-NV24PKTS.js";
import "./chunk-TWK6PJKZ.js";
export {
  audit,
  formatters,
  loadConfig
};
