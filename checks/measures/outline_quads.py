"""Choose the document's four sides among straight lines: candidate quadrilaterals, scored.

Two pairs of roughly parallel lines make a candidate; the picture's borders join in as
virtual lines, so a document with a side outside the picture still closes into a quad
along the border (the idea of the line-based entries to the SmartDoc 2015 challenge,
Burie et al., ICDAR 2015; and of Skoryukina, Tropin et al. on ID cards). Each side is
scored by how much of its visible length has edge pixels under it (from the lines'
support profiles, two look-ups per side), preferring one gradient sign. A quad's
evidence is its supported length times the share of its outline that is supported, so
the winner is a large quad whose sides are really drawn in the picture; it is then
weighted by whether a phone could see a rectangle so (`outline_shape`: the rectangle's
real corner angle and aspect ratio recovered from the perspective quad), by the
expected aspect ratio when one is given (and, for a quad closed by a border, whether it
could be part of such a document at all), by its size, by the contrast between bands
just inside and just outside its sides, by how light its face is, and on request by
whether its sides end at its corners (`overrun`: a document's do; the lines of a grid of
keys, tiles or checks run on past a cell's), and for a card by whether a line of such a
grid runs across it (`crossed`). The search is branch and bound over pairs
of lines, strongest first.
"""

from __future__ import annotations

import math
from bisect import bisect_left

from .outline_lines import Line
from .outline_shape import rectangle_shape
from .region import centre, inward_normal

# A card seen 40° off square has corners of 50° and legs converging 80°: the shape prior
# (`outline_shape`) judges such quads, so these limits only keep out the absurd.
MIN_CORNER_ANGLE = math.radians(30)  # adjacent sides meet at least this steeply
MAX_OPPOSITE_ANGLE = math.radians(80)  # opposite sides may converge this much (perspective)
MIN_SHARE = 0.25  # quads with less of their outline drawn in edges are not considered
BORDER_SUPPORT = 0.25  # what a pixel of picture border counts for as a side
MIXED_SIGN_WEIGHT = 0.5  # edge pixels of the minority gradient sign on a side count this much
ASPECT_SPREAD = 0.15  # log-ratio width of the aspect prior
ASPECT_FLOOR = 0.5  # the prior's weight for a quad far from the expected shape
# A document of no stated shape (a statement, a bill) is still a page, and none is
# longer for its width than a US legal sheet (14 × 8.5 in); A4 and A5 are 1.41, US
# letter 1.29. Searched with this limit (`best_quads`' `longest`), a longer whole quad
# (half of a page creased down the middle, a band of print, a stripe of cloth) is
# weighed down as by the aspect prior beyond it, and a quad closed by a border must be
# able to be part of such a page (`_could_be_cut`, as for a card or a licence).
LONGEST_PAGE = 14 / 8.5
SKEW_SPREAD = 8.0  # degrees off square of the recovered rectangle's corner: the prior's width
SKEW_FLOOR = 0.5  # the prior's weight for a quad no phone could see a rectangle as
CUT_ASPECT_WEIGHT = 0.75  # a quad closed by a border cannot show its shape: a middle weight
CUT_SHAPE_SLACK = 0.25  # how much longer perspective may make a side than the aspect allows
OUTSIDE_REACH = 0.6  # corners may lie this far outside the picture (share of its size)
MIN_SIDE = 0.05  # shortest side, as a share of the picture's shorter side
# Quads covering less of the picture than this lose evidence with the square root of
# their area, so a small box beside a large, cut-off card is not the card. It is well
# below what capture guides ask for (Veridas/idnorm: 40–90 % of the image): a card too
# small to read (an ID-1 card a fifth as wide as a 4:3 picture covers 3 % of it) must
# still be found, or the resolution check would measure the whole picture instead.
SMALL_SHARE = 0.03
BAND_DEPTHS = (3.0, 6.0)  # pixels from a side where its inner and outer bands are read
# A side this far from every border (the deepest band and a pixel) has every sample inside.
_BAND_REACH = max(BAND_DEPTHS) + 1
BAND_SAMPLES = 8  # places along each side where the bands are read
_BAND_PLACES = [(m + 0.5) / BAND_SAMPLES for m in range(BAND_SAMPLES)]  # shares of the side's length
FULL_CONTRAST = 12.0  # grey levels between the bands that count as a clear boundary
CONTRAST_FLOOR = 0.2  # weight of a quad whose sides separate nothing
AROUND_AREA = 1.6  # a paper's edge around its printed frame encloses at most this much more
AROUND_MIN_AREA = 1.03  # and at least this much more (not the frame itself again)
SPLIT_GAP = 1.0 + 1e-6  # pixels: further than `inside` allows, whatever the rounding
LIGHT_RANK = 0.9  # the quantile of the picture's greys a document's face is compared with
# Weight of a quad whose face is black. All three documents are printed on light card or
# paper; a dark face is a statement's header band, a phone, a box. At 0.5 a header band
# on newsprint still outscored its page (held-out seed 2732029). At 0.25, of 460 fresh
# scenes (seeds 2732000-2733059) 4 outlines moved from a dark quad to the document and 2
# to another quad, none the other way; 14 statuses were made right, 1 wrong (held-out
# cut framing right 47 -> 49 of 60). On the finals (held-out n 400 seed 2010000, default
# n 600 seed 2009000) 6 statements' outlines moved off their header band (IoU 0.08-0.80
# to 0.65-0.99), and statuses changed on two more scenes, one right and one wrong.
DARK_FLOOR = 0.25
OVERRUN_REACH = 0.25  # how far past each corner a side's line is read, as a share of the side
OVERRUN_FLOOR = 0.5  # weight of a quad whose every side's line runs on, drawn, past its corners
# The stretch past a corner starts this far from it (working pixels), clear of the corner's
# blur and of the other side's edge pixels, which `walk` counts a pixel either side of a
# line; stretches shorter than OVERRUN_SKIP are not read.
OVERRUN_SKIP = 2.0
# A card is one piece: no straight line is drawn all the way across its face (its print
# is rows of text, a photo's box, guilloche), while a block of tiles, keys or checks has
# its grid's lines running across it. A grid's line is drawn nearly all along (grout
# lines across blocks of tiles: 0.85-1.1 of the way, counting edge pixels a pixel either
# side), a row of text only at its glyphs (a card's number row: 0.51; seeds 2008205,
# 2313006, 2318163). Lines nearer a side than CROSSING_INSET of the quad's extent are
# left out: a side found twice, a sleeve's rim, a shadow beside it.
CROSSING_SHARE = 0.8
CROSSING_INSET = 0.15
# Half the evidence: a block of four tiles then weighs what one tile does. On fresh seeds
# (default 2007000, n 600; held-out 2008000, n 400) cut cards caught rose from 80.0 to
# 90.0 % of default scenes (a box beside the cut card had won, its printed label band
# running across it); one held-out glare scene was caught too, and no other scene moved
# between right and wrong. Weighed so too, a block cut off by the border, with a grid
# line running from the border across it, no longer won over a card held over tiles
# (held-out seed 2010346: framing false alarms on the held-out finals 5.7 -> 5.0 %), nor a
# sheet over the cut card lying on it (2709559); counting lines from side to side as
# well lost cards lying on cut sheets (2009505).
CROSSED_WEIGHT = 0.5


class Quad:
    """A candidate outline: corners (a∩b, b∩c, c∩d, d∩a for sides a, b, c, d), the
    indices of its side lines, its evidence (`score`), and its `quality`: the evidence
    without the weights that grow with size (supported length, SMALL_SHARE), so 0..1
    whatever the quad's size: its drawn share times its shape, aspect and contrast
    weights."""

    __slots__ = ("corners", "sides", "score", "supported", "visible", "quality")

    def __init__(self, corners, sides, score, supported, visible, quality):
        self.corners = corners
        self.sides = sides
        self.score = score
        self.supported = supported  # supported pixels of the real sides
        self.visible = visible  # visible pixels of the real (not border) sides
        self.quality = quality

    def replaced(self, **changes) -> "Quad":
        """This quad with the given fields changed, the others kept (a name that is no
        field fails, as in the constructor)."""
        fields = {name: getattr(self, name) for name in self.__slots__}
        fields.update(changes)
        return Quad(**fields)


def visible_span(line: Line, width: float, height: float):
    """The t-interval of the line inside the picture (Liang–Barsky clipping), or None."""
    # A point on the line: foot of the perpendicular from the origin; direction (-sin, cos).
    px, py = line.rho * line.cos, line.rho * line.sin
    dx, dy = -line.sin, line.cos
    t0 = line.position(px, py)
    lo, hi = -math.inf, math.inf
    for p, d, top in ((px, dx, width), (py, dy, height)):
        if abs(d) < 1e-12:
            if p < -1e-6 or p > top + 1e-6:
                return None
            continue
        a, b = (0 - p) / d, (top - p) / d
        lo = max(lo, min(a, b))
        hi = min(hi, max(a, b))
    if hi <= lo:
        return None
    return t0 + lo, t0 + hi


def intersection(a: Line, b: Line):
    """Where two lines cross, (x, y); None for parallel ones."""
    det = a.cos * b.sin - a.sin * b.cos
    if abs(det) < 1e-9:
        return None
    x = (a.rho * b.sin - b.rho * a.sin) / det
    y = (a.cos * b.rho - b.cos * a.rho) / det
    return x, y


def angle_between(a: Line, b: Line) -> float:
    """The angle between two lines, 0..pi/2."""
    d = abs(a.theta - b.theta) % math.pi
    return min(d, math.pi - d)


def best_quads(
    gray, lines: list[Line], width: int, height: int, aspect, keep: int = 1, within=None, around=None,
    at_least: float = 0.0, light: int | None = None, ending: bool = False, one_piece: bool = False,
    min_share: float = MIN_SHARE, longest: float | None = None, using: int = 0,
) -> list[Quad]:
    """The `keep` best-scoring quads made of the given lines (real and virtual) in the
    grey image `gray` (width × height) the lines were found in; with `within` (a convex
    polygon), only quads inside the picture whose centre lies in that polygon; with
    `around` (a convex quad), only quads that hold it and are AROUND_MIN_AREA to
    AROUND_AREA times its area. Quads scoring `at_least` or less are not wanted, which
    lets the search stop early. `light` is the grey a document's face is compared with
    (`light_level` of the picture; by default of `gray`, which may be a part of it). With
    `ending`, quads are also weighed by whether their sides end at their corners
    (`overrun`); with `one_piece`, by whether a drawn line runs across them (`crossed`;
    across a quad closed by a border, from that border). Quads with less than
    `min_share` of their outline drawn are not considered (at least MIN_SHARE); a quad's
    `quality` never exceeds that share, so a caller that needs a quality above some value
    can leave out every quad below it. Without an `aspect`, `longest` (LONGEST_PAGE)
    bounds the shape of a document of any other shape. With `using` (a bit mask over
    `lines`), only quads with a side on one of those lines are considered."""
    count = len(lines)
    spans = [visible_span(line, width, height) for line in lines]
    reach_x, reach_y = OUTSIDE_REACH * width, OUTSIDE_REACH * height
    min_side = MIN_SIDE * min(width, height)
    small_area = SMALL_SHARE * width * height  # quads below it are weighted by their size
    # Corners: where each pair of steeply meeting lines cross, with the position of the
    # crossing along each of the two lines (at[i][j]: along line i).
    corner = {}
    at = [[0.0] * count for _ in range(count)]
    for i in range(count):
        for j in range(i + 1, count):
            if angle_between(lines[i], lines[j]) < MIN_CORNER_ANGLE:
                continue
            point = intersection(lines[i], lines[j])
            if point is None:
                continue
            x, y = point
            if not (-reach_x <= x <= width + reach_x and -reach_y <= y <= height + reach_y):
                continue
            if within is not None and not (0 <= x <= width and 0 <= y <= height):
                continue  # a quad wanted wholly inside the picture cannot have this corner
            corner[i, j] = corner[j, i] = point
            at[i][j] = lines[i].position(x, y)
            at[j][i] = lines[j].position(x, y)
    pairs = [
        (i, j)
        for i in range(count)
        for j in range(i + 1, count)
        if angle_between(lines[i], lines[j]) <= MAX_OPPOSITE_ANGLE
    ]
    crossing = [0] * count  # bit j of crossing[i]: lines i and j meet at a corner
    for i, j in corner:
        crossing[i] |= 1 << j
    if around is not None:
        # A quad holding `around` has all its corners on the inner side of each of its
        # sides, give or take the pixel `inside` allows: a line with corners of `around`
        # further than that on both sides of it is a side of no such quad, and is left
        # out of every candidate (on a page, the lines of its print and of its frame).
        apart = [k for k, line in enumerate(lines) if _splits(line, around)]
        if apart:
            left_out = sum(1 << k for k in apart)
            crossing = [bits & ~left_out for bits in crossing]
            for k in apart:
                crossing[k] = 0

    def side(k, p, q):
        """Score parts of the side on line k between its crossings with lines p and q:
        (visible length, supported length, credit, whole length), or None."""
        t1, t2 = at[k][p], at[k][q]
        if t1 > t2:
            t1, t2 = t2, t1
        span = spans[k]
        if t2 - t1 < min_side or span is None:
            return None
        # max() and min() spelt out: calls cost in Pyodide, and this runs for every side
        lo = t1 if t1 >= span[0] else span[0]
        hi = t2 if t2 <= span[1] else span[1]
        visible = hi - lo
        line = lines[k]
        if line.virtual:
            return (visible, 0.0, BORDER_SUPPORT * visible, t2 - t1) if visible > 0 else None
        if visible < min_side / 2:
            return None
        bright, dark = line.support(lo, hi)
        # `weighted_support` spelt out: this runs for every side
        weighted = bright + MIXED_SIGN_WEIGHT * dark if bright >= dark else dark + MIXED_SIGN_WEIGHT * bright
        supported = visible if visible <= weighted else weighted
        return (visible, supported, supported, t2 - t1)

    # The side on line k between the lines of pairs[m], worked out when first needed: a
    # table, looked up in the loop below without a call (Python calls cost in Pyodide).
    unknown = ()
    parts_of = [[unknown] * len(pairs) for _ in range(count)]

    # Branch and bound: no quad earns more credit than its four lines hold in all, so with
    # pairs sorted by what their two lines hold, the search stops once even the best
    # remaining pair cannot lift a quad into the `keep` best found so far.
    holds = [_holding(line, spans[k], width, height) for k, line in enumerate(lines)]
    pairs.sort(key=lambda pair: holds[pair[0]] + holds[pair[1]], reverse=True)
    bounds = [holds[a] + holds[c] for a, c in pairs]
    lowered = [-bound for bound in bounds]  # ascending, for bisect
    pair_at = [[-1] * count for _ in range(count)]  # pair_at[b][d]: where (b, d) or (d, b) is in pairs
    for m, (b, d) in enumerate(pairs):
        pair_at[b][d] = pair_at[d][b] = m
    # A polygon around the whole picture holds the centre of every quad inside it.
    centre_within = within is not None and not all(
        inside(within, x, y) for x, y in ((0, 0), (width, 0), (width, height), (0, height))
    )
    found = []
    floor = at_least
    contrast_cache = {}
    if light is None:
        light = light_level(gray)
    for n, (a, c) in enumerate(pairs):
        if n + 1 < len(pairs) and bounds[n] + bounds[n + 1] <= floor:
            break
        both = crossing[a] & crossing[c]
        old = using and not (using >> a & 1 or using >> c & 1)  # b or d must be of `using`
        if old and not both & using:
            continue
        on_a, on_c = parts_of[a], parts_of[c]
        # The sides between a and c on the lines crossing both, strongest first: a quad's
        # other two sides are two of them.
        crossers = []
        for k in [k for k in range(count) if both >> k & 1]:
            part = parts_of[k][n]
            if part is unknown:
                part = parts_of[k][n] = side(k, a, c)
            if part is not None:
                crossers.append((part[2], k))
        crossers.sort(reverse=True)
        # The pairs of them within the bound, in order, made from them rather than found by
        # testing every pair (about one in six would qualify, at three times the cost in
        # Pyodide); and only those whose two sides could lift a quad above the floor with
        # all that a and c hold (a hair below it, for rounding: the bound is not the sum).
        stop = _first_beyond(bounds, n, floor, lowered)
        limit = floor - bounds[n] - 1e-9 * (floor + bounds[n])
        weakest = [-credit for credit, _ in crossers]  # ascending, for bisect
        ms = [
            m
            for i, (credit, b) in enumerate(crossers)
            for row in (pair_at[b],)
            for _, d in crossers[i + 1 : bisect_left(weakest, credit - limit, i + 1)]
            if n < (m := row[d]) < stop
        ]
        ms.sort()
        for m in ms:
            if bounds[n] + bounds[m] <= floor:  # the floor rises as quads are found
                break
            b, d = pairs[m]
            if old and not (using >> b & 1 or using >> d & 1):
                continue
            part_a = on_a[m]
            if part_a is unknown:
                part_a = on_a[m] = side(a, b, d)
            if part_a is None:
                continue
            part_c = on_c[m]
            if part_c is unknown:
                part_c = on_c[m] = side(c, b, d)
            if part_c is None:
                continue
            part_b, part_d = parts_of[b][n], parts_of[d][n]
            credit = part_a[2] + part_b[2] + part_c[2] + part_d[2]
            visible = part_a[0] + part_b[0] + part_c[0] + part_d[0]
            share = credit / visible
            if share < min_share:
                continue
            evidence = credit * share
            if evidence <= floor:  # the weights below only lower it
                continue
            parts = (part_a, part_b, part_c, part_d)
            corners = (corner[a, b], corner[b, c], corner[c, d], corner[d, a])
            if not _convex(corners):
                continue
            if around is not None and not (
                AROUND_MIN_AREA * abs(area(around)) <= abs(area(corners)) <= AROUND_AREA * abs(area(around))
                and all(inside(corners, x, y) for x, y in around)
            ):
                continue
            if centre_within and not inside(within, *centre(corners)):
                continue
            covered = abs(area(corners))
            size_weight = math.sqrt(covered / small_area) if covered < small_area else 1.0
            # The weights below are at most 1, and a rounded product does not grow when a
            # factor shrinks: a quad that its size weight alone keeps at or below the floor
            # is dropped before its shape and overrun, which cost most, are worked out.
            if evidence * size_weight <= floor:
                continue
            virtual = lines[a].virtual or lines[b].virtual or lines[c].virtual or lines[d].virtual
            if virtual:
                limit = aspect or longest
                if limit and not _could_be_cut(parts, [lines[k].virtual for k in (a, b, c, d)], limit):
                    continue
                if aspect:
                    evidence *= CUT_ASPECT_WEIGHT
            else:
                # Judge the rectangle the quad shows, not its foreshortened image.
                ratio, skew = rectangle_shape(corners, width, height)
                evidence *= SKEW_FLOOR + (1 - SKEW_FLOOR) * math.exp(-((skew / SKEW_SPREAD) ** 2))
                # the aspect prior: off the expected ratio, or beyond the longest page's
                expected = aspect or (longest if longest and ratio > longest else None)
                if expected:
                    off = math.log(ratio / expected) / ASPECT_SPREAD
                    evidence *= ASPECT_FLOOR + (1 - ASPECT_FLOOR) * math.exp(-off * off)
            if ending:
                if evidence * size_weight <= floor:
                    continue
                evidence *= ending_weight(lines, (a, b, c, d), corners, spans)
            evidence *= size_weight
            if evidence <= floor:
                continue
            evidence *= _contrast(gray, width, height, corners, (a, b, c, d), lines, contrast_cache, light)
            if evidence <= floor:
                continue
            if one_piece and crossed(lines, (a, b, c, d), at, corner):
                evidence *= CROSSED_WEIGHT
                if evidence <= floor:
                    continue
            drawn = sum(p[0] for p, k in zip(parts, (a, b, c, d)) if not lines[k].virtual)
            quality = evidence / (credit * size_weight)
            found.append((evidence, corners, (a, b, c, d), sum(p[1] for p in parts), drawn, quality))
            if len(found) > keep:
                found.sort(key=lambda f: f[0], reverse=True)
                del found[keep:]
                floor = found[-1][0]
    found.sort(key=lambda f: f[0], reverse=True)
    return [Quad(f[1], f[2], f[0], f[3], f[4], f[5]) for f in found]


def _first_beyond(bounds, n, floor, lowered) -> int:
    """The first m after n where bounds[n] + bounds[m] <= floor (bounds descending;
    `lowered` is them negated), or len(bounds). A bisection in C finds it, give or take
    the rounding of moving bounds[n] across; the sum itself settles the last step."""
    stop = bisect_left(lowered, bounds[n] - floor, n + 1)
    while stop > n + 1 and bounds[n] + bounds[stop - 1] <= floor:
        stop -= 1
    while stop < len(bounds) and bounds[n] + bounds[stop] > floor:
        stop += 1
    return stop


def ending_weight(lines, sides, corners, spans) -> float:
    """A quad's weight for whether its sides end at its corners: 1 when none runs on past
    them, OVERRUN_FLOOR when every one does, drawn (`overrun`; arguments as there)."""
    return 1 - (1 - OVERRUN_FLOOR) * overrun(lines, sides, corners, spans)


def overrun(lines, sides, corners, spans) -> float:
    """The share of the stretches just past a quad's corners, along its real sides' lines,
    that is drawn in edges: about 0 when each side ends at its corners, as a document's
    does; about its sides' own drawn share for a cell of a grid (keys, tiles, checks, a
    page's columns), whose lines run on. Each stretch is OVERRUN_REACH of its side long,
    from OVERRUN_SKIP past the corner; none is read where a border closes the corner.
    `sides` are indices into `lines`, `corners` their crossings (sides[0] ∩ sides[1]
    first), `spans` each line's visible stretch."""
    drawn = seen = 0.0
    for m in range(4):
        line, span = lines[sides[m]], spans[sides[m]]
        if line.virtual or span is None:
            continue
        ends = ((corners[m - 1], sides[m - 1], corners[m]), (corners[m], sides[(m + 1) % 4], corners[m - 1]))
        for corner, neighbour, far_end in ends:
            if lines[neighbour].virtual:
                continue
            t, other = line.position(*corner), line.position(*far_end)
            reach = OVERRUN_REACH * abs(t - other)
            if reach < OVERRUN_SKIP:
                continue
            near, far = OVERRUN_SKIP, OVERRUN_SKIP + reach
            lo, hi = (t + near, t + far) if t > other else (t - far, t - near)
            lo, hi = max(lo, span[0]), min(hi, span[1])
            if hi - lo < reach / 2:  # mostly outside the picture: nothing to see
                continue
            drawn += min(hi - lo, weighted_support(*line.support(lo, hi)))
            seen += hi - lo
    return drawn / seen if seen else 0.0


def crossed(lines, sides, at, corner) -> bool:
    """Whether another line runs across the quad from one side to the opposite one, drawn
    along CROSSING_SHARE of the way, clear of the other two sides by CROSSING_INSET of
    the quad's extent: a grout line through a block of tiles, the gap between two rows
    of keys, a stripe of a check cloth. `sides` are the quad's lines a, b, c, d (a
    opposite c), `at[i][j]` where line j crosses line i along it, `corner` the pairs that
    cross (see `best_quads`). Across a quad closed by a border only a line running from
    such a border to the side across counts: a block of tiles or keys running out of the
    picture has its grid's lines running out with it, where a card lying across a sheet
    that runs out of the picture crosses it from side to side with its own edge, and the
    sheet is a step towards the card (`outline._whole_instead`)."""
    closed = any(lines[k].virtual for k in sides)
    for first, second, ends in ((sides[0], sides[2], (sides[1], sides[3])), (sides[1], sides[3], (sides[0], sides[2]))):
        p, q = ends
        if closed and not (lines[p].virtual or lines[q].virtual):
            continue
        for k, line in enumerate(lines):
            if k in sides or line.virtual or (k, p) not in corner or (k, q) not in corner:
                continue
            if not all(_between(at[end][k], at[end][first], at[end][second]) for end in ends):
                continue
            t0, t1 = sorted((at[k][p], at[k][q]))
            if weighted_support(*line.support(t0, t1)) >= CROSSING_SHARE * (t1 - t0):
                return True
    return False


def _between(t, lo, hi) -> bool:
    """Whether t lies between lo and hi, CROSSING_INSET of the way clear of both."""
    if lo > hi:
        lo, hi = hi, lo
    inset = CROSSING_INSET * (hi - lo)
    return lo + inset < t < hi - inset


def light_level(gray) -> int:
    """The LIGHT_RANK quantile of a grey image (at least 1), from about 4000 samples."""
    sample = sorted(gray[:: max(1, len(gray) // 4000)])
    return max(1, sample[int(LIGHT_RANK * (len(sample) - 1))])


def _could_be_cut(parts, virtual, aspect) -> bool:
    """Whether a quad closed by the border could be part of a document of this aspect.

    A real side between two real corners is a whole side of the document, short or long;
    then no side across it can show more than aspect × its length (with room for
    perspective). A border between two real sides stands where the document's side
    beyond it lies, as long give or take perspective: the same holds for it. A wood
    plank, a sheet of paper or a band of keys cut by the border often fails this.
    """
    for k in range(4):
        if virtual[k - 1] or virtual[(k + 1) % 4]:
            continue
        longest = aspect * parts[k][3] * (1 + CUT_SHAPE_SLACK)
        if parts[k - 1][0] > longest or parts[(k + 1) % 4][0] > longest:
            return False
    return True


def _holding(line: Line, span, width, height) -> float:
    """The most credit any side on this line can earn: all its edge pixels, or its
    visible length at the border rate for a border."""
    if span is None:
        return 0.0
    if line.virtual:
        return BORDER_SUPPORT * (span[1] - span[0])
    return weighted_support(line.bright[-1], line.dark[-1])


def weighted_support(bright: int, dark: int) -> float:
    """Edge pixels of a stretch of line as support: those of its majority gradient sign,
    and MIXED_SIGN_WEIGHT of the others."""
    return max(bright, dark) + MIXED_SIGN_WEIGHT * min(bright, dark)


def is_cut(quad: Quad, lines: list[Line], width: int, height: int) -> bool:
    """Whether the quad is closed by a border or has a corner outside the picture."""
    if any(lines[k].virtual for k in quad.sides):
        return True
    return any(not (0 <= x <= width and 0 <= y <= height) for x, y in quad.corners)


def _splits(line: Line, polygon) -> bool:
    """Whether corners of the polygon lie more than a pixel (and a hair for rounding) on
    either side of the line: then no quad with a side on it holds the polygon (`inside`)."""
    gaps = [x * line.cos + y * line.sin - line.rho for x, y in polygon]
    return max(gaps) > SPLIT_GAP and min(gaps) < -SPLIT_GAP


def inside(polygon, x, y) -> bool:
    """Whether (x, y) lies in a convex polygon (either winding), or within a pixel of it."""
    sign = 1 if area(polygon) > 0 else -1
    x0, y0 = polygon[-1]
    for x1, y1 in polygon:
        cross = (x1 - x0) * (y - y0) - (y1 - y0) * (x - x0)
        if sign * cross < -math.hypot(x1 - x0, y1 - y0):  # more than a pixel outside this side
            return False
        x0, y0 = x1, y1
    return True


def area(corners) -> float:
    """Signed area by the shoelace formula."""
    total = 0
    px, py = corners[-1]
    for x, y in corners:
        total += px * y - x * py
        px, py = x, y
    return 0.5 * total


def _convex(corners) -> bool:
    """Whether the quad turns the same way, clearly (by 1e-9), at each of its corners.
    Spelt out corner by corner: this runs for every candidate quad."""
    (ax, ay), (bx, by), (cx, cy), (dx, dy) = corners
    at_b = (bx - ax) * (cy - by) - (by - ay) * (cx - bx)
    at_c = (cx - bx) * (dy - cy) - (cy - by) * (dx - cx)
    at_d = (dx - cx) * (ay - dy) - (dy - cy) * (ax - dx)
    at_a = (ax - dx) * (by - ay) - (ay - dy) * (bx - ax)
    if at_b >= 1e-9:
        return at_c >= 1e-9 and at_d >= 1e-9 and at_a >= 1e-9
    return at_b <= -1e-9 and at_c <= -1e-9 and at_d <= -1e-9 and at_a <= -1e-9


def _contrast(gray, width, height, corners, sides, lines, cache, light) -> float:
    """How clearly the quad's real sides separate two regions, and how light its face is.

    For each side, the mean grey of a band a few pixels deep just inside is compared with
    the same band just outside, along the side. A document's edge separates its face from
    the background; a line of wood grain or of a keyboard has the same texture on both
    sides, so its bands are alike even though the line itself is sharp. Documents are
    printed on light card or paper: an inner band darker than the picture's `light`
    grey (its LIGHT_RANK quantile) lowers the weight, down to DARK_FLOOR.
    """
    middle = centre(corners)
    total = weight = face = 0.0
    for k in range(4):
        if lines[sides[k]].virtual:
            continue
        (x0, y0), (x1, y1) = corners[k - 1], corners[k]  # line sides[k] runs between them
        normal = inward_normal(corners[k - 1], corners[k], middle)
        if normal is None:
            continue
        nx, ny = normal
        key = (sides[k - 1], sides[k], sides[(k + 1) % 4], nx > 0, ny > 0)
        if key not in cache:
            cache[key] = side_contrast(gray, width, height, x0, y0, x1, y1, nx, ny)
        seen, value, inner = cache[key]
        total += seen * value
        face += seen * inner
        weight += seen
    if weight == 0:
        return CONTRAST_FLOOR
    lightness = max(DARK_FLOOR, min(1.0, face / weight / light))
    return (CONTRAST_FLOOR + (1 - CONTRAST_FLOOR) * total / weight) * lightness


def side_contrast(gray, width, height, x0, y0, x1, y1, nx, ny):
    """(share of samples inside the picture, 0..1 band contrast, inner band's mean grey)."""
    inner = outer = count = 0
    dx, dy = x1 - x0, y1 - y0
    steps = [(depth * nx, depth * ny) for depth in BAND_DEPTHS]
    # A side _BAND_REACH from every border has all its samples inside the picture: then
    # they need not be tested one by one.
    reach = _BAND_REACH
    clear = reach <= x0 <= width - reach - 1 and reach <= x1 <= width - reach - 1 and (
        reach <= y0 <= height - reach - 1 and reach <= y1 <= height - reach - 1
    )
    for u in _BAND_PLACES:
        px, py = x0 + u * dx, y0 + u * dy
        for sx, sy in steps:
            xi, yi = int(px + sx), int(py + sy)
            xo, yo = int(px - sx), int(py - sy)
            if clear or 0 <= xi < width and 0 <= yi < height and 0 <= xo < width and 0 <= yo < height:
                inner += gray[yi * width + xi]
                outer += gray[yo * width + xo]
                count += 1
    if not count:
        return 0.0, 0.0, 0.0
    seen = count / (BAND_SAMPLES * len(BAND_DEPTHS))
    return seen, min(1.0, abs(inner - outer) / count / FULL_CONTRAST), inner / count
