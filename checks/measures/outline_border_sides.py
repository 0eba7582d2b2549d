"""Sides beside the picture's border: a border standing in for a side the edge map lost,
and a side that is print on a document running past the border.

Both are judged with the difference-of-averages edge operator (Rosenfeld & Thurston 1971,
"Edge and curve detection for visual scene analysis", IEEE Trans. Computers C-20(5)): at
places along a segment, the mean grey of a band just inside it against one just outside.
A document's side separates its face from what it lies on, so the bands differ in the same
direction at nearly every place along it (a sign test); a line of print does so only where
the print is.

`faint_side`: when a card lies near the border on a busy surface (newspaper, a check
cloth, tiles), surround suppression takes its side there for part of the texture, and the
quad search closes the card with the border instead: a whole card then reads as cut off.
Its side is still a step in brightness all along its length, even where no single pixel
stands out from the texture. It is looked for between the border and the opposite side,
as a segment joining the two sides that meet the border. The whole quad must also have
the document's shape (`outline_shape`), so a card really cut off by more than a sliver
(which would come out too short) stays cut off. Where its face is as light as what lies
beyond that side (a card filling the frame on a desk or a sheet of its colour), no step
shows at all; the side is then put where the card's shape ends, if that is well inside
the picture: a whole card's quad closed by the border is longer than the card, a cut
card's shorter. The side moved in runs toward the vanishing point of the opposite side
(Hartley & Zisserman 2003, "Multiple view geometry in computer vision", section 8.8: the
two sides' directions are perpendicular on the document, for a phone's focal length).

`print_side`: when a card runs past the border, the edge of its photo box or a line of
its text, parallel to the border and close to it, can close a whole card-shaped quad
inside it, and the card then reads as whole. Such a side shows the card's step (as its
other sides show it) at few places: the card's face lies on both sides of it. The quad
is then closed by the border instead, unless the side steps one way all along it, as
`faint_side` asks of a side: that is the card's edge with something lighter than its face
beyond it (a white sheet), where its other sides have something darker. Nor is it closed
unless the card runs on past the side: a side that meets it must run on to the border
with the card's step across it there too, as a cut card's sides do past a line of its
print, where a whole card's sides end at its corners, with the ground on both sides of
their lines beyond them (a card filling the picture, on a sheet nearly as light as its
face or held by fingers over that side, shows a side that steps faintly or not all
along it). A page (a licence) cut off outside the frame printed along its edge is
closed the same way by the frame's line; on a page such a side must also have the page's
margin beyond it, as light as its face: the page's own edge has the ground beyond it,
and so has a line fitted off the page.

`band_side`: a band printed along a page's edge (a statement's coloured header) that runs
past the border closes a whole quad with its inner edge, which steps from the face to the
band all along as the page's edge steps to the ground. Past that side's corners the
page's two sides run on to the border, with the band on one side of their lines and the
ground on the other: a step one way all along each, darker or lighter. Past a whole
page's corners the ground lies on both sides of them, and so does a strip beyond it (a
box, a keyboard's frame) that runs across their lines. A patch of the ground lit unlike
the rest (a shadow, the picture's darkened corner) can look like a band beside one of a
page's sides, but ends inside the picture along one of the sides meeting it.

`ink_sides`: a document is printed on light stock, and what is printed on it (a photo's
box, a band of text) is darker than the face around it; a card lying on a board or a
plank shows its light face against it. So across most sides of a feature printed on a
cut-off card the inner band is darker than the outer one, and across a card's sides it
is not (on a dark or busy surface it is lighter; on a white sheet about as light).
"""

from __future__ import annotations

import math

from .outline_quads import FULL_CONTRAST
from .outline_shape import FOCAL_ASSUMED, rectangle_shape
from .region import centre, inward_normal

# The side is looked for within this share of the cut quad's extent from the border: the
# lost sides seen lay 4-10 % in (held-out seeds 908000-908119), and the search's cost grows
# with the square of its reach.
REACH = 0.3
STEP = 2  # working pixels between the ends of candidate sides (then refined to 1)
# A candidate side turns at most this much from the opposite side: perspective makes the
# two converge by a few degrees at the tilts a phone photo has (bench: pitch and yaw ±10°).
TURN = math.radians(8)
PLACES = 16  # places along a candidate side where the bands are compared
DEPTHS = (2.0, 4.0)  # pixels from the side where the inner and outer bands are read
# A step counts where the bands differ by at least this many grey levels, the same way as
# at most places (a clear boundary is 12 levels: outline_quads.FULL_CONTRAST).
MIN_STEP = 6.0
AGREEMENT = 0.85  # share of places that must show the step
# The whole quad's recovered aspect ratio lies within this log-ratio of the document's
# (outline_quads.ASPECT_SPREAD: the aspect prior's width).
ASPECT_SLACK = 0.15
# Where no step shows along the side at all, it is put where the document's aspect ratio
# puts it, only if that lies at least this share of the way from the border to the
# opposite side: a shape recovered from a photo is off the card's by 1 % (median) to 3 %
# (90th percentile), 6 % at most (found outlines with IoU above 0.95 on clean ID-card
# photos, design seeds 2667000-2667119 default and 2667200-2667319 held-out), so a card
# cut off by a sliver could read as ending just inside. The shape is read at ASPECT_STEPS
# places across REACH.
ASPECT_INSET = 0.03
ASPECT_STEPS = 30
# print_side: a side whose middle lies within this share of the picture's shorter side from
# a border is judged (the print lines that closed cut cards lay 1.3-4 % in, default seeds
# 909900-909999). It is a side of the card where it shows at least STEP_SHARE of the
# step its other sides show, in their direction, at SHOWN of the places: a card's own
# side differs from them only by what lies beyond it.
NEAR_BORDER = 0.06
ON_BORDER = 0.5  # pixels: a side this near a border is the border
STEP_SHARE = 0.25
SHOWN = 0.5
# On a page, a side is print only with the page's margin beyond it: the grey beyond it
# within this share of the way from the face's grey to the ground's (`_face_beyond`).
# print_side, run on pages so, caught licences cut off outside their printed frame: on
# fresh seeds (2640000-2643299, the pages among 300 scenes of each kind) cut pages missed
# fell from 14 to 9 of 134 (default) and from 24 to 23 of 118 (held-out), and no clean
# page (114 and 130) changed; on the seeds it was made on (1497100-1499699) misses fell
# from 55 to 47 of 330 cut pages, and 3 of 378 clean ones failed framing as well: the
# wrong quad of a keyboard's keys, as light as the page, a page's edge in a cast shadow
# and one fitted a pixel or two inside it, where the band beyond lies on the page too.
MARGIN_REACH = 0.25
# band_side: a band printed along a page's edge (a statement's header) is at most this share
# of the page's extent across it. Along a side past its corner the band must show at
# BAND_HELD places at least (working pixels); it ends after BAND_GAP places in a row
# without it.
BAND_DEPTH = 0.15
BAND_HELD = 2
BAND_GAP = 3


def faint_side(gray, width: int, height: int, corners, aspect: float):
    """The corners of the whole quad when the one side of `corners` (in order around it,
    side k running from corner k − 1 to corner k) that lies on a border is really a
    faint side of the document inside the picture; else None. Where no candidate shows
    the step, the side is put where the document's shape puts it (`_by_aspect`)."""
    on_border = [_border_beside(corners[k - 1], corners[k], width, height, ON_BORDER) is not None for k in range(4)]
    if sum(on_border) != 1 or not all(-1 <= x <= width + 1 and -1 <= y <= height + 1 for x, y in corners):
        return None
    v = on_border.index(True)
    # The border side runs from p0 to q0; the sides meeting it run on to p1 and q1.
    p0, q0 = corners[v - 1], corners[v]
    p1, q1 = corners[v - 2], corners[(v + 1) % 4]
    opposite = math.atan2(q1[1] - p1[1], q1[0] - p1[0])
    middle = centre(corners)
    span_p, span_q = math.dist(p0, p1), math.dist(q0, q1)
    if min(span_p, span_q) < 4 * STEP:
        return None

    def end(a, b, span, n, step):
        return a[0] + (b[0] - a[0]) * n * step / span, a[1] + (b[1] - a[1]) * n * step / span

    def strongest(pool, step):
        """The strongest agreeing candidate (strength, (i, j), p, q) of the pool, or None."""
        best = None
        for i, j in pool:
            p, q = end(p0, p1, span_p, i, step), end(q0, q1, span_q, j, step)
            turn = abs((math.atan2(q[1] - p[1], q[0] - p[0]) - opposite + math.pi / 2) % math.pi - math.pi / 2)
            if turn > TURN:
                continue
            agreement, strength = _step_along(gray, width, height, p, q, middle)
            if agreement >= AGREEMENT and (best is None or strength > best[0]):
                best = strength, (i, j), p, q
        return best

    # every STEP pixels along both sides, then every pixel around the strongest
    reach_p, reach_q = int(REACH * span_p / STEP), int(REACH * span_q / STEP)
    best = strongest([(i, j) for i in range(1, reach_p + 1) for j in range(1, reach_q + 1)], STEP)
    if best is None:
        whole = _by_aspect(corners, v, width, height, aspect)
        if whole is None:
            return None
        # a cut document runs on past where its shape would end, and its sides with it
        middle = centre(whole)
        sides = [[step for step in _steps(gray, width, height, whole[j - 1], whole[j], middle) if step is not None]
                 for j in range(4)]
        return None if _runs_on(gray, width, height, whole, corners, v, sides, middle) else whole
    i0, j0 = best[1][0] * STEP, best[1][1] * STEP
    best = strongest(
        [(i, j) for i in range(i0 - STEP + 1, i0 + STEP) for j in range(j0 - STEP + 1, j0 + STEP)], 1.0
    ) or best
    _, _, p, q = best
    whole = list(corners)
    whole[v - 1], whole[v] = p, q
    ratio, _ = rectangle_shape(whole, width, height)
    if abs(math.log(ratio / aspect)) > ASPECT_SLACK:
        return None
    return tuple(whole)


def _by_aspect(corners, v, width, height, aspect):
    """The corners of the whole quad with side v (on a border) moved in to where the
    quad's recovered shape (`rectangle_shape`) is the document's aspect ratio, or None
    unless it is there ASPECT_INSET or more of the way in along side v − 1. Moved in
    from the border, a whole document's quad (longer than the document) shortens to its
    shape; a cut one is shorter than the document already, and only grows shorter."""
    p0, q0 = corners[v - 1], corners[v]
    p1, q1 = corners[v - 2], corners[(v + 1) % 4]

    # The moved side and the opposite side are parallel on the document, so in the picture
    # they meet at a vanishing point on the opposite side's line: the one whose direction
    # is perpendicular to that of the sides meeting the border (their own vanishing point)
    # for a phone's focal length, with the principal point at the picture's centre.
    # Nearly square on, that point swings far with a degree's error in a side; where it
    # would turn the side more than TURN from the opposite one (as `faint_side` allows),
    # the side runs parallel to it. Homogeneous points and lines, relative to the centre.
    cx, cy = width / 2, height / 2
    p0c, p1c, q0c, q1c = ((x - cx, y - cy, 1.0) for x, y in (p0, p1, q0, q1))
    along_q, opposite = _cross(q0c, q1c), _cross(p1c, q1c)
    meet = _cross(_cross(p0c, p1c), along_q)
    focal_sq = (FOCAL_ASSUMED * max(width, height)) ** 2
    vanish = _cross(opposite, (meet[0], meet[1], meet[2] * focal_sq))
    # the opposite side's direction, also as the point at infinity along it
    parallel = (q1c[0] - p1c[0], q1c[1] - p1c[1], 0.0)
    through = parallel
    if abs(vanish[2]) > 1e-12:
        # from halfway through the reach along side p, near where the moved side lies
        x, y = p0c[0] + (p1c[0] - p0c[0]) * REACH / 2, p0c[1] + (p1c[1] - p0c[1]) * REACH / 2
        dx, dy = vanish[0] / vanish[2] - x, vanish[1] / vanish[2] - y
        turn = abs(math.atan2(dx * parallel[1] - dy * parallel[0], dx * parallel[0] + dy * parallel[1]))
        if min(turn, math.pi - turn) <= TURN:
            through = vanish

    def moved(share):
        p = p0c[0] + (p1c[0] - p0c[0]) * share, p0c[1] + (p1c[1] - p0c[1]) * share, 1.0
        x, y, w = _cross(_cross(p, through), along_q)
        if abs(w) < 1e-12:  # the moved side runs along side q
            return None
        whole = list(corners)
        whole[v - 1], whole[v] = (p[0] + cx, p[1] + cy), (x / w + cx, y / w + cy)
        return whole

    def off(share):
        whole = moved(share)
        return None if whole is None else math.log(rectangle_shape(whole, width, height)[0] / aspect)

    # where the shape's log-ratio to the aspect changes sign near it (not by a jump across
    # it), read linearly between places
    shares = [n / ASPECT_STEPS * REACH for n in range(ASPECT_STEPS + 1)]
    values = [off(share) for share in shares]
    for n in range(1, len(shares)):
        a, b = values[n - 1], values[n]
        if a is not None and b is not None and a * b <= 0 and abs(a) < ASPECT_SLACK:
            share = shares[n - 1] + (shares[n] - shares[n - 1]) * (a / (a - b) if a != b else 0.0)
            whole = moved(share) if share >= ASPECT_INSET else None
            return None if whole is None else tuple(whole)
    return None


def _cross(a, b):
    """The cross product of two homogeneous triples: the line through two points, or
    the point where two lines meet."""
    return a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]


def print_side(gray, width: int, height: int, corners, page=False):
    """The corners of the quad closed by the border instead of one of its sides, when the
    quad lies inside the picture and that side runs close beside the border and is print
    on a document running past it (see the module's docstring); else None. `corners` are
    in order around the quad, side k running from corner k − 1 to corner k. On a `page`,
    a side is print only with the page's face beyond it (`_face_beyond`)."""
    if not all(0 <= x <= width and 0 <= y <= height for x, y in corners) or any(
        _border_beside(corners[k - 1], corners[k], width, height, ON_BORDER) for k in range(4)
    ):
        return None  # cut off already
    near = NEAR_BORDER * min(width, height)
    beside = [_border_beside(corners[k - 1], corners[k], width, height, near) for k in range(4)]
    if not any(beside):
        return None
    middle = centre(corners)
    bands = [
        [band for band in _bands(gray, width, height, corners[k - 1], corners[k], middle) if band is not None]
        for k in range(4)
    ]
    sides = [[inner - outer for inner, outer in side] for side in bands]
    for k, border in enumerate(beside):
        if border is None:
            continue
        typical = _median(step for j in range(4) if j != k for step in sides[j])
        if abs(typical) < MIN_STEP:  # a faint card: its sides cannot be told from print
            continue
        steps = sides[k]
        shown = _shown(steps, typical)
        if not steps or shown >= SHOWN * len(steps):
            continue
        # A page's side is print only with the page beyond it, the margin outside the
        # frame printed along its edge: with the ground beyond, it is the page's edge (a
        # header printed to it puts ink inside), or a line fitted off the page.
        if page and not _face_beyond(bands, k):
            continue
        # A step one way all along it, as `faint_side` takes for a side, parts the card's
        # face from what lies beyond, lighter or darker than beyond its other sides (a
        # white sheet beyond this one, a desk beyond the rest): print steps only at glyphs.
        if _step_along(gray, width, height, corners[k - 1], corners[k], middle)[0] >= AGREEMENT:
            continue
        # The document runs on past print to the border, and so do its sides there; a
        # whole document's sides end at its corners, with the ground beyond them.
        closed = _closed_by(corners, k, border)
        if closed and _runs_on(gray, width, height, corners, closed, k, sides, middle):
            return closed
    return None


def band_side(gray, width: int, height: int, corners):
    """The corners of the quad closed by the border instead of one of its sides, when the
    quad lies inside the picture and that side is the inner edge of a band printed along
    a page's edge that runs past the border (see the module's docstring); else None. The
    sides meeting that side keep their lines, to the border. `corners` as in
    `print_side`."""
    if not all(0 <= x <= width and 0 <= y <= height for x, y in corners):
        return None
    middle = centre(corners)
    bands = [
        [band for band in _bands(gray, width, height, corners[k - 1], corners[k], middle) if band is not None]
        for k in range(4)
    ]
    for k in range(4):
        if not bands[k]:
            continue
        # A band of ink, unlike the ground beyond the page's other sides.
        ground = _median(outer for j in range(4) if j != k for _, outer in bands[j])
        gap = _median(outer for _, outer in bands[k]) - ground
        if abs(gap) < FULL_CONTRAST:
            continue
        (ax, ay), (bx, by), (cx, cy), (dx, dy) = corners[k - 1], corners[k], corners[k - 2], corners[k - 3]
        reach = BAND_DEPTH * math.hypot((ax + bx - cx - dx) / 2, (ay + by - cy - dy) / 2)  # across the page
        # The band runs out of the picture all along the side: a shadow or a patch of the
        # ground beside a page, taken for a band, ends inside the picture along one side.
        ends = [
            _band_to_border(gray, width, height, corners[end], corners[far], middle, gap, reach)
            for end, far in ((k - 1, k - 2), (k, (k + 1) % 4))
        ]
        if None not in ends:
            whole = list(corners)
            whole[k - 1], whole[k] = ends
            return tuple(whole)
    return None


def _band_to_border(gray, width, height, corner, far, middle, gap, reach):
    """Where the side from `far` through `corner`, walked on past the corner a pixel at a
    time, meets the border with the band inside its line and the ground outside it all
    the way (the step across it shows at least half their difference `gap`, band minus
    ground, its way, at BAND_HELD places or more, with no more than BAND_GAP in a row
    short of it); None where the band ends first, or where the border lies further than
    `reach`. Beyond a whole page's corner the ground lies on both sides."""
    length = math.dist(far, corner)
    normal = inward_normal(far, corner, middle)
    if normal is None:
        return None
    dx, dy = (corner[0] - far[0]) / length, (corner[1] - far[1]) / length
    offsets = [(depth * normal[0], depth * normal[1]) for depth in DEPTHS]
    exit_at = min(
        ((size if step > 0 else 0) - start) / step
        for start, step, size in ((corner[0], dx, width), (corner[1], dy, height))
        if step
    )
    if exit_at > reach:
        return None
    at_border = corner[0] + exit_at * dx, corner[1] + exit_at * dy
    held = last = t = 0
    while t < exit_at:
        t += 1
        band = _band_at(gray, width, height, corner[0] + t * dx, corner[1] + t * dy, offsets)
        if band is None:  # the bands leave the picture: at the border the side meets, or beside another
            return at_border if t + DEPTHS[-1] + 2 >= exit_at and held >= BAND_HELD else None
        if (band[0] - band[1]) * gap >= gap * gap / 2:
            held, last = held + 1, t
        elif t - last > BAND_GAP:
            return None
    return at_border if held >= BAND_HELD else None


def ink_sides(gray, width: int, height: int, corners) -> int:
    """How many of the quad's sides have an inner band darker than the outer one by
    MIN_STEP on average over the places along them that lie in the picture."""
    middle = centre(corners)
    count = 0
    for k in range(4):
        steps = [step for step in _steps(gray, width, height, corners[k - 1], corners[k], middle) if step is not None]
        if steps and sum(steps) <= -MIN_STEP * len(steps):
            count += 1
    return count


def _border_beside(p, q, width, height, near):
    """The border (nx, ny, c: the line nx·x + ny·y = c) that the segment p-q runs beside:
    its middle within `near` of it and both ends within twice that (a card turned by a
    few degrees), or None."""
    for border, a, b in (
        ((0.0, 1.0, 0.0), p[1], q[1]),
        ((0.0, 1.0, float(height)), height - p[1], height - q[1]),
        ((1.0, 0.0, 0.0), p[0], q[0]),
        ((1.0, 0.0, float(width)), width - p[0], width - q[0]),
    ):
        if a + b < 2 * near and max(a, b) < 2 * near:
            return border
    return None


def _closed_by(corners, k, border):
    """The corners with side k replaced by the border: the sides on either side of it run
    on to it. None if one of them runs along it."""
    nx, ny, c = border
    whole = list(corners)
    for end, far in ((k - 1, k - 2), (k, (k + 1) % 4)):
        (ax, ay), (bx, by) = corners[far], corners[end]
        toward = nx * (bx - ax) + ny * (by - ay)
        if abs(toward) < 1e-9:
            return None
        t = (c - nx * ax - ny * ay) / toward
        whole[end] = (ax + t * (bx - ax), ay + t * (by - ay))
    return tuple(whole)


def _runs_on(gray, width, height, corners, closed, k, sides, middle) -> bool:
    """Whether a side of the quad that meets side k runs on to the border as it runs
    along the quad: on the stretch from its corner to the border (`closed`: the quad
    with side k replaced by the border), the step across it shows at SHOWN of the
    places at least STEP_SHARE of its own typical step, in its direction. A side whose
    own step is under MIN_STEP cannot tell, nor can one whose stretch has its bands in
    the picture at fewer than SHOWN of the places (it runs beside another border); when
    neither can, the document counts as running on. `sides` holds each side's steps
    along it (inner grey minus outer)."""
    told = False
    for j, end in ((k - 1, k - 1), ((k + 1) % 4, k)):
        typical = _median(sides[j])
        if abs(typical) < MIN_STEP:
            continue
        steps = [step for step in _steps(gray, width, height, corners[end], closed[end], middle) if step is not None]
        if len(steps) < SHOWN * PLACES:
            continue
        told = True
        if _shown(steps, typical) >= SHOWN * PLACES:
            return True
    return not told


def _shown(steps, typical) -> int:
    """How many of the steps show at least STEP_SHARE of the `typical` step, in its
    direction."""
    return sum(1 for step in steps if step * typical >= STEP_SHARE * typical * typical)


def _face_beyond(bands, k) -> bool:
    """Whether the page's face lies beyond side k: the median grey of its outer bands
    within MARGIN_REACH of the way from the face's grey (the median of the other sides'
    inner bands) to the ground's (of their outer bands), as the margin of paper outside a
    printed frame does; False when the face and the ground are not a clear boundary apart
    (FULL_CONTRAST: a page on a light desk is as light as it). The ground beyond one of a
    page's edges, lit unlike the ground elsewhere (vignetting, a lamp), can lie partway
    between, nearer the face (a licence on a pale desk shaded toward one side: 182
    against face 209 and ground 221, seed 1499115). `bands` holds the (inner, outer)
    greys along each side (`_bands`)."""
    face = _median(inner for j in range(4) if j != k for inner, _ in bands[j])
    ground = _median(outer for j in range(4) if j != k for _, outer in bands[j])
    gap = abs(face - ground)
    beyond = _median(outer for _, outer in bands[k])
    return gap >= FULL_CONTRAST and abs(beyond - face) <= MARGIN_REACH * gap


def _median(values) -> float:
    """The upper median of some numbers, 0 for none."""
    values = sorted(values)
    return values[len(values) // 2] if values else 0.0


def _steps(gray, width, height, p, q, middle):
    """At each of PLACES places along the segment p-q, the step from the outer band to the
    inner one (the side facing `middle`) in grey levels, or None where a band leaves the
    picture."""
    for band in _bands(gray, width, height, p, q, middle):
        yield None if band is None else band[0] - band[1]


def _bands(gray, width, height, p, q, middle):
    """At each of PLACES places along the segment p-q, the mean grey of the inner band
    (on the side facing `middle`) and of the outer one (`_band_at`), or None where a band
    leaves the picture."""
    normal = inward_normal(p, q, middle)
    if normal is None:
        return
    offsets = [(depth * normal[0], depth * normal[1]) for depth in DEPTHS]
    for m in range(PLACES):
        u = (m + 0.5) / PLACES
        yield _band_at(gray, width, height, p[0] + (q[0] - p[0]) * u, p[1] + (q[1] - p[1]) * u, offsets)


def _band_at(gray, width, height, px, py, offsets):
    """(inner, outer): the mean grey at the `offsets` (DEPTHS along the inward normal)
    from the point (px, py) and at the same distances the other way, or None where one
    of them lies outside the picture."""
    inner = outer = 0
    for dx, dy in offsets:
        xi, yi, xo, yo = int(px + dx), int(py + dy), int(px - dx), int(py - dy)
        if not (0 <= xi < width and 0 <= yi < height and 0 <= xo < width and 0 <= yo < height):
            return None
        inner += gray[yi * width + xi]
        outer += gray[yo * width + xo]
    return inner / len(offsets), outer / len(offsets)


def _step_along(gray, width, height, p, q, middle):
    """(share of PLACES where the inner band differs from the outer by MIN_STEP in the
    majority's direction, those differences summed over all PLACES) along the segment
    p-q; (0, 0) as soon as neither direction can reach AGREEMENT, or a band leaves the
    picture."""
    allowed = PLACES - math.ceil(AGREEMENT * PLACES)  # places that may lack the step
    lighter, darker = [], []
    for m, step in enumerate(_steps(gray, width, height, p, q, middle)):
        if step is None:
            return 0.0, 0.0
        if step >= MIN_STEP:
            lighter.append(step)
        elif step <= -MIN_STEP:
            darker.append(-step)
        if m + 1 - len(lighter) > allowed and m + 1 - len(darker) > allowed:
            return 0.0, 0.0
    agreeing = max(lighter, darker, key=len)
    return (len(agreeing) / PLACES, sum(agreeing) / PLACES) if agreeing else (0.0, 0.0)
