// Module worker: boots Pyodide from the site's own copy and imports `checks`.
// Pyodide 314 ships ESM only (pyodide.asm.mjs), so this must run as {type: "module"}.

let pyodide = null;

async function boot(assetsURL) {
  const started = performance.now();
  const manifest = await (await fetch(new URL("manifest.json", assetsURL))).json();
  const { loadPyodide } = await import(new URL("pyodide.mjs", assetsURL).href);
  pyodide = await loadPyodide({ indexURL: assetsURL });
  const wheel = await (await fetch(new URL(manifest.wheel, assetsURL))).arrayBuffer();
  const sitePackages = pyodide.runPython("import site; site.getsitepackages()[0]");
  pyodide.unpackArchive(wheel, "wheel", { extractDir: sitePackages });
  const checks = pyodide.pyimport("checks");
  return {
    type: "ready",
    pyodide: pyodide.version,
    checks: checks.__version__,
    ms: Math.round(performance.now() - started),
  };
}

self.onmessage = async (event) => {
  const message = event.data;
  if (message.type === "boot") {
    try {
      self.postMessage(await boot(message.assets));
    } catch (error) {
      self.postMessage({ type: "error", stage: "boot", message: String(error) });
    }
  }
};
