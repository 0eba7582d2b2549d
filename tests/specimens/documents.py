"""Flat renderings of specimen documents, every one marked 样本 / SPECIMEN.

Names, numbers and authorities are invented (样本 张三, 样本科技有限公司, 000000…): no real
person's or company's data. Sizes are physical (mm); `px_per_mm` sets the resolution, so
text is rendered by FreeType at the size it will have, not scaled afterwards.

Smallest meaningful text is about 3 mm on every document (the field values of the ID
card, the body of the statement, the business scope of the licence): the truth of the
sharpness and resolution checks (truth.py) rests on that figure.
"""

from __future__ import annotations

import math
import random
from functools import lru_cache

from PIL import Image, ImageDraw, ImageFont

FONT = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"

# Physical sizes, width × height in mm.
SIZES_MM = {
    ("id-card", "front"): (85.6, 54.0),   # ID-1
    ("id-card", "back"): (85.6, 54.0),
    ("business-license", "portrait"): (210.0, 297.0),   # 副本, A4
    ("business-license", "landscape"): (297.0, 210.0),
    ("document", "statement"): (210.0, 297.0),   # A4
}
CARD_CORNER_RADIUS_MM = 3.18  # ID-1 rounded corners
SMALLEST_TEXT_MM = 3.0

PAPER = (238, 236, 230)
INK = (28, 28, 30)


@lru_cache(maxsize=256)
def font(size_px: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(FONT, max(6, size_px))


class Pen:
    """Draws text whose size is given in mm on a page of known px/mm."""

    def __init__(self, image: Image.Image, px_per_mm: float):
        self.image = image
        self.draw = ImageDraw.Draw(image)
        self.k = px_per_mm

    def px(self, mm: float) -> int:
        return round(mm * self.k)

    def text(self, x_mm, y_mm, text, size_mm, fill=INK, anchor="la"):
        self.draw.text((x_mm * self.k, y_mm * self.k), text, font=font(self.px(size_mm)),
                       fill=fill, anchor=anchor)

    def rect(self, box_mm, fill=None, outline=None, width_mm=0.3):
        x0, y0, x1, y1 = (v * self.k for v in box_mm)
        self.draw.rectangle((x0, y0, x1, y1), fill=fill, outline=outline,
                            width=max(1, self.px(width_mm)))

    def ellipse(self, box_mm, fill=None, outline=None, width_mm=0.3):
        x0, y0, x1, y1 = (v * self.k for v in box_mm)
        self.draw.ellipse((x0, y0, x1, y1), fill=fill, outline=outline,
                          width=max(1, self.px(width_mm)))


def _blank(size_mm, px_per_mm, colour) -> Image.Image:
    w, h = (max(8, round(v * px_per_mm)) for v in size_mm)
    return Image.new("RGB", (w, h), colour)


def _gradient(size, top, bottom) -> Image.Image:
    """Diagonal blend between two colours."""
    ramp = Image.linear_gradient("L").rotate(45, resample=Image.BILINEAR, expand=True)
    ramp = ramp.crop((90, 90, ramp.width - 90, ramp.height - 90)).resize(size, Image.BILINEAR)
    return Image.composite(Image.new("RGB", size, bottom), Image.new("RGB", size, top), ramp)


def _guilloche(pen: Pen, size_mm, colour, rng: random.Random, lines=14):
    """Fine wavy security-print lines (pale), as on cards and licences."""
    w_mm, h_mm = size_mm
    width = max(1, pen.px(0.12))
    for i in range(lines):
        phase, freq = rng.uniform(0, 6.3), rng.uniform(0.08, 0.2)
        amp, base = rng.uniform(1.5, 5.0), h_mm * (i + 0.5) / lines
        pts = [(x * pen.k, (base + amp * math.sin(freq * x + phase)) * pen.k)
               for x in [w_mm * j / 120 for j in range(121)]]
        pen.draw.line(pts, fill=colour, width=width)


def _stamp_specimen(image: Image.Image, px_per_mm: float, size_mm: float, angle: float,
                    colour=(200, 30, 40), opacity=110) -> Image.Image:
    """Diagonal 样本 SPECIMEN mark across the page, semi-transparent."""
    layer = Image.new("L", image.size, 0)
    draw = ImageDraw.Draw(layer)
    draw.text((image.width / 2, image.height / 2), "样本 SPECIMEN", font=font(round(size_mm * px_per_mm)),
              fill=opacity, anchor="mm")
    layer = layer.rotate(angle, resample=Image.BILINEAR)
    return Image.composite(Image.new("RGB", image.size, colour), image, layer)


def _portrait_placeholder(pen: Pen, box_mm):
    """A grey silhouette in a box: a placeholder, not a face."""
    x0, y0, x1, y1 = box_mm
    pen.rect(box_mm, fill=(214, 220, 226))
    cx, w = (x0 + x1) / 2, x1 - x0
    pen.ellipse((cx - w * 0.22, y0 + (y1 - y0) * 0.14, cx + w * 0.22, y0 + (y1 - y0) * 0.52), fill=(150, 156, 165))
    pen.draw.chord(((x0 + w * 0.08) * pen.k, (y0 + (y1 - y0) * 0.58) * pen.k,
                    (x1 - w * 0.08) * pen.k, (y1 + (y1 - y0) * 0.3) * pen.k), 180, 360, fill=(150, 156, 165))
    pen.text(cx, y1 - 2.2, "照片 PHOTO", 1.6, fill=(110, 116, 125), anchor="mm")


def _star(cx, cy, r_out, r_in, points=5, rotation=-90):
    pts = []
    for i in range(points * 2):
        r = r_out if i % 2 == 0 else r_in
        a = math.radians(rotation + i * 180 / points)
        pts.append((cx + r * math.cos(a), cy + r * math.sin(a)))
    return pts


def id_card_front(px_per_mm: float, rng: random.Random) -> Image.Image:
    size = SIZES_MM[("id-card", "front")]
    image = _gradient(_blank(size, px_per_mm, PAPER).size, (226, 236, 244), (242, 230, 232))
    pen = Pen(image, px_per_mm)
    _guilloche(pen, size, (205, 218, 232), rng)
    label, value = (40, 90, 150), INK
    pen.text(6, 6.5, "姓名", 2.6, label)
    pen.text(15, 6.0, "样本 张三", 3.6, value)
    pen.text(6, 12.5, "性别", 2.6, label)
    pen.text(15, 12.3, "男", 3.2, value)
    pen.text(24, 12.5, "民族", 2.6, label)
    pen.text(32, 12.3, "汉", 3.2, value)
    pen.text(6, 18.5, "出生", 2.6, label)
    pen.text(15, 18.3, "1990 年 1 月 1 日", 3.2, value)
    pen.text(6, 24.5, "住址", 2.6, label)
    pen.text(15, 24.3, "样本省样本市示例区", 3.2, value)
    pen.text(15, 28.6, "样本路 1 号 SPECIMEN", 3.2, value)
    pen.text(6, 42.5, "公民身份号码", 2.6, label)
    pen.text(24, 41.8, "00000019900101000X", 4.0, value)
    _portrait_placeholder(pen, (57.5, 7.0, 80.0, 36.0))
    return _stamp_specimen(image, px_per_mm, 7.0, 18)


def id_card_back(px_per_mm: float, rng: random.Random) -> Image.Image:
    size = SIZES_MM[("id-card", "back")]
    image = _gradient(_blank(size, px_per_mm, PAPER).size, (244, 236, 222), (226, 238, 246))
    pen = Pen(image, px_per_mm)
    _guilloche(pen, size, (232, 214, 200), rng)
    # emblem placeholder: a gold star in a red ring (not any real emblem)
    pen.ellipse((6, 5, 24, 23), fill=(196, 40, 40))
    pen.ellipse((8, 7, 22, 21), fill=(236, 196, 90))
    pen.draw.polygon([(x * pen.k, y * pen.k) for x, y in _star(15, 14, 6, 2.4)], fill=(196, 40, 40))
    pen.text(15, 25.5, "徽标占位", 1.8, (150, 60, 40), anchor="mt")
    pen.text(52, 10, "样本 居民身份证", 5.4, INK, anchor="mm")
    pen.text(52, 18, "SPECIMEN IDENTITY CARD", 2.8, (60, 60, 70), anchor="mm")
    pen.text(16, 39.2, "签发机关", 2.6, (40, 90, 150))
    pen.text(30, 38.7, "样本市公安局示例分局", 3.2, INK)
    pen.text(16, 45.7, "有效期限", 2.6, (40, 90, 150))
    pen.text(30, 45.2, "2020.01.01-2040.01.01", 3.2, INK)
    return _stamp_specimen(image, px_per_mm, 7.0, 15)


def _qr_like(pen: Pen, x_mm, y_mm, side_mm, rng: random.Random, modules=25):
    """A QR-looking block of random modules with three finder squares (encodes nothing)."""
    m = side_mm / modules
    pen.rect((x_mm - m, y_mm - m, x_mm + side_mm + m, y_mm + side_mm + m), fill=(255, 255, 255))
    for i in range(modules):
        for j in range(modules):
            finder = any(i in r1 and j in r2 for r1, r2 in
                         ((range(7), range(7)), (range(modules - 7, modules), range(7)), (range(7), range(modules - 7, modules))))
            if not finder and rng.random() < 0.5:
                pen.rect((x_mm + i * m, y_mm + j * m, x_mm + (i + 1) * m, y_mm + (j + 1) * m), fill=INK, width_mm=0)
    for fx, fy in ((0, 0), (modules - 7, 0), (0, modules - 7)):
        ox, oy = x_mm + fx * m, y_mm + fy * m
        pen.rect((ox, oy, ox + 7 * m, oy + 7 * m), fill=INK, width_mm=0)
        pen.rect((ox + m, oy + m, ox + 6 * m, oy + 6 * m), fill=(255, 255, 255), width_mm=0)
        pen.rect((ox + 2 * m, oy + 2 * m, ox + 5 * m, oy + 5 * m), fill=INK, width_mm=0)


def _seal(image: Image.Image, px_per_mm: float, cx_mm, cy_mm, r_mm, text: str, colour=(205, 35, 40)):
    """A round red seal placeholder: ring, star, text set along the upper arc."""
    k = px_per_mm
    layer = Image.new("L", image.size, 0)
    draw = ImageDraw.Draw(layer)
    cx, cy, r = cx_mm * k, cy_mm * k, r_mm * k
    draw.ellipse((cx - r, cy - r, cx + r, cy + r), outline=230, width=max(1, round(0.9 * k)))
    draw.polygon(_star(cx, cy, r * 0.3, r * 0.12), fill=230)
    size = max(6, round(r * 0.26))
    span = 220.0
    for i, ch in enumerate(text):
        a = -90 - span / 2 + span * (i + 0.5) / len(text)
        glyph = Image.new("L", (size * 2, size * 2), 0)
        ImageDraw.Draw(glyph).text((size, size), ch, font=font(size), fill=230, anchor="mm")
        glyph = glyph.rotate(-(a + 90), resample=Image.BILINEAR)
        gx = cx + r * 0.74 * math.cos(math.radians(a)) - size
        gy = cy + r * 0.74 * math.sin(math.radians(a)) - size
        layer.paste(230, (round(gx), round(gy)), glyph)
    draw.text((cx, cy + r * 0.55), "样本", font=font(size), fill=230, anchor="mm")
    return Image.composite(Image.new("RGB", image.size, colour), image, layer.point(lambda v: v * 3 // 4))


def business_license(orientation: str, px_per_mm: float, rng: random.Random) -> Image.Image:
    size = SIZES_MM[("business-license", orientation)]
    w, h = size
    image = _blank(size, px_per_mm, (240, 236, 226))
    pen = Pen(image, px_per_mm)
    # decorative border: a pale band of pattern between two lines
    band = 9.0
    pen.rect((4, 4, w - 4, h - 4), outline=(190, 120, 80), width_mm=0.8)
    pen.rect((4 + band, 4 + band, w - 4 - band, h - 4 - band), outline=(190, 120, 80), width_mm=0.5)
    step = 6.0
    x = 6.0
    while x < w - 6:
        pen.ellipse((x, 6, x + 4, 10), outline=(214, 170, 140), width_mm=0.3)
        pen.ellipse((x, h - 10, x + 4, h - 6), outline=(214, 170, 140), width_mm=0.3)
        x += step
    y = 12.0
    while y < h - 12:
        pen.ellipse((6, y, 10, y + 4), outline=(214, 170, 140), width_mm=0.3)
        pen.ellipse((w - 10, y, w - 6, y + 4), outline=(214, 170, 140), width_mm=0.3)
        y += step
    left, top = 24.0, 20.0
    pen.text(left, top, "统一社会信用代码", 3.6)
    pen.text(left, top + 6, "000000000SPECIMEN0", 4.2)
    pen.text(w / 2, top + 22, "营 业 执 照", 13.0, (150, 30, 30), anchor="mm")
    pen.text(w / 2, top + 33, "（副 本）样本 SPECIMEN", 4.5, INK, anchor="mm")
    _qr_like(pen, w - 24 - 26, top - 2, 26, rng)
    pen.text(w - 24 - 13, top + 27, "扫描二维码 样本", 2.6, INK, anchor="mm")
    fields = [
        ("名称", "样本科技有限公司"),
        ("类型", "有限责任公司（样本）"),
        ("法定代表人", "样本 张三"),
        ("注册资本", "壹佰万元整（样本）"),
        ("成立日期", "2015 年 01 月 01 日"),
        ("营业期限", "2015 年 01 月 01 日 至 长期"),
        ("住所", "样本省样本市示例区样本路 1 号"),
        ("经营范围", "样本技术开发、技术咨询；示例产品销售。"),
    ]
    y, row = top + 46, 11.0 if orientation == "portrait" else 9.0
    columns = [(left, fields)] if orientation == "portrait" else [(left, fields[:4]), (w / 2 + 6, fields[4:])]
    for x0, group in columns:
        yy = y
        for name, value in group:
            pen.text(x0, yy, name, 4.0)
            pen.text(x0 + 26, yy, value, 4.0)
            yy += row
    scope_y = y + row * (len(columns[0][1]) + 0.2)
    for i in range(3):
        pen.text(left + 26, scope_y + i * 5.0, "样本经营范围文字 SPECIMEN TEXT 示例 000000", SMALLEST_TEXT_MM, (60, 60, 66))
    pen.text(w - 70, h - 46, "登记机关", 4.0)
    pen.text(w - 70, h - 30, "2024 年 01 月 01 日", 4.0)
    image = _seal(image, px_per_mm, w - 48, h - 40, 21, "样本市市场监督管理局")
    return _stamp_specimen(image, px_per_mm, 22.0, 30, opacity=70)


def statement(px_per_mm: float, rng: random.Random) -> Image.Image:
    size = SIZES_MM[("document", "statement")]
    w, h = size
    image = _blank(size, px_per_mm, PAPER)
    pen = Pen(image, px_per_mm)
    pen.rect((0, 0, w, 28), fill=(24, 92, 160), width_mm=0)
    pen.ellipse((14, 6, 30, 22), fill=(240, 180, 40))
    pen.text(36, 9, "样本银行 SPECIMEN BANK", 7.0, (255, 255, 255))
    pen.text(w - 14, 14, "账户对账单 / Statement", 4.2, (230, 238, 250), anchor="ra")
    pen.text(16, 38, "户名  样本 张三", 4.0)
    pen.text(16, 45, "账号  6200 0000 0000 0000（样本）", 4.0)
    pen.text(16, 52, "地址  样本省样本市示例区样本路 1 号", 4.0)
    pen.text(16, 59, "期间  2024-01-01 至 2024-01-31", 4.0)
    pen.rect((14, 68, w - 14, 76), fill=(214, 228, 242), width_mm=0)
    heads = [(16, "日期"), (44, "摘要"), (130, "金额"), (162, "余额")]
    for x, text in heads:
        pen.text(x, 69.8, text, 3.6, (24, 60, 110))
    descriptions = ["样本超市 消费", "工资 样本科技有限公司", "示例电费", "转账 样本 李四", "示例话费", "样本书店 消费"]
    balance = 10000.00
    y = 80.0
    for i in range(26):
        if i % 2:
            pen.rect((14, y - 1.2, w - 14, y + 5.0), fill=(236, 242, 248), width_mm=0)
        amount = rng.choice([-1, -1, 1]) * rng.randrange(100, 90000) / 100
        balance += amount
        pen.text(16, y, f"2024-01-{i + 1:02d}", SMALLEST_TEXT_MM)
        pen.text(44, y, rng.choice(descriptions), SMALLEST_TEXT_MM)
        pen.text(154, y, f"{amount:,.2f}", SMALLEST_TEXT_MM, (170, 30, 30) if amount < 0 else (20, 110, 50), anchor="ra")
        pen.text(192, y, f"{balance:,.2f}", SMALLEST_TEXT_MM, anchor="ra")
        y += 6.2
    pen.text(w / 2, h - 16, "本对账单为样本，非真实文件 · SPECIMEN — not a real document", 3.2, (90, 90, 96), anchor="mm")
    return _stamp_specimen(image, px_per_mm, 24.0, 35, opacity=60)


def render(document: str, variant: str, px_per_mm: float, seed: int) -> Image.Image:
    """Flat RGB rendering of (document, variant), see SIZES_MM for the variants."""
    rng = random.Random(seed)
    if document == "id-card":
        return (id_card_front if variant == "front" else id_card_back)(px_per_mm, rng)
    if document == "business-license":
        return business_license(variant, px_per_mm, rng)
    return statement(px_per_mm, rng)


def card_mask(size, px_per_mm: float, document: str) -> Image.Image:
    """Opaque area of the flat document (ID-1 cards have rounded corners)."""
    mask = Image.new("L", size, 0)
    radius = CARD_CORNER_RADIUS_MM * px_per_mm if document == "id-card" else 0
    ImageDraw.Draw(mask).rounded_rectangle((0, 0, size[0] - 1, size[1] - 1), radius=radius, fill=255)
    return mask
