import { createRequire as gapcheckCreateRequire } from 'node:module'; const require = gapcheckCreateRequire(import.meta.url);
import {
  ProcessGraph,
  cutSteps,
  formatSeconds,
  gapOfWays,
  isCustomerFacing,
  isResponse,
  isRole,
  lateWay,
  parseDuration,
  pathText,
  quoteSteps
} from "./chunk-TWK6PJKZ.js";
export {
  ProcessGraph,
  cutSteps,
  formatSeconds,
  gapOfWays,
  isCustomerFacing,
  isResponse,
  isRole,
  lateWay,
  parseDuration,
  pathText,
  quoteSteps
};
