"""The guide as built: every page in three languages, links that lead somewhere, the
photos page's anchors for the self-check, zh-Hant without Simplified leftovers, and
English pages without Chinese beyond the terms they quote on purpose."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import opencc
import pytest

from checks import CHECK_IDS

ROOT = Path(__file__).resolve().parents[2]
LANGUAGE_ROOTS = {"zh": "", "zh-Hant": "zh-Hant/", "en": "en/"}

# Every guide page (docs/<name>.md, with a hand-written docs/<name>.en.md).
PAGES = sorted(
    path.name.removesuffix(".md")
    for path in (ROOT / "docs").glob("*.md")
    if not path.name.endswith(".en.md")
)

# Characters that exist only in Simplified Chinese: each one is changed by OpenCC's s2twp
# and is not in Big5 (cp950), the Traditional character set, so it can never be right in a
# zh-Hant page. Shared forms such as 后 (皇后), 么, 干, 里, 面 are deliberately absent.
SIMPLIFIED_ONLY = (
    "个们这说时为会发经过还进对实现应关问开长门间点见车东书处业务证号码额"
    "执营验亚马逊卖账户图请认国统从让纸张边显颜线灯闪电话邮银单费扫摄传检项"
    "页来条样识读写选择区块变换产历无尽导动级纳税总类题签销续协议录该设备"
    "虽将钟齐闭织细终给绝结络维综缩际陆陈随险频驾鲜龙争乐买亲仅众伤伪"
)

# Chinese an English page may show, each next to its English: what documents, the
# register and Amazon's messages print, and trade terms. Longer Chinese (a template to copy,
# sample names) belongs in an element marked lang="zh-Hans", which these tests skip.
QUOTED_CHINESE = {
    # printed on the licence, the ID card and other papers
    "营业执照", "法定代表人", "统一社会信用代码", "住所", "正本", "副本", "公章", "加盖公司印章",
    "有效期限", "营业期限", "长期", "户口本", "结婚证",
    # the register and its statuses
    "国家企业信用信息公示系统", "存续", "在业", "吊销", "注销", "经营异常", "经营异常名录",
    "列入经营异常名录信息",
    # Amazon's message during registration; trade terms
    "无法验证账户信息", "代注册", "申诉",
    # full-width brackets, shown against half-width ones
    "（", "）", "（）",
}
# Sample company names and addresses (a table cell each) use the placeholder 某某.
SAMPLE_NAME = "某某"
CJK_RUN = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]+")


class PageParser(HTMLParser):
    """Collects a page's ids, its links, and its visible text (code and scripts left out)."""

    SKIP_TEXT = {"script", "style", "pre", "code", "svg"}
    VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
            "source", "track", "wbr"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[str] = []
        self.text: list[str] = []
        self.article: list[str] = []
        self.english: list[str] = []   # article text outside elements marked as Chinese
        self.stack: list[tuple[str, bool, bool, bool]] = []  # (tag, skips, article, zh)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if attrs.get("id"):
            self.ids.add(attrs["id"])
        if tag == "a" and attrs.get("name"):
            self.ids.add(attrs["name"])
        if tag == "a" and attrs.get("href") is not None:
            self.links.append(attrs["href"])
        if tag == "img" and attrs.get("src"):
            self.links.append(attrs["src"])
        for readable in ("title", "alt"):
            if attrs.get(readable):
                self.text.append(attrs[readable])
        if tag in self.VOID:
            return
        # The language selector names each language in its own script, on purpose.
        skips = tag in self.SKIP_TEXT or (tag == "a" and "hreflang" in attrs)
        is_article = tag == "article"
        marked_chinese = attrs.get("lang", "").startswith("zh") and tag != "html"
        self.stack.append((tag, skips, is_article, marked_chinese))

    def handle_endtag(self, tag):
        for depth in range(len(self.stack) - 1, -1, -1):
            if self.stack[depth][0] == tag:
                del self.stack[depth:]
                return

    def handle_data(self, data):
        if any(entry[1] for entry in self.stack):
            return
        self.text.append(data)
        if any(entry[2] for entry in self.stack):
            self.article.append(data)
            if not any(entry[3] for entry in self.stack):
                self.english.append(data)


def parse(html: Path) -> PageParser:
    parser = PageParser()
    parser.feed(html.read_text(encoding="utf-8"))
    return parser


def built_page(site_dir: Path, lang: str, page: str) -> Path:
    directory = "" if page == "index" else f"{page}/"
    return site_dir / LANGUAGE_ROOTS[lang] / directory / "index.html"


def html_files(site_dir: Path):
    return sorted(p for p in site_dir.rglob("*.html") if "assets" not in p.relative_to(site_dir).parts)


def target_file(site_dir: Path, url_path: str) -> Path:
    """The file a same-site URL path is served from (a directory serves its index.html)."""
    target = site_dir / unquote(url_path).lstrip("/")
    return target / "index.html" if url_path.endswith("/") or target.is_dir() else target


def test_the_guide_has_its_pages():
    expected = {"index", "messages", "photos", "company-registry", "association",
                "other-causes", "self-check", "checklist", "sources"}
    assert expected <= set(PAGES)


@pytest.mark.parametrize("page", PAGES)
def test_page_exists_in_every_language(site_dir, page):
    assert (ROOT / "docs" / f"{page}.en.md").exists(), f"{page} has no hand-written English"
    for lang in LANGUAGE_ROOTS:
        html = built_page(site_dir, lang, page)
        assert html.exists(), f"{page} has no {lang} edition"
        assert f'<html lang="{lang}"' in html.read_text(encoding="utf-8")


@pytest.mark.parametrize("page", PAGES)
def test_editions_are_in_their_own_language(site_dir, page):
    zh = "".join(parse(built_page(site_dir, "zh", page)).article)
    hant = "".join(parse(built_page(site_dir, "zh-Hant", page)).article)
    en = "".join(parse(built_page(site_dir, "en", page)).article)
    assert zh != hant, f"{page}: the zh-Hant edition was not converted"
    chinese_in_en = sum(len(run) for run in CJK_RUN.findall(en))
    assert chinese_in_en < len(en) / 20, f"{page}: the English edition is mostly Chinese"


def test_every_internal_link_and_anchor_resolves(site_dir):
    pages = {html: parse(html) for html in html_files(site_dir)}
    broken = []
    for html, parsed in pages.items():
        base = "/" + html.relative_to(site_dir).as_posix()
        for link in parsed.links:
            url = urlsplit(urljoin(base, link))
            if url.scheme or url.netloc or link.startswith(("mailto:", "tel:", "javascript:")):
                continue
            target = target_file(site_dir, url.path) if url.path else html
            if not target.exists():
                broken.append(f"{base}: {link} (no file)")
            elif url.fragment and target.suffix == ".html":
                ids = (pages.get(target) or parse(target)).ids
                if unquote(url.fragment) not in ids:
                    broken.append(f"{base}: {link} (no id)")
    assert not broken, "\n".join(broken)


@pytest.mark.parametrize("lang", LANGUAGE_ROOTS)
def test_photos_page_has_an_anchor_for_every_check(site_dir, lang):
    ids = parse(built_page(site_dir, lang, "photos")).ids
    missing = [check for check in CHECK_IDS if check not in ids]
    assert not missing, f"photos page ({lang}) lacks anchors {missing}"


def test_simplified_only_list_holds_only_simplified_characters():
    to_traditional = opencc.OpenCC("s2twp")
    for character in SIMPLIFIED_ONLY:
        assert to_traditional.convert(character) != character, character
        with pytest.raises(UnicodeEncodeError):
            character.encode("cp950")


@pytest.mark.parametrize("page", PAGES)
def test_zh_hant_page_has_no_simplified_leftovers(site_dir, page):
    text = "".join(parse(built_page(site_dir, "zh-Hant", page)).text)
    text = re.sub(r"https?://\S+", "", text)
    leftovers = sorted({character for character in text if character in SIMPLIFIED_ONLY})
    contexts = [text[max(0, i - 8): i + 8] for i, c in enumerate(text) if c in SIMPLIFIED_ONLY][:5]
    assert not leftovers, f"{page}: simplified {leftovers} in zh-Hant, e.g. {contexts}"


@pytest.mark.parametrize("page", PAGES)
def test_english_page_has_no_chinese_but_quoted_terms(site_dir, page):
    chunks = parse(built_page(site_dir, "en", page)).english
    text = "".join(chunk for chunk in chunks if SAMPLE_NAME not in chunk)
    unexpected = sorted(set(CJK_RUN.findall(text)) - QUOTED_CHINESE)
    assert not unexpected, f"{page}: Chinese in the English edition: {unexpected}"


@pytest.mark.parametrize("lang", ["zh", "zh-Hant"])
def test_chinese_admonitions_have_chinese_titles(site_dir, lang):
    # Material titles an admonition without one in English ("Note", "Tip").
    english_titles = []
    for page in PAGES:
        html = built_page(site_dir, lang, page).read_text(encoding="utf-8")
        for title in re.findall(r'<p class="admonition-title">(.*?)</p>', html, re.S):
            if not CJK_RUN.search(title):
                english_titles.append(f"{page}: {title}")
    assert not english_titles, english_titles
