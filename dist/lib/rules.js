import { createRequire as gapcheckCreateRequire } from 'node:module'; const require = gapcheckCreateRequire(import.meta.url);
import {
  ProcessGraph,
  StepPath,
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
} from "./chunk-BJ23F3SE.js";
export {
  ProcessGraph,
  StepPath,
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
