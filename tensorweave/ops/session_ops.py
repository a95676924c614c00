"""TF1 session handles: keep a tensor's value in the session between runs.

`sess.run(tf.get_session_handle(t))` stores t's value in the session and returns a
`TensorHandle`; `tf.get_session_tensor(handle.handle, dtype)` gives a (placeholder, tensor) pair
reading it back when the handle string is fed; `tf.delete_session_tensor` frees it. Values live
in the session's state (`SessionState.containers`), so they end with the session.
"""

import numpy as np

from tensorweave._api import tf_export
from tensorweave.framework import dtypes, errors, scopes
from tensorweave.framework import ops as _ops
from tensorweave.framework.op_def import OpDef, apply_op, register_op
from tensorweave.framework.tensor_shape import TensorShape

_DEVICE = "/job:localhost/replica:0/task:0/device:CPU:0"  # runtime.placement.LOCAL_CPU
_STORE = "session_tensors"


def _store(resources):
    store = resources.containers.get(_STORE)
    if store is None:
        store = resources.containers.setdefault(_STORE, {"next_id": 0, "values": {}})
    return store


def _handle_key(handle):
    value = handle[()] if isinstance(handle, np.ndarray) else handle
    return value.decode() if isinstance(value, bytes) else str(value)


@register_op("GetSessionHandle", inputs=["value: T"], outputs=["handle: string"],
             attrs=["T: type"], stateful=True)
class GetSessionHandle(OpDef):
    def shape(self, value):
        return TensorShape([])

    def kernel(self, ctx, value):
        store = _store(ctx.resources)
        with ctx.resources._lock:
            handle_id = store["next_id"]
            store["next_id"] += 1
        handle = "%s;%d;%s" % (ctx.op._name, handle_id, _DEVICE)
        store["values"][handle] = value
        return np.array(handle.encode())

    grad = None


@register_op("GetSessionTensor", inputs=["handle: string"], outputs=["value: dtype"],
             attrs=["dtype: type"], stateful=True)
class GetSessionTensor(OpDef):
    def shape(self, handle, *, dtype):
        return TensorShape(None)

    def kernel(self, ctx, handle, *, dtype):
        key = _handle_key(handle)
        value = _store(ctx.resources)["values"].get(key)
        if value is None:
            raise errors.InvalidArgumentError(
                None, ctx.op, "The tensor with handle '%s' is not in the session store." % key)
        want = dtype.as_numpy_dtype if dtype != dtypes.string else None
        got = np.asarray(value).dtype
        if want is not None and got != np.dtype(want) or want is None and got.kind not in "SOU":
            raise errors.InternalError(
                None, ctx.op, "The tensor with handle '%s' has type %s, but %s was requested."
                % (key, got.name, dtype.name))
        return value

    grad = None


@register_op("DeleteSessionTensor", inputs=["handle: string"], stateful=True)
class DeleteSessionTensor(OpDef):
    def shape(self, handle):
        return []

    def kernel(self, ctx, handle):
        key = _handle_key(handle)
        if _store(ctx.resources)["values"].pop(key, None) is None:
            raise errors.InvalidArgumentError(
                None, ctx.op, "The tensor with handle '%s' is not in the session store." % key)
        return []

    grad = None


class TensorHandle:
    """What Session.run returns for a GetSessionHandle tensor: the handle of a stored value."""

    def __init__(self, handle, dtype, session):
        self._handle = _handle_key(handle)
        self._dtype = dtypes.as_dtype(dtype)
        self._session = session

    def __str__(self):
        return self._handle

    def __repr__(self):
        return "TensorHandle(%r, %s)" % (self._handle, self._dtype.name)

    @property
    def handle(self):
        return self._handle

    def get_raw_handle(self):
        return self._handle

    @staticmethod
    def _get_device_name(handle):
        return _handle_key(handle).split(";")[-1]

    def eval(self):
        """The stored value (runs a GetSessionTensor op added to the session's graph)."""
        holder, reader = self._cached_op("reader", lambda: get_session_tensor(
            self._handle, self._dtype))
        return self._session.run(reader, feed_dict={holder: self._handle})

    def delete(self):
        """Frees the stored value."""
        holder, deleter = self._cached_op("deleter", lambda: delete_session_tensor(self._handle))
        self._session.run(deleter, feed_dict={holder: self._handle})

    def _cached_op(self, kind, build):
        graph = self._session.graph
        cache = graph.__dict__.setdefault("_session_handle_ops", {})
        key = (kind, self._dtype, self._get_device_name(self._handle))
        pair = cache.get(key)
        if pair is None:
            with graph.as_default():
                pair = cache[key] = build()
        return pair


def wrap_fetched_handle(value, tensor, session):
    """Session.run's result for a fetched GetSessionHandle tensor."""
    return TensorHandle(value, tensor.op.inputs[0].dtype, session)


@tf_export("get_session_handle")
def get_session_handle(data, name=None):
    """A string tensor; running it stores `data`'s value in the session (a TensorHandle)."""
    if not isinstance(data, _ops.Tensor):
        raise TypeError("`data` must be of type Tensor.")
    with scopes.colocate_with(data):
        return apply_op("GetSessionHandle", [data], {}, name=name)


def _handle_placeholder(handle):
    from tensorweave.ops.graph_ops import placeholder

    return placeholder(dtypes.string)


@tf_export("get_session_tensor")
def get_session_tensor(handle, dtype, name=None):
    """(placeholder, tensor): feed a handle string to the placeholder to read its value."""
    with scopes.device(TensorHandle._get_device_name(handle)):
        holder = _handle_placeholder(handle)
        tensor = apply_op("GetSessionTensor", [holder], {"dtype": dtypes.as_dtype(dtype)},
                          name=name)
    return holder, tensor


@tf_export("delete_session_tensor")
def delete_session_tensor(handle, name=None):
    """(placeholder, op): feed a handle string to the placeholder and run op to free it."""
    with scopes.device(TensorHandle._get_device_name(handle)):
        holder = _handle_placeholder(handle)
        deleter = apply_op("DeleteSessionTensor", [holder], {}, name=name)
    return holder, deleter
