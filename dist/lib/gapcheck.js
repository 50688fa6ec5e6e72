import { createRequire as gapcheckCreateRequire } from 'node:module'; const require = gapcheckCreateRequire(import.meta.url);
import {
  audit,
  formatters,
  loadConfig2 as loadConfig
} from "./chunk-VXMYECGA.js";
import "./chunk-HQJQLTEL.js";
import "./chunk-NM4Q5R5L.js";
export {
  audit,
  formatters,
  loadConfig
};
