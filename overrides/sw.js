// The site's service worker (served at /sw.js, so its scope is the whole site, every
// language). It precaches the pages, their assets, the Pyodide runtime and the checks
// wheel under a versioned cache, serves them cache-first, and deletes the caches of
// older versions. overrides/hooks/precache.py fills MANIFEST at build time.

const MANIFEST = { version: "dev", files: [] }; // filled by overrides/hooks/precache.py
const PREFIX = "selfcheck-site-";
const CACHE = PREFIX + MANIFEST.version;

self.addEventListener("install", (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    // "no-cache": revalidate with the server, so a new version never stores stale files
    await cache.addAll(MANIFEST.files.map((file) => new Request(file, { cache: "no-cache" })));
    await self.skipWaiting();
  })());
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

self.addEventListener("fetch", (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== location.origin) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    const hit = await cache.match(request, { ignoreSearch: true })
      ?? (url.pathname.endsWith("/index.html") ? await cache.match(url.pathname.slice(0, -"index.html".length)) : undefined);
    return hit ?? fetch(request);
  })());
});
