"""Checks of a document photo or scan, as an identity-verification team would make them.

Standard library only, so the same files run in CPython and in Pyodide.
"""

from ._version import __version__

__all__ = ["__version__"]
