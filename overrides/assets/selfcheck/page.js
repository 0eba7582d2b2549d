// The self-check page: starts the checker at once, takes files from the picker, the
// camera or a drop, and shows one report per file. Pictures live only in memory and
// are dropped on "Start again" and when the page is left.

import { startChecklist } from "./checklist.js";
import { startOffline } from "./offline.js";
import { ReportCard } from "./report.js";
import { Runtime } from "./runtime.js";
import { checksLanguage } from "./text.js";

const runtimeElement = document.querySelector(".selfcheck-runtime");
const form = document.querySelector(".selfcheck-picker");
const input = form.querySelector("input[type=file]");
const drop = form.querySelector(".selfcheck-drop");
const sideField = form.querySelector(".selfcheck-picker__side");
const results = document.querySelector(".selfcheck-results");
const reports = results.querySelector(".selfcheck-reports");
const printed = document.querySelector(".selfcheck-printed time");

const runtime = new Runtime(runtimeElement);
let files = [];
let cards = [];
let run = 0; // a newer run makes an older one's results stale

function options() {
  const kind = form.elements.document.value;
  sideField.disabled = kind !== "id-card";
  return { document: kind, side: kind === "id-card" ? form.elements.side.value : null, lang: checksLanguage };
}

function stamp() {
  const now = new Date();
  printed.dateTime = now.toISOString();
  printed.textContent = now.toLocaleString(document.documentElement.lang);
}

function dropPictures() {
  run += 1;
  for (const card of cards) card.drop();
  cards = [];
}

async function checkAll() {
  dropPictures();
  const thisRun = run;
  results.hidden = files.length === 0;
  const chosen = options();
  cards = files.map((file) => new ReportCard(reports, file, chosen));
  let booted = false;
  runtime.ready.then(() => { booted = true; }, () => {});
  for (const [index, file] of files.entries()) {
    const card = cards[index];
    if (!booted) card.waiting();
    try {
      await runtime.ready;
      const result = await runtime.check(file, chosen);
      if (thisRun !== run) { result.picture?.close(); return; }
      card.finish(result);
    } catch (error) {
      if (thisRun !== run) return;
      console.error("self-check:", error);
      card.failed();
    }
  }
  stamp();
}

function choose(list) {
  files = [...list];
  checkAll();
}

input.addEventListener("change", () => {
  input.removeAttribute("capture");
  choose(input.files);
});
form.querySelector("[data-action=camera]").addEventListener("click", () => {
  input.setAttribute("capture", "environment"); // phones open the rear camera directly
  input.click();
});
form.addEventListener("change", (event) => {
  if (event.target.name === "document" || event.target.name === "side") {
    options();
    if (files.length) checkAll();
  }
});

drop.addEventListener("dragover", (event) => {
  event.preventDefault();
  drop.dataset.dragover = "true";
});
drop.addEventListener("dragleave", () => { drop.dataset.dragover = "false"; });
drop.addEventListener("drop", (event) => {
  event.preventDefault();
  drop.dataset.dragover = "false";
  if (event.dataTransfer.files.length) choose(event.dataTransfer.files);
});
// a file dropped beside the zone must not replace the page with the picture
window.addEventListener("dragover", (event) => event.preventDefault());
window.addEventListener("drop", (event) => event.preventDefault());

results.querySelector("[data-action=reset-files]").addEventListener("click", () => {
  dropPictures();
  files = [];
  input.value = "";
  results.hidden = true;
  runtime.restart(); // Python's memory may still hold the last picture's pixels
});
results.querySelector("[data-action=print]").addEventListener("click", () => window.print());
results.querySelector("[data-action=print-pictures]").addEventListener("change", (event) => {
  results.classList.toggle("selfcheck-results--print-pictures", event.target.checked);
});
window.addEventListener("beforeprint", stamp);
window.addEventListener("pagehide", () => {
  dropPictures();
  files = [];
  input.value = "";
});

startChecklist(document.querySelector(".selfcheck-manual"), document.querySelector("[data-action=reset-ticks]"));
options();
stamp();
runtime.ready.then(() => startOffline(runtimeElement), () => {});
