// The page's side of the worker: starts it as soon as the page opens, shows its progress
// in the runtime status element, and turns check requests into promises.

import { t } from "./text.js";

export class Runtime {
  constructor(element) {
    this.element = element;
    this.text = element.querySelector(".selfcheck-runtime__text");
    this.progress = element.querySelector(".selfcheck-runtime__progress");
    this.pending = new Map(); // request id -> {resolve, reject}
    this.nextId = 1;
    this.ready = new Promise((resolve, reject) => { this.resolveReady = resolve; this.rejectReady = reject; });
    this.show("loading", 0);

    this.worker = new Worker(new URL(element.dataset.worker, location.href), { type: "module" });
    this.worker.onmessage = ({ data }) => this.receive(data);
    this.worker.onerror = (event) => this.fail(event.message || "worker error");
    this.worker.postMessage({ type: "boot", assets: new URL(element.dataset.assets, location.href).href });
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

  receive(data) {
    if (data.type === "progress") {
      this.show(data.stage, data.fraction);
    } else if (data.type === "ready") {
      Object.assign(this.element.dataset, {
        pyodide: data.pyodide, checks: data.checks, bootMs: data.ms, bootStages: data.stages,
        restored: data.restored, // Python's memory came from the kept snapshot
        readyMs: Math.round(performance.now()), // since navigation start
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
