"""tf.vectorized_map in graph mode.

TF vectorizes `fn` with its pfor converter. Here the loop runs as `tf.map_fn` (one while
loop, the results stacked), which gives the same values, dtypes and static shapes; the output
structure, dtypes and element shapes come from tracing `fn` once on the first element under
the `loop_body` name scope (ops that are never run, as TF's own traced loop body is not).
"""

from tensorweave.framework import nest
from tensorweave.framework import ops as _ops
from tensorweave.framework.api_gaps import TensorSpec
from tensorweave.framework.scopes import name_scope


def vectorized_map(fn, elems, fallback_to_while_loop=True, warn=True):
    """Applies `fn` to each slice of `elems` along dimension 0 and stacks the results.

    `elems` is a tensor or a nested structure of tensors with the same leading dimension; `fn`
    may return any nested structure of tensors."""
    if not callable(fn):
        raise TypeError("fn must be callable.")
    flat = [_ops.convert_to_tensor(e) for e in nest.flatten(elems)]
    if not flat:
        raise ValueError("vectorized_map needs at least one tensor in `elems`.")
    for t in flat:
        if t.shape.ndims == 0:
            raise ValueError("vectorized_map: elements of `elems` must have rank >= 1 (they are "
                             "sliced along dimension 0), got a scalar %s" % t.name)
    elems = nest.pack_sequence_as(elems, flat)
    with name_scope("loop_body"):
        first = nest.pack_sequence_as(elems, [t[0] for t in flat])
        probe = fn(first)
    flat_probe = [_ops.convert_to_tensor(p) for p in nest.flatten(probe)]
    signature = nest.pack_sequence_as(
        probe, [TensorSpec(p.shape, p.dtype.base_dtype) for p in flat_probe])

    def body(element):
        return nest.map_structure(_ops.convert_to_tensor, fn(element))

    from tensorweave.ops.functional_ops import map_fn

    return map_fn(body, elems, fn_output_signature=signature, name="vectorized_map")
