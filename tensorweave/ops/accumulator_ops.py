"""Gradient accumulators: tf.ConditionalAccumulator and tf.SparseConditionalAccumulator.

An accumulator op (ResourceConditionalAccumulator, or the TF1 ref-handle ConditionalAccumulator
and SparseConditionalAccumulator) outputs a handle to an `Accumulator` kept in the session's
state, so two sessions have independent accumulators (see queue_ops.session_resource).

An accumulator sums the gradients applied to it at its current time step ("global step");
gradients computed at an earlier step are stale and dropped silently. A take waits until
`num_required` gradients have arrived, returns their mean (or sum), empties the accumulator
and advances its step by one. Waits end as queue waits do (runtime/blocking.py): with the
run's deadline (DeadlineExceededError) or the session closing (CancelledError).

The sparse accumulator keeps rows by index with a count per row, merging each new gradient
into the kept rows as TensorFlow does: a merge that assumes both index lists ascending, so
unsorted or repeated indices give TensorFlow's (unmerged) rows, and the mean of a row divides
by the number of gradients that contributed to it.
"""

import collections
import itertools
import threading

import numpy as np

from tensorweave._api import tf_export
from tensorweave.framework import dtypes as _dtypes
from tensorweave.framework import errors
from tensorweave.framework import ops as _ops
from tensorweave.framework.indexed_slices import IndexedSlices
from tensorweave.framework.op_def import OpDef, apply_op, register_op
from tensorweave.framework.scopes import name_scope
from tensorweave.framework.tensor_shape import TensorShape
from tensorweave.ops.queue_ops import session_resource
from tensorweave.runtime import blocking

# TensorFlow registers accumulator kernels for these dtypes only.
_KERNEL_DTYPES = ("float16", "float32", "float64")


def _invalid(message):
    return errors.InvalidArgumentError(None, None, message)


def _dims_text(dims):
    return "[" + ",".join("?" if d is None else str(d) for d in dims) + "]"


class Accumulator:
    """One accumulator in one session: the running sum, how many gradients it holds, its step."""

    def __init__(self, name, dtype, shape, reduction_type, sparse):
        self.name = name
        self.dtype = dtype
        self.np_dtype = dtype.as_numpy_dtype
        self.shape = shape  # TensorShape from the op's `shape` attr
        self.mean = reduction_type == "MEAN"
        self.sparse = sparse
        self.cond = threading.Condition(threading.Lock())
        self.global_step = 0
        self.count = 0
        self.total = None  # dense: the sum; sparse: the summed rows
        self.indices = None  # sparse: int64 row indices of `total`
        self.row_counts = None  # sparse: gradients summed into each row
        self._takes = collections.deque()  # waiting takes, served in arrival order
        self._tickets = itertools.count()

    def __repr__(self):
        return "<Accumulator %s>" % self.name

    def check_dtype(self, dtype):
        if dtype != self.dtype:
            raise _invalid("Accumulator '%s' holds %s gradients, got %s"
                           % (self.name, self.dtype.name, dtype.name))

    # ------------------------------------------------------------- dense
    def apply_dense(self, local_step, grad):
        with self.cond:
            if local_step < self.global_step:
                return  # stale: dropped unchecked, as TF
            grad = np.asarray(grad)
            if self.shape.ndims is not None:
                want = self.shape.as_list()
                if len(want) != grad.ndim or any(w is not None and w != g
                                                 for w, g in zip(want, grad.shape)):
                    raise _invalid("Shape mismatch: expected %s, got %s"
                                   % (_dims_text(want), _dims_text(grad.shape)))
            if self.count and self.total.shape != grad.shape:
                raise _invalid("Shape mismatch: expected %s, got %s"
                               % (_dims_text(self.total.shape), _dims_text(grad.shape)))
            grad = grad.astype(self.np_dtype, copy=False)
            self.total = grad.copy() if not self.count else self.total + grad
            self.count += 1
            self.cond.notify_all()

    # ------------------------------------------------------------ sparse
    def _check_sparse(self, indices, values, shape, has_known_shape):
        if indices.ndim != 1:
            raise _invalid("Input indices should be vector but received shape: %s"
                           % _dims_text(indices.shape))
        if values.ndim == 0 or values.shape[0] != indices.shape[0]:
            raise _invalid("Expected %d non-empty input values, got %d"
                           % (indices.shape[0], values.shape[0] if values.ndim else 0))
        rank = self.shape.ndims
        if rank:  # TF checks against the accumulator's shape only when its rank is >= 1
            want = self.shape.as_list()
            if has_known_shape:
                if shape.shape[0] != rank:
                    raise _invalid("Shape mismatch: expected shape rank %d, got %d"
                                   % (rank, shape.shape[0]))
                for i, (w, g) in enumerate(zip(want, shape)):
                    if w is not None and w != g:
                        raise _invalid("Shape mismatch: expected shape dim %d to be %d, got %d"
                                       % (i, w, g))
            if values.ndim != rank:
                raise _invalid("Shape mismatch: expected values rank %d, got %d"
                               % (rank, values.ndim))
            for i in range(1, rank):
                if want[i] is not None and want[i] != values.shape[i]:
                    raise _invalid("Shape mismatch: expected values dim %d to be %d, got %d"
                                   % (i, want[i], values.shape[i]))
            if want[0] is not None:
                for k, index in enumerate(indices):
                    if index >= want[0]:
                        raise _invalid("Shape mismatch: index of slice %d exceeded limits of "
                                       "shape; index is %d exceeded %d" % (k, index, want[0]))
        if self.count:
            if values.ndim != self.total.ndim:
                raise _invalid("Shape mismatch: expected values rank %d, got %d"
                               % (self.total.ndim, values.ndim))
            for i in range(1, values.ndim):
                if values.shape[i] != self.total.shape[i]:
                    raise _invalid("Shape mismatch: expected values dim %d to be %d, got %d"
                                   % (i, self.total.shape[i], values.shape[i]))

    def apply_sparse(self, local_step, indices, values, shape, has_known_shape):
        with self.cond:
            if local_step < self.global_step:
                return
            indices = np.asarray(indices, dtype=np.int64)
            values = np.asarray(values)
            self._check_sparse(indices, values, np.asarray(shape, dtype=np.int64),
                               has_known_shape)
            values = values.astype(self.np_dtype, copy=False)
            if not self.count:
                self.indices = indices.copy()
                self.total = values.copy()
                self.row_counts = np.ones(len(indices), dtype=np.int64)
            else:
                self._merge(indices, values)
            self.count += 1
            self.cond.notify_all()

    def _merge(self, indices, values):
        """Merges rows as TF does: one pass over both index lists, taken as ascending."""
        old_idx, old_val, old_cnt = self.indices, self.total, self.row_counts
        rows = []  # (index, row, count)
        i = j = 0
        while i < len(old_idx) and j < len(indices):
            if old_idx[i] < indices[j]:
                rows.append((old_idx[i], old_val[i], old_cnt[i]))
                i += 1
            elif old_idx[i] > indices[j]:
                rows.append((indices[j], values[j], 1))
                j += 1
            else:
                rows.append((old_idx[i], old_val[i] + values[j], old_cnt[i] + 1))
                i += 1
                j += 1
        rows.extend(zip(old_idx[i:], old_val[i:], old_cnt[i:]))
        rows.extend((indices[k], values[k], 1) for k in range(j, len(indices)))
        self.indices = np.array([r[0] for r in rows], dtype=np.int64)
        self.total = np.stack([r[1] for r in rows]).astype(self.np_dtype, copy=False) if rows \
            else old_val[:0]
        self.row_counts = np.array([r[2] for r in rows], dtype=np.int64)

    def _dense_shape(self):
        if self.shape.ndims:
            dims = self.shape.as_list()
            return [(-1 if i == 0 else self.total.shape[i]) if d is None else d
                    for i, d in enumerate(dims)]
        return [-1] + list(self.total.shape[1:])

    # -------------------------------------------------------------- take
    def take(self, num_required, session):
        if num_required < 1:
            raise _invalid("Argument num_required must be positive, but was %d" % num_required)
        deadline = blocking.deadline_for(session)
        with self.cond:
            ticket = next(self._tickets)
            self._takes.append(ticket)
            try:
                blocking.wait_until(
                    self.cond, lambda: self._takes[0] == ticket and self.count >= num_required,
                    session, deadline)
            finally:
                self._takes.remove(ticket)
                self.cond.notify_all()
            result = self._result()
            self.count = 0
            self.total = self.indices = self.row_counts = None
            self.global_step += 1
        return result

    def _result(self):
        if not self.sparse:
            total = self.total
            if self.mean:
                total = total / self.count
            return np.asarray(total).astype(self.np_dtype, copy=False)
        values = self.total
        if self.mean and len(values):
            counts = self.row_counts.reshape((-1,) + (1,) * (values.ndim - 1))
            values = (values / counts).astype(self.np_dtype, copy=False)
        return [self.indices.copy(), np.array(values, dtype=self.np_dtype),
                np.asarray(self._dense_shape(), dtype=np.int64)]

    def set_global_step(self, step):
        with self.cond:
            # NOTE: as TF, a step lower than the current one is set all the same.
            self.global_step = int(step)
            self.cond.notify_all()


# ------------------------------------------------------------------ ops
_ACC_ATTRS = ["dtype: numbertype", "shape: shape", "container: string = ''",
              "shared_name: string = ''", "reduction_type: {'MEAN', 'SUM'} = 'MEAN'"]


class _AccumulatorOp(OpDef):
    sparse = False

    def shape(self, *, dtype, shape):
        return TensorShape([2])

    def kernel(self, ctx):
        return self.session_constant(ctx.op, ctx.resources)

    def session_constant(self, op, resources):
        attrs = op._attrs
        dtype = _dtypes.as_dtype(attrs["dtype"])
        if dtype.name not in _KERNEL_DTYPES:
            raise errors.InvalidArgumentError(
                None, op, "No OpKernel was registered to support Op '%s' used by {{node %s}} "
                "with these attrs: [dtype=%s] (accumulators hold half, float or double)"
                % (op.type, op.name, dtype.name))
        return session_resource(
            resources, op,
            lambda name: Accumulator(name, dtype, TensorShape(attrs["shape"]),
                                     attrs["reduction_type"], self.sparse),
            category="accumulator")

    grad = None


@register_op("ResourceConditionalAccumulator", outputs=["handle: resource"], attrs=_ACC_ATTRS,
             stateful=True)
class ResourceConditionalAccumulator(_AccumulatorOp):
    pass


@register_op("ConditionalAccumulator", outputs=["handle: Ref(string)"], attrs=_ACC_ATTRS,
             stateful=True)
class ConditionalAccumulatorOp(_AccumulatorOp):
    """TF1's dense accumulator with a string-ref handle (graphs written before the resource op)."""


@register_op("SparseConditionalAccumulator", outputs=["handle: Ref(string)"], attrs=_ACC_ATTRS,
             stateful=True)
class SparseConditionalAccumulatorOp(_AccumulatorOp):
    sparse = True


class _ApplyGradient(OpDef):
    def shape(self, handle, local_step, gradient):
        return []

    def kernel(self, handle, local_step, gradient, *, dtype):
        handle.check_dtype(_dtypes.as_dtype(dtype))
        handle.apply_dense(int(local_step), gradient)

    grad = None


_APPLY = {"outputs": [], "attrs": ["dtype: numbertype"], "stateful": True}


@register_op("ResourceAccumulatorApplyGradient",
             inputs=["handle: resource", "local_step: int64", "gradient: dtype"], **_APPLY)
class ResourceAccumulatorApplyGradient(_ApplyGradient):
    pass


@register_op("AccumulatorApplyGradient",
             inputs=["handle: Ref(string)", "local_step: int64", "gradient: dtype"], **_APPLY)
class AccumulatorApplyGradient(_ApplyGradient):
    pass


@register_op("SparseAccumulatorApplyGradient",
             inputs=["handle: Ref(string)", "local_step: int64", "gradient_indices: int64",
                     "gradient_values: dtype", "gradient_shape: int64"],
             attrs=["dtype: numbertype", "has_known_shape: bool"], stateful=True)
class SparseAccumulatorApplyGradient(OpDef):
    def shape(self, handle, local_step, gradient_indices, gradient_values, gradient_shape):
        return []

    def kernel(self, handle, local_step, gradient_indices, gradient_values, gradient_shape, *,
               dtype, has_known_shape):
        handle.check_dtype(_dtypes.as_dtype(dtype))
        handle.apply_sparse(int(local_step), gradient_indices, gradient_values, gradient_shape,
                            has_known_shape)

    grad = None


class _TakeGradient(OpDef):
    def shape(self, handle, num_required, *, dtype):
        return TensorShape(None)

    def kernel(self, ctx, handle, num_required, *, dtype):
        handle.check_dtype(_dtypes.as_dtype(dtype))
        return handle.take(int(num_required), ctx.executor)

    grad = None


_TAKE = {"outputs": ["average: dtype"], "attrs": ["dtype: numbertype"], "stateful": True}


@register_op("ResourceAccumulatorTakeGradient",
             inputs=["handle: resource", "num_required: int32"], **_TAKE)
class ResourceAccumulatorTakeGradient(_TakeGradient):
    pass


@register_op("AccumulatorTakeGradient", inputs=["handle: Ref(string)", "num_required: int32"],
             **_TAKE)
class AccumulatorTakeGradient(_TakeGradient):
    pass


@register_op("SparseAccumulatorTakeGradient", inputs=["handle: Ref(string)", "num_required: int32"],
             outputs=["indices: int64", "values: dtype", "shape: int64"],
             attrs=["dtype: numbertype"], stateful=True)
class SparseAccumulatorTakeGradient(_TakeGradient):
    def shape(self, handle, num_required, *, dtype):
        return [TensorShape(None)] * 3


class _NumAccumulated(OpDef):
    def shape(self, handle):
        return TensorShape([])

    def kernel(self, handle):
        return np.int32(handle.count)

    grad = None


@register_op("ResourceAccumulatorNumAccumulated", inputs=["handle: resource"],
             outputs=["num_accumulated: int32"], stateful=True)
class ResourceAccumulatorNumAccumulated(_NumAccumulated):
    pass


@register_op("AccumulatorNumAccumulated", inputs=["handle: Ref(string)"],
             outputs=["num_accumulated: int32"], stateful=True)
class AccumulatorNumAccumulated(_NumAccumulated):
    pass


class _SetGlobalStep(OpDef):
    def shape(self, handle, new_global_step):
        return []

    def kernel(self, handle, new_global_step):
        handle.set_global_step(new_global_step)

    grad = None


@register_op("ResourceAccumulatorSetGlobalStep", inputs=["handle: resource",
                                                         "new_global_step: int64"], stateful=True)
class ResourceAccumulatorSetGlobalStep(_SetGlobalStep):
    pass


@register_op("AccumulatorSetGlobalStep", inputs=["handle: Ref(string)", "new_global_step: int64"],
             stateful=True)
class AccumulatorSetGlobalStep(_SetGlobalStep):
    pass


# ------------------------------------------------------------------ Python API
def _cast_int64(value):
    from tensorweave.ops.math_ops import cast

    return cast(_ops.convert_to_tensor(value), _dtypes.int64)


def _ref_op(op_type, ref, inputs, attrs, name, int_inputs=()):
    """Creates an op on a ref-handle accumulator colocated with it, as TF colocates every op
    with its ref inputs (its inputs are made first, in the op's name scope, and are not)."""
    graph = ref.graph
    with name_scope(name, op_type) as scope:
        inputs = [_ops.convert_to_tensor(v, dtype=_dtypes.int32, name=n) if n else v
                  for v, n in zip(inputs, int_inputs or [None] * len(inputs))]
        with graph.colocate_with(ref.op):
            return apply_op(op_type, [ref] + inputs, attrs, name=scope)


def _accumulator_attrs(dtype, shape, shared_name, reduction_type):
    return {"dtype": _dtypes.as_dtype(dtype), "shape": TensorShape(shape),
            "container": "", "shared_name": shared_name or "", "reduction_type": reduction_type}


@tf_export("ConditionalAccumulatorBase")
class ConditionalAccumulatorBase:
    """An accumulator of gradients: up-to-date ones add up; a take waits for enough of them."""

    def __init__(self, dtype, shape, accumulator_ref):
        self._dtype = dtype
        self._shape = TensorShape(shape) if shape is not None else TensorShape(None)
        self._accumulator_ref = accumulator_ref
        self._name = accumulator_ref.op.name.split("/")[-1]

    @property
    def accumulator_ref(self):
        return self._accumulator_ref

    @property
    def name(self):
        return self._name

    @property
    def dtype(self):
        return self._dtype

    def _op(self, op_type, inputs, attrs, name, int_inputs=()):
        return apply_op(op_type, [self._accumulator_ref] + inputs, attrs, name=name)

    def num_accumulated(self, name=None):
        """The number of gradients accumulated since the last take."""
        return self._op(self._num_accumulated_op, [], {},
                        name=name or "%s_NumAccumulated" % self._name)

    def set_global_step(self, new_global_step, name=None):
        """Sets the accumulator's time step; gradients of earlier steps are dropped."""
        return self._op(self._set_global_step_op, [_cast_int64(new_global_step)], {}, name)


@tf_export("ConditionalAccumulator")
class ConditionalAccumulator(ConditionalAccumulatorBase):
    """Accumulates dense gradients; `take_grad` returns their mean (or sum)."""

    _num_accumulated_op = "ResourceAccumulatorNumAccumulated"
    _set_global_step_op = "ResourceAccumulatorSetGlobalStep"

    def __init__(self, dtype, shape=None, shared_name=None, name="conditional_accumulator",
                 reduction_type="MEAN"):
        ref = apply_op("ResourceConditionalAccumulator", [],
                       _accumulator_attrs(dtype, shape, shared_name, reduction_type), name=name)
        super().__init__(_dtypes.as_dtype(dtype), shape, ref)

    def apply_grad(self, grad, local_step=0, name=None):
        """Adds `grad` unless `local_step` is older than the accumulator's step."""
        grad = _ops.convert_to_tensor(grad, self._dtype)
        grad.shape.assert_is_compatible_with(self._shape)
        local_step = _cast_int64(local_step)
        return apply_op("ResourceAccumulatorApplyGradient",
                        [self._accumulator_ref, local_step, grad], {}, name=name)

    def take_grad(self, num_required, name=None):
        """Waits for `num_required` gradients, returns their mean, resets, advances the step."""
        out = apply_op("ResourceAccumulatorTakeGradient", [self._accumulator_ref, num_required],
                       {"dtype": self._dtype}, name=name)
        out.set_shape(self._shape)
        return out


SparseAccumulatorTakeGradientOutput = collections.namedtuple(
    "SparseAccumulatorTakeGradient", ["indices", "values", "shape"])


@tf_export("sparse.SparseConditionalAccumulator", "SparseConditionalAccumulator")
class SparseConditionalAccumulator(ConditionalAccumulatorBase):
    """Accumulates IndexedSlices gradients row by row; a take returns the mean of each row."""

    _num_accumulated_op = "AccumulatorNumAccumulated"
    _set_global_step_op = "AccumulatorSetGlobalStep"

    def _op(self, op_type, inputs, attrs, name, int_inputs=()):
        return _ref_op(op_type, self._accumulator_ref, inputs, attrs, name, int_inputs)

    def __init__(self, dtype, shape=None, shared_name=None, name="sparse_conditional_accumulator",
                 reduction_type="MEAN"):
        ref = apply_op("SparseConditionalAccumulator", [],
                       _accumulator_attrs(dtype, shape, shared_name, reduction_type), name=name)
        super().__init__(_dtypes.as_dtype(dtype), shape, ref)

    def apply_indexed_slices_grad(self, grad, local_step=0, name=None):
        """Adds an IndexedSlices gradient unless it is stale."""
        return self.apply_grad(grad_indices=grad.indices, grad_values=grad.values,
                               grad_shape=grad.dense_shape, local_step=local_step, name=name)

    def apply_grad(self, grad_indices, grad_values, grad_shape=None, local_step=0, name=None):
        """Adds the gradient with rows `grad_values` at `grad_indices` unless it is stale."""
        from tensorweave.ops.math_ops import cast

        local_step = _cast_int64(local_step)
        indices = cast(grad_indices, _dtypes.int64)
        values = _ops.convert_to_tensor(grad_values)
        shape = cast([] if grad_shape is None else grad_shape, _dtypes.int64)
        return self._op("SparseAccumulatorApplyGradient", [local_step, indices, values, shape],
                        {"has_known_shape": grad_shape is not None}, name)

    def take_grad(self, num_required, name=None):
        """Waits for `num_required` gradients; returns (indices, values, shape) of their mean."""
        out = self._op("SparseAccumulatorTakeGradient", [num_required], {"dtype": self._dtype},
                       name, int_inputs=("num_required",))
        return SparseAccumulatorTakeGradientOutput(*out)

    def take_indexed_slices_grad(self, num_required, name=None):
        """Like take_grad, as an IndexedSlices."""
        out = self.take_grad(num_required, name=name)
        return IndexedSlices(indices=out.indices, values=out.values, dense_shape=out.shape)
