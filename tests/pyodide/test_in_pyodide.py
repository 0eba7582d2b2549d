"""The checks' own tests, run again inside Pyodide (the pinned runtime) under Node.js."""

import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RUNNER = ROOT / "tests" / "pyodide" / "run_pytest.mjs"
WHEELS = ROOT / ".cache" / "pyodide-wheels"


def test_checks_suite_passes_inside_pyodide():
    assert any(WHEELS.glob("pytest-*.whl")), f"{WHEELS} has no pytest wheel: run `make test`"
    run = subprocess.run(
        ["node", str(RUNNER), str(WHEELS), "-q", "tests/checks"],
        cwd=ROOT, capture_output=True, text=True, timeout=1800,
    )
    summary = run.stdout.strip().splitlines()[-1] if run.stdout.strip() else run.stderr[-2000:]
    assert run.returncode == 0, summary
    counts = {word: int(n) for n, word in re.findall(r"(\d+) (\w+)", summary)}
    assert counts.get("passed", 0) > 0 and counts.get("failed", 0) == 0, summary
