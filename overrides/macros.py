"""Macros for the guide's pages (mkdocs-macros-plugin, ``module_name: overrides/macros``).

The self-check's two lists are rendered from ``checks.checklist``, the definition the
checks themselves use, so the page never lists a check that ``checks`` does not make.
"""

from __future__ import annotations

from html import escape

from checks.checklist import AUTOMATIC, MANUAL

# html lang of each edition -> the language name ``checks`` uses
CHECKS_LANGUAGE = {"zh": "zh-Hans", "zh-Hant": "zh-Hant", "en": "en"}

GUIDE_LINK_TEXT = {"zh-Hans": "指南", "zh-Hant": "指南", "en": "guide"}


def edition_language(config) -> str:
    """The ``checks`` language of the edition being built (mkdocs-static-i18n builds each in turn)."""
    i18n = config.plugins.get("i18n")
    locale = getattr(i18n, "current_language", None) or config.theme.get("language", "zh")
    return CHECKS_LANGUAGE.get(locale, "zh-Hans")


def guide_link(item, language: str) -> str:
    # Pages are served as directories, so the guide is one level up from this page.
    return (f'<a class="selfcheck-guide-link" href="../{escape(item.guide)}">'
            f"{GUIDE_LINK_TEXT[language]}</a>")


def render_manual_checklist(language: str) -> str:
    rows = "".join(
        f'<li class="selfcheck-manual__item" data-item="{escape(item.id)}">'
        f'<label><input type="checkbox" data-item="{escape(item.id)}"> '
        f"<span>{escape(item.text[language])}</span></label> {guide_link(item, language)}</li>"
        for item in MANUAL
    )
    return f'<ul class="selfcheck-manual">{rows}</ul>'


def render_automatic_checks(language: str) -> str:
    rows = "".join(
        f'<li data-id="{escape(item.id)}"><span class="selfcheck-automatic__title">'
        f"{escape(item.text[language])}</span> {guide_link(item, language)}</li>"
        for item in AUTOMATIC
    )
    return f'<ol class="selfcheck-automatic">{rows}</ol>'


def define_env(env):
    @env.macro
    def manual_checklist() -> str:
        """The things a machine cannot see, as checkboxes the page remembers."""
        return render_manual_checklist(edition_language(env.conf))

    @env.macro
    def automatic_checks() -> str:
        """The checks the page runs on each picture, in report order."""
        return render_automatic_checks(edition_language(env.conf))
