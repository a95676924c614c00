"""tf.map_fn, tf.scan, tf.foldl, tf.foldr: tf.while_loop over TensorArrays, built as TF does."""

from tensorweave._api import tf_export
from tensorweave.framework import dtypes as _dtypes
from tensorweave.framework import nest
from tensorweave.framework import ops as _ops
from tensorweave.framework.op_def import apply_op
from tensorweave.framework.scopes import name_scope
from tensorweave.framework.tensor_shape import TensorShape
from tensorweave.ops.tensor_array_ops import TensorArray
from tensorweave.ops.while_loop import while_loop


def _v1_loop():
    from tensorweave.framework import context

    return not context._control_flow_v2


def _elems(elems):
    flat = nest.flatten(elems)
    if not flat:
        raise ValueError("elems must be a Tensor or (possibly nested) sequence of Tensors. Got %s, "
                         "which does not contain any Tensors." % (elems,))
    tensors = [_ops.convert_to_tensor(e, name="elem") for e in flat]
    for t in tensors:
        if t.shape.ndims == 0:
            raise ValueError("Elements in elems must be 1+ dimensional Tensors, not scalars")
    return tensors


def _length(tensors):
    """The number of elements: static when known, else a Shape/StridedSlice of the first."""
    static = None
    for t in tensors:
        if t.shape.ndims is not None and t.shape.as_list()[0] is not None:
            static = t.shape.as_list()[0]
            break
    if static is not None:
        return static, static
    shape = apply_op("Shape", [tensors[0]], {"out_type": _dtypes.int32})
    n = shape[0]  # TF's `shape(elems)[0]`: a "strided_slice" with its "stack" constants
    return None, n


def _unstacked(tensors, n, with_element_shape=False):
    """TensorArrays of `tensors`' elements; as TF's tf.scan, `with_element_shape` gives them
    the elements' static shape."""
    arrays = [TensorArray(t.dtype, size=n, dynamic_size=False, infer_shape=True,
                          element_shape=t.shape[1:] if with_element_shape and t.shape.ndims else None)
              for t in tensors]  # as TF: all the arrays first, then the unstacks
    return [ta.unstack(t) for ta, t in zip(arrays, tensors)]


def _with_leading(t, n_static):
    shape = t.shape
    if shape.ndims is not None:
        t.set_shape(TensorShape([n_static]).concatenate(shape[1:]))
    return t


@tf_export("map_fn")
def map_fn(fn, elems, dtype=None, parallel_iterations=None, back_prop=True, swap_memory=False,
           infer_shape=True, name=None, fn_output_signature=None):
    """Applies `fn` to each element (slice along dimension 0) of `elems` and stacks the results."""
    if not callable(fn):
        raise TypeError("fn must be callable.")
    if fn_output_signature is None:
        fn_output_signature = dtype
    with name_scope(name, "map", nest.flatten(elems)):
        flat = _elems(elems)
        n_static, n = _length(flat)
        elems_ta = _unstacked(flat, n)
        i = _ops.convert_to_tensor(0, dtype=_dtypes.int32)
        if fn_output_signature is None:
            out_dtypes = [t.dtype.base_dtype for t in flat]
            out_structure = elems
        else:
            sigs = nest.flatten(fn_output_signature)
            # A TensorSpec gives the dtype and the static shape of each result.
            out_dtypes = [_dtypes.as_dtype(getattr(d, "dtype", d)) for d in sigs]
            out_shapes = [TensorShape(d.shape) if hasattr(d, "shape") and not isinstance(d, _dtypes.DType)
                          else None for d in sigs]
            out_structure = fn_output_signature
        if fn_output_signature is None:
            out_shapes = [None] * len(out_dtypes)
        accs = [TensorArray(dt, size=n, dynamic_size=False, infer_shape=infer_shape, element_shape=es)
                for dt, es in zip(out_dtypes, out_shapes)]

        def compute(i, tas):
            value = nest.pack_sequence_as(elems, [ta.read(i) for ta in elems_ta])
            result = fn(value)
            nest.assert_same_structure(out_structure, result, check_types=False)
            flat_result = nest.flatten(result)
            tas = [ta.write(i, v) for ta, v in zip(tas, flat_result)]
            return i + 1, tas

        _, final = while_loop(lambda i, _: i < n, compute, (i, accs),
                              parallel_iterations=parallel_iterations or 10, back_prop=back_prop,
                              swap_memory=swap_memory, maximum_iterations=n)
        results = [_with_leading(ta.stack(), n_static) for ta in final]
        return nest.pack_sequence_as(out_structure, results)


@tf_export("scan")
def scan(fn, elems, initializer=None, parallel_iterations=10, back_prop=True, swap_memory=False,
         infer_shape=True, reverse=False, name=None):
    """Cumulative `fn(accumulator, element)` over the elements, stacking every accumulator."""
    if not callable(fn):
        raise TypeError("fn must be callable.")
    with name_scope(name, "scan", nest.flatten(elems)):
        flat = _elems(elems)
        n_static, n = _length(flat)
        elems_ta = _unstacked(flat, n, with_element_shape=True)
        last = n - 1 if reverse else 0  # Python arithmetic when n is static, as TF
        if initializer is None:
            acc = [ta.read(last) for ta in elems_ta]
            start = 1
            out_structure = elems
        else:
            acc = [_ops.convert_to_tensor(v) for v in nest.flatten(initializer)]
            start = 0
            out_structure = initializer
        accs = [TensorArray(a.dtype, size=n, dynamic_size=False, infer_shape=infer_shape,
                            element_shape=a.shape if infer_shape else None) for a in acc]
        if initializer is None:
            accs = [ta.write(last, a) for ta, a in zip(accs, acc)]

        def compute(i, a_flat, tas):
            elem = nest.pack_sequence_as(elems, [ta.read(i) for ta in elems_ta])
            out = fn(nest.pack_sequence_as(out_structure, a_flat), elem)
            nest.assert_same_structure(out_structure, out, check_types=False)
            flat_out = nest.flatten(out)
            tas = [ta.write(i, v) for ta, v in zip(tas, flat_out)]
            return (i - 1 if reverse else i + 1), flat_out, tas

        if reverse:
            first = n - 1 - start

            def cond(i, _a, _t):
                return apply_op("GreaterEqual", [i, 0], {})
        else:
            # as TF: the v1 loop converts a Python start, in its name scope
            first = start if _v1_loop() else _ops.convert_to_tensor(start, dtype=_dtypes.int32)

            def cond(i, _a, _t):
                return apply_op("Less", [i, n], {})

        _, _, final = while_loop(cond, compute, (first, acc, accs), parallel_iterations=parallel_iterations,
                                 back_prop=back_prop, swap_memory=swap_memory, maximum_iterations=n)
        results = [_with_leading(ta.stack(), n_static) for ta in final]
        return nest.pack_sequence_as(out_structure, results)


def _fold(fn, elems, initializer, parallel_iterations, back_prop, swap_memory, name, default, right):
    if not callable(fn):
        raise TypeError("fn must be callable.")
    with name_scope(name, default, [elems]):
        flat = _elems(elems)
        _, n = _length(flat)
        elems_ta = _unstacked(flat, n)

        def read(i):
            return nest.pack_sequence_as(elems, [ta.read(i) for ta in elems_ta])

        if right:
            if initializer is None:
                i = n - 1
                a = read(i)
            else:
                i, a = n, initializer

            def compute(i, a):
                i = i - 1
                return [i, fn(a, read(i))]

            def cond(i, a):
                return apply_op("Greater", [i, 0], {})
        else:
            if initializer is None:
                a = read(0)
                i = _ops.convert_to_tensor(1, dtype=_dtypes.int32)
            else:
                a = initializer
                i = _ops.convert_to_tensor(0, dtype=_dtypes.int32)

            def compute(i, a):
                a = fn(a, read(i))
                return [i + 1, a]

            def cond(i, a):
                return apply_op("Less", [i, n], {})

        _, result = while_loop(cond, compute, [i, a], parallel_iterations=parallel_iterations,
                               back_prop=back_prop, swap_memory=swap_memory, maximum_iterations=n)
        return result


@tf_export("foldl")
def foldl(fn, elems, initializer=None, parallel_iterations=10, back_prop=True, swap_memory=False,
          name=None):
    """fn(...fn(fn(initializer, e0), e1)..., en-1); without initializer, starts from e0."""
    return _fold(fn, elems, initializer, parallel_iterations, back_prop, swap_memory, name, "foldl", False)


@tf_export("foldr")
def foldr(fn, elems, initializer=None, parallel_iterations=10, back_prop=True, swap_memory=False,
          name=None):
    """fn(...fn(fn(initializer, en-1), en-2)..., e0); without initializer, starts from en-1."""
    return _fold(fn, elems, initializer, parallel_iterations, back_prop, swap_memory, name, "foldr", True)
