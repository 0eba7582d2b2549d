// Registers the site's service worker (/sw.js, scope: the whole site) so that after one
// visit this page and its checks work without a connection; says so once it is ready.

import { t } from "./text.js";

export async function startOffline(runtimeElement) {
  if (!("serviceWorker" in navigator)) return;
  const note = runtimeElement.querySelector(".selfcheck-runtime__offline");
  const script = new URL(runtimeElement.dataset.serviceWorker, location.href);
  const scope = new URL(runtimeElement.dataset.scope, location.href);
  try {
    await navigator.serviceWorker.register(script, { scope: scope.pathname });
    await navigator.serviceWorker.ready; // installed: the precache is complete
    runtimeElement.dataset.offline = "ready";
    note.textContent = t("runtime.offline");
  } catch (error) {
    console.warn("self-check: offline copy unavailable:", error);
  }
}
