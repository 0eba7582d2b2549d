// The picture as the checks saw it: the detected outline drawn on it, glare boxed,
// cut-off sides marked along the picture's border. Sellers would rather look than read.

const COLOURS = { outline: "#2e7d32", outlineBad: "#e65100", glare: "#d50000", cut: "#d50000" };

/** Which marks a report asks for: {outline, glare: [[x0,y0,x1,y1]], cut: ["left", ...]}. */
export function marks(report) {
  const glare = report.checks.flatMap((check) => (check.status === "pass" ? [] : check.areas ?? []));
  const cut = report.checks.flatMap((check) => (check.status === "pass" ? [] : check.sides ?? []));
  const framing = report.checks.find((check) => check.id === "framing");
  return { outline: report.quad, outlineOK: !framing || framing.status === "pass", glare, cut: [...new Set(cut)] };
}

/** Draw `picture` (an ImageBitmap of the analysed image, scaled) with the report's marks. */
export function drawPicture(canvas, picture, report) {
  const scale = picture.width / report.size[0];
  const { outline, outlineOK, glare, cut } = marks(report);
  const line = Math.max(2, Math.round(Math.max(picture.width, picture.height) / 200)); // visible on a phone too
  // a margin, so that corners found outside the picture stay visible
  const overflow = outline
    ? Math.max(0, ...outline.flatMap(([x, y]) => [-x * scale, -y * scale, x * scale - picture.width, y * scale - picture.height]))
    : 0;
  const pad = Math.ceil(Math.min(overflow, 0.15 * Math.max(picture.width, picture.height))) + (outline ? line : 0);
  canvas.width = picture.width + 2 * pad;
  canvas.height = picture.height + 2 * pad;
  const context = canvas.getContext("2d");
  context.fillStyle = "#9e9e9e";
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(picture, pad, pad);
  const at = (x, y) => [pad + x * scale, pad + y * scale];

  context.lineWidth = line;
  context.lineJoin = "round";
  for (const [x0, y0, x1, y1] of glare) {
    const [left, top] = at(x0, y0);
    const [right, bottom] = at(x1, y1);
    context.fillStyle = "rgba(213, 0, 0, 0.12)"; // light: the glare itself stays visible
    context.fillRect(left, top, right - left, bottom - top);
    context.strokeStyle = COLOURS.glare;
    context.strokeRect(left, top, right - left, bottom - top);
  }
  context.strokeStyle = COLOURS.cut;
  context.lineWidth = line * 3;
  const edges = {
    top: [[0, 0], [report.size[0], 0]], bottom: [[0, report.size[1]], [report.size[0], report.size[1]]],
    left: [[0, 0], [0, report.size[1]]], right: [[report.size[0], 0], [report.size[0], report.size[1]]],
  };
  for (const side of cut) {
    if (!edges[side]) continue;
    context.beginPath();
    context.moveTo(...at(...edges[side][0]));
    context.lineTo(...at(...edges[side][1]));
    context.stroke();
  }
  if (outline) {
    context.lineWidth = line;
    context.strokeStyle = outlineOK ? COLOURS.outline : COLOURS.outlineBad;
    context.beginPath();
    outline.forEach(([x, y], index) => (index ? context.lineTo(...at(x, y)) : context.moveTo(...at(x, y))));
    context.closePath();
    context.stroke();
  }
}

export const colours = COLOURS;
