"""Each test starts with a fresh default graph and no default session."""

import pytest

from tensorweave.framework import context
from tensorweave.framework.tensor_shape import TensorShape


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
