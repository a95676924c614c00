"""The Python examples in README.md and docs/*.md run, and print what the text says.

Each file's ```python blocks run in order in one namespace (like an interactive session),
with the default graph reset at the start of the file, in a temporary directory. Where a
block is followed by comment lines `# ...` right after its last statement, those comments
are the expected output of its print calls, compared line by line. A block whose fence line
reads ```python no-run is shown to users but not executed (templates with `...`).
"""

import contextlib
import io
import os
import pathlib
import re

import pytest

import tensorweave.compat.v1 as tf

ROOT = pathlib.Path(__file__).resolve().parent.parent
FILES = [ROOT / "README.md"] + sorted((ROOT / "docs").glob("*.md"))
FENCE = re.compile(r"^```python([^\n]*)\n(.*?)^```", re.S | re.M)


def _blocks(path):
    text = path.read_text()
    return [(opts.strip(), body) for opts, body in FENCE.findall(text)]


def _expected_output(body):
    """Trailing `# ` comment lines of a block: its expected printed output."""
    lines = body.rstrip("\n").split("\n")
    tail = []
    while lines and lines[-1].startswith("# "):
        tail.append(lines.pop()[2:])
    return list(reversed(tail))


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_doc_examples_run(path, tmp_path, monkeypatch):
    blocks = [b for b in _blocks(path) if "no-run" not in b[0]]
    if path.name == "developing.md" or not blocks:
        pytest.skip("no runnable examples")
    monkeypatch.chdir(tmp_path)
    tf.reset_default_graph()
    namespace = {"__name__": "__doc_example__"}
    for i, (_, body) in enumerate(blocks):
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            try:
                exec(compile(body, "%s[block %d]" % (path.name, i), "exec"), namespace)
            except SystemExit:
                pass
        expected = _expected_output(body)
        if expected:
            got = [line.rstrip() for line in out.getvalue().rstrip("\n").split("\n")]
            assert got[-len(expected):] == [e.rstrip() for e in expected], (
                "%s block %d printed:\n%s" % (path.name, i, out.getvalue()))
    os.chdir(ROOT)
