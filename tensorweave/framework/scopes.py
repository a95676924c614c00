"""Public scope managers acting on the default graph: name_scope, device,
control_dependencies, colocate_with."""

from tensorweave.framework import context
from tensorweave.framework.ops import get_graph_from_inputs


class name_scope:  # noqa: N801  (TF's public name)
    """`tf.name_scope(name, default_name=None, values=None)` of TF1.

    Yields the scope string ending in "/" (or "" at the top level). With `values`, the
    scope is opened in the graph those values belong to.
    """

    # NOTE: enters the graph's scope directly (Graph._enter_name_scope) rather than through
    # Graph.name_scope's generator: composite ops open one per call.
    __slots__ = ("_name", "_default_name", "_values", "_graph", "_old_stack", "_graph_cm")

    def __init__(self, name, default_name=None, values=None):
        self._name = default_name if name is None else name
        self._default_name = default_name
        self._values = values
        self._graph = self._graph_cm = None

    @property
    def name(self):
        return self._name

    def __enter__(self):
        if self._name is None and self._values is not None:
            raise ValueError("At least one of name (%s) and default_name (%s) must be provided."
                             % (self._name, self._default_name))
        g = context.get_default_graph()
        if self._values:
            g_in = get_graph_from_inputs(self._values)
            if g_in is not g:
                self._graph_cm = g_in.as_default()
                self._graph_cm.__enter__()
                g = g_in
        try:
            self._old_stack, returned = g._enter_name_scope(self._name)
        except BaseException:
            if self._graph_cm is not None:
                self._graph_cm.__exit__(None, None, None)
            raise
        self._graph = g
        return returned

    def __exit__(self, *exc):
        self._graph._scopes.name_stack = self._old_stack
        if self._graph_cm is not None:
            self._graph_cm.__exit__(*exc)
        return False


def get_name_scope():
    return context.get_default_graph().get_name_scope()


def device(device_name_or_function):
    return context.get_default_graph().device(device_name_or_function)


def control_dependencies(control_inputs):
    return context.get_default_graph().control_dependencies(control_inputs)


def colocate_with(op, ignore_existing=False):
    return context.get_default_graph().colocate_with(op, ignore_existing)


def get_default_graph():
    return context.get_default_graph()


def reset_default_graph():
    context.reset_default_graph()


def add_to_collection(name, value):
    context.get_default_graph().add_to_collection(name, value)


def add_to_collections(names, value):
    context.get_default_graph().add_to_collections(names, value)


def get_collection(key, scope=None):
    return context.get_default_graph().get_collection(key, scope)


def get_collection_ref(key):
    return context.get_default_graph().get_collection_ref(key)


def get_default_session():
    return context.get_default_session()
