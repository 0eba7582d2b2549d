// Module worker: boots Pyodide from the site's own copy, imports `checks`, and checks
// files: sniff the header, decode (EXIF orientation applied), hand the RGBA pixels to
// `checks.check_image`, and send back the report with a small copy of the picture.
// Pyodide 314 ships ESM only (pyodide.asm.mjs), so this must run as {type: "module"}.

import { forgetSnapshot, loadSnapshot, saveSnapshot, snapshotKey } from "./snapshot.js";
import { sniff } from "./sniff.js";

// Refused before reading or decoding: beyond these a phone's tab could run out of memory.
const MAX_FILE_BYTES = 50 * 1024 * 1024;
const MAX_PIXELS = 50e6;
// Checked at this size at most (decoded, then scaled): keeps Python's copy bounded.
const ANALYSIS_PIXELS = 24e6;
// The copy the page draws the outline on.
const PICTURE_SIDE = 1600;

// Python side of the bridge: the JS Uint8Array arrives as a JsProxy; to_bytes() is the one copy.
const BRIDGE = `
import json
import checks

def check_pixels(js_pixels, width, height, document, side, file_name, file_size, mime_type, lang):
    report = checks.check_image(
        js_pixels.to_bytes(), width, height, document, side=side, file_name=file_name,
        file_size=file_size, mime_type=mime_type, lang=lang)
    return json.dumps(report)

def check_facts(file_name, file_size, mime_type, document, side, lang):
    return json.dumps(checks.check_file(file_name, file_size, mime_type, document, side=side, lang=lang))
`;

let python = null; // {checkPixels, checkFacts} once booted

const progress = (stage, fraction) => self.postMessage({ type: "progress", stage, fraction });

/** Start Python: from the kept snapshot when there is one, else from scratch (and keep one). */
async function startPython(loadPyodide, assetsURL, snapshotLoad) {
  const snapshot = await snapshotLoad;
  if (snapshot) {
    try {
      return { pyodide: await loadPyodide({ indexURL: assetsURL, _loadSnapshot: snapshot }), restored: true };
    } catch (error) {
      console.warn("self-check: Python snapshot unusable, starting afresh:", error);
      await forgetSnapshot();
    }
  }
  return { pyodide: await loadPyodide({ indexURL: assetsURL, _makeSnapshot: true }), restored: false };
}

async function boot(assetsURL) {
  const started = performance.now();
  progress("runtime", 0.05);
  const pyodideLoad = import(new URL("pyodide.mjs", assetsURL).href); // meanwhile
  const manifest = await (await fetch(new URL("manifest.json", assetsURL))).json();
  const wheel = await (await fetch(new URL(manifest.wheel, assetsURL))).arrayBuffer();
  const key = await snapshotKey(assetsURL, manifest.pyodide, wheel);
  const snapshotLoad = loadSnapshot(key);
  const { loadPyodide } = await pyodideLoad;
  progress("python", 0.2);
  const imported = performance.now();
  const { pyodide, restored } = await startPython(loadPyodide, assetsURL, snapshotLoad);
  progress("checks", 0.85);
  const pythonStarted = performance.now();
  // files live outside Python's memory, so the wheel is unpacked after a restore too
  const sitePackages = pyodide.runPython("import site; site.getsitepackages()[0]");
  pyodide.unpackArchive(wheel, "wheel", { extractDir: sitePackages });
  const checks = pyodide.pyimport("checks");
  // kept before any picture reaches Python, so the snapshot never holds one
  if (!restored) {
    saveSnapshot(key, pyodide.makeMemorySnapshot()).then((kept) => self.postMessage({ type: "snapshot", kept }));
  }
  const namespace = pyodide.toPy({});
  pyodide.runPython(BRIDGE, { globals: namespace });
  python = { checkPixels: namespace.get("check_pixels"), checkFacts: namespace.get("check_facts") };
  progress("checks", 1);
  const done = performance.now();
  return {
    type: "ready",
    pyodide: pyodide.version,
    checks: checks.__version__,
    restored,
    ms: Math.round(done - started),
    // where boot time goes: loading pyodide.mjs, starting Python, loading checks
    stages: [imported - started, pythonStarted - imported, done - pythonStarted].map(Math.round).join(" "),
  };
}

// Pyodide turns JS undefined into None (null would arrive as jsnull).
const orNone = (value) => value || undefined;

/** A report from the file's facts alone (the browser cannot show its pixels). */
function factsReport(file, options) {
  return JSON.parse(python.checkFacts(file.name, file.size, orNone(file.type),
    options.document, orNone(options.side), options.lang));
}

async function decode(file) {
  const bitmap = await createImageBitmap(file, { imageOrientation: "from-image" });
  const scale = Math.min(1, Math.sqrt(ANALYSIS_PIXELS / (bitmap.width * bitmap.height)));
  const width = Math.max(1, Math.round(bitmap.width * scale));
  const height = Math.max(1, Math.round(bitmap.height * scale));
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext("2d", { willReadFrequently: true });
  context.drawImage(bitmap, 0, 0, width, height);
  const pixels = new Uint8Array(context.getImageData(0, 0, width, height).data.buffer);
  const fit = Math.min(1, PICTURE_SIDE / Math.max(width, height));
  const picture = await createImageBitmap(canvas, {
    resizeWidth: Math.max(1, Math.round(width * fit)),
    resizeHeight: Math.max(1, Math.round(height * fit)),
    resizeQuality: "medium",
  });
  const original = { width: bitmap.width, height: bitmap.height };
  bitmap.close();
  return { pixels, width, height, picture, original, scaled: scale < 1 };
}

const megapixels = (width, height) => (width * height / 1e6).toFixed(1);

async function check(file, options) {
  const timing = { started: performance.now() };
  if (file.size === 0) return { report: factsReport(file, options), notice: { key: "empty" } };
  if (file.size > MAX_FILE_BYTES) {
    return {
      report: factsReport(file, options),
      notice: { key: "huge-file", values: { size: (file.size / 1048576).toFixed(0), limit: MAX_FILE_BYTES / 1048576 } },
    };
  }
  const head = await sniff(file);
  const named = /\.(heic|heif)$/i.test(file.name) || /^image\/hei[cf]/.test(file.type);
  if (head.format === "pdf") return { report: factsReport(file, options), notice: { key: "pdf" } };
  if (head.format === "tiff") return { report: factsReport(file, options), notice: { key: "tiff" } };
  if (head.width * head.height > MAX_PIXELS) {
    return {
      report: factsReport(file, options),
      notice: { key: "huge-pixels", values: { megapixels: megapixels(head.width, head.height), limit: MAX_PIXELS / 1e6 } },
    };
  }
  let decoded;
  try {
    decoded = await decode(file);
  } catch {
    const heif = head.format === "heif" || (head.format === "unknown" && named);
    return { report: factsReport(file, options), notice: { key: heif ? "heic" : "corrupt" } };
  }
  timing.decoded = performance.now();
  const { pixels, width, height, picture, original, scaled } = decoded;
  const report = JSON.parse(python.checkPixels(pixels, width, height, options.document, orNone(options.side),
    file.name, file.size, orNone(file.type), options.lang));
  timing.checked = performance.now();
  const notice = scaled
    ? { key: "scaled", values: { megapixels: megapixels(original.width, original.height), width, height } }
    : null;
  return {
    report, notice, picture,
    ms: { decode: Math.round(timing.decoded - timing.started), check: Math.round(timing.checked - timing.decoded) },
  };
}

let queue = Promise.resolve(); // one file at a time: Python is single-threaded anyway

self.onmessage = (event) => {
  const message = event.data;
  if (message.type === "boot") {
    queue = boot(message.assets).then(
      (ready) => self.postMessage(ready),
      (error) => self.postMessage({ type: "error", stage: "boot", message: String(error) }),
    );
  } else if (message.type === "check") {
    queue = queue.then(async () => {
      try {
        const result = await check(message.file, message.options);
        self.postMessage({ type: "report", id: message.id, ...result }, result.picture ? [result.picture] : []);
      } catch (error) {
        self.postMessage({ type: "failed", id: message.id, message: String(error) });
      }
    });
  }
};
