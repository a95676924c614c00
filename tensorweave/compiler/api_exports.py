"""tf.xla.experimental.jit_scope: marks the ops built inside it for compilation.

Light on purpose (no JAX import): it only sets TensorFlow's attrs on the ops it creates.
"""

import contextlib

from tensorweave._api import tf_export
from tensorweave.framework import context

_scope_counter = {"n": 0}


@tf_export("xla.experimental.jit_scope")
@contextlib.contextmanager
def jit_scope(compile_ops=True, separate_compiled_gradients=False):
    """Ops created inside get `_XlaCompile` (and `_XlaScope`), as in TensorFlow.

    `compile_ops` may be a bool or a callable `fn(node_def) -> bool` deciding per op; with
    JAX installed, a session compiles the marked ops into clusters (see docs/compilation.md).
    """
    if callable(compile_ops):
        # NOTE: attr scopes hold values, not per-op callables: a callable marks every op.
        value = True
    else:
        value = bool(compile_ops)
    attrs = {"_XlaCompile": value}
    if value:
        _scope_counter["n"] += 1
        attrs["_XlaScope"] = "jit_scope_%d" % _scope_counter["n"]
        attrs["_XlaSeparateCompiledGradients"] = bool(separate_compiled_gradients)
    graph = context.get_default_graph()
    with graph._attr_scope(attrs):
        yield


# The contrib name TF1 programs used (tf.contrib.compiler.jit.experimental_jit_scope).
experimental_jit_scope = jit_scope
