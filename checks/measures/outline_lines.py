"""Straight lines through edge pixels, each with a record of where along it edges lie.

Lines are found with the Hough transform (Hough 1962, US patent 3,069,654, in the
normal form rho = x cos(theta) + y sin(theta) of Duda & Hart 1972, CACM 15(1)), where each
edge pixel votes only near its gradient direction (O'Gorman & Clowes 1976, IEEE Trans.
Computers 25(4)): a few votes per pixel instead of one per angle. Besides the bins of its
own gradient, each pixel votes in the bin of the gradient summed over the edge pixels
around it (`outline_edges`), which along a document's side holds steady where each
pixel's own gradient wavers; a side whose sum is pulled off by texture or by a corner
beside it keeps the votes it had. Each peak is then refined by a total-least-squares fit
to the pixels that voted for it, and the fitted line is walked over the edge map: edge
pixels on it or one pixel beside it, whatever their direction, are recorded as a
"support profile", a prefix sum over positions along the line, so the share of any
segment of the line that has edge pixels under it costs two look-ups. Pixels of either
gradient sign are kept apart, so a segment can be asked whether its edges agree on which
side is brighter.
"""

from __future__ import annotations

import math
from collections import Counter, deque
from itertools import accumulate, compress
from operator import call, itemgetter

from .outline_edges import BIAS, SUMMED_BIAS, EdgeMap

ANGLE_BINS = 180  # one-degree bins of the line's normal direction over [0, pi)
RHO_STEP = 2.0  # pixels per distance bin
MAX_VOTERS = 9000  # edge pixels that vote; more are sampled evenly
SCRAMBLE = 1_000_003  # a prime above any edge count: k * SCRAMBLE mod count visits all
MAX_PEAKS = 64  # peaks refined into lines
PER_DIRECTION = 8  # at most this many peaks within 4° of one another: grain and stripes
# make many, a document at most two, and other directions need room among MAX_PEAKS
NEAR = 1.5  # pixels: the refit's last pass uses pixels this close to the line
GAP = 4  # pixels: gaps this short do not break a stretch of edge along a line

_COS = [math.cos((b + 0.5) * math.pi / ANGLE_BINS) for b in range(ANGLE_BINS)]
_SIN = [math.sin((b + 0.5) * math.pi / ANGLE_BINS) for b in range(ANGLE_BINS)]
# A pixel votes in its own gradient's angle bin and this many either side, and in the bin
# of its summed gradient. On held-out scenes (seeds 850000–850319) this found 228 of 320
# whole documents, the own bins alone 214; the summed bin ±1 as well found 221 (texture
# gained too many votes); the summed bin ±1 alone 228, but it lost small documents (46
# of 80 against 51, seeds 852000–852079), whose corners lie within the summing window of
# much of each side.
VOTE_SPREAD = 1
_SPREAD = [
    tuple((b + d) % ANGLE_BINS for d in range(-VOTE_SPREAD, VOTE_SPREAD + 1)) for b in range(ANGLE_BINS)
]
# Whether a summed bin b votes too, by b - a for the own bin a (a negative index wraps
# round as the angle does): more than VOTE_SPREAD bins apart.
_FAR = [VOTE_SPREAD < d < ANGLE_BINS - VOTE_SPREAD for d in range(ANGLE_BINS)]


class Line:
    """An infinite line x cos(theta) + y sin(theta) = rho, with its support profile.

    Positions along the line are t = -x sin(theta) + y cos(theta). `bright` and `dark`
    are prefix sums over whole-pixel steps of t of edge pixels whose gradient points
    along (cos, sin) or against it, over the stretch of the line inside the picture: the
    step t is at index t + `origin` - `start`. `virtual` marks a border of the picture
    standing in for a side of the document that lies outside it.
    """

    __slots__ = ("theta", "rho", "cos", "sin", "origin", "start", "bright", "dark", "drawn", "votes", "run", "virtual")

    def __init__(self, theta, rho, origin, virtual=False):
        theta %= 2 * math.pi
        if theta >= math.pi:
            theta -= math.pi
            rho = -rho
        self.theta = theta
        self.rho = rho
        self.cos = math.cos(theta)
        self.sin = math.sin(theta)
        self.origin = origin  # makes t + origin positive, so that int() rounds it down
        self.start = 0
        self.bright = None
        self.dark = None
        self.drawn = None  # per step, 1 where an edge pixel of either sign counts, else 0
        self.votes = 0  # edge pixels along the line
        self.run = 0  # longest stretch of edge pixels along the line, small gaps bridged
        self.virtual = virtual

    def position(self, x: float, y: float) -> float:
        return -x * self.sin + y * self.cos

    def support(self, t0: float, t1: float) -> tuple[int, int]:
        """Edge pixels of each sign under the segment t0..t1 (t0 <= t1)."""
        bright, dark = self.bright, self.dark
        last = len(bright) - 1
        # clamped to 0..last, without calls to min() and max() (they cost in Pyodide)
        i0 = int(t0 + self.origin) - self.start
        i0 = 0 if i0 < 0 else last if i0 > last else i0
        i1 = int(t1 + self.origin) - self.start
        i1 = 0 if i1 < 0 else last if i1 > last else i1
        return bright[i1] - bright[i0], dark[i1] - dark[i0]


def border_lines(width: int, height: int) -> list[Line]:
    """The picture's four borders as virtual lines: top, right, bottom, left."""
    origin = width + height
    return [
        Line(math.pi / 2, 0.0, origin, virtual=True),
        Line(0.0, float(width), origin, virtual=True),
        Line(math.pi / 2, float(height), origin, virtual=True),
        Line(0.0, 0.0, origin, virtual=True),
    ]


def find_lines(edges: EdgeMap, min_votes: int) -> list[Line]:
    """Lines with at least `min_votes` supporting edge pixels, longest stretch first."""
    width, height = edges.width, edges.height
    if len(edges.indices) < min_votes:
        return []
    count = len(edges.indices)
    step = max(1, -(-count // MAX_VOTERS))
    # Distances are measured from the centre of the picture, which halves how far a pixel
    # can lie from the foot of its line, and so how much an angle error moves its vote.
    cx, cy = width / 2, height / 2
    xs, ys, dx, dy, own, far = _pixels(edges, step, cx, cy)
    rho_max = math.hypot(width, height) / 2
    rho_bins = int(2 * rho_max / RHO_STEP) + 2
    votes, voter_of = _votes(dx, dy, own, far, rho_max)
    peaks = _peaks(votes, rho_bins, step, min_votes)
    origin = width + height
    lines = []
    for (a, r), members in zip(peaks, _members(peaks, votes, voter_of, rho_bins)):
        theta = (a + 0.5) * math.pi / ANGLE_BINS
        rho = (r + 0.5) * RHO_STEP - rho_max + cx * math.cos(theta) + cy * math.sin(theta)
        fitted = _refit(theta, rho, members, xs, ys)
        if fitted is not None:
            line = walk(Line(*fitted, origin), edges)
            if line.votes >= min_votes:
                lines.append(line)
    return _distinct(lines)


def _pixels(edges: EdgeMap, step: int, cx: float, cy: float):
    """Centres of every step-th edge pixel, also less (cx, cy), the one-degree bin of each
    one's (unsigned) normal angle, and those (their places in the sample) whose summed
    gradient's bin lies more than VOTE_SPREAD from their own, with that bin.

    Each step is one comprehension or map over all the pixels, which runs faster than a
    per-pixel loop appending to several lists, in CPython and in Pyodide; coordinates
    are looked up per column and row, as making a float per pixel costs in Pyodide."""
    indices, count = edges.indices, len(edges.indices)
    if step > 1:
        # Every step-th pixel of a scrambled order: an even sample that does not take every
        # other pixel of each straight run, as every step-th pixel in raster order would.
        indices = [indices[(k * SCRAMBLE) % count] for k in range(0, count, step)]
    width = edges.width
    columns, rows = range(width), range(edges.height)
    column_xs, row_ys = [x + 0.5 for x in columns], [y + 0.5 for y in rows]
    column_dx, row_dy = [x + 0.5 - cx for x in columns], [y + 0.5 - cy for y in rows]
    xs = [column_xs[i % width] for i in indices]
    ys = [row_ys[i // width] for i in indices]
    dx = [column_dx[i % width] for i in indices]
    dy = [row_dy[i // width] for i in indices]
    # atan2 + pi is never negative, so int() rounds down; modulo pi folds the sign away.
    scale, pi, atan2 = ANGLE_BINS / math.pi, math.pi, math.atan2
    gx, gy, sx, sy = edges.gx, edges.gy, edges.summed_x, edges.summed_y
    own = [int((atan2(gy[i] - BIAS, gx[i] - BIAS) + pi) * scale) % ANGLE_BINS for i in indices]
    summed = [
        int((atan2(sy[i] - SUMMED_BIAS, sx[i] - SUMMED_BIAS) + pi) * scale) % ANGLE_BINS for i in indices
    ]
    far = [(k, b) for k, a, b in zip(range(len(own)), own, summed) if _FAR[b - a]]
    return xs, ys, dx, dy, own, far


def _votes(dx, dy, own, far, rho_max):
    """Accumulator cells (angle bin × distance bin, flattened), one per vote, and the
    voter of each: every pixel votes in its own gradient's bin and VOTE_SPREAD bins
    either side, and the `far` ones also in their summed gradient's bin.

    Each pixel votes in angle bins beside its direction, so the bin nearest the line's
    true angle collects all its pixels at one distance.
    """
    rho_bins = int(2 * rho_max / RHO_STEP) + 2
    # (first cell of the angle bin's row, cos, sin) of each bin a pixel of a bin votes in
    rows = [(a * rho_bins, _COS[a], _SIN[a]) for a in range(ANGLE_BINS)]
    spread = [[rows[a] for a in bins] for bins in _SPREAD]
    votes = [
        first + int((x * c + y * s + rho_max) / RHO_STEP)
        for x, y, b in zip(dx, dy, own)
        for first, c, s in spread[b]
    ]
    votes += [first + int((dx[k] * c + dy[k] * s + rho_max) / RHO_STEP) for k, a in far for first, c, s in [rows[a]]]
    voter_of = sorted([*range(len(own))] * len(_SPREAD[0])) + [k for k, _ in far]
    return votes, voter_of


def _peaks(votes, rho_bins, step, min_votes):
    """(angle bin, distance bin) of the strongest, mutually distinct accumulator cells."""
    cells = Counter(votes)
    # Smooth each strong cell with its distance neighbours, then suppress weaker cells
    # close to a stronger one (they are the same line, seen slightly off).
    # Every cell that could make a peak is ranked, not only the strongest few hundred: the
    # strongest cells of a grain or a keyboard would otherwise crowd out the short sides
    # of a small or steeply seen document running in other directions.
    least = min_votes / (3 * step)
    get = cells.get
    ranked = [
        (total, key)
        for key, count in cells.items()
        if count >= least and (total := (get(key - 1, 0) + count + get(key + 1, 0)) * step) >= min_votes
    ]
    ranked.sort(reverse=True)  # strongest first, then by angle and distance bin (key)
    chosen = []
    taken = set()  # cells within 3 angle and 2 distance bins of a chosen peak
    per_angle = [0] * ANGLE_BINS  # peaks chosen within 4° of each angle bin
    for _, key in ranked:
        if len(chosen) >= MAX_PEAKS:
            break
        a, r = divmod(key, rho_bins)
        if key in taken or per_angle[a] >= PER_DIRECTION:
            continue
        chosen.append((a, r))
        for da in range(-3, 4):
            b, rr = a + da, r
            if b < 0 or b >= ANGLE_BINS:  # across the wrap at pi the same line has the opposite rho
                b %= ANGLE_BINS
                rr = rho_bins - 1 - r
            for dr in range(-2, 3):
                taken.add(b * rho_bins + rr + dr)
        for da in range(-4, 5):  # peaks within 4° of one another share one quota
            per_angle[(a + da) % ANGLE_BINS] += 1
    return chosen


def _members(peaks, votes, voter_of, rho_bins):
    """For each peak, the voters that voted within 2 angle and 3 distance bins of it."""
    members = [set() for _ in peaks]
    adders = {}  # cell -> the `add` of the member set of each peak it lies near
    for n, (a, r) in enumerate(peaks):
        add = members[n].add
        for da in range(-2, 3):
            b = a + da
            rr = r
            if b < 0 or b >= ANGLE_BINS:  # wrapped: the same line has the opposite rho
                b %= ANGLE_BINS
                rr = rho_bins - 1 - r
            for dr in range(-3, 4):
                adders.setdefault(b * rho_bins + rr + dr, []).append(add)
    # About half the votes fall near a peak: look every vote up and make one call for each
    # of those, all from C (a Python loop over them is what costs in Pyodide). Most cells
    # lie near one peak, and the call is that set's `add`. The calls are kept in a list by
    # cell, which one itemgetter reads for every vote (a dict's `get` mapped costs more);
    # a cell outside the accumulator holds no vote.
    table = [None] * (ANGLE_BINS * rho_bins)
    for cell, adds in adders.items():
        if 0 <= cell < len(table):
            table[cell] = adds[0] if len(adds) == 1 else _add_to_each(adds)
    found = _pick(table, votes)
    deque(map(call, compress(found, found), compress(voter_of, found)), maxlen=0)
    return members


def _add_to_each(adds):
    """One call that adds a voter to each of several member sets."""
    return lambda k: [add(k) for add in adds]


def _same_line(t1, r1, t2, r2, angle_tol, rho_tol) -> bool:
    d = abs(t1 - t2)
    if d > math.pi / 2:  # across the wrap at pi the same line has the opposite rho
        return math.pi - d <= angle_tol and abs(r1 + r2) <= rho_tol
    return d <= angle_tol and abs(r1 - r2) <= rho_tol


def _refit(theta, rho, members, xs, ys):
    """(theta, rho) fitted to the pixels near (theta, rho), twice, narrowing; or None."""
    for reach in (3.0, NEAR):
        c, s = math.cos(theta), math.sin(theta)
        near = [k for k in members if -reach <= xs[k] * c + ys[k] * s - rho <= reach]
        if len(near) < 3:
            return None
        fitted = _total_least_squares([xs[k] for k in near], [ys[k] for k in near])
        if fitted is None:
            return None
        theta, rho = fitted
    return theta, rho


# Byte tables: 1 where an edge code (1, 2 or both: 3) holds the given gradient sign.
_HAS = {sign: bytes(1 if code & sign else 0 for code in range(256)) for sign in (1, 2)}


def walk(line: Line, edges: EdgeMap) -> Line:
    """Record the line's support by walking along it: at each whole step of t, an edge
    pixel on the line or one pixel to either side of it counts, whatever its gradient
    direction (beside texture a true edge's direction wavers), by the sign of its
    gradient across the line."""
    width, height = edges.width, edges.height
    c, s = line.cos, line.sin
    if abs(s) >= abs(c):  # the line runs across columns: look one row up and down
        codes, bright = edges.beside_y, 1 if s > 0 else 2
    else:
        codes, bright = edges.beside_x, 1 if c > 0 else 2
    x0, y0 = line.rho * c, line.rho * s  # the foot of the perpendicular from the origin
    t0 = line.position(x0, y0)
    # The stretch of t where the line runs inside the picture, two pixels in (Liang–Barsky).
    low, high = -math.inf, math.inf
    for start, slope, top in ((x0, -s, width - 2), (y0, c, height - 2)):
        if abs(slope) < 1e-9:
            if not 2 <= start < top:
                return line
            continue
        a, b = (2 - start) / slope, (top - start) / slope
        low, high = max(low, min(a, b)), min(high, max(a, b))
    if high <= low:
        return line
    low, high = low + t0, high + t0
    first = math.ceil(low)
    steps = range(first, math.floor(high) + 1)
    x_step = -s  # x moves by -sin per step of t (the direction is (-sin, cos))
    at = [int(y0 + (t - t0) * c) * width + int(x0 + (t - t0) * x_step) for t in steps]
    found = bytes(_pick(codes, at))
    bright_at = found.translate(_HAS[bright])
    dark_at = found.translate(_HAS[3 - bright])
    line.start = first + line.origin
    closed_bright, closed_dark = _closed(bright_at), _closed(dark_at)
    line.bright = [0, *accumulate(closed_bright)]
    line.dark = [0, *accumulate(closed_dark)]
    either = int.from_bytes(closed_bright, "little") | int.from_bytes(closed_dark, "little")
    line.drawn = either.to_bytes(len(found), "little")
    line.votes = len(found) - found.count(0)
    line.run = _longest_run(bright_at, dark_at)
    return line


def _pick(sequence, places) -> tuple:
    """The items of `sequence` at `places`, read in one call in C: a bound method mapped
    over the places costs four times as much in Pyodide, a comprehension twice.
    (itemgetter of one place gives the item, not a tuple.)"""
    return itemgetter(*places)(sequence) if len(places) > 1 else tuple(sequence[i] for i in places)


def _total_least_squares(xs, ys):
    """(theta, rho) of the line minimising perpendicular distances (Pearson 1901)."""
    n = len(xs)
    mx = sum(xs) / n
    my = sum(ys) / n
    sxx = sum([(x - mx) ** 2 for x in xs])
    syy = sum([(y - my) ** 2 for y in ys])
    sxy = sum([(x - mx) * (y - my) for x, y in zip(xs, ys)])
    if sxx + syy <= 0:
        return None
    direction = 0.5 * math.atan2(2 * sxy, sxx - syy)
    theta = (direction + math.pi / 2) % math.pi
    return theta, mx * math.cos(theta) + my * math.sin(theta)


def _closed(flags: bytes) -> bytes:
    """0/1 flags with one-pixel gaps closed (a diagonal edge steps by √2)."""
    value = int.from_bytes(flags, "little")
    value |= (value << 8) & (value >> 8)
    return value.to_bytes(len(flags) + 1, "little")[: len(flags)]


def _longest_run(bright: bytes, dark: bytes) -> int:
    """Length of the longest stretch of edge pixels, bridging gaps of up to GAP pixels."""
    # Zero lanes on both sides, so that the dilation does not fall off either end.
    value = (int.from_bytes(bright, "little") | int.from_bytes(dark, "little")) << 8 * GAP
    size = len(bright) + 2 * GAP + 1
    grown = value
    for k in range(1, GAP // 2 + 1):  # dilate then erode: closes gaps of up to GAP
        grown |= (value << 8 * k) | (value >> 8 * k)
    closed = grown
    for k in range(1, GAP // 2 + 1):
        closed &= (grown << 8 * k) & (grown >> 8 * k)
    return max(map(len, closed.to_bytes(size, "little").split(b"\x00")))


def _distinct(lines):
    """Drop lines that duplicate a stronger one after refitting; longest stretch first."""
    lines.sort(key=lambda line: (line.run, line.votes), reverse=True)
    kept = []
    for line in lines:
        if all(
            not _same_line(line.theta, line.rho, k.theta, k.rho, 2 * math.pi / 180, 2.5)
            for k in kept
        ):
            kept.append(line)
    return kept
