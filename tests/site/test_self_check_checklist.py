"""The self-check's lists (checks/checklist.py) and where their links lead, in the built site."""

import re

import pytest

from checks import CHECK_IDS
from checks.checklist import AUTOMATIC, LANGUAGES, MANUAL

EDITIONS = {"zh": "", "zh-Hant": "zh-Hant/", "en": "en/"}
CJK = re.compile(r"[\u4e00-\u9fff]")


def test_every_item_speaks_three_languages_and_ids_are_unique():
    for items in (MANUAL, AUTOMATIC):
        assert len({item.id for item in items}) == len(items)
        for item in items:
            assert set(item.text) == set(LANGUAGES), item.id
            assert CJK.search(item.text["zh-Hans"]) and CJK.search(item.text["zh-Hant"]), item.id
            assert item.text["zh-Hans"] != item.text["zh-Hant"] or not CJK.search(item.text["zh-Hans"])
    assert [item.id for item in AUTOMATIC] == list(CHECK_IDS)


@pytest.mark.parametrize("edition", EDITIONS)
def test_every_guide_link_of_the_lists_resolves(site_dir, edition):
    page = (site_dir / EDITIONS[edition] / "self-check" / "index.html").read_text(encoding="utf-8")
    links = re.findall(r'class="selfcheck-guide-link" href="\.\./([^"#]*)(?:#([^"]*))?"', page)
    assert len(links) == len(MANUAL) + len(AUTOMATIC)
    for path, anchor in links:
        target = site_dir / EDITIONS[edition] / path / "index.html"
        assert target.exists(), f"{edition}: ../{path} does not exist"
        if anchor:
            assert f'id="{anchor}"' in target.read_text(encoding="utf-8"), f"{edition}: {path}#{anchor} missing"


@pytest.mark.parametrize("edition", EDITIONS)
def test_the_checklist_is_rendered_in_the_pages_language(site_dir, edition):
    page = (site_dir / EDITIONS[edition] / "self-check" / "index.html").read_text(encoding="utf-8")
    language = {"zh": "zh-Hans", "zh-Hant": "zh-Hant", "en": "en"}[edition]
    for item in MANUAL + AUTOMATIC:
        text = item.text[language].replace("&", "&amp;")
        assert text in page, f"{edition}: {item.id}"
