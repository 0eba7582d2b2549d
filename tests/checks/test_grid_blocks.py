"""A grid's blocks and cells in the quad search: a card is one piece, and a line drawn all
the way across a quad (a grout line through a block of tiles) halves its evidence
(`outline_quads.crossed`)."""

from checks.measures.outline import _lines
from checks.measures.outline_edges import edge_map
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


def test_a_block_of_tiles_is_crossed_by_its_grout_and_a_tile_is_not():
    image = _tiles()
    lines = _lines(edge_map(image, SIZE, SIZE), SIZE, SIZE)
    plain = best_quads(image, lines, SIZE, SIZE, None, keep=200)
    one_piece = {quad.sides: quad for quad in best_quads(image, lines, SIZE, SIZE, None, keep=200, one_piece=True)}
    blocks = [quad for quad in plain if max(_extent(quad)) > 100]
    tiles = [quad for quad in plain if max(_extent(quad)) < 70]
    assert blocks and tiles
    for quad in blocks:
        assert abs(one_piece[quad.sides].score - CROSSED_WEIGHT * quad.score) < 1e-9 * quad.score
    for quad in tiles:
        assert one_piece[quad.sides].score == quad.score


def test_a_tile_wins_over_the_block_of_four_around_it():
    image = _tiles()
    lines = _lines(edge_map(image, SIZE, SIZE), SIZE, SIZE)
    assert min(_extent(best_quads(image, lines, SIZE, SIZE, None)[0])) > 100  # the block, without the rule
    assert max(_extent(best_quads(image, lines, SIZE, SIZE, None, one_piece=True)[0])) < 70
