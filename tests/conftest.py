"""Each test starts with a fresh default graph and no default session."""

import pytest

from tensorweave.framework import context


@pytest.fixture(autouse=True)
def _fresh_default_graph():
    context._state.graph_stack.clear()
    context._state.session_stack.clear()
    context.reset_default_graph()
    yield
    context._state.graph_stack.clear()
    context._state.session_stack.clear()
