// The self-check page: starts the worker as soon as the page opens and shows its state.

const TEXT = {
  zh: { loading: "正在加载检查程序…", ready: "检查程序已就绪", error: "检查程序加载失败：" },
  "zh-Hant": { loading: "正在載入檢查程式…", ready: "檢查程式已就緒", error: "檢查程式載入失敗：" },
  en: { loading: "Loading the checker…", ready: "The checker is ready", error: "The checker failed to load: " },
};

const runtime = document.querySelector(".selfcheck-runtime");
if (runtime) {
  const lang = document.documentElement.lang in TEXT ? document.documentElement.lang : "zh";
  const text = runtime.querySelector(".selfcheck-runtime__text");
  const show = (state, detail = "") => {
    runtime.dataset.state = state;
    text.textContent = TEXT[lang][state] + detail;
  };
  show("loading");

  const worker = new Worker(new URL(runtime.dataset.worker, location.href), { type: "module" });
  worker.onmessage = ({ data }) => {
    if (data.type === "ready") {
      runtime.dataset.pyodide = data.pyodide;
      runtime.dataset.checks = data.checks;
      runtime.dataset.bootMs = data.ms;
      show("ready", ` (Python ${data.pyodide}, checks ${data.checks})`);
    } else if (data.type === "error") {
      show("error", data.message);
    }
  };
  worker.postMessage({ type: "boot", assets: new URL(runtime.dataset.assets, location.href).href });
}
