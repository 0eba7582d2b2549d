"""Glossary tooltips: append the glossary of the build's language to every page.

The glossaries are abbreviation definitions (``*[term]: explanation``) for the ``abbr``
extension; Material shows them as tooltips (``content.tooltips``). They live in
``docs/includes/`` beside the pages they explain, but are not pages themselves, so they are
taken out of the build's files. zh-Hant uses the zh-Hans glossary: it is appended before
``zh_hant.py`` (priority -50) converts the page, so terms and explanations are converted
together with the text they must match.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.plugins import event_priority

INCLUDES = "includes/"
GLOSSARY_OF = {"zh": "glossary.md", "zh-Hant": "glossary.md", "en": "glossary.en.md"}


def current_language(config) -> str:
    return config.plugins["i18n"].current_language


# After mkdocs-static-i18n (-100) has picked each language's files.
@event_priority(-200)
def on_files(files, config):
    for file in [f for f in files if f.src_uri.startswith(INCLUDES)]:
        files.remove(file)
    return files


# After macros (0), before the zh-Hant conversion (-50).
@event_priority(-40)
def on_page_markdown(markdown, page, config, files):
    glossary = Path(config.docs_dir) / INCLUDES / GLOSSARY_OF[current_language(config)]
    return f"{markdown}\n\n{glossary.read_text(encoding='utf-8')}"
