"""Traditional Chinese pages, generated from the Simplified sources with OpenCC.

While mkdocs-static-i18n builds the ``zh-Hant`` edition, a page without a hand-written
``*.zh-Hant.md`` falls back to its zh-Hans source; this hook converts that source with
OpenCC's ``s2twp`` profile (Taiwan standard, with Taiwanese phrasing) before it is
rendered. Hand-written ``*.zh-Hant.md`` pages are left alone. ``FIXES`` mends the few
places where the phrase conversion is wrong for this subject, such as official names
that keep mainland wording.
"""

from __future__ import annotations

import functools

import opencc
from mkdocs.plugins import event_priority

LOCALE = "zh-Hant"

# Converted text -> what it must say instead (applied after OpenCC).
FIXES = {
    # The registry's official name: "信息" stays, s2twp would make it "資訊".
    "國家企業信用資訊公示系統": "國家企業信用信息公示系統",
    # s2twp reads 注销 (a company's deregistration) as logging out.
    "登出": "註銷",
    # 代码 here is a registration code, not program code.
    "信用程式碼": "信用代碼",
    "位程式碼": "位代碼",
    # 审核 is reviewing an application; 稽核 would be an audit.
    "稽核": "審核",
    # Taiwan writes 帳 in accounts, bills and statements (帳戶, 帳單, 對帳單).
    "賬": "帳",
    # Taiwanese wording for the camera, image quality and seller reports.
    "數碼變焦": "數位變焦",
    "攝像頭": "鏡頭",
    "質量": "品質",
    "賣家反饋": "賣家回報",
    "反饋": "回饋",
    "型別": "類型",
    "二維碼": "QR Code",
    # The register's own label, quoted as gsxt.gov.cn shows it.
    "經營異常名錄資訊": "經營異常名錄信息",
    # 项目 as items of a check, not a project; 参数 of a vendor's API, not a function argument.
    "哪些專案": "哪些項目",
    "這些專案": "這些項目",
    "引數": "參數",
    # Terms of image processing and of bank accounts, not of programming.
    "運算元": "算子",
    "繫結": "綁定",
    # Mailboxes (e-mail or postal) and phone numbers as Taiwan names them.
    "郵箱": "信箱",
    "手機號": "手機號碼",
    "手機號碼碼": "手機號碼",
    # The iPhone's setting as its Traditional Chinese interface names it.
    "“相容性最佳”": "“最相容”",
    # Quotation marks as Taiwan prints them (after the fixes above, which match “”).
    "“": "「",
    "”": "」",
}


@functools.cache
def _converter() -> opencc.OpenCC:
    return opencc.OpenCC("s2twp")


def to_traditional(text: str) -> str:
    """Convert zh-Hans text to zh-Hant, with this site's fixes applied."""
    converted = _converter().convert(text)
    for wrong, right in FIXES.items():
        converted = converted.replace(wrong, right)
    return converted


def building_locale(config) -> str | None:
    """The language mkdocs-static-i18n is building now."""
    i18n = config.plugins.get("i18n")
    return getattr(i18n, "current_language", None)


def is_generated(page, config) -> bool:
    """True when the zh-Hant edition shows this page from its zh-Hans source."""
    return building_locale(config) == LOCALE and getattr(page.file, "locale", None) != LOCALE


# After macros (priority 0) so their output is converted too.
@event_priority(-50)
def on_page_markdown(markdown, page, config, files):
    if not is_generated(page, config):
        return markdown
    if page.meta.get("title"):
        page.meta["title"] = to_traditional(page.meta["title"])
    return to_traditional(markdown)
