import { createRequire as gapcheckCreateRequire } from 'node:module'; const require = gapcheckCreateRequire(import.meta.url);
import {
  answer,
  workerRegistry
} from "./chunk-HQJQLTEL.js";
import "./chunk-NM4Q5R5L.js";

// dist/audit/worker.js
import { parentPort, workerData } from "node:worker_threads";
var sent = workerData;
var setup = { ...sent, registry: workerRegistry(sent) };
parentPort.on("message", (request) => parentPort.postMessage(answer(request, setup)));
