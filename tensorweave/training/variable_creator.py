"""tf.variable_creator_scope: functions that intercept the creation of every tf.Variable.

A creator is `creator(next_creator, **kwargs)`: it may change the keyword arguments, call
`next_creator(**kwargs)` (the next creator out, and finally tf.Variable's own construction) and
return its result, or return something else. As in TF, the creators live on the default graph;
the innermost scope's creator runs first, and `tf.get_variable` goes through them as well (it
builds its variables with tf.Variable).
"""

import contextlib
import inspect

from tensorweave.framework import context

_INIT_PARAMS = None


def _init_params():
    global _INIT_PARAMS
    if _INIT_PARAMS is None:
        from tensorweave.training.variables import Variable

        sig = inspect.signature(Variable.__init__)
        _INIT_PARAMS = [p for p in sig.parameters.values() if p.name != "self"]
    return _INIT_PARAMS


def _all_kwargs(args, kwargs):
    """Every constructor argument by name (defaults filled in), as TF hands them to creators."""
    params = _init_params()
    if len(args) > len(params):
        raise TypeError("Variable() takes at most %d positional arguments (%d given)"
                        % (len(params), len(args)))
    full = {}
    for p, value in zip(params, args):
        full[p.name] = value
    for p in params[len(args):]:
        if p.name in kwargs:
            full[p.name] = kwargs[p.name]
        else:
            full[p.name] = p.default
    unknown = set(kwargs) - {p.name for p in params}
    if unknown:
        raise TypeError("Variable() got unexpected keyword arguments: %s" % sorted(unknown))
    full["experimental_enable_variable_lifting"] = None
    return full


def _default_creator(**kwargs):
    from tensorweave.training.variables import Variable

    kwargs.pop("experimental_enable_variable_lifting", None)
    names = {p.name for p in _init_params()}
    return type.__call__(Variable, **{k: v for k, v in kwargs.items() if k in names})


def create_through(stack, args, kwargs):
    """tf.Variable(*args, **kwargs) through the creators of `stack` (outermost first)."""
    getter = _default_creator
    for creator in stack:
        getter = _chain(creator, getter)
    return getter(**_all_kwargs(args, kwargs))


def _chain(creator, next_creator):
    def call(**kwargs):
        return creator(next_creator, **kwargs)

    return call


@contextlib.contextmanager
def variable_creator_scope(variable_creator):
    """Within the block, every tf.Variable (and tf.get_variable) of the default graph is made
    by `variable_creator(next_creator, **kwargs)`."""
    graph = context.get_default_graph()
    old = getattr(graph, "_variable_creator_stack", None) or []
    graph._variable_creator_stack = list(old) + [variable_creator]
    try:
        yield
    finally:
        graph._variable_creator_stack = old
