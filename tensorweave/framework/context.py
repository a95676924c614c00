"""The only process-wide state of tensorweave: default graphs and default sessions.

Each thread has its own stack of graphs and sessions entered with ``as_default()``;
a thread that entered none sees the process-wide global default graph (as in TF).
Per-graph scope stacks (name scope, devices, control dependencies) live on the
Graph itself, in a thread-local object, because TensorFlow keeps them per graph.
"""

import threading


class _ThreadState(threading.local):
    def __init__(self):
        self.graph_stack = []
        self.session_stack = []
        # While a failed shape function is rerun to word its error (op_def.py): False for a
        # run that sees no constant inputs, else a list of the tensors whose static value
        # ("value") or shape value ("shape") it asked for.
        self.constant_requests = None


_state = _ThreadState()
_global_default_graph = None
_global_lock = threading.Lock()
# tf.Variable / get_variable make resource variables unless told otherwise, as TF 2.x's
# compat.v1 does (eager disabled or not); tf.disable_resource_variables() and
# tf.disable_v2_behavior() switch new variables to TF1's ref variables (VariableV2).
_default_use_resource = True
# tf.cond / tf.while_loop bodies capture TF1 ref variables by value, as TF 2.x's control flow
# v2 does (an assign to one inside fails); tf.disable_control_flow_v2() and
# tf.disable_v2_behavior() let them write through the reference, as TF1's control flow did.
_control_flow_v2 = True

# tf.config settings (client/config_api.py): process-wide, not per thread, as in TF. Sessions
# created with config=None read them; "jit" (True/False/None) is read by compiler.jit_mode.
runtime_settings = {}


def get_default_graph():
    """Returns the innermost graph entered with ``as_default()`` in this thread,
    or the global default graph (created on first use)."""
    stack = _state.graph_stack
    if stack:
        return stack[-1]
    return _global_graph()


def _global_graph():
    global _global_default_graph
    if _global_default_graph is None:
        with _global_lock:
            if _global_default_graph is None:
                from tensorweave.framework.graph import Graph

                _global_default_graph = Graph()
    return _global_default_graph


def push_graph(graph):
    _state.graph_stack.append(graph)


def pop_graph(graph):
    stack = _state.graph_stack
    if not stack or stack[-1] is not graph:
        raise AssertionError("Nesting violated for default graph stack.")
    stack.pop()


def has_default_graph_override():
    return bool(_state.graph_stack)


def reset_default_graph():
    """Clears the default graph stack and replaces the global default graph."""
    global _global_default_graph
    if _state.graph_stack:
        raise AssertionError(
            "Do not use tf.reset_default_graph() to clear nested graphs. If you need "
            "a cleared graph, exit the nesting and create a new graph."
        )
    # NOTE: as in TF, a default session (sess.as_default(), an InteractiveSession) is allowed.
    with _global_lock:
        _global_default_graph = None


def get_default_session():
    stack = _state.session_stack
    return stack[-1] if stack else None


def push_session(session):
    _state.session_stack.append(session)


def pop_session(session):
    stack = _state.session_stack
    if stack and stack[-1] is session:
        stack.pop()
    elif session in stack:
        stack.remove(session)
