// The checklist a seller ticks by hand: ticks (never pictures) kept in localStorage.

const KEY = "selfcheck.ticks";

function load() {
  try {
    return JSON.parse(localStorage.getItem(KEY)) ?? {};
  } catch {
    return {};
  }
}

function save(ticks) {
  try {
    localStorage.setItem(KEY, JSON.stringify(ticks));
  } catch {
    // storage refused (private mode, quota): ticks then last as long as the page
  }
}

export function startChecklist(root, resetButton) {
  const boxes = [...root.querySelectorAll("input[type=checkbox][data-item]")];
  const ticks = load();
  for (const box of boxes) {
    box.checked = ticks[box.dataset.item] === true;
    box.addEventListener("change", () => {
      const now = load();
      if (box.checked) now[box.dataset.item] = true;
      else delete now[box.dataset.item];
      save(now);
    });
  }
  resetButton?.addEventListener("click", () => {
    for (const box of boxes) box.checked = false;
    try {
      localStorage.removeItem(KEY);
    } catch {
      // nothing was stored
    }
  });
}
