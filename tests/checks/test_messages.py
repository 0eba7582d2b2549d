"""Every sentence a user reads exists in all three languages, with the same placeholders."""

import string

import pytest

from checks import messages
from checks.decide import Decision
from checks.messages import LANGUAGES, TEXT, TITLES, UNITS, WORDS, language, text
from checks.report import CHECK_IDS

FORMATTER = string.Formatter()


def placeholders(sentence):
    return {name for _, name, _, _ in FORMATTER.parse(sentence) if name}


@pytest.mark.parametrize("table", ["TITLES", "UNITS", "STATUSES", "SIDES", "WORDS"])
def test_every_word_is_in_three_languages(table):
    for key, by_language in getattr(messages, table).items():
        assert set(by_language) == set(LANGUAGES), key
        assert all(by_language[lang].strip() for lang in LANGUAGES), key
        assert len({frozenset(placeholders(by_language[lang])) for lang in LANGUAGES}) == 1, key


@pytest.mark.parametrize("key", sorted(TEXT))
def test_every_message_and_advice_is_in_three_languages_with_the_same_placeholders(key):
    by_language = TEXT[key]
    assert set(by_language) == set(LANGUAGES)
    for part in (0, 1):
        sentences = [by_language[lang][part] for lang in LANGUAGES]
        assert all(s.strip() for s in sentences)
        assert len({frozenset(placeholders(s)) for s in sentences}) == 1, (key, part)
    # zh-Hant is a conversion of zh-Hans, not a copy of it or of the English
    hans, hant, en = (by_language[lang][0] for lang in LANGUAGES)
    assert hant != en


def test_every_check_has_a_title_and_a_pass_message():
    for check_id in CHECK_IDS:
        assert check_id in TITLES
        assert any(key[0] == check_id for key in TEXT)


def test_traditional_chinese_is_converted():
    assert TEXT[("glare", "glare")]["zh-Hans"][0] != TEXT[("glare", "glare")]["zh-Hant"][0]
    assert "反光" in TEXT[("glare", "glare")]["zh-Hant"][0]
    assert "證件" in TEXT[("glare", "glare")]["zh-Hant"][0]


def test_language_aliases_and_unknown_language():
    assert language("zh") == "zh-Hans"
    assert language("en") == "en"
    with pytest.raises(ValueError):
        language("fr")


def test_text_fills_placeholders_and_falls_back_to_shared_reasons():
    message, advice = text("file-name", "forbidden", "en", chars="$#")
    assert "$#" in message and advice
    message, _ = text("glare", "too-small", "zh-Hans", width=3, height=2)
    assert "3×2" in message
    assert UNITS["px"]["zh-Hans"] == "像素" and WORDS["verdict"]["en"]


def test_every_reason_a_decision_can_give_has_words():
    # the reasons used in checks.decide and checks.report
    used = {
        "file-type": {"accepted", "unsupported", "heic", "unknown"},
        "file-size": {"ok", "too-large", "empty", "unknown"},
        "file-name": {"ok", "forbidden", "unknown"},
        "resolution": {"ok", "low", "too-low"},
        "color": {"ok", "weak", "greyscale"},
        "exposure": {"ok", "dark", "washed-out"},
        "glare": {"ok", "glare"},
        "sharpness": {"ok", "soft", "coarse", "blurred", "no-detail"},
    }
    for check_id, reasons in used.items():
        for reason in reasons:
            assert (check_id, reason) in TEXT, (check_id, reason)
    for reason in ("pdf", "heic", "unreadable", "too-small", "unseen-edges"):
        assert ("*", reason) in TEXT
    assert Decision("pass", "ok").details == {}
