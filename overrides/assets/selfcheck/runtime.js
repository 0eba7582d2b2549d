// The page's side of the worker: starts it as soon as this module runs (the template
// loads it early, as an async module in the head, before the page has even been parsed),
// then shows its progress in the runtime status element and turns check requests into
// promises.

import { t } from "./text.js";

/** A booting worker; until the page attaches, what it says goes to `said`, with when. */
function startWorker(said) {
  // Beside this file in the built site: assets/selfcheck/worker.js and assets/pyodide/.
  const worker = new Worker(new URL("./worker.js", import.meta.url), { type: "module" });
  worker.onmessage = ({ data }) => said.push({ data, at: performance.now() });
  worker.onerror = (event) => said.push({ data: { type: "error", message: event.message || "worker error" } });
  worker.postMessage({ type: "boot", assets: new URL("../pyodide/", import.meta.url).href });
  return worker;
}

const early = [];
const firstWorker = startWorker(early);

export class Runtime {
  constructor(element) {
    this.element = element;
    this.text = element.querySelector(".selfcheck-runtime__text");
    this.progress = element.querySelector(".selfcheck-runtime__progress");
    this.pending = new Map(); // request id -> {resolve, reject}
    this.nextId = 1;
    this.attach(firstWorker, early);
  }

  attach(worker, said) {
    this.worker = worker;
    this.ready = new Promise((resolve, reject) => { this.resolveReady = resolve; this.rejectReady = reject; });
    this.show("loading", 0);
    for (const { data, at } of said.splice(0)) this.receive(data, at);
    worker.onmessage = ({ data }) => this.receive(data);
    worker.onerror = (event) => this.fail(event.message || "worker error");
  }

  /** Drop the worker and all it holds (pictures included); a fresh one restores Python from the snapshot. */
  restart() {
    this.worker.terminate();
    for (const { reject } of this.pending.values()) reject(new Error("restarted"));
    this.pending.clear();
    const said = [];
    this.attach(startWorker(said), said);
  }

  show(state, fraction) {
    this.element.dataset.state = state === "ready" || state === "error" ? state : "loading";
    this.text.textContent = t(`runtime.${state}`);
    if (fraction !== undefined) this.progress.value = fraction;
  }

  fail(message) {
    console.error("self-check runtime:", message);
    this.show("error");
    this.rejectReady(new Error(message));
    for (const { reject } of this.pending.values()) reject(new Error(message));
    this.pending.clear();
  }

  receive(data, at = performance.now()) {
    if (data.type === "progress") {
      this.show(data.stage, data.fraction);
    } else if (data.type === "ready") {
      Object.assign(this.element.dataset, {
        pyodide: data.pyodide, checks: data.checks, bootMs: data.ms, bootStages: data.stages,
        restored: data.restored, // Python's memory came from the kept snapshot
        readyMs: Math.round(at), // since navigation start
      });
      this.show("ready", 1);
      this.resolveReady(data);
    } else if (data.type === "snapshot") {
      this.element.dataset.snapshot = data.kept ? "kept" : "none";
    } else if (data.type === "error") {
      this.fail(data.message);
    } else if (data.type === "report" || data.type === "failed") {
      const request = this.pending.get(data.id);
      this.pending.delete(data.id);
      if (data.type === "report") request?.resolve(data);
      else request?.reject(new Error(data.message));
    }
  }

  /** Check one File; resolves to {report, notice, picture, ms}. */
  check(file, options) {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ type: "check", id, file, options });
    });
  }
}
