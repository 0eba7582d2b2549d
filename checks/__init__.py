"""Checks of a document photo or scan, as an identity-verification team would make them.

Standard library only, so the same files run in CPython and in Pyodide.
"""

from ._version import __version__

# Stable ids, in the order a report lists them: add more, never rename.
CHECK_IDS = (
    "file-type", "file-size", "file-name", "resolution", "color",
    "exposure", "glare", "sharpness", "framing", "perspective",
)

__all__ = ["CHECK_IDS", "__version__"]
