// One file's report on the page: verdict, each check with its status, the measured value
// against its limit, what to do and a link to the guide, and the marked-up picture.

import { colours, drawPicture, marks } from "./picture.js";
import { pageLanguage, t } from "./text.js";

const numbers = new Intl.NumberFormat(pageLanguage === "en" ? "en" : pageLanguage === "zh" ? "zh-CN" : "zh-TW",
  { maximumSignificantDigits: 3 });

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function quantity(value, unit) {
  if (value === null || value === undefined) return null;
  const number = numbers.format(value + 0); // + 0 turns -0 into 0
  if (!unit) return number;
  return /^[%°]/.test(unit) ? `${number}${unit}` : `${number} ${unit}`;
}

/** The check's name, from the list of automatic checks the macros rendered on this page. */
function checkTitle(id) {
  const listed = document.querySelector(`.selfcheck-automatic [data-id="${CSS.escape(id)}"] .selfcheck-automatic__title`);
  return listed ? listed.textContent : id;
}

function checkItem(check) {
  const item = element("li", "selfcheck-check");
  item.dataset.check = check.id;
  item.dataset.status = check.status;
  item.append(element("span", "selfcheck-check__status", t(`status.${check.status}`)));
  const body = element("div", "selfcheck-check__body");
  body.append(element("strong", "selfcheck-check__title", checkTitle(check.id)));
  if (check.message) body.append(element("p", "selfcheck-check__message", check.message));
  const value = quantity(check.value, check.unit);
  const limit = quantity(check.limit, check.unit);
  if (value !== null) {
    body.append(element("p", "selfcheck-check__measure",
      limit !== null ? t("measure", { value, limit }) : t("measure.value", { value })));
  }
  if (check.advice && check.status !== "pass") body.append(element("p", "selfcheck-check__advice", check.advice));
  if (check.guide) {
    const link = element("a", "selfcheck-check__guide", t("guide"));
    link.href = new URL(`../${check.guide}`, location.href).href; // the guide in this page's language
    body.append(link);
  }
  item.append(body);
  return item;
}

function legend(report) {
  const { outline, outlineOK, glare, cut } = marks(report);
  const list = element("ul", "selfcheck-legend");
  const entry = (colour, key) => {
    const item = element("li", "", t(key));
    item.style.setProperty("--swatch", colour);
    list.append(item);
  };
  if (outline) entry(outlineOK ? colours.outline : colours.outlineBad, "legend.outline");
  if (glare.length) entry(colours.glare, "legend.glare");
  if (cut.length) entry(colours.cut, "legend.cut");
  return list;
}

/** A report card for `file`, in its "checking" state, appended to `container`. */
export class ReportCard {
  constructor(container, file, options) {
    this.article = element("article", "selfcheck-report");
    this.article.dataset.file = file.name;
    const heading = element("header", "selfcheck-report__heading");
    const what = [t(`document.${options.document}`), options.side && t(`side.${options.side}`)].filter(Boolean).join(" · ");
    heading.append(element("span", "selfcheck-report__file", file.name), element("span", "selfcheck-report__document", what));
    this.state = element("p", "selfcheck-report__state", t("report.checking"));
    this.article.append(heading, this.state);
    container.append(this.article);
    this.picture = null;
  }

  waiting() {
    this.state.textContent = t("report.waiting");
  }

  notice(key, values) {
    const note = element("p", "selfcheck-report__notice", t(`notice.${key}`, values));
    note.dataset.notice = key;
    this.article.querySelector("header").after(note);
  }

  /** Show the worker's result: {report, notice, picture}. */
  finish({ report, notice, picture, ms }) {
    this.state.remove();
    if (notice) this.notice(notice.key, notice.values);
    const verdict = element("p", "selfcheck-report__verdict", t(`verdict.${report.verdict}`));
    this.article.querySelector("header").after(verdict);
    const checks = element("ul", "selfcheck-checks");
    // problems first: a seller reads what to fix before what is fine
    const order = { fail: 0, warn: 1, skip: 2, pass: 3 };
    const sorted = [...report.checks].sort((a, b) => order[a.status] - order[b.status]);
    checks.append(...sorted.map(checkItem));
    if (picture) {
      this.picture = picture;
      const figure = element("figure", "selfcheck-picture");
      const canvas = element("canvas");
      canvas.setAttribute("role", "img");
      canvas.setAttribute("aria-label", this.article.dataset.file);
      drawPicture(canvas, picture, report);
      figure.append(canvas, legend(report));
      this.article.append(figure);
    }
    this.article.append(checks);
    if (ms) Object.assign(this.article.dataset, { decodeMs: ms.decode, checkMs: ms.check });
    this.article.dataset.verdict = report.verdict; // last: the report is complete
  }

  failed() {
    this.state.remove();
    this.article.dataset.state = "failed";
    this.notice("failed");
  }

  /** Forget the picture: close the bitmap and blank the canvas. */
  drop() {
    this.picture?.close();
    this.picture = null;
    for (const canvas of this.article.querySelectorAll("canvas")) canvas.width = canvas.height = 0;
    this.article.remove();
  }
}
