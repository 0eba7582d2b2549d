"""Checks of a document photo or scan, as an identity-verification team would make them.

Standard library only, so the same files run in CPython and in Pyodide.

    check_image(pixels, width, height, document="document", *, side=None, file_name=None,
                file_size=None, mime_type=None, lang="zh-Hans") -> report dict
    check_file(file_name, file_size, mime_type, document="document", *, side=None,
               lang="zh-Hans") -> report dict (for files that cannot be decoded)
"""

from ._version import __version__
from .report import CHECK_IDS, check_file, check_image

__all__ = ["CHECK_IDS", "__version__", "check_file", "check_image"]
