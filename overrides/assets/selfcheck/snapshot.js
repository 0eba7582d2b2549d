// Python's memory just after boot — the interpreter started and `checks` imported, before
// any picture is seen — kept in Cache Storage, so a repeat visit restores it instead of
// starting Python again (Pyodide's loadPyodide _makeSnapshot/_loadSnapshot options; the
// runtime is pinned, so these private options cannot change under us). One snapshot is
// kept, keyed by the Pyodide version and a hash of the checks wheel; any other is deleted.

const CACHE = "selfcheck-python-snapshot";

/** The cache key (a URL in the site's scope that is never fetched) for this runtime and wheel. */
export async function snapshotKey(assetsURL, pyodideVersion, wheel) {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", wheel));
  const hash = Array.from(digest.slice(0, 8), (byte) => byte.toString(16).padStart(2, "0")).join("");
  return new URL(`python-snapshot/${pyodideVersion}-${hash}.bin`, assetsURL).href;
}

export async function loadSnapshot(key) {
  try {
    const hit = await (await caches.open(CACHE)).match(key);
    return hit ? new Uint8Array(await hit.arrayBuffer()) : null;
  } catch {
    return null; // no Cache Storage (private mode, file://): boot the long way
  }
}

/** Keep `bytes` under `key`, replacing any other snapshot; true once stored. */
export async function saveSnapshot(key, bytes) {
  try {
    const cache = await caches.open(CACHE);
    for (const old of await cache.keys()) if (old.url !== key) await cache.delete(old);
    await cache.put(key, new Response(bytes, { headers: { "Content-Type": "application/octet-stream" } }));
    return true;
  } catch (error) {
    console.warn("self-check: Python snapshot not kept:", error);
    return false;
  }
}

export async function forgetSnapshot() {
  try {
    await caches.delete(CACHE);
  } catch {
    // nothing was kept
  }
}
