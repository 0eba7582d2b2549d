// Runs checks.check_image inside Pyodide (the pinned npm package) under Node.js on raw
// RGBA files, the way the site's worker does: the pixels arrive as a Uint8Array and
// Python copies them once with .to_bytes(). Prints one JSON object per job.
// Usage: node bench/pyodide_checks.mjs JOBS.json
//   JOBS.json: [{"rgba": path, "width": w, "height": h, "document": d, "side": s|null,
//                "repeat": n, "file_name", "file_size", "mime_type" (optional)}, ...]
// Output (stdout, one JSON list): [{"first_ms", "times_ms": [...], "report": {...}}, ...]
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { loadPyodide } from "../node_modules/pyodide/pyodide.mjs";

const repo = resolve(fileURLToPath(new URL("..", import.meta.url)));
const [jobsPath] = process.argv.slice(2);
if (!jobsPath) {
  console.error("usage: pyodide_checks.mjs JOBS.json");
  process.exit(2);
}
const jobs = JSON.parse(readFileSync(jobsPath, "utf8"));

const pyodide = await loadPyodide({ env: { PYTHONDONTWRITEBYTECODE: "1" } });
pyodide.FS.mkdirTree("/repo");
pyodide.FS.mount(pyodide.FS.filesystems.NODEFS, { root: repo }, "/repo");
const run = pyodide.runPython(`
import sys, json
sys.path.insert(0, "/repo")
import checks

def run(pixels, width, height, document, side, file_name, file_size, mime_type):
    return json.dumps(checks.check_image(pixels.to_bytes(), width, height, document, side=side,
                                         file_name=file_name, file_size=file_size, mime_type=mime_type))
run
`);

const results = [];
process.on("uncaughtException", (error) => {
  // the message only: Node would print pyodide's minified source first
  console.error(String(error.message ?? error));
  process.exit(1);
});
for (const job of jobs) {
  const pixels = new Uint8Array(readFileSync(job.rgba));
  const times = [];
  let report = null;
  let first = null;
  for (let i = 0; i <= (job.repeat ?? 3); i++) {
    const t0 = performance.now();
    // undefined arrives in Python as None; null would arrive as pyodide's jsnull
    const out = run(pixels, job.width, job.height, job.document, job.side ?? undefined,
                    job.file_name ?? undefined, job.file_size ?? undefined, job.mime_type ?? undefined);
    const ms = performance.now() - t0;
    if (i === 0) {
      first = ms;
      report = JSON.parse(out);
    } else {
      times.push(ms);
    }
  }
  results.push({ first_ms: first, times_ms: times, report });
}
run.destroy();
process.stdout.write(JSON.stringify(results));
