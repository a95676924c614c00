"""Each test starts with a fresh default graph and no default session."""

import compileall
import os

import pytest

from tensorweave.framework import context
from tensorweave.framework.tensor_shape import TensorShape


def pytest_sessionstart(session):
    # Many tests run programs in new processes (the conformance cases, examples, seeds), each
    # importing tensorweave. Writing its bytecode once (compileall writes even where
    # PYTHONDONTWRITEBYTECODE is set, as the conformance runner sets it) spares each of them
    # compiling the whole package from source again.
    compileall.compile_dir(os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(
        __file__))), "tensorweave"), quiet=1)


@pytest.fixture(autouse=True)
def _fresh_default_graph():
    context._default_use_resource = True  # each test starts with TF 2.x's default variables
    context._control_flow_v2 = True
    TensorShape._v2_behavior = True
    context._state.graph_stack.clear()
    context._state.session_stack.clear()
    context.reset_default_graph()
    yield
    context._state.graph_stack.clear()
    context._state.session_stack.clear()


@pytest.fixture
def interpreted(monkeypatch):
    """Runs a test's sessions through the NumPy interpreter even under TENSORWEAVE_JIT=1: for
    tests of the interpreter's own memory handling and exact kernel results."""
    monkeypatch.setenv("TENSORWEAVE_JIT", "0")
