// Times two versions of `checks` inside one Pyodide process (the pinned npm package) under
// Node.js, taking turns on the same raw RGBA pictures: helper of bench/speed_ab.py.
// Usage: node bench/pyodide_ab.mjs JOBS.json FIRST_TREE SECOND_TREE ROUNDS
//   JOBS.json: [{"rgba": path, "width": w, "height": h, "document": d, "side": s|null}, ...]
//   FIRST_TREE, SECOND_TREE: checkouts holding a `checks` package, imported in this order.
// Output (stdout, one JSON object): {"first": [[ms, ...] per picture], "second": [...]},
// ROUNDS timed calls per picture and version, after one call of each that is not timed.
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { loadPyodide } from "../node_modules/pyodide/pyodide.mjs";

const [jobsPath, firstTree, secondTree, rounds] = process.argv.slice(2);
if (!rounds) {
  console.error("usage: pyodide_ab.mjs JOBS.json FIRST_TREE SECOND_TREE ROUNDS");
  process.exit(2);
}
process.on("uncaughtException", (error) => {
  // the message only: Node would print pyodide's minified source first
  console.error(String(error.message ?? error));
  process.exit(1);
});
const jobs = JSON.parse(readFileSync(jobsPath, "utf8"));
const pyodide = await loadPyodide({ env: { PYTHONDONTWRITEBYTECODE: "1" } });
for (const [mount, root] of [["/first", firstTree], ["/second", secondTree], ["/jobs", dirname(resolve(jobsPath))]]) {
  pyodide.FS.mkdirTree(mount);
  pyodide.FS.mount(pyodide.FS.filesystems.NODEFS, { root: resolve(root) }, mount);
}
const files = jobs.map((job) => "/jobs/" + job.rgba.split("/").pop());
// as JSON text: a JS null would arrive in Python as pyodide's jsnull, not None
pyodide.globals.set("setup", JSON.stringify({ jobs, files, rounds: Number(rounds) }));
const out = pyodide.runPython(`
import importlib, json, sys, time

def imported(tree):
    for name in [n for n in sys.modules if n == "checks" or n.startswith("checks.")]:
        del sys.modules[name]
    sys.path.insert(0, tree)
    try:
        return importlib.import_module("checks")
    finally:
        sys.path.remove(tree)

setup = json.loads(setup)
jobs, files, rounds = setup["jobs"], setup["files"], setup["rounds"]
versions = {"first": imported("/first"), "second": imported("/second")}
pixels = [open(path, "rb").read() for path in files]
times = {name: [[] for _ in jobs] for name in versions}
for r in range(rounds + 1):
    # the versions take turns, first one then the other, so that both meet the same drift
    for name in ("first", "second") if r % 2 else ("second", "first"):
        check = versions[name].check_image
        for k, job in enumerate(jobs):
            start = time.perf_counter()
            check(pixels[k], job["width"], job["height"], job["document"], side=job["side"])
            if r:
                times[name][k].append((time.perf_counter() - start) * 1000)
json.dumps(times)
`);
process.stdout.write(out);
