"""Ship the browser's Python: the pinned Pyodide runtime and the ``checks`` wheel.

After each build, the runtime files of the npm package ``pyodide`` (installed by
``npm ci`` at the version pinned in package.json) are copied into
``assets/pyodide/``, and the ``checks`` package is packed beside them as a pure-Python
wheel that the worker unpacks without micropip or any network.
"""

from __future__ import annotations

import base64
import hashlib
import json
import shutil
import zipfile
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

ROOT = Path(__file__).resolve().parents[2]
PYODIDE_PACKAGE = ROOT / "node_modules" / "pyodide"
RUNTIME_FILES = (
    "pyodide.mjs",
    "pyodide.asm.mjs",
    "pyodide.asm.wasm",
    "python_stdlib.zip",
    "pyodide-lock.json",
)
DEST = Path("assets") / "pyodide"


def pyodide_version() -> str:
    """The installed npm package's version (the lock file pins it)."""
    manifest = PYODIDE_PACKAGE / "package.json"
    if not manifest.exists():
        raise PluginError("node_modules/pyodide is missing: run `npm ci` (make does)")
    return json.loads(manifest.read_text())["version"]


def checks_version() -> str:
    namespace: dict = {}
    exec((ROOT / "checks" / "_version.py").read_text(), namespace)
    return namespace["__version__"]


def _record_line(name: str, data: bytes) -> str:
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    return f"{name},sha256={digest},{len(data)}"


def build_checks_wheel(dest_dir: Path) -> Path:
    """Write ``checks-<version>-py3-none-any.whl`` (PEP 427) and return its path."""
    version = checks_version()
    dist_info = f"checks-{version}.dist-info"
    entries: list[tuple[str, bytes]] = []
    for path in sorted((ROOT / "checks").rglob("*")):
        if path.is_file() and path.suffix in {".py", ".json"}:
            entries.append((path.relative_to(ROOT).as_posix(), path.read_bytes()))
    entries.append((f"{dist_info}/METADATA", (
        f"Metadata-Version: 2.1\nName: checks\nVersion: {version}\n"
        "Summary: Document photo checks, standard library only\n").encode()))
    entries.append((f"{dist_info}/WHEEL", (
        "Wheel-Version: 1.0\nGenerator: overrides/hooks/pyodide_assets.py\n"
        "Root-Is-Purelib: true\nTag: py3-none-any\n").encode()))
    record = [_record_line(name, data) for name, data in entries]
    record.append(f"{dist_info}/RECORD,,")
    entries.append((f"{dist_info}/RECORD", ("\n".join(record) + "\n").encode()))

    wheel = dest_dir / f"checks-{version}-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries:
            # fixed timestamps keep the wheel byte-identical between builds
            archive.writestr(zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0)), data)
    return wheel


@event_priority(100)  # before macros reads config.extra
def on_config(config):
    # Pages show these as {{ versions.pyodide }} and {{ versions.checks }} (macros).
    config.extra["versions"] = {"pyodide": pyodide_version(), "checks": checks_version()}


def on_post_build(config):
    # mkdocs-static-i18n runs a nested build per language; copy once, into the root.
    i18n = config.plugins.get("i18n")
    if i18n is not None and getattr(i18n, "building", False):
        return
    dest = Path(config.site_dir) / DEST
    dest.mkdir(parents=True, exist_ok=True)
    for name in RUNTIME_FILES:
        shutil.copy2(PYODIDE_PACKAGE / name, dest / name)
    wheel = build_checks_wheel(dest)
    manifest = {**config.extra["versions"], "wheel": wheel.name}
    (dest / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n")
