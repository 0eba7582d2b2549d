"""What the self-check covers: the automatic checks by name, and what a seller checks by hand.

Plain data, standard library only. The site's macros (overrides/macros.py) render both
lists from here, and the self-check page takes each automatic check's name from that
rendering, so the page, the guide and ``checks`` name the same things.

Each item: a stable ``id``, its ``text`` in the three languages ``checks`` speaks, and the
guide page (relative to the site's language root) that explains it.
"""

from __future__ import annotations

from typing import NamedTuple

from . import CHECK_IDS

LANGUAGES = ("zh-Hans", "zh-Hant", "en")


class Item(NamedTuple):
    id: str
    text: dict  # language -> sentence
    guide: str  # e.g. "photos/#glare"


# What a picture cannot show: the seller ticks these off by hand.
MANUAL = (
    Item("name-matches", {
        "zh-Hans": "身份证上的姓名与营业执照上的法定代表人完全一致",
        "zh-Hant": "身分證上的姓名與營業執照上的法定代表人完全一致",
        "en": "The name on the ID card is exactly the legal representative (法定代表人) on the business licence",
    }, "other-causes/"),
    Item("still-valid", {
        "zh-Hans": "身份证和营业执照都在有效期内，离到期还有足够时间",
        "zh-Hant": "身分證和營業執照都在有效期內，離到期還有足夠時間",
        "en": "The ID card and the business licence are both still valid, with time to spare before they expire",
    }, "checklist/"),
    Item("registry-status", {
        "zh-Hans": "公司已在国家企业信用信息公示系统中登记，状态为存续或在业",
        "zh-Hant": "公司已在國家企業信用信息公示系統中登記，狀態為存續或在業",
        "en": "The company is listed in the National Enterprise Credit Information Publicity System "
              "(国家企业信用信息公示系统) with a normal status (存续 or 在业)",
    }, "company-registry/"),
    Item("address-matches", {
        "zh-Hans": "营业执照上的地址与卖家平台中填写的经营地址一致",
        "zh-Hant": "營業執照上的地址與賣家平臺中填寫的經營地址一致",
        "en": "The address on the business licence matches the business address entered in Seller Central",
    }, "other-causes/"),
    Item("no-agent-reuse", {
        "zh-Hans": "没有代理或服务商用这些证件为别的账户注册过",
        "zh-Hant": "沒有代理或服務商用這些證件為別的帳戶註冊過",
        "en": "No agent or service provider has used these documents to register another account",
    }, "association/"),
    Item("statement-recent", {
        "zh-Hans": "账单或对账单是最近 90 天内出具的",
        "zh-Hant": "帳單或對帳單是最近 90 天內出具的",
        "en": "The bill or statement was issued within the last 90 days",
    }, "checklist/"),
)

# The automatic checks, in report order, by the name a seller reads.
_AUTOMATIC_TEXT = {
    "file-type": ("文件格式是 JPEG、PNG、TIFF 或 PDF", "檔案格式是 JPEG、PNG、TIFF 或 PDF",
                  "The file is a JPEG, PNG, TIFF or PDF"),
    "file-size": ("文件小于 10 MB", "檔案小於 10 MB", "The file is under 10 MB"),
    "file-name": ("文件名中没有 $、& 或 #", "檔名中沒有 $、& 或 #",
                  "The file name has no $, & or #"),
    "resolution": ("证件本身有足够的像素，文字清楚可读", "證件本身有足夠的畫素，文字清楚可讀",
                   "The document itself has enough pixels to be legible"),
    "color": ("彩色照片，不是黑白或灰度复印件", "彩色照片，不是黑白或灰階影本",
              "In colour, not a black-and-white or greyscale copy"),
    "exposure": ("不太暗也不过亮", "不太暗也不過亮", "Neither too dark nor washed out"),
    "glare": ("没有反光挡住证件内容", "沒有反光擋住證件內容",
              "No reflection hides part of the document"),
    "sharpness": ("对焦清晰，没有抖动模糊", "對焦清晰，沒有晃動模糊",
                  "In focus, no motion blur"),
    "framing": ("证件四角和四边都完整地在画面内", "證件四角和四邊都完整地在畫面內",
                "All four corners and edges of the document are inside the picture"),
    "perspective": ("正对证件拍摄，没有明显倾斜", "正對證件拍攝，沒有明顯傾斜",
                    "Taken straight on, not at a steep angle"),
}

AUTOMATIC = tuple(
    Item(check_id, dict(zip(LANGUAGES, _AUTOMATIC_TEXT[check_id])), f"photos/#{check_id}")
    for check_id in CHECK_IDS
)
