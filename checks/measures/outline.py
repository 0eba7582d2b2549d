"""The document's outline in a photo or scan: four corners, found without learning.

The method is the classic line-based one of the SmartDoc 2015 challenge entries (Burie
et al., ICDAR 2015): thin gradient edges with texture suppressed (Canny 1986; Grigorescu
et al. 2003; `outline_edges`), straight lines by a gradient-directed Hough transform with
least-squares refinement (Hough 1962; Duda & Hart 1972; `outline_lines`), and the best
quadrilateral of two pairs of near-parallel lines, the picture's borders standing in for
sides outside it (`outline_quads`). Corners are crossings of the fitted lines, so they
may lie outside the picture when the document is cut off — which is what the framing
check needs to see. For an ID card (an aspect ratio is given), a cut quad gives way to a
whole card-shaped one that explains the picture nearly as well (`_whole_instead`).

Figures on generated specimen scenes: bench/outline_demo.py.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from ..pixels import block_average
from .outline_edges import edge_map
from .outline_lines import border_lines, find_lines
from .outline_quads import angle_between, area as _area, best_quads, inside, is_cut

WORK_SIDE = 360  # the finder works at about this many pixels on the longest side
MAX_LINES = 28  # strongest real lines offered to the quad search
MIN_LINE = 0.04  # a line needs this many edge pixels, as a share of the shorter side
MIN_SCORE = 0.3  # below this confidence no document is reported
# A whole card on a cut quad wins with this share of the cut quad's evidence: features
# of a cut card (its photo, a block of text) score less (bench/outline_demo.py).
NESTED_EVIDENCE = 0.6
WHOLE_EVIDENCE = 0.75
# The paper's edge around a printed frame wins when this much of its real length is drawn
# and it has this share of the frame's evidence: at least half, so wood grain or a
# keyboard's rows around a page (drawn lines, but no light paper inside them) do not.
FRAME_SHARE = 0.5
FRAME_EVIDENCE = 0.5
FRAME_CANDIDATES = 8
# The paper's edges run parallel to the frame printed a few millimetres inside them: in a
# photo, perspective turns an edge and its frame line at most about 1.5° apart, and a
# line fit errs by about half a degree. A plank joint or a grain line beside the page
# rarely runs so close to parallel to the frame.
FRAME_PARALLEL = math.radians(3)
PAPER_ASPECT = 2**0.5  # ISO 216 paper (A4, A3): what licences and forms are printed on


@dataclass(frozen=True)
class Outline:
    """Corners (x, y) clockwise from top-left, in the coordinates of the image given to
    `find_outline` (pixel (i, j) covers [i, i+1) × [j, j+1)); `score` in 0..1 is the
    share of the visible length of its real sides (not the picture's borders) that has
    edges under it."""

    corners: tuple[tuple[float, float], ...]
    score: float


def find_outline(gray, width: int, height: int, *, aspect: float | None = None) -> Outline | None:
    """Find the document's four corners in an 8-bit grey image, or None.

    `aspect` is the expected ratio of the long to the short side (1.586 for an ID-1
    card), or None when any shape is plausible.
    """
    if width < 16 or height < 16:
        return None
    factor = max(1, round(max(width, height) / WORK_SIDE))
    small, w, h = block_average(bytes(gray[: width * height]), width, height, factor, factor)
    edges = edge_map(small, w, h)
    lines = find_lines(edges, max(8, int(MIN_LINE * min(w, h))))[:MAX_LINES]
    everything = border_lines(w, h) + lines
    quads = best_quads(small, everything, w, h, aspect)
    if not quads:
        return None
    best = quads[0]
    if aspect and is_cut(best, everything, w, h):
        best = _whole_instead(small, w, h, aspect, lines, best, everything)
    elif not aspect or abs(aspect / PAPER_ASPECT - 1) < 0.05:
        # A licence or a printed form has a frame printed just inside the paper's edge,
        # often sharper than the edge itself: the paper's edge around it is the outline.
        # Of the well-drawn quads around the best one, inside the picture and with sides
        # parallel to its sides, the largest is the paper. (Letting the paper's edge be
        # the picture's border here catches more cut-off licences but fails more whole
        # ones: bench/outline_demo.py.)
        picture = ((0, 0), (w, 0), (w, h), (0, h))
        around = [
            quad
            for quad in best_quads(
                small, lines, w, h, aspect, keep=FRAME_CANDIDATES, around=best.corners, within=picture,
                at_least=FRAME_EVIDENCE * best.score,
            )
            if quad.supported >= FRAME_SHARE * quad.visible
            and _parallel(quad, lines, best, everything)
        ]
        if around:
            best = max(around, key=lambda quad: abs(_area(quad.corners)))
    score = best.supported / best.visible if best.visible > 0 else 0.0
    if score < MIN_SCORE:
        return None
    corners = _clockwise_from_top_left([(x * factor, y * factor) for x, y in best.corners])
    return Outline(corners=corners, score=round(score, 4))


def _whole_instead(small, w, h, aspect, lines, cut, everything):
    """A whole card-shaped quad that should win over the cut one, or the cut one.

    A card on a sheet of paper, a board or a plank that runs out of the picture: a whole
    quad lying on the cut one and sharing none of its sides is the card when it has
    NESTED_EVIDENCE of the cut quad's evidence. A card with one faint side beside a
    strong background line: a whole quad on the cut one (either's centre lies in the
    other; a box elsewhere in the picture is not the card) is the card when it has
    WHOLE_EVIDENCE.
    """
    used = {id(everything[k]) for k in cut.sides}
    others = [line for line in lines if id(line) not in used]
    nested = best_quads(small, others, w, h, aspect, within=cut.corners, at_least=NESTED_EVIDENCE * cut.score)
    if nested:
        return nested[0]
    picture = ((0, 0), (w, 0), (w, h), (0, h))
    for quad in best_quads(small, lines, w, h, aspect, keep=3, within=picture, at_least=WHOLE_EVIDENCE * cut.score):
        if inside(cut.corners, *_centre(quad.corners)) or inside(quad.corners, *_centre(cut.corners)):
            return quad
    return cut


def _parallel(paper, lines, frame, everything) -> bool:
    """Whether every side of a quad around a printed frame runs within FRAME_PARALLEL of
    one of the frame's sides."""
    return all(
        min(angle_between(lines[k], everything[j]) for j in frame.sides) <= FRAME_PARALLEL for k in paper.sides
    )


def _centre(corners):
    return sum(x for x, _ in corners) / 4, sum(y for _, y in corners) / 4


def _clockwise_from_top_left(points):
    """Order four corners clockwise on screen (y down), starting nearest the top-left."""
    cx = sum(p[0] for p in points) / 4
    cy = sum(p[1] for p in points) / 4
    ordered = sorted(points, key=lambda p: math.atan2(p[1] - cy, p[0] - cx))
    start = min(range(4), key=lambda k: ordered[k][0] + ordered[k][1])
    return tuple(ordered[start:] + ordered[:start])
