"""The desk the document lies on, seen through the camera that sees the document.

A prop lying on the desk (a sheet of paper under the document, a printed box, a phone, a
second card) is drawn as the untilted desk would show it: head-on, in picture pixels,
around the document as it would look head-on (turned face-on to the camera about its
centre, at the same distance, with the same roll). `Desk` carries that head-on drawing
into the picture through the desk plane's homography, which is the document's own
projection extended beyond its edges, so a prop is foreshortened like the document and
its edges run to the same vanishing points. On a
steep view part of a prop may lie behind the camera or beyond the picture: only what the
camera sees is drawn.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PIL import Image, ImageChops, ImageDraw

from . import geometry

NEAREST = 1e-3   # desk nearer than this share of the document's depth is not drawn (see geometry.project_polygon)


def _turn(point, degrees: float):
    """`point` turned about the origin as Pillow's rotate turns a picture (counter-clockwise on screen)."""
    c, s = math.cos(math.radians(degrees)), math.sin(math.radians(degrees))
    return (point[0] * c + point[1] * s, -point[0] * s + point[1] * c)


@dataclass(frozen=True)
class Desk:
    centre: geometry.Point          # the document's centre, head-on and in the picture (mean of its corners)
    width: float                    # the document's width head-on, px
    head_on: list[geometry.Point]   # the document's corners head-on, relative to `centre`
    quad: list[geometry.Point]      # the same corners in the picture
    to_picture: list[float]         # homography: head-on pixels relative to `centre` → picture pixels
    frame: tuple[float, float, float, float]   # the picture's box, x0 y0 x1 y1

    def outline(self, points) -> list[geometry.Point]:
        """The picture polygon of a convex head-on polygon (absolute head-on pixels): the
        part the camera sees, within the frame; [] when none of it shows."""
        relative = [(x - self.centre[0], y - self.centre[1]) for x, y in points]
        return geometry.project_polygon(self.to_picture, relative, self.frame, NEAREST)

    def lay(self, image: Image.Image, item: Image.Image, mask: Image.Image, centre, angle: float):
        """Paste `item` through `mask` as if it lay on the desk, centred on the head-on point
        `centre` and turned by `angle` degrees (counter-clockwise, as Image.rotate)."""
        w, h = item.size
        corners = [(centre[0] + x, centre[1] + y) for x, y in
                   (_turn((sx * w / 2, sy * h / 2), angle) for sx, sy in ((-1, -1), (1, -1), (1, 1), (-1, 1)))]
        shown = self.outline(corners)
        if not shown:
            return
        x0, y0 = (max(0, math.floor(min(p[i] for p in shown))) for i in (0, 1))
        x1, y1 = (min(image.size[i], math.ceil(max(p[i] for p in shown))) for i in (0, 1))
        if x1 <= x0 or y1 <= y0:
            return
        # where the document's corners fall in the item: four points the camera sees,
        # so the picture → item map is fixed without dividing by a depth ≤ 0
        in_item = [_turn((self.centre[0] + x - centre[0], self.centre[1] + y - centre[1]), -angle)
                   for x, y in self.head_on]
        in_item = [(x + w / 2, y + h / 2) for x, y in in_item]
        to_item = geometry.homography([(x - x0, y - y0) for x, y in self.quad], in_item)
        size = (x1 - x0, y1 - y0)
        warped = item.transform(size, Image.PERSPECTIVE, to_item, Image.BICUBIC)
        alpha = mask.transform(size, Image.PERSPECTIVE, to_item, Image.BILINEAR)
        relative = [(x - self.centre[0], y - self.centre[1]) for x, y in corners]
        if min(geometry.depth_share(self.to_picture, p) for p in relative) < NEAREST:
            # part of it lies behind the camera, where the map folds back into the picture:
            # keep only the polygon the camera sees
            seen = Image.new("L", size, 0)
            ImageDraw.Draw(seen).polygon([(x - x0, y - y0) for x, y in shown], fill=255)
            alpha = ImageChops.multiply(alpha, seen)
        image.paste(warped, (x0, y0), alpha)


def under(quad, w_mm: float, h_mm: float, roll: float, width: float, size) -> Desk:
    """The desk under a document `w_mm` × `h_mm` whose corners (top-left first, clockwise
    around the document) are `quad` in a picture of `size`; head-on, at the depth of its
    centre, it would be `width` pixels wide and turned by `roll` degrees."""
    centre = (sum(p[0] for p in quad) / 4, sum(p[1] for p in quad) / 4)
    scale, r = width / w_mm, math.radians(roll)
    head_on = []
    for sx, sy in ((-0.5, -0.5), (0.5, -0.5), (0.5, 0.5), (-0.5, 0.5)):   # as geometry.project_rectangle turns it
        x, y = sx * w_mm * scale, sy * h_mm * scale
        head_on.append((x * math.cos(r) - y * math.sin(r), x * math.sin(r) + y * math.cos(r)))
    return Desk(centre=centre, width=width, head_on=head_on, quad=list(quad),
                to_picture=geometry.homography(head_on, quad), frame=(0, 0, size[0], size[1]))
