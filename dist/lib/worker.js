import { createRequire as gapcheckCreateRequire } from 'node:module'; const require = gapcheckCreateRequire(import.meta.url);
import {
  answer,
  workerRegistry
} from "./chunk-C5MNZ234.js";
import "./chunk-BJ23F3SE.js";

// dist/audit/worker.js
import { parentPort, workerData } from "node:worker_threads";
var setups = await Promise.all(workerData.map(async (sent) => ({ ...sent, registry: await workerRegistry(sent) })));
parentPort.on("message", (request) => parentPort.postMessage(answer(request, setups)));
