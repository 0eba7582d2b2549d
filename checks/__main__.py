"""python -m checks [--document TYPE] [--side front|back] [--json] [--lang L] FILE...

Prints a readable table per file (or, with --json, a JSON list of reports).
Exit status: 0 when no file fails, 1 when one fails, 2 for usage or read errors.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from pathlib import Path

from . import check_file, check_image
from .decode import ReadError, decode, sniff
from .messages import LANGUAGES, STATUSES, word
from .profiles import DOCUMENT_TYPES



def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m checks", description=__doc__.splitlines()[2])
    parser.add_argument("--document", choices=DOCUMENT_TYPES, default="document",
                        help="document type (default: document)")
    parser.add_argument("--side", choices=("front", "back"), default=None)
    parser.add_argument("--json", action="store_true", help="print a JSON list, one report per file")
    parser.add_argument("--lang", choices=LANGUAGES, default="zh-Hans", help="language (default: zh-Hans)")
    parser.add_argument("files", nargs="+", metavar="FILE")
    return parser


def check_path(path: Path, document: str, side, lang: str) -> tuple[dict, str | None]:
    """The report of one file, and the sentence of its read error (None if it was read)."""
    name = path.name
    if not path.exists():
        return check_file(name, None, None, document, side=side, lang=lang), word("not-found", lang, path=path)
    if not path.is_file():
        return check_file(name, None, None, document, side=side, lang=lang), word("not-a-file", lang, path=path)
    size = path.stat().st_size
    with path.open("rb") as stream:
        head = stream.read(16)
    sniffed = sniff(head)
    if sniffed:
        return check_file(name, size, sniffed, document, side=side, lang=lang), None
    try:
        rgba, width, height, mime = decode(path)
    except ReadError as error:
        report = check_file(name, size, None, document, side=side, lang=lang)
        return report, word(error.key, lang, path=path, **error.values)
    report = check_image(rgba, width, height, document, side=side, file_name=name,
                         file_size=size, mime_type=mime, lang=lang)
    return report, None


def _width(text: str) -> int:
    """Columns a string takes in a terminal (CJK characters take two)."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, columns: int) -> str:
    return text + " " * max(0, columns - _width(text))


def _shown(value, unit) -> str:
    if value is None:
        return "–"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return f"{value} {unit}" if unit else str(value)


def table(report: dict, error: str | None, lang: str) -> str:
    """A report as aligned lines: status, check, measured value, limit, message, advice."""
    verdict = STATUSES[report["verdict"]][lang]
    lines = [f"{report['file']} — {word('verdict', lang)}: {verdict}"]
    if error:
        lines.append(f"  ! {error}")
    header = (word("status", lang), word("check", lang), word("value", lang), word("limit", lang))
    rows = [header] + [
        (STATUSES[c["status"]][lang], c["title"], _shown(c["value"], c["unit"]), _shown(c["limit"], c["unit"]))
        for c in report["checks"]
    ]
    widths = [max(_width(row[i]) for row in rows) + 2 for i in range(4)]
    lines.append("  " + "".join(_pad(cell, w) for cell, w in zip(header, widths)).rstrip())
    for check, row in zip(report["checks"], rows[1:]):
        lines.append("  " + "".join(_pad(cell, w) for cell, w in zip(row, widths)) + check["message"])
        if check["status"] in ("warn", "fail"):
            lines.append("  " + " " * sum(widths) + "→ " + check["advice"])
    return "\n".join(lines)


def main(argv=None) -> int:
    args = _parser().parse_args(argv)
    results = [check_path(Path(name), args.document, args.side, args.lang) for name in args.files]
    if args.json:
        listed = []
        for report, error in results:
            listed.append(dict(report, error=error) if error else report)
        print(json.dumps(listed, ensure_ascii=False, indent=2))
    else:
        print("\n\n".join(table(report, error, args.lang) for report, error in results))
    if any(error for _, error in results):
        return 2
    return 1 if any(report["verdict"] == "fail" for report, _ in results) else 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:  # the reader of our output went away (e.g. `| head`)
        sys.stderr.close()
        sys.exit(1)
