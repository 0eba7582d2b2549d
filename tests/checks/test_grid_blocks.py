"""Rules of the quad search (`outline_quads.best_quads`): a card is one piece, and a line
drawn all the way across a quad (a grout line through a block of tiles) halves its
evidence (`outline_quads.crossed`); quads drawn along less than `min_share` of their
outline are left out."""

import pytest

from checks.measures.outline import _lines
from checks.measures.outline_edges import edge_map
from checks.measures.outline_lines import border_lines
from checks.measures.outline_quads import CROSSED_WEIGHT, best_quads

SIZE = 200


def _tiles() -> bytes:
    """Light tiles 55 pixels across, between grout lines 5 pixels wide at 30, 90 and 150."""
    image = bytearray([200]) * (SIZE * SIZE)
    for start in (30, 90, 150):
        for p in range(start, start + 5):
            for i in range(SIZE):
                image[p * SIZE + i] = image[i * SIZE + p] = 90
    return bytes(image)


def _extent(quad):
    xs = [x for x, _ in quad.corners]
    ys = [y for _, y in quad.corners]
    return max(xs) - min(xs), max(ys) - min(ys)


def _weighed(image, lines):
    """The quads of `lines` in `image` as the search scores them, and by their sides as
    it scores them when a card is one piece."""
    plain = best_quads(image, lines, SIZE, SIZE, None, keep=400)
    one_piece = {quad.sides: quad for quad in best_quads(image, lines, SIZE, SIZE, None, keep=400, one_piece=True)}
    return plain, one_piece


@pytest.mark.parametrize("cut", [False, True], ids=["whole", "cut"])
def test_a_block_of_tiles_is_crossed_by_its_grout_and_a_tile_is_not(cut):
    # Cut: tiles running out of the picture, a block closed by a border with a grout line
    # across it from that border to its far side is no more one piece than a whole one.
    image = _tiles()
    lines = (border_lines(SIZE, SIZE) if cut else []) + _lines(edge_map(image, SIZE, SIZE), SIZE, SIZE)
    plain, one_piece = _weighed(image, lines)
    quads = [quad for quad in plain if any(lines[k].virtual for k in quad.sides) == cut]
    blocks = [quad for quad in quads if min(_extent(quad)) > 100]
    tiles = [quad for quad in quads if max(_extent(quad)) < 70]
    assert blocks and tiles
    for quad in blocks:
        assert abs(one_piece[quad.sides].score - CROSSED_WEIGHT * quad.score) < 1e-9 * quad.score
    for quad in tiles:
        assert one_piece[quad.sides].score == quad.score


def test_a_sheet_cut_off_by_the_border_is_not_crossed_by_an_edge_from_side_to_side():
    # A sheet running out of the top of the picture, with a card's edge drawn across it
    # from its left side to its right: the card lies on the sheet, and the cut sheet
    # leads to it (`outline._whole_instead`); no grid runs out of the picture with it.
    image = bytearray([70]) * (SIZE * SIZE)
    for y in range(0, 150):
        for x in range(40, 160):
            image[y * SIZE + x] = 200 if y < 80 else 215
    image = bytes(image)
    lines = border_lines(SIZE, SIZE) + _lines(edge_map(image, SIZE, SIZE), SIZE, SIZE)
    plain, one_piece = _weighed(image, lines)
    sheet = [quad for quad in plain if abs(_extent(quad)[0] - 120) < 2 and abs(_extent(quad)[1] - 150) < 2]
    assert len(sheet) == 1 and sum(lines[k].virtual for k in sheet[0].sides) == 1
    assert one_piece[sheet[0].sides].score == sheet[0].score


def test_a_tile_wins_over_the_block_of_four_around_it():
    image = _tiles()
    lines = _lines(edge_map(image, SIZE, SIZE), SIZE, SIZE)
    assert min(_extent(best_quads(image, lines, SIZE, SIZE, None)[0])) > 100  # the block, without the rule
    assert max(_extent(best_quads(image, lines, SIZE, SIZE, None, one_piece=True)[0])) < 70


def _dashed_boxes() -> bytes:
    """Two dark boxes on a light ground: one drawn all round, one with dashed sides."""
    image = bytearray([200]) * (SIZE * SIZE)
    for (x0, y0, x1, y1), dash in (((20, 30, 110, 90), None), ((70, 100, 180, 170), 6)):
        for i in range(x0, x1):
            for y in (y0, y0 + 1, y1, y1 + 1):
                if dash is None or i // dash % 2:
                    image[y * SIZE + i] = 60
        for i in range(y0, y1):
            for x in (x0, x0 + 1, x1, x1 + 1):
                if dash is None or i // dash % 2:
                    image[i * SIZE + x] = 60
    return bytes(image)


def test_quads_drawn_less_than_min_share_are_left_out_and_none_is_of_higher_quality():
    # A caller needing a quality above q may search with min_share=q (the windows of
    # `outline._in_windows`): no quad's quality exceeds the share of its outline drawn,
    # and leaving out the others changes nothing else.
    image = _dashed_boxes()
    lines = _lines(edge_map(image, SIZE, SIZE), SIZE, SIZE)
    every = best_quads(image, lines, SIZE, SIZE, None, keep=10_000)  # all of them
    shares = [quad.supported / quad.visible for quad in every]
    assert all(quad.quality <= share + 1e-9 for quad, share in zip(every, shares))
    least = 0.8
    assert any(share < least for share in shares) and any(share >= least for share in shares)
    kept = best_quads(image, lines, SIZE, SIZE, None, keep=10_000, min_share=least)
    assert [quad.sides for quad in kept] == [quad.sides for quad, share in zip(every, shares) if share >= least]


@pytest.mark.parametrize("new", [2, 5])
def test_a_search_for_quads_on_new_lines_ranks_with_the_earlier_one_as_one_search_of_all(new):
    # `outline._search` searches again, with the lines of the image smoothed, only for the
    # quads with a side on one of those, above the last quad it ranked before, and ranks
    # them with the quads found before: as a search of all the lines ranks them (here the
    # strongest lines come last, so that the new quads outrank the earlier ones).
    image = _tiles()
    found = _lines(edge_map(image, SIZE, SIZE), SIZE, SIZE)
    lines = border_lines(SIZE, SIZE) + found[new:] + found[:new]
    earlier_lines = len(lines) - new
    using = sum(1 << k for k in range(earlier_lines, len(lines)))
    keep = 6
    earlier = best_quads(image, lines[:earlier_lines], SIZE, SIZE, None, keep=keep)
    added = best_quads(image, lines, SIZE, SIZE, None, keep=keep, using=using, at_least=earlier[-1].score)
    assert added and all(any(using >> k & 1 for k in quad.sides) for quad in added)
    ranked = sorted(earlier + added, key=lambda quad: quad.score, reverse=True)[:keep]
    assert ranked[0] in added
    assert [quad.sides for quad in ranked] == [quad.sides for quad in best_quads(image, lines, SIZE, SIZE, None, keep=keep)]
