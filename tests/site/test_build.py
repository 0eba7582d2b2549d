"""The built site: every page in three languages, nothing from another origin."""

import re

import pytest

LANGUAGE_ROOTS = {"zh": "", "zh-Hant": "zh-Hant/", "en": "en/"}
ASSET_ATTRIBUTES = re.compile(r'<(?:script|link|img|iframe|source)\b[^>]*?\b(?:src|href)="([^"]+)"')


def zh_pages(site_dir):
    """Pages of the default edition, as paths relative to the site root."""
    skip = {lang_root.rstrip("/") for lang_root in LANGUAGE_ROOTS.values() if lang_root}
    for html in site_dir.rglob("index.html"):
        relative = html.relative_to(site_dir)
        if relative.parts[0] not in skip:
            yield relative


def test_every_page_exists_in_every_language(site_dir):
    pages = list(zh_pages(site_dir))
    assert pages, "the build produced no pages"
    for relative in pages:
        for lang, root in LANGUAGE_ROOTS.items():
            translated = site_dir / root / relative
            assert translated.exists(), f"{relative} has no {lang} edition"
            assert f'<html lang="{lang}"' in translated.read_text(encoding="utf-8")


@pytest.mark.parametrize("lang", LANGUAGE_ROOTS)
def test_pages_load_nothing_from_another_origin(site_dir, lang):
    for html in (site_dir / LANGUAGE_ROOTS[lang]).rglob("*.html"):
        for url in ASSET_ATTRIBUTES.findall(html.read_text(encoding="utf-8")):
            tag_is_link = url.startswith(("http://", "https://", "//"))
            assert not tag_is_link, f"{html.relative_to(site_dir)} loads {url}"


def test_pyodide_runtime_and_checks_wheel_are_in_the_site(site_dir):
    assets = site_dir / "assets" / "pyodide"
    for name in ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip"):
        assert (assets / name).stat().st_size > 0
    assert list(assets.glob("checks-*-py3-none-any.whl"))


def test_no_page_needs_material_mermaid_loader(site_dir):
    # Material's bundle fetches mermaid from a CDN only for diagram blocks; mkdocs.yml tells
    # the privacy plugin to skip that URL, which is safe only while no page has a diagram.
    for html in site_dir.rglob("*.html"):
        assert 'class="mermaid"' not in html.read_text(encoding="utf-8"), html.relative_to(site_dir)
