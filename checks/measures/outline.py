"""The document's outline in a photo or scan: four corners, found without learning.

The method is the classic line-based one of the SmartDoc 2015 challenge entries (Burie
et al., ICDAR 2015): thin gradient edges with texture suppressed (Canny 1986; Grigorescu
et al. 2003; `outline_edges`), straight lines by a gradient-directed Hough transform with
least-squares refinement (Hough 1962; Duda & Hart 1972; `outline_lines`), and the best
quadrilateral of two pairs of near-parallel lines, the picture's borders standing in for
sides outside it (`outline_quads`). Corners are crossings of the fitted lines, so they
may lie outside the picture when the document is cut off — which is what the framing
check needs to see. For an ID card (an aspect ratio is given), a cut quad gives way to a
whole card-shaped one that explains the picture nearly as well (`_whole_instead`), or,
on a blank cut-off sheet of paper, a card-shaped one with much less evidence than the
sheet (a card is smaller, and on white paper fainter; a feature printed on a cut card
has more print around it); what is darker inside than around it is print on the cut
card, not a card. A card on a sheet seen whole is found on it the same way
(`_card_on_sheet`): the sheet's longer outline wins the first search. A pale card on a
white desk or sheet differs from it more in hue than in brightness, so its edge may be
missing from the grey image, and its photo's box, drawn plainly, would be taken for it:
for a card the lines of the picture's blue-minus-red tint (`checks.pixels.tint`) that
the grey image lacks join the search, of the whole picture and of each window.
An ID card's face is printed all over, where a box or a block of colour beside it, a
tile or a phone's screen is blank, and may be drawn more plainly than a pale card: for a
card the few best quads are weighed by the print on their faces (`_weighed_by_print`).
In the first search the face just inside such a side must differ from the picture's
white as little as a pale card's does (a coloured box's differs much more:
`outline_sheet.pale_sides`).
In the search for a whole card on a cut quad a quad that needs one of them must also
show a card's shape with the sheet beyond it, since colour also outlines what is printed
on a cut-off card (its photo, a band of text). What lies around such a card is read in
`outline_sheet`.

A small or steeply seen document loses at the working size: its short sides are a few
dozen pixels, fewer than a wood grain's or a keyboard's lines, and its edge lies a pixel
or two from its print, which surround suppression then takes for texture. When the
best quad of the whole picture is a weak one, and not a whole one of the document's
shape whose sides end at its corners (a document drawn weakly), the same search is run
again, in the manner of a coarse-to-fine sliding-window detector (Viola & Jones 2001),
on overlapping windows of the picture at up to twice the resolution, for a document
lying wholly inside one (`_in_windows`). A window's quad wins only by its `quality`,
which does not grow with size (the share of its outline drawn in edges, times its
shape, aspect and contrast weights), and only when it is clearly better than the whole
picture's. Both are judged as documents: in a window the plainest of its few best
quads is taken, not the one with the most evidence, which is a larger block of a
keyboard's keys or a sheet around the card; and the whole picture's quad is weighed by
whether its sides end at its corners (`overrun`), since a block of keys or tiles is
drawn all round as plainly as a weakly drawn document, but its lines run on. The
windows are searched in turn, and the search ends at a quad plain enough to be the
document (CLEAR_QUALITY).

Beside a newspaper's text or a cloth's dots a card's sides are weaker than the texture
around them, and surround suppression takes them for part of it. At a coarser scale the
texture is an even grey and the sides are steps (edges belong to a scale: Lindeberg
1998, "Edge detection and ridge detection with automatic scale selection", IJCV 30(2)),
so when the whole picture's quad is weak, its search is run again with the lines of the
image smoothed that the grey image lacks (SMOOTH_LINES), before the windows are.

A steep view foreshortens two of the document's sides to a few dozen pixels at the
working size, too few for the Hough transform, while the two across the tilt stay long:
the short sides are closed where the long sides' edges end (`outline_closing`). A card
lit from one side casts a thin shadow along the two sides facing away from the light,
and on a light desk the two facing it may make no line at all: they are completed from
the corner where the drawn sides meet, through the far ends of their edge runs
(`outline_corner`).

Beside the picture's border a card's side can be lost to texture, and the border then
closes a whole card; or a line of print on a card running past the border closes a
whole card-shaped quad inside it, as the frame printed on a licence does on a page cut
off outside it. Both are told apart by the step in brightness across the side
(`outline_border_sides`); a page's lost side is not looked for, since the frame printed
just inside its edge runs beside it all along. A band printed along a page's edge (a
statement's header) that runs past the border closes a whole page with its inner edge:
the page's sides run on across it to the border.

A picture cropped to the document (a scanner app's, or a seller's crop by hand) has
the document's edges on its borders, where no edge can be seen, and the best quad left
is something printed on it: in a picture of the document's own shape (an A4 page's for
a document of any shape), a part of it with a document's print all around it out to the
borders makes the whole picture the document (`_cropped_to_it`), which then touches
every border. That part may be too weak to be an outline itself (a stamp on a card's
back), so the rule is asked before the confidence cut.

Figures on generated specimen scenes: bench/outline_demo.py; on cropped ones,
bench/cropped.py.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from operator import attrgetter

from ..pixels import block_average
from .outline_border_sides import band_side, faint_side, ink_sides, print_side
from .outline_closing import closing_lines
from .outline_corner import corner_lines
from .outline_edges import edge_map, smoothed
from .outline_lines import border_lines, find_lines
from .outline_quads import (
    AROUND_AREA, ASPECT_SPREAD, MIN_SHARE, MIN_SIDE, OVERRUN_SKIP, angle_between, area as _area, best_quads,
    LONGEST_PAGE, ending_weight, is_cut, light_level, overrun, visible_span, weighted_support,
)
from .outline_shape import rectangle_shape, view_tilt
from .outline_sheet import face_edges, pale_sides, ring_edges, share_inside, sheet_beyond, white_tint
from .region import centre, inset_quad, side_lengths

WORK_SIDE = 360  # the finder works at about this many pixels on the longest side
MAX_LINES = 28  # strongest real lines offered to the quad search (of a window, of the tint)
# On newspaper, tiles or a check cloth a card's side, broken where surround suppression
# takes it for texture, can rank below the texture's own long lines: the 29th line was a
# card's lost side (seed 1400021). The whole picture's search takes more: 36 lines, against
# 28, failed the framing of 6 % of clean held-out scenes instead of 9 % (n 100, seed
# 1407000; default 5 against 6 %, seed 1408000), and cut, small and steep cards did not
# fare worse (seeds 1409000-1412000). A window's search keeps MAX_LINES: it runs on the
# slowest path (bench/speed.py), and its document is a small one.
PICTURE_LINES = 36
MIN_LINE = 0.04  # a line needs this many edge pixels, as a share of the shorter side
MIN_SCORE = 0.3  # below this confidence no document is reported
# A whole card on a cut quad wins with this share of the cut quad's evidence: features
# of a cut card (its photo, a block of text) score less (bench/outline_demo.py).
NESTED_EVIDENCE = 0.6
WHOLE_EVIDENCE = 0.75
# Neither takes ink: a quad darker inside than outside across this many of its sides
# (`outline_border_sides.ink_sides`) is a feature printed on the cut card, not a card on
# something. Of the features that won over cut cards by these rules, 4 of 7 were darker
# inside across 3 or 4 sides (a photo's box, a band of text: seeds 2200051, 2210046,
# 2210084, 2210112), the others across 2, 1 and 0. Of the whole cards they rightly gave
# on clean scenes (IoU >= 0.75), 2 default ones were darker inside across no side (seeds
# 2220000-2220299), 6 held-out ones across at most 2 (a card on a white desk or on a
# check cloth's light squares: seeds 2230000-2230282); 3 sides only once, for an outline
# half on the card (IoU 0.59).
INK_SIDES = 3
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
# A frame is printed at one inset from the paper's edge all round. In a photo the insets
# differ by perspective (a side 20° further from the camera looks about a third nearer
# its frame) and by a pixel or two of line fitting: a line more than twice as far out as
# the nearest paper edge, such as the edge of a sheet under the page, is not the paper.
INSET_SPREAD = 2.0
INSET_SLACK = 2.0  # working pixels
PAPER_ASPECT = 2**0.5  # ISO 216 paper (A4, A3): what licences and forms are printed on
# A window's quad replaces the whole picture's only with FINER_GAIN times its quality: a
# feature inside a weakly drawn page (a photo, a block of text) reached 1.8 times the
# page's quality on clean scenes (seeds 832000-832119), a lost small card 2.2 to 20 times.
FINER_GAIN = 2.0
# A window's quad needs at least WINDOW_FLOOR too, as a document in its own right: on an
# over-exposed page whose edges are gone (first quality about 0.04), a key cap or a box
# in a window (0.1-0.2) would otherwise win. Small cards found in windows of default
# scenes reached 0.55-0.97 (seeds 888000-889059), and the floor was 0.5; held-out photos
# draw a card less plainly, and small cards and pages found in windows, a pale card on a
# pale desk by its tint (TINT_LINES), reached only 0.33-0.49. At 0.3, with the tint read
# in the windows, 80 held-out small scenes (seeds 2736000-2736079) had resolution caught
# on 60 against 51 (the floor alone 55, the tint alone 52), the held-out finals (n 400,
# seed 2010000) on 17 of 20 against 15. Of the 1300 other scenes measured (both finals;
# fresh clean, dark, over-exposed, cut and small ones, seeds 2739200-2739639) no clean
# scene's status changed and no defect was caught less often; six scenes (two of them
# clean in their pixels, with a file-name or file-size defect) whose outline was wrong
# or weak either way (IoU 0-0.27, one steep card 0.71) took a window's wrong quad (a
# box, a feature on newspaper), which then misjudged resolution and sharpness (2009391,
# 2009396, 2010038, 2010247, 2010377, 2739489).
WINDOW_FLOOR = 0.3
# The windows are searched only when FINER_GAIN times the first quality is below
# WINDOW_REACH: above it the search is nearly always in vain, and it is the slowest path
# (bench/speed.py). Of 20 window finds that bettered the outline in 280 small, steep and
# cut scenes of both styles, 19 replaced a first quad of 0.26 or less, one a quad of 0.42
# (a small card among tiles); of the 107 searches there, the 36 after a first quad of
# 0.375 or more took 8.5 of their 26.6 s in CPython, 35 of them in vain (design seeds
# 2736000-2736079, 2739000-2739039, 2739120-2739159, 2739500-2739539, 2739600-2739679).
# Small cards among keys are found in a window after a block of keys of 0.305 (bench/
# speed.py at 12 MP) or 0.357 (tests/checks/test_small_cards.py), which a reach of 0.6
# or 0.7 loses. Between the reaches of 0.7 and 0.9 no status or outline changed on the
# finals (default n 600 seed 2009000, held-out n 400 seed 2010000) nor on 240 fresh
# small, steep and cut scenes of both styles (seeds 2740000-2740539), which took 7-25 %
# less time at 0.7.
# Nor are they searched when the whole picture's quad is whole, drawn along most of its
# outline, and its sides end at its corners (`_ends_at_corners`): a document drawn weakly
# (a held-out photo's noise, shadow or sleeve), which a window could only find again or a
# feature of. A document the first search misses loses to what fills the picture around
# it: a quad closed by the borders (keys, grain or cloth running out of the picture), or a
# block of keys or tiles, whose lines run on. Of 17 window finds that bettered the outline
# (IoU up 0.05 or more) in 660 small, steep, cut and clean scenes of both styles, 16 had
# replaced a cut quad and one a block of keys (past its corners its lines drawn 0.84, its
# sides 0.76); of the 196 searches there (at a reach of 0.9), 46 are skipped, 24 of 46
# on clean scenes, and of the finds only one, of a whole card already outlined (IoU 0.97
# against 0.99; design seeds 2480000-2480959).
WINDOW_REACH = 0.75
# Two windows across and two down, this share of the picture on a side: any document up
# to 2 * WINDOW - 1 = 25 % of the picture across (a small or steeply seen card) lies
# wholly in one. Three by three windows of half the picture found a few more cards but
# cost twice the time.
WINDOW = 0.625
# Of a window's quads with the most evidence, this many are weighed by their quality
# judged by their ends, and the best is taken. On a keyboard the blocks of keys in a
# window have more evidence than a small card lying among them, being larger, and less
# quality: the card ranked 2nd to 25th by evidence (seeds 1480000-1480059). With the whole
# picture's quad judged by its ends as well (`_judged_by_its_ends`), small cards found
# rose from 83.3 to 91.7 % of default scenes (seed 1484000, n 60), held-out ones stayed
# at 58.3 % (1485000); the 4 best, with cut quads judged too, found 91.7 % against 95.0.
# The 8 best still left out small cards: one on a keyboard drawn all round (quality 0.92,
# 15th by evidence in its window; seed 2699031), one on a sheet on wood (0.65, 24th; seed
# 2699058), where the quads of higher quality before it lose by their ends or their print.
# With the 32 best, small cards found rose from 86.7 to 90.0 % of default scenes (seed
# 2699000, n 60), held-out ones stayed at 60.0 % (seed 2698400, n 40), and no status
# changed on 80 clean scenes of each style (seed 2698000), 60 cut (2698200) and 60 and 40
# steep ones (2699100 default, 2698600 held-out); on the finals (default seed 2009000,
# n 600; held-out 2010000, n 400) one outline changed, of a steep card missed either way.
# A window's quads must be drawn along at least the quality they must beat (`best_quads`'
# min_share), which keeps the search short.
WINDOW_CANDIDATES = 32
# The windows are searched one after another until one gives a quad of this quality
# (judged by its ends): a document plain enough that a later window could only find it
# again (where windows overlap) or a lesser feature. With every window searched, small
# cards taken in a window reached 0.76-0.98, the quads taken in their place 0.63 at most,
# and no later window bettered a card of 0.75 or more (seeds 1494000-1494059 default,
# 1495000-1495059 held-out); each window skipped saves a fifth of the finder's time on
# such a picture.
CLEAR_QUALITY = 0.75
# A pale card adds at most its four sides to the lines of the grey image: the four
# strongest lines drawn only in its tint join the search for a card. All of them (up to
# MAX_LINES more) cost the slowest picture of bench/speed.py half its time again, four a
# quarter, and changed one framing in 600 clean scenes (helper-19's measurement on seeds
# 930100-930449 and 931400-931749, in the search for a whole card on a cut quad only).
# Offered to the first search too (a side of theirs must be a pale card's:
# `outline_sheet.pale_sides`), they found pale cards on white desks that had lost to
# their photo's box: on fresh held-out clean scenes (seed 1460000, n 200) framing false
# alarms 8.0 -> 6.0 %, perspective 6.0 -> 3.5 %, sharpness 9.0 -> 7.0 %, with 1 cut card
# of 200 fewer caught (seeds 1461000, 1462000), for 40-60 ms more per ID card photo in
# Pyodide (the tint is then read for every one). They join each window's search for a
# card too: see WINDOW_FLOOR.
TINT_LINES = 4
# Beside a newspaper's text or a cloth's dots, a card's sides are weaker than the texture
# around them, and surround suppression (`outline_edges`) takes them for part of it: a
# white card on newsprint is not drawn at all. Smoothed (`outline_edges.smoothed`), the
# texture turns to an even grey and the card's sides show as steps. When the whole
# picture's quad is weak (`_weak`), the search is run again with the SMOOTH_LINES
# strongest lines of the smoothed image that the grey image lacks, and its quad taken
# if of higher quality. Wrong statuses, without -> with: held-out steep scenes 82 -> 77
# (seed 2750000, n 40) and 86 -> 79 (2751200, n 40; perspective caught 77.5 -> 80.0 %),
# default steep 22 -> 19 (2750700, n 40), held-out small 36 -> 35 (2750400, n 40),
# held-out clean 17 -> 15 (2750200, n 100: a card on newsprint found, IoU 0 -> 0.99) and
# 23 -> 23 (2751000, n 100); held-out cut (2750100, n 60), default cut (2750600, n 60)
# and default clean (2750500, n 80) unchanged in number. Offered to every search, the
# lines lost cut cards, a printed feature outranking them (2750100: 34 -> 37). A quad
# replaced by a wrong one is mostly a steep licence (2750025: IoU 0.57 -> 0.44) or one
# cut off on a desk (2750654: 0.93 -> 0.57). The second search looks only for the quads
# with a side on a smoothed line and ranks them with the first search's (`_search`'s
# `ranked`), which it would rank again: the same quads win. Searching all the quads
# again cost about what the first search does, and most on a grid: of bench/speed.py's
# held-out 3 MP photos (--sample 60 --seed 2745000) the slowest, a card on tiles at
# night (2745009), took 2.6-2.8 s in Pyodide (two runs), against 1.9 s so, the next
# slowest (2745038) 1.9-2.2 s against 1.5 s. No status changed so on held-out steep
# (seeds 2750000, 2751200, n 40 each), clean (2750200, n 100), small (2750400, n 40)
# and cut (2750100, n 60) scenes, nor on default steep ones (2750700, n 40).
SMOOTH_LINES = 4
# A card on a cut-off sheet of paper is smaller than the sheet and often fainter, and its
# evidence reached 0.21-0.53 of the sheet's where NESTED_EVIDENCE lost it; features
# printed on a cut card that are card-shaped reached 0.02-0.75 (design seeds: clean
# 1650000-1650249, cut 1660000-1660149). What tells them apart is what lies around: a
# sheet is blank, a card printed all over. Around a card on a sheet (inside the sheet's
# outline, `outline_sheet.RING_MARGIN` clear of both quads' edges) there were
# 0.000-0.013 edge pixels per pixel (a hand or a shadow on the sheet), around a feature
# of a cut card 0.021-0.10.
BLANK_EVIDENCE = 0.2
BLANK_RING = 0.015
# A cast shadow's edge or the sheet's own edge found twice crosses the ring of a card on
# a sheet, which then holds more edge pixels than BLANK_RING (held-out seeds 2550024,
# 2550143: 0.019, 0.015). It still holds far fewer than the card's printed face: a
# sheet is blank, and a shadow adds a line or two where print fills the face; around a
# feature printed on a cut card lies more of the card's print, about as dense as the
# feature's own. So a card drawn as one (its outline drawn along most of its length,
# its sides ending at its corners: `_ends_at_corners`) wins when the ring holds at most
# half its face's edge pixels per pixel, halfway between a blank sheet (none) and more
# of the same print (as many). The two cards above: 0.29 and 0.23 of their face's; the
# card-shaped features of cut cards drawn so, 1.12-1.27 (design seeds: held-out
# 2552000-2552039, default 2553000-2553039). On 660 fresh scenes of both styles (clean,
# cut, steep, small; seeds 2570000-2583059) it changed one scene, a held-out steep card
# whose outline was wrong before and after (a box's label, IoU 0): the cards it is for
# were not among them; cut cards caught stayed as they were.
PLAINER_AROUND = 0.5
# The ring says nothing of what lies beyond the sheet, so the card must lie mostly on it:
# cards on sheets had 0.93-1.00 of their area inside the sheet's quad (design seeds), the
# part of a cut card closed by a line of its print that won without this, 0.51 (seed
# 1607033 of the first A/B run; the figures of the commit are on fresh seeds). A whole
# card found on a cut quad by WHOLE_EVIDENCE lies on it the same way: the two rightly
# found on clean scenes had 0.84 and 0.98 of their area inside it, while quads that held
# a cut card's centre but lay half on a sheet beside it or around it on tiles had
# 0.24-0.64 (seeds 2331050, 2333010, 2333052, 2334064, 2337003). A quad found by
# NESTED_EVIDENCE must lie on it too: a cut card found rightly gave way to a quad lying
# 0.45 on it and the rest on the desk below (held-out seed 2010329), or to one around
# it, 0.59 on it (seed 2694725). On 360 fresh scenes of both styles (clean, cut, steep,
# small; seeds 2694000-2694739) this changed four: two cut cards' outlines IoU 0.41 ->
# 1.00 and 0.54 -> 0.99 (the second's framing then fails, as it should), a steep card's
# framing warn -> pass (its outline wrong before and after), and a small licence's
# outline IoU 0.01 -> 0.30, still wrong, its framing now failed (seed 2694313). On the
# 1000 scenes of the two finals (default n 600 seed 2009000, held-out n 400 seed 2010000)
# it changed seven, three for the better (two cut documents caught) and four for the
# worse. In two of those a wrong quad, half off a cut block of keys or tiles, had
# replaced the block and, being of lower quality, let the windows (`_in_windows`) find
# the card beside it; the cut block now stays and keeps them from being searched (seeds
# 2009215, 2010346). In the other two the outline is wrong either way, now the cut
# quad in place of a whole one (2010215, 2010236).
ON_SHEET = 0.8
# A sheet under a card is at least this many times the card's area: A6, the smallest
# ISO 216 paper, is 3.4 times an ID-1 card, and the cards found on whole sheets on the
# design seeds lay on sheets 2.8 and 2.9 times their area. A card found rightly and then
# searched as a sheet held its own outline fitted again a few pixels in (IoU 0.74-0.79
# with the card), with no print in the thin ring between, so as blank around as a card
# on a sheet: 0.75-1.2 times the card's area (design seeds 2653300-2653899).
SHEET_AREA = 2.0
# A card's side on a sheet is drawn on it, or just beyond its edge (a card may lie partly
# off it: ON_SHEET): lines with no edge pixel on the sheet grown by this share of its
# size on every side are left out of the search for a card on it. Lines of what lies
# around the sheet (a keyboard's beyond a card found rightly) would cost that search most
# of its time: 31 against 5 ms in CPython on bench/speed.py's first picture.
NEAR_SHEET = 0.05
NESTED_KEEP = 3  # nested quads weighed in turn against the rules of `_whole_instead`
# An ID card's face is printed all over: on clean photos its face (`face_edges`) held at
# least 0.037 edge pixels per pixel at the working size (default), 0.044 (held-out); on
# blurred, over-exposed and black-and-white ones down to 0.018 (seeds 2665000-2665499,
# 2670000-2670259). The quads that won over cards with a blank face (a block of colour
# on newspaper, the empty part of a sheet, a patch of desk) held 0.0-0.016. A quad with
# a blank face keeps PRINT_FLOOR of its evidence, as the shape and aspect priors keep
# theirs for a quad far from a card's shape.
FACE_PRINT = 0.02
PRINT_FLOOR = 0.5
# The first search's best quads include the same blank block fitted again a pixel or two
# apart: a card on newspaper ranked 4th behind three fits of a block of colour (held-out
# seed 2665317). The 8 best cost a third more time than 4 (CPython, 66 ID-card photos,
# seeds 2671000-2671439); the 4 best, nothing measurable.
PRINT_CANDIDATES = 4
# A picture cropped to the document by hand has the document's shape to within a few
# per cent (a sliver cut off one side, or left beyond it); a scanner app's, exactly.
# A phone's own pictures are wider or narrower than a card (4:3 is 17 % narrower, 3:2
# 6 %, 16:9 12 % wider) or a page (4:3 is 6 % narrower than ISO paper).
CROPPED_ASPECT = 0.05  # |log(picture's ratio / the document's)|


@dataclass(frozen=True)
class Outline:
    """Corners (x, y) clockwise from top-left, in the coordinates of the image given to
    `find_outline` (pixel (i, j) covers [i, i+1) × [j, j+1)); `score` in 0..1 is the
    share of the visible length of its real sides (not the picture's borders) that has
    edges under it: 0 for the whole picture taken for a document cropped to its edges
    (`_cropped_to_it`), which has none."""

    corners: tuple[tuple[float, float], ...]
    score: float


def find_outline(gray, width: int, height: int, *, aspect: float | None = None, tint=None) -> Outline | None:
    """Find the document's four corners in an 8-bit grey image, or None.

    `aspect` is the expected ratio of the long to the short side (1.586 for an ID-1
    card), or None when any shape is plausible. `tint`, if given, is a function that
    returns the same picture's tint (`checks.pixels.tint`, the size of `gray`), called
    for a card (an aspect other than a page's): its lines join the first search.
    """
    if width < 16 or height < 16:
        return None
    factor = max(1, round(max(width, height) / WORK_SIDE))
    small, w, h = block_average(bytes(gray[: width * height]), width, height, factor, factor)
    light = light_level(small)
    picture_tint = hue = None
    if tint and aspect and not _on_paper(aspect):
        picture_tint = bytes(tint()[: width * height])
        hue = block_average(picture_tint, width, height, factor, factor)[0]
    # A picture of a page's own shape may be the page cropped to its edges, whose print is
    # all there is to see (`_cropped_to_it`): its quads' shapes then say nothing of the page's.
    longest = None if aspect or _shaped_as(width / height, PAPER_ASPECT) else LONGEST_PAGE
    drawn = _drawn(small, w, h, aspect, False, hue)
    best, ends, edges, ranked = _search(small, w, h, aspect, light, hue=hue, longest=longest, drawn=drawn)
    if _weak(best, ends, w, h):  # see SMOOTH_LINES
        softer = _search(small, w, h, aspect, light, hue=hue, longest=longest, drawn=drawn, ranked=ranked)
        if softer[0] is not None and (best is None or softer[0].quality > best.quality):
            best, ends, edges, _ = softer
    corners = None
    if _weak(best, ends, w, h):
        cornerless = best is not None and _cornerless(best, w, h)
        beat = WINDOW_FLOOR if best is None or cornerless else max(WINDOW_FLOOR, FINER_GAIN * best.quality)
        finer = _in_windows(gray, width, height, aspect, light, beat, picture_tint, ending=cornerless)
        if finer is not None and not (best and _printed_on(small, w, h, aspect, finer[1], best, factor)):
            best, corners = finer
    if best is None:
        return None
    if corners is None:  # the whole picture's quad (a window's lies wholly inside it)
        best = _beside_border(small, w, h, aspect, best)
        corners = [(x * factor, y * factor) for x, y in best.corners]
    # Before the confidence cut: a weak quad is as much a part of a cropped document. A
    # document of any shape (a statement) is taken for an ISO 216 page (A4, A5), the size
    # statements and bills are printed on; a US letter page (1.29) lies within
    # CROPPED_ASPECT of a phone's 4:3 picture, which would then be taken for a crop.
    working = [(x / factor, y / factor) for x, y in corners]
    if _cropped_to_it(edges, w, h, width / height, aspect or PAPER_ASPECT, working):
        return Outline(corners=((0.0, 0.0), (float(width), 0.0), (float(width), float(height)), (0.0, float(height))), score=0.0)
    score = best.supported / best.visible if best.visible > 0 else 0.0
    if score < MIN_SCORE:
        return None
    return Outline(corners=_clockwise_from_top_left(corners), score=round(score, 4))


def _weak(best, ends, w, h) -> bool:
    """Whether the whole picture's quad (`best`, or None; in a working image w × h) is
    weak enough for a window's to win (FINER_GAIN times its quality below WINDOW_REACH),
    and not a whole document-shaped one whose sides end at its corners (`ends`), over
    which a window's never wins; or shows no corner at all (`_cornerless`)."""
    return best is None or _cornerless(best, w, h) or (FINER_GAIN * best.quality < WINDOW_REACH and not ends)


def _cornerless(quad, w, h) -> bool:
    """Whether none of the quad's corners lies inside the working image (w × h), a
    pixel clear of its borders: a band or strip of what lies around the document (the
    desk's far edge, a fold of a sheet), closed by borders, shows no corner of a
    document, however plainly its one or two lines are drawn. After one, a window's quad
    needs only WINDOW_FLOOR, but must end at its corners (`_ends_at_corners`). Wrong
    statuses, without -> with (before the ending rule): held-out steep 77 -> 71
    (seed 2750000, n 40), 79 -> 67 (2751200, n 40) and, fresh, 56 -> 51 (2752000, n 40);
    held-out small 35 -> 24 (2750400, n 40); held-out clean 15 -> 15 (2750200, n 100) and
    7 -> 7 (2752100, n 100), default clean 1 -> 1 (2750500, n 80), default steep 19 -> 19
    (2750700, n 40). Its cost is on cut documents whose cut quad showed no corner, for a
    window's whole quad then wins: held-out cut 34 -> 39 (2750100, n 60: a licence on a
    bedsheet, 2750140), default cut 34 -> 36 (2750600, n 60: a card on keys, 2750655),
    fresh held-out cut 49 -> 49 (2752300, n 60). Those two windows' quads, a stretch of
    the licence's printed frame and two key caps, have lines that run on past their
    corners; a document's end there. With the ending rule (wrong statuses before ->
    after): held-out cut 36 -> 31 (2750100), default cut 31 -> 30 (2750600), and no
    window find of the gains above lost; held-out steep 71 -> 74 (2750000) and small
    24 -> 25 (2750400), both on scenes whose outline was wrong either way (IoU 0-0.06;
    2750022, 2750400); unchanged: held-out steep 2751200 and 2752000, small 2753400,
    cut 2752300, clean 2750200 and 2752100."""
    return not any(1 < x < w - 1 and 1 < y < h - 1 for x, y in quad.corners)


def _printed_on(small, w, h, aspect, corners, first, factor) -> bool:
    """Whether a window's quad (`corners`, in the picture given to `find_outline`) is
    ink printed on the document the first search found (`first`, in the working image
    `small`, `factor` times smaller): lying ON_SHEET inside it, darker inside than
    outside across INK_SIDES of its sides (`_printed`). A card cut off by the border
    is drawn weakly, so the windows are searched, and its photo's box, drawn plainly
    in one of them, took its place (held-out seed 2730248)."""
    working = [(x / factor, y / factor) for x, y in corners]
    page = not aspect or _on_paper(aspect)
    return share_inside(working, first.corners, w, h) >= ON_SHEET and _printed(small, w, h, working, page)


def _cropped_to_it(edges, w, h, shape, aspect, corners) -> bool:
    """Whether the picture is the document cropped to its edges, and the quad found
    (corners in the working image, of which `edges` is the edge map) a part of it. A
    scanner app, or a seller cropping by hand, cuts the picture along the document's
    edges, which then lie on the picture's borders, where no edge can be seen; the best
    quad left is something printed on the document (its photo's box, a band of text, a
    stamp across it). So in a picture of the document's own shape (`shape`, its width
    over its height), a quad covering less than half of it (a document with a margin of
    a seventh of the picture on every side covers half) is a part of the document when
    the print around it, out to the borders, is as a document's face: not blank
    (BLANK_RING) and at least PLAINER_AROUND as dense as on the quad's own face
    (`ring_edges`, `face_edges`). Around a document lying on a desk or a scanner's lid,
    a blank surface shows none."""
    if not _shaped_as(shape, aspect) or abs(_area(corners)) >= w * h / 2:
        return False
    around = ring_edges(edges, ((0, 0), (w, 0), (w, h), (0, h)), corners, w, h)
    return around >= BLANK_RING and around >= PLAINER_AROUND * face_edges(edges, corners, w, h)


def _shaped_as(shape, aspect) -> bool:
    """Whether a picture of this shape (its width over its height) has a document's
    aspect ratio, to within CROPPED_ASPECT: it may be the document cropped to its edges."""
    return abs(math.log(max(shape, 1 / shape) / aspect)) <= CROPPED_ASPECT


def _in_windows(gray, width, height, aspect, light, beat, tint=None, ending=False):
    """The best quad lying wholly inside one of four overlapping windows of the picture,
    each searched at about WORK_SIDE pixels on its longest side, with its corners in the
    picture's coordinates; or None when none has a quality above `beat`. The search
    stops at a window whose quad reaches CLEAR_QUALITY. `tint`, the picture's tint (the
    size of `gray`) or None: its lines join each window's search, as they join the
    whole picture's (`_drawn_only_in`). With `ending`, a window's quad counts only if
    its sides end at its corners (`_ends_at_corners`, as `_search` tells)."""
    best = None
    starts = (0.0, 1 - WINDOW)
    longest = None if aspect else LONGEST_PAGE  # a window is no crop of the page
    for fy in starts:
        for fx in starts:
            x0, y0 = int(fx * width), int(fy * height)
            x1, y1 = int((fx + WINDOW) * width), int((fy + WINDOW) * height)
            step = max(1, round(max(x1 - x0, y1 - y0) / WORK_SIDE))
            part, pw, ph = _window(gray, width, x0, y0, x1, y1, step)
            hue = _window(tint, width, x0, y0, x1, y1, step)[0] if tint else None
            found, ends = _search(part, pw, ph, aspect, light, whole=True, hue=hue, beat=beat, longest=longest)[:2]
            if found is not None and found.quality > beat and (ends or not ending):
                beat = found.quality
                best = found, [(x0 + x * step, y0 + y * step) for x, y in found.corners]
                if beat >= CLEAR_QUALITY:
                    return best
    return best


def _window(image, width, x0, y0, x1, y1, step):
    """The part [x0, x1) × [y0, y1) of an 8-bit image `width` pixels wide, averaged over
    step × step blocks: (pixels, width, height)."""
    crop = b"".join(image[y * width + x0 : y * width + x1] for y in range(y0, y1))
    return block_average(crop, x1 - x0, y1 - y0, step, step)


def _search(small, w, h, aspect, light, whole=False, hue=None, beat=0.0, longest=None, drawn=None, ranked=None):
    """The best quad in a working image, or None; with `whole`, only quads that lie
    wholly inside it (a document in a window of the picture), and for a card only those
    whose quality could exceed `beat` (none of a lower share drawn: `best_quads`; a
    page's paper around its printed frame may be of higher quality than the frame, and
    is searched for around it, so a page's are all kept). `light` is the grey a
    document's face is compared with, the whole picture's (`light_level`); `hue`, the
    working image's tint or None: the lines drawn only in it join the search
    (`_drawn`); `longest`, for a document of no stated aspect, the longest shape of a
    page (`best_quads`); `drawn`, what `_drawn` gave for the same image, or None. With
    `ranked`, the best quads an earlier search of the same image and lines ranked: the
    lines of the image smoothed that it lacks join (SMOOTH_LINES; none, no search), and
    only the quads with a side on one of them are searched for, to rank among those.
    Returned with the quad: whether it is whole, of the document's shape, and its sides
    end at its corners (`_ends_at_corners`), the working image's edge map, which
    `_cropped_to_it` reads too, and the quads ranked (best first; [] when none)."""
    edges, lines, tinted = drawn or _drawn(small, w, h, aspect, whole, hue)
    picture = ((0, 0), (w, 0), (w, h), (0, h))
    card = bool(aspect) and not _on_paper(aspect)
    softened = _drawn_only_in(smoothed(small, w, h), lines + tinted, w, h, SMOOTH_LINES) if ranked is not None else []
    if ranked is not None and not softened:
        return None, False, edges, []
    borders = [] if whole else border_lines(w, h)
    # the smoothed lines come last, so that the earlier search's quads keep their sides
    everything = borders + lines + tinted + softened
    plain = len(borders) + len(lines)  # the lines before the tint's
    lines = lines + softened
    keep = WINDOW_CANDIDATES if whole else PRINT_CANDIDATES if card else 1
    new = len(everything) - len(softened)
    ranked = ranked or []
    quads = best_quads(
        small, everything, w, h, aspect, keep=keep,
        within=picture if whole else None, light=light, one_piece=not whole and card,
        min_share=max(MIN_SHARE, beat) if whole and card else MIN_SHARE, longest=longest,
        at_least=ranked[-1].score if len(ranked) == keep else 0.0, using=sum(1 << k for k in range(new, len(everything))),
    )
    ranked = sorted(ranked + quads, key=attrgetter("score"), reverse=True)[:keep]
    # a side drawn only in the tint must be a pale card's
    white = white_tint(small, hue, light) if tinted else None
    quads = [
        quad for quad in ranked if pale_sides(quad.corners, [plain <= k < new for k in quad.sides], hue, w, h, white)
    ]
    if not quads:
        return None, False, edges, ranked
    if whole:  # in a window the plainest document wins, not the largest
        best = _best([_judged_by_its_ends(quad, everything, w, h) for quad in quads], "quality", edges, w, h, card)
    else:
        best = _best(quads, "score", edges, w, h, card)
        if card:
            best = _cut_instead(best, quads, everything, w, h)
    cut = aspect and is_cut(best, everything, w, h)
    if not (whole or cut):  # see `_judged_by_its_ends`
        best = _judged_by_its_ends(best, everything, w, h)
    if cut:
        best = _whole_instead(small, w, h, aspect, lines, best, everything, light, edges, hue, tinted)
    elif not aspect or _on_paper(aspect):
        best = _paper_around(
            small, w, h, aspect, everything, best, light, within=picture if whole else None, longest=longest
        )
    elif not whole:  # a card: the quad may be a sheet it lies on
        best = _card_on_sheet(small, w, h, aspect, lines, best, everything, light, edges, hue, tinted)
    # (without an aspect a quad closed by a border is not `cut` above)
    # A whole quad far from the document's shape is no document drawn weakly, however it
    # ends: a row of keys a dozen times longer than high, drawn all round, kept a small
    # card's windows from being searched (default seed 2709434).
    ends = (
        not (cut or is_cut(best, everything, w, h))
        and (not aspect or _card_shaped(best, w, h, aspect))
        and _ends_at_corners(best, everything, w, h)
    )
    return best, ends, edges, ranked


def _drawn(small, w, h, aspect, whole, hue):
    """The edge map of a working image, its lines for the quad search (`_lines`; for a
    card with its faint sides completed, `corner_lines`) and the lines drawn only in its
    tint `hue` (or None) that they lack (`_drawn_only_in`)."""
    edges = edge_map(small, w, h)
    lines = _lines(edges, w, h, MAX_LINES if whole else PICTURE_LINES)
    tinted = _drawn_only_in(hue, lines, w, h, TINT_LINES) if hue else []
    # A card lit from one side: its two faint sides; in a window too, where a small card
    # is searched at twice the resolution. On the finals (held-out n 400 seed 2010000,
    # default n 600 seed 2009000) this found one small held-out card (IoU 0.14 -> 0.95)
    # and changed no status elsewhere; on 320 fresh scenes (seeds 2695500-2696239) none.
    if aspect and not _on_paper(aspect):
        lines = lines + corner_lines(lines, edges, MIN_SIDE * min(w, h), aspect)
    return edges, lines, tinted


def _best(quads, measure, edges, w, h, card):
    """The quad with the most `measure` ("score", its evidence, or "quality"), for a
    `card` weighed by its print (`_weighed_by_print`). The weight is at most 1, so it is
    read only for the quads that could still win: on the slowest path (bench/speed.py)
    this saves most of its reads."""
    value = attrgetter(measure)
    best = None
    for quad in sorted(quads, key=value, reverse=True):
        if best is not None and value(quad) <= value(best):
            break
        if card:
            quad = _weighed_by_print(quad, edges, w, h)
        if best is None or value(quad) > value(best):
            best = quad
    return best


def _weighed_by_print(quad, edges, w, h):
    """The quad with its evidence and quality weighed by the print on its face
    (`face_edges`): full weight from FACE_PRINT edge pixels per pixel, PRINT_FLOOR for a
    blank face."""
    weight = PRINT_FLOOR + (1 - PRINT_FLOOR) * min(1.0, face_edges(edges, quad.corners, w, h) / FACE_PRINT)
    return quad.replaced(score=quad.score * weight, quality=quad.quality * weight)


def _ends_at_corners(quad, lines, w, h) -> bool:
    """Whether a whole quad is drawn along most of its outline (`supported` of `visible`)
    and its sides end at its corners: the stretches past its corners along its sides'
    lines drawn (`overrun`) less than half as much as its sides are. A document's sides
    end there (`overrun` about 0); the lines of a cell of a grid (keys, tiles, checks) run
    on about as drawn as its sides. A quad closed beyond a document's ends (a steep card
    whose short sides are lost, closed by lines of what lies around it) has its sides
    drawn only up to the card's corners, short of its own, and so ends there too, with
    much of its outline undrawn."""
    if not quad.visible:  # the picture's own borders, a candidate too: no side to end
        return False
    drawn = quad.supported / quad.visible
    spans = {k: visible_span(lines[k], w, h) for k in quad.sides}
    return drawn > 0.5 and overrun(lines, quad.sides, quad.corners, spans) < drawn / 2


def _judged_by_its_ends(quad, lines, w, h):
    """The quad with its quality weighed by whether its sides end at its corners
    (`ending_weight`), as the quads of the search for a whole card on a cut one are.

    A block of a keyboard's keys or of tiles is drawn all round, as plainly as a weakly
    drawn document, but its lines run on: so judged, the whole picture's quad lets the
    windows be searched, where a small card lies among such blocks, and a window's
    quads are compared so. A quad cut off by the border is not judged: past its real
    corners a cut card's sides cross what it lies on (grain, a cloth's weave), drawn in
    edges too, and a feature of the card in a window (its photo, a band of print) would
    then win over it: with cut quads judged, cut cards caught fell from 85.0 to 81.7 %
    (default scenes, seed 1488000, n 60) and from 71.7 to 66.7 % (held-out, 1489000)."""
    spans = {k: visible_span(lines[k], w, h) for k in quad.sides}
    weight = ending_weight(lines, quad.sides, quad.corners, spans)
    return quad.replaced(quality=quad.quality * weight)


def _lines(edges, w, h, most=MAX_LINES):
    """The `most` strongest straight lines of an edge map, for the quad search, and the
    closing lines between them."""
    lines = _strongest(edges, w, h, most)
    return lines + closing_lines(lines, edges, MIN_SIDE * min(w, h))


def _strongest(edges, w, h, most=MAX_LINES):
    """The `most` strongest straight lines of an edge map (`find_lines`)."""
    return find_lines(edges, max(8, int(MIN_LINE * min(w, h))))[:most]


def _drawn_only_in(image, lines, w, h, most):
    """The `most` strongest lines of another rendering of a working image (its tint, or
    its grey smoothed), as `_lines` gives them, that none of the grey image's `lines`
    already draws (the same line found twice: within FRAME_PARALLEL of each other and
    INSET_SLACK apart where the other rendering's line passes nearest the picture's
    centre). The closing lines come after the others, so they are only looked for when
    the others leave room."""

    def new(line):
        off = w / 2 * line.cos + h / 2 * line.sin - line.rho
        foot = (w / 2 - off * line.cos, h / 2 - off * line.sin)
        return not any(
            angle_between(line, other) <= FRAME_PARALLEL and _gap(other, foot, foot) <= INSET_SLACK for other in lines
        )

    edges = edge_map(image, w, h)
    strongest = _strongest(edges, w, h)
    found = [line for line in strongest if new(line)]
    if len(found) < most:
        found += [line for line in closing_lines(strongest, edges, MIN_SIDE * min(w, h)) if new(line)]
    return found[:most]


def _beside_border(small, w, h, aspect, best):
    """The quad with its side beside a border judged by the step across it
    (`outline_border_sides`): a border standing in for a card's lost side gives way to
    that side, and a line of print on a document running past the border (a card's, the
    frame printed along a page's edge, or the inner edge of a band printed along it)
    gives way to the border."""
    # a page's lost side is not looked for: the frame printed just inside it runs beside it
    card = bool(aspect) and not _on_paper(aspect)
    corners = (card and faint_side(small, w, h, best.corners, aspect)) or print_side(
        small, w, h, best.corners, page=not card
    )
    if corners is None and not card:
        corners = band_side(small, w, h, best.corners)
    if corners is None:
        return best
    return best.replaced(corners=corners)


def _paper_around(small, w, h, aspect, everything, frame, light, within=None, longest=None):
    """The paper's edge around a printed frame, or the frame itself.

    A licence or a printed form has a frame printed just inside the paper's edge, often
    sharper than the edge itself: the paper's edge around it is the outline. Of the
    well-drawn quads around the frame, with sides parallel to its sides, that lie where
    the paper's edge would (`_frame_fits`), the largest is the paper. Its corners may lie
    outside the picture (not outside `within`, a window searched for a whole document),
    and a border may stand in for one of its sides. (A border wherever the paper's edge
    is not drawn would fail whole pages whose edge is faint on a light desk:
    bench/outline_demo.py.) The paper keeps the frame's quality where its own edge is
    drawn less plainly: the frame printed on it shows the document as well, and by its
    quality a quad decides whether the windows are searched and whether a window's quad
    wins (`find_outline`).
    """
    frame_lines = [everything[k] for k in frame.sides]
    if any(line.virtual for line in frame_lines):
        return frame
    around = [
        quad
        for quad in best_quads(
            small, everything, w, h, aspect, keep=FRAME_CANDIDATES, around=frame.corners,
            within=within, at_least=FRAME_EVIDENCE * frame.score, light=light, longest=longest,
        )
        if quad.supported >= FRAME_SHARE * quad.visible
        and _parallel([everything[k] for k in quad.sides if not everything[k].virtual], frame_lines)
        and _frame_fits(quad, everything, frame, w, h)
    ]
    paper = max(around, key=lambda quad: abs(_area(quad.corners)), default=frame)
    return paper.replaced(quality=max(paper.quality, frame.quality))


def _whole_instead(small, w, h, aspect, lines, cut, everything, light, edges, tint=None, tinted=()):
    """A whole document-shaped quad that should win over the cut one, or the cut one.

    A card on a sheet of paper, a board or a plank that runs out of the picture: a whole
    quad lying on the cut one (ON_SHEET of it inside) and sharing none of its sides is
    the card when it has NESTED_EVIDENCE of the cut quad's evidence, or, when it has the
    card's shape (`_card_shaped`) and the cut quad around it is blank (`ring_edges`: a
    sheet of paper, where a cut card is printed all over; or, for a card drawn as one,
    plainer than its own face: PLAINER_AROUND), BLANK_EVIDENCE. A card with one faint
    side beside a strong background line: a whole quad lying on the cut one (ON_SHEET of
    it inside; a box elsewhere in the picture, or a block of tiles around a cut card, is
    not the card) is the card when it has WHOLE_EVIDENCE, if it shares none of the cut
    quad's drawn sides (a card lying apart from them), or shares some and the cut quad
    is drawn along them only as far as its corners (`_drawn_only_along`): a whole card
    whose sides close a quad of print or cloth around it, or the cut document with its
    faint side found. A quad closed partly by the cut document's own sides and partly by
    its print (its photo's box, a row of text) is a part of it, and those sides run on
    past its corners (`_cut_instead` takes the cut quad over such a part; with three
    sides shared this was let through, on held-out seed 2750123).
    On a page (a licence), neither may be the frame printed inside the cut-off paper
    (`_printed_frame`). Either must end at its corners (`overrun`): on a keyboard, tiles
    or a check cloth, a block of the grid beside or inside a cut card is card-shaped and
    drawn all round, but its lines run on. A cut quad closed by three borders gives way
    to the best whole quad anywhere, whatever its evidence and whichever sides it shares.
    For a card, the two evidence rules never take
    a quad darker inside than outside across INK_SIDES of its sides: ink printed on the
    cut card (its photo's box, a band of text), where a card lying on a board or a plank
    shows its light face. (The blank-sheet rule needs a blank ring, which print on a card
    lacks, and on a white sheet a card's face may be a little darker than the sheet; the
    cut quad of one line is no card, with nothing printed on it, and any whole quad is a
    better answer than it.)

    `tint` is the working image's tint or None, `tinted` the lines drawn only in it
    (`_drawn_only_in`: a pale card's sides on a white sheet). Colour outlines what is printed
    on a cut-off card as well, so a quad with one of them as a side must show the card's
    shape, and beyond each such side must lie the tint of the cut quad around it
    (`sheet_beyond`: not more of a cut card).
    """
    page = _on_paper(aspect)
    others, plain = _lines_apart(lines, cut, everything, tinted)
    nested = best_quads(
        small, others, w, h, aspect, keep=1 if page else NESTED_KEEP, within=cut.corners,
        at_least=(NESTED_EVIDENCE if page else BLANK_EVIDENCE) * cut.score, light=light, ending=True,
    )
    for quad in nested:
        if not _tint_fits(quad, plain, tint, cut, w, h, aspect):
            continue
        if (quad.score > NESTED_EVIDENCE * cut.score and not _printed(small, w, h, quad.corners, page)
                and share_inside(quad.corners, cut.corners, w, h) >= ON_SHEET):
            if page and _printed_frame(quad, others, cut, everything):
                break
            return _sides_in(quad, others, everything)
        if _on_blank_sheet(small, w, h, aspect, quad, cut, others, edges, page):
            return _sides_in(quad, others, everything)
    picture = ((0, 0), (w, 0), (w, h), (0, h))
    # Closed by three borders, the cut quad shows one line and no corner: the far edge of
    # a desk against a wall, or a plank, no less than a document running out of the picture
    # on three sides; any whole document-shaped quad in the picture is the better answer.
    one_line = sum(everything[k].virtual for k in cut.sides) == 3
    plain = len(lines)
    lines = lines + tinted
    whole = best_quads(
        small, lines, w, h, aspect, keep=3, within=picture,
        at_least=0.0 if one_line else WHOLE_EVIDENCE * cut.score, light=light, ending=True,
    )
    sides = _sides_of(cut, everything)
    for quad in whole:
        if page and _printed_frame(quad, lines, cut, everything):
            continue
        if _printed(small, w, h, quad.corners, page) and not one_line:
            continue
        shared = sum(_along_any(lines[k], sides) for k in quad.sides)
        if not one_line and shared and not _drawn_only_along(quad, cut, lines, everything, w, h):
            continue
        if not _tint_fits(quad, plain, tint, cut, w, h, aspect):
            continue
        if one_line or share_inside(quad.corners, cut.corners, w, h) >= ON_SHEET:
            return _sides_in(quad, lines, everything)
    return cut


def _cut_instead(best, quads, everything, w, h):
    """The cut quad among `quads` (the best ranked) of which a whole quad `best` is a part,
    or `best`.

    A card running out of the picture: its print (its photo's box, a row of text) closes
    a whole quad with two or three of its sides, drawn all round, which outscores the cut
    card closed by the border, whose border sides earn little (BORDER_SUPPORT). Such a
    part lies ON_SHEET inside the cut quad, shares one of its sides or more, and the
    sides it shares run on past its corners, drawn, half as much as its outline is or
    more (`_drawn_past`), where the cut card's sides end at its own corners
    (`_ends_at_corners`; a block of a grid or of a page's columns runs on): the mirror of
    `_whole_instead`, which takes a whole card over a cut quad drawn only as far as its
    corners. Only a quad with a side on a border is such a card: a sheet under a whole
    card, sharing its side, may be cut only by a corner a pixel past the border (held-out
    seed 2753282)."""
    if is_cut(best, everything, w, h):
        return best
    for quad in quads:
        if quad is best or not any(everything[k].virtual for k in quad.sides):
            continue
        if not _ends_at_corners(quad, everything, w, h):
            continue
        sides = _sides_of(quad, everything)
        if not any(_along_any(everything[k], sides) for k in best.sides):
            continue
        past = _drawn_past(best, quad, everything, everything, w, h)
        if (past is not None and past >= best.supported / best.visible / 2
                and share_inside(best.corners, quad.corners, w, h) >= ON_SHEET):
            return quad
    return best


def _drawn_only_along(quad, cut, lines, everything, w, h) -> bool:
    """Whether a whole quad ends at its corners (`_ends_at_corners`) and the cut quad's
    sides that run along one or more of its sides (the whole quad's lines in `lines`,
    the cut quad's in `everything`) are drawn only as far as its corners: past them, up
    to the cut quad's corners, less than half as much as the whole quad's outline is.

    A card on newsprint lends two of its sides to a quad closed by a line of print and a
    border, which wins by its length; a card held over a check cloth, one side to a quad
    of the cloth around it; the card's edges end at its corners. A part of a cut card
    closed by some of its sides and its print (its photo's box, a row of text) has
    the card's edges running on past its corners, to the card's own or the border.
    Past the whole quad, the cut quad's sides were drawn 0.06 and 0.11 of their length
    on two cards on newsprint (held-out design seeds 2715453, 2715671; half their
    outlines' share, 0.25-0.26), 0.23 on the card over a cloth (held-out 2720213,
    against 0.37), and 0.55 on such a part of a cut card (seed 2335009, against 0.34)."""
    if not _ends_at_corners(quad, lines, w, h):
        return False
    past = _drawn_past(quad, cut, lines, everything, w, h)
    return past is not None and past < quad.supported / quad.visible / 2


def _drawn_past(quad, cut, lines, everything, w, h):
    """How much of the cut quad's sides that run along sides of a whole quad inside it
    (the whole quad's lines in `lines`, the cut quad's in `everything`) is drawn past the
    whole quad's corners, up to the cut quad's (OVERRUN_SKIP beyond them): a share, or
    None where no such stretch lies in the picture."""
    drawn = seen = 0.0
    for m, k in enumerate(cut.sides):
        line = everything[k]
        span = visible_span(line, w, h)
        side = [(line, cut.corners[m - 1], cut.corners[m])]
        along = [j for j, q in enumerate(quad.sides) if _along_any(lines[q], side)]
        if line.virtual or span is None or not along:
            continue
        j = along[0]  # the whole quad's side along this one, from corner j - 1 to j
        t0, t1 = sorted((line.position(*cut.corners[m - 1]), line.position(*cut.corners[m])))
        s0, s1 = sorted((line.position(*quad.corners[j - 1]), line.position(*quad.corners[j])))
        for lo, hi in ((t0, s0 - OVERRUN_SKIP), (s1 + OVERRUN_SKIP, t1)):
            lo, hi = max(lo, span[0]), min(hi, span[1])
            if hi > lo:
                drawn += min(hi - lo, weighted_support(*line.support(lo, hi)))
                seen += hi - lo
    return drawn / seen if seen > 0 else None


def _card_on_sheet(small, w, h, aspect, lines, sheet, everything, light, edges, tint=None, tinted=()):
    """A card lying on a whole sheet of paper, or the sheet's quad `sheet` when none does.

    The card's outline is much shorter than a sheet's, so the first search takes the sheet
    (seen whole in the picture) for the document; the card is found on it as on a cut-off
    sheet (`_whole_instead`, by its blank ring: `_on_blank_sheet`), among quads with
    BLANK_EVIDENCE of the sheet's evidence, and only one SHEET_AREA times smaller than the
    sheet: a quad inside a card nearly as large as it (the card's outline fitted again
    a few pixels in, with no ring between them to speak of) is not a card lying on it.
    Only lines drawn on or near the sheet are searched (NEAR_SHEET). `tint` and `tinted`
    are as for `_whole_instead`."""
    others, plain = _lines_apart(lines, sheet, everything, tinted)
    near = inset_quad(sheet.corners, -NEAR_SHEET)
    drawn = [_drawn_within(line, near) > 0 for line in others]
    plain = sum(drawn[:plain])  # of the lines kept, those not drawn only in the tint
    others = [line for line, kept in zip(others, drawn) if kept]
    nested = best_quads(
        small, others, w, h, aspect, keep=NESTED_KEEP, within=sheet.corners,
        at_least=BLANK_EVIDENCE * sheet.score, light=light, ending=True,
    )
    for quad in nested:
        if (
            SHEET_AREA * abs(_area(quad.corners)) <= abs(_area(sheet.corners))
            and _tint_fits(quad, plain, tint, sheet, w, h, aspect)
            and _on_blank_sheet(small, w, h, aspect, quad, sheet, others, edges)
        ):
            return _sides_in(quad, others, everything)
    return sheet


def _drawn_within(line, quad) -> float:
    """Edge pixels along a line inside a convex quad (its stretch there, clipped as by
    Cyrus & Beck 1978), those of the minority gradient sign counted by half."""
    # the line's points: foot + t * direction, t its position (`Line.position`)
    fx, fy, dx, dy = line.rho * line.cos, line.rho * line.sin, -line.sin, line.cos
    middle = centre(quad)
    lo, hi = -math.inf, math.inf
    for m in range(4):
        (ax, ay), (bx, by) = quad[m - 1], quad[m]
        nx, ny = ay - by, bx - ax  # a normal of the side, turned inward below
        if nx * (middle[0] - ax) + ny * (middle[1] - ay) < 0:
            nx, ny = -nx, -ny
        along = nx * dx + ny * dy
        reach = nx * (ax - fx) + ny * (ay - fy)  # inside where along * t >= reach
        if abs(along) < 1e-12:
            if reach > 0:
                return 0.0
        elif along > 0:
            lo = max(lo, reach / along)
        else:
            hi = min(hi, reach / along)
    if hi <= lo:
        return 0.0
    return weighted_support(*line.support(lo, hi))


def _lines_apart(lines, outer, everything, tinted):
    """The `lines` that are not sides of the quad `outer` (sides in `everything`), then the
    `tinted` ones that run along none of its sides (`_along_any`); and how many of the
    first kind there are (the lines after them are drawn only in the tint)."""
    used = {id(everything[k]) for k in outer.sides}
    others = [line for line in lines if id(line) not in used]
    plain = len(others)
    sides = _sides_of(outer, everything)
    return others + [line for line in tinted if not _along_any(line, sides)], plain


def _sides_in(quad, lines, everything):
    """The quad found among `lines` with its sides given as indices into `everything`,
    which holds each of them: `_search` reads the returned quad's sides there (`is_cut`,
    `_ends_at_corners`)."""
    index = {id(line): k for k, line in enumerate(everything)}
    sides = tuple(index[id(lines[k])] for k in quad.sides)
    return quad.replaced(sides=sides)


def _sides_of(quad, everything):
    """A quad's sides as (line, end, end), its lines in `everything`."""
    return [(everything[k], quad.corners[m - 1], quad.corners[m]) for m, k in enumerate(quad.sides)]


def _tint_fits(quad, plain, tint, outer, w, h, aspect) -> bool:
    """Whether a quad's sides drawn only in the tint (lines from index `plain` on), if it
    has any, are a pale card's on the sheet `outer` around it: the quad shows the card's
    shape (`_card_shaped`), and beyond each such side lies the sheet's tint
    (`sheet_beyond`); colour outlines what is printed on a card as well."""
    tinted_sides = [k >= plain for k in quad.sides]
    return not any(tinted_sides) or (
        _card_shaped(quad, w, h, aspect) and sheet_beyond(quad.corners, tinted_sides, tint, outer.corners, w, h)
    )


def _printed(small, w, h, corners, page=False) -> bool:
    """Whether a quad is a feature printed on a card (`INK_SIDES`); never on a page."""
    return not page and ink_sides(small, w, h, corners) >= INK_SIDES


def _on_blank_sheet(small, w, h, aspect, quad, sheet, others, edges, page=False) -> bool:
    """Whether a quad is a card lying on the sheet `sheet`: card-shaped (`_card_shaped`),
    ON_SHEET of it inside the sheet, and around it on the sheet (`ring_edges`) blank
    (BLANK_RING) or, for a card drawn as one (`_ends_at_corners` among the lines
    `others`) and not ink (`_printed`), plainer than its face (PLAINER_AROUND; not on a
    `page`)."""
    if share_inside(quad.corners, sheet.corners, w, h) < ON_SHEET or not _card_shaped(quad, w, h, aspect):
        return False
    ring = ring_edges(edges, sheet.corners, quad.corners, w, h)
    return ring <= BLANK_RING or (
        not page
        and _ends_at_corners(quad, others, w, h)
        and not _printed(small, w, h, quad.corners)
        and ring <= PLAINER_AROUND * face_edges(edges, quad.corners, w, h)
    )


def _along_any(line, sides) -> bool:
    """Whether a line is one of a quad's sides (line, end, end), or runs along one: within
    FRAME_PARALLEL of it and INSET_SLACK of its middle (the same edge found twice)."""
    return any(
        line is side or angle_between(line, side) <= FRAME_PARALLEL and _gap(line, p, q) <= INSET_SLACK
        for side, p, q in sides
    )


def _card_shaped(quad, w, h, aspect) -> bool:
    """Whether a quad shows the document's aspect ratio, to within the aspect prior's
    width (ASPECT_SPREAD), as recovered from perspective, and as seen give or take what
    the recovered tilt foreshortens: a pixel's error in a small quad's corners can make
    its perspective turn a photo box (about 0.8 wide per high; 22.5 by 29 mm on the
    specimen card), seen head-on, into a card's shape. A rectangle tilted θ from the
    camera shows a ratio from aspect × cos θ to aspect / cos θ (one side foreshortened
    by cos θ; under 1 its sides swap)."""
    long_side, short_side = side_lengths(quad.corners)
    seen = long_side / short_side
    ratio = rectangle_shape(quad.corners, w, h)[0]
    if abs(math.log(ratio / aspect)) > ASPECT_SPREAD:
        return False
    foreshortened = math.cos(math.radians(view_tilt(quad.corners, w, h)))
    low, high = aspect * foreshortened, aspect / max(foreshortened, 1e-6)
    if low < 1:
        low, high = 1.0, max(high, 1 / max(low, 1e-6))
    return math.log(low) - ASPECT_SPREAD <= math.log(seen) <= math.log(high) + ASPECT_SPREAD


def _on_paper(aspect) -> bool:
    """Whether documents of this aspect ratio are pages of ISO 216 paper (PAPER_ASPECT)."""
    return abs(aspect / PAPER_ASPECT - 1) < 0.05


def _printed_frame(quad, lines, paper, everything) -> bool:
    """Whether a quad (sides in `lines`) inside a paper's outline (sides in `everything`)
    could be the frame printed on it: its sides parallel to the paper's, and it covers at
    least 1 / AROUND_AREA of the paper."""
    own = [lines[k] for k in quad.sides]
    if any(line is everything[k] for line in own for k in paper.sides):
        return False
    return AROUND_AREA * abs(_area(quad.corners)) >= abs(_area(paper.corners)) and _parallel(
        own, [everything[k] for k in paper.sides]
    )


def _parallel(sides, others) -> bool:
    """Whether every one of the lines `sides` runs within FRAME_PARALLEL of one of the
    lines `others` (a paper's edges and the frame printed inside them)."""
    return all(min(angle_between(line, other) for other in others) <= FRAME_PARALLEL for line in sides)


def _frame_fits(paper, everything, frame, w, h) -> bool:
    """Whether a quad around a printed frame that runs past the picture's borders lies
    where the paper's edge would: the same gap (the inset) outside every side of the
    frame, give or take perspective, and past each border that closes the quad (the
    frame's side facing the border lies nearer to it than the inset; a frame turned so
    that no side runs along the border cannot say, and does not fit). Inside the picture
    the quad's drawn edges speak for themselves, where they run on along the frame's own
    lines too (`_runs_on_drawn`)."""
    edges = [everything[k] for k in paper.sides]
    if all(0 <= x <= w and 0 <= y <= h for x, y in paper.corners) and not any(line.virtual for line in edges):
        return _runs_on_drawn(paper, frame, everything)
    sides = [(everything[k], frame.corners[m - 1], frame.corners[m]) for m, k in enumerate(frame.sides)]
    facing = [_facing(line, sides) for line in edges]
    if None in facing:
        return False
    insets = [_gap(line, *side[1:]) for line, side in zip(edges, facing) if not line.virtual]
    if not insets or max(insets) > INSET_SPREAD * min(insets) + INSET_SLACK:
        return False
    return all(
        min(_gap(line, p, p) for p in side[1:]) < min(insets) for line, side in zip(edges, facing) if line.virtual
    )


def _runs_on_drawn(paper, frame, everything) -> bool:
    """For a paper with one side of its own, the other three the frame's lines: whether
    one of the two it runs on along past the frame's corners is drawn out to its own
    corner, on MIN_SHARE (the least share of an outline the quad search takes for drawn
    at all) of the outer half of that stretch, the half next to the corner. Such a quad
    found first is a band printed across the page (a statement's header, or the body of
    the page below it), whose sides run on along the page's edges: drawn, though a dark
    header beside something as dark on one side may show no edge there; but the two
    converging sides of a page seen steeply, run on past its far edge to a line of the
    background (the desk's far edge), both cross the bare desk beyond it. (Where a paper
    has sides of its own beyond two or more of the frame's sides, a frame line it keeps
    stands in for an edge of the paper not found, a margin's width inside it.)"""
    if sum(k not in frame.sides for k in paper.sides) != 1:
        return True
    for m, k in enumerate(paper.sides):
        if k not in frame.sides:
            continue
        n = frame.sides.index(k)
        line = everything[k]
        outer = sorted((line.position(*paper.corners[m - 1]), line.position(*paper.corners[m])))
        inner = sorted((line.position(*frame.corners[n - 1]), line.position(*frame.corners[n])))
        drawn = length = 0.0
        for lo, hi in ((outer[0], (outer[0] + inner[0]) / 2), ((inner[1] + outer[1]) / 2, outer[1])):
            if hi > lo:
                drawn += min(hi - lo, weighted_support(*line.support(lo, hi)))
                length += hi - lo
        if length and drawn >= MIN_SHARE * length:
            return True
    return False


def _facing(line, sides):
    """Of a quad's sides (line, end, end), the nearest one running along `line` (less than
    45° from it), or None."""
    along = [side for side in sides if angle_between(side[0], line) < math.pi / 4]
    return min(along, key=lambda side: _gap(line, *side[1:]), default=None)


def _gap(line, p, q) -> float:
    """Distance from a line to the middle of the segment p-q."""
    x, y = (p[0] + q[0]) / 2, (p[1] + q[1]) / 2
    return abs(x * line.cos + y * line.sin - line.rho)


def _clockwise_from_top_left(points):
    """Order four corners clockwise on screen (y down), starting nearest the top-left."""
    cx = sum(p[0] for p in points) / 4
    cy = sum(p[1] for p in points) / 4
    ordered = sorted(points, key=lambda p: math.atan2(p[1] - cy, p[0] - cx))
    start = min(range(4), key=lambda k: ordered[k][0] + ordered[k][1])
    return tuple(ordered[start:] + ordered[:start])
