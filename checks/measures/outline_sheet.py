"""A card lying on a sheet of paper that runs out of the picture: what lies around it.

When the best quad of a picture is cut off, the outline finder looks for a whole card
on it (`outline._whole_instead`). A card on a white sheet is smaller than the sheet and
fainter, so it can have much less evidence than the sheet; a card-shaped feature printed
on a cut-off card (its photo, a block of text) can too. What tells them apart is what
lies around them: a sheet is blank around a card on it, a card is printed all over. So
the ring between the two outlines is read for edge pixels (`ring_edges`), against an
absolute bar or against the inner quad's own face (`face_edges`: around a card on a
sheet lie fewer edges than on its printed face, even where a shadow or the sheet's
doubled edge crosses the ring; around a feature of a cut card lies more of the same
print), the card must lie mostly on the sheet (`share_inside`), and a side of a pale
card drawn only in the picture's tint must have the sheet's tint beyond it, where a line
of a cut card's print has the card on both sides (`sheet_beyond`). In the finder's first
search such a side must be a pale card's: its face just inside it is tinted as white is
in the picture (`white_tint`), give or take what a pale card's face differs from white
(`pale_sides`), where a coloured box's differs by far more.

Quads are four (x, y) corners in order around them, in working-image pixels.
"""

from __future__ import annotations

from bisect import bisect_left

from .outline_quads import side_contrast
from .region import centre, inward_normal, row_spans

RING_MARGIN = 3.0  # working pixels: clear of an edge's blur and of a line fit's error
# The band beyond a side drawn only in the tint is at most this share as far from the
# sheet's tint as the band inside it: on a sheet it is the sheet (about 0 of it). On the
# design seeds this kept 2 more of 88 cut cards cut (a card cut off on a sheet, closed by
# a band of its own print) and lost 2 of 128 whole cards on sheets (a card's shadow
# beyond its side, tinted unlike the sheet).
TINT_BEYOND = 0.5
# A card's side drawn only in the tint is a pale card's: the band just inside it lies
# within this many levels of (blue - red + 255) / 2 of the picture's white (`white_tint`).
# The specimen card's face runs from blue - red = +18 to -10 (5 to 9 levels from white);
# a yellow box on a pink bedsheet that won over a cut card lay 75 levels from the sheet
# (seed 1451049). Read as the step across the side, as it was, a white card on wood
# stepped 35-41 levels, and every quad it lent a side was turned away (default seed
# 2754345); read against grey's 127.5, a card in a picture tinted by its white balance
# lay 24-28 levels off (held-out seed 2754207).
PALE_TINT = 20
WHITE_SAMPLES = 4000  # pixels read for white's tint


def share_inside(quad, outer, w, h) -> float:
    """The share of a quad's pixels in the picture that lie inside the quad `outer`."""
    rows = {y: (x0, x1) for y, x0, x1 in row_spans(outer, w, h)}
    total = within = 0
    for y, x0, x1 in row_spans(quad, w, h):
        total += x1 - x0
        a, b = rows.get(y, (x1, x1))
        within += max(0, min(x1, b) - max(x0, a))
    return within / total if total else 0.0


def ring_edges(edges, outer, inner, w, h) -> float:
    """Edge pixels per pixel of the ring between two quads (`_ring`), from an edge map
    (`outline_edges.edge_map`) of the working image."""
    return _density(edges, _ring(outer, inner, w, h))


def face_edges(edges, quad, w, h) -> float:
    """Edge pixels per pixel of a quad's face, RING_MARGIN inside its sides (as
    `ring_edges` reads the ring): a card's print."""
    return _density(edges, [(y * w, a, b) for y, a, b in row_spans(_moved(quad, -RING_MARGIN), w, h)])


def _density(edges, stretches) -> float:
    """Edge pixels beyond the noise (`EdgeMap.beyond_noise`) per pixel of stretches of
    rows (row start, x0, x1); 1.0 for none."""
    indices = edges.beyond_noise()
    found = sum(bisect_left(indices, row + b) - bisect_left(indices, row + a) for row, a, b in stretches)
    covered = sum(b - a for _, a, b in stretches)
    return found / covered if covered else 1.0


def sheet_beyond(quad, tinted, tint, outer, w, h) -> bool:
    """Whether beyond each side m of `quad` (from corner m - 1 to corner m) with
    `tinted[m]` true lies the tint of the quad `outer` around it (its median in the
    `_ring` between them): the band just outside the side at most TINT_BEYOND as far
    from it as the band just inside. `tint` is the working image's tint
    (`checks.pixels.tint`)."""
    values = sorted(b"".join(tint[row + a : row + b] for row, a, b in _ring(outer, quad, w, h)))
    if not values:
        return False
    sheet = values[len(values) // 2]
    for m in range(4):
        if tinted[m]:
            inner, outer_band = _bands(quad, m, tint, w, h)
            if abs(outer_band - sheet) > TINT_BEYOND * abs(inner - sheet):
                return False
    return True


def pale_sides(quad, tinted, tint, w, h, white) -> bool:
    """Whether just inside each side m of `quad` with `tinted[m]` true the tint is within
    PALE_TINT of `white` (`white_tint`): a pale card's edge, on a pale desk or on wood or
    cloth of any colour, not a coloured box's."""
    for m in range(4):
        if tinted[m]:
            inner, _ = _bands(quad, m, tint, w, h)
            if abs(inner - white) > PALE_TINT:
                return False
    return True


def white_tint(gray, tint, light) -> float:
    """The tint of white in a picture: the median tint of the pixels at least `light`
    grey (`outline_quads.light_level`), of about WHITE_SAMPLES read evenly. A camera's
    white balance, or the light's colour, tints a white card as it tints the picture's
    other light things; 127.5 (grey) if no pixel read is so light."""
    step = max(1, len(gray) // WHITE_SAMPLES)
    values = sorted(t for g, t in zip(gray[::step], tint[::step]) if g >= light)
    return values[len(values) // 2] if values else 127.5


def _bands(quad, m, tint, w, h):
    """The mean tint of the bands just inside and just outside side m of a quad (from
    corner m - 1 to corner m)."""
    (x0, y0), (x1, y1) = quad[m - 1], quad[m]
    nx, ny = inward_normal(quad[m - 1], quad[m], centre(quad)) or (0.0, 0.0)
    inner = side_contrast(tint, w, h, x0, y0, x1, y1, nx, ny)[2]
    outer = side_contrast(tint, w, h, x0, y0, x1, y1, -nx, -ny)[2]
    return inner, outer


def _ring(outer, inner, w, h):
    """The picture's pixels inside the quad `outer` and outside the quad `inner`, each
    side moved RING_MARGIN pixels off the quads' own edges, as (row start, x0, x1)
    stretches of rows."""
    inner_rows = {y: (x0, x1) for y, x0, x1 in row_spans(_moved(inner, RING_MARGIN), w, h)}
    ring = []
    for y, x0, x1 in row_spans(_moved(outer, -RING_MARGIN), w, h):
        a, b = inner_rows.get(y, (x1, x1))
        ring += [(y * w, start, stop) for start, stop in ((x0, min(x1, a)), (max(x0, b), x1)) if stop > start]
    return ring


def _moved(corners, distance):
    """A convex quad with each side moved `distance` pixels outwards (inwards if negative)."""
    middle = centre(corners)
    lines = []
    for k in range(4):
        x0, y0 = corners[k - 1]
        inx, iny = inward_normal(corners[k - 1], corners[k], middle) or (0.0, 0.0)
        nx, ny = -inx, -iny  # outwards
        lines.append((nx, ny, nx * x0 + ny * y0 + distance))
    moved = []
    for k in range(4):
        (a1, b1, c1), (a2, b2, c2) = lines[k], lines[(k + 1) % 4]
        det = a1 * b2 - a2 * b1
        moved.append(((c1 * b2 - c2 * b1) / det, (a1 * c2 - a2 * c1) / det) if det else corners[k])
    return moved
