// Runs pytest inside Pyodide (the pinned npm package) under Node.js.
// Usage: node tests/pyodide/run_pytest.mjs WHEEL_DIR [pytest args...] tests/checks
// The repository is mounted read-only in spirit at /repo; pytest's own wheels come from
// WHEEL_DIR (downloaded by make), so nothing is fetched while the tests run.
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { loadPyodide } from "../../node_modules/pyodide/pyodide.mjs";

const repo = resolve(fileURLToPath(new URL("../..", import.meta.url)));
const [wheelDir, ...args] = process.argv.slice(2);
if (!wheelDir) {
  console.error("usage: run_pytest.mjs WHEEL_DIR [pytest args...]");
  process.exit(2);
}

const pyodide = await loadPyodide({ env: { PYTHONDONTWRITEBYTECODE: "1" } });
const sitePackages = pyodide.runPython("import site; site.getsitepackages()[0]");
for (const name of readdirSync(wheelDir).filter((n) => n.endsWith(".whl"))) {
  const wheel = new Uint8Array(readFileSync(join(wheelDir, name)));
  pyodide.unpackArchive(wheel, "wheel", { extractDir: sitePackages });
}
pyodide.FS.mkdirTree("/repo");
pyodide.FS.mount(pyodide.FS.filesystems.NODEFS, { root: repo }, "/repo");
pyodide.globals.set("pytest_args", pyodide.toPy(args));
const status = pyodide.runPython(`
import os, sys
os.chdir("/repo")
sys.path.insert(0, "/repo")
import pytest
int(pytest.main(list(pytest_args)))
`);
process.exit(status);
