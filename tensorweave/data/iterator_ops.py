"""TF1 iterators over datasets: one-shot, initializable, reinitializable and feedable.

An iterator is a `resource` tensor (IteratorV2, OneShotIterator, IteratorFromStringHandleV2);
at run time it names an `IteratorResource` kept in the session's state
(`SessionState.containers`), so two sessions iterate independently. `MakeIterator` points the
resource at a fresh pass over a dataset (re-running an initializer restarts it),
`IteratorGetNext` pulls one element: `OutOfRangeError` ("End of sequence") at the end, and
`FailedPreconditionError` before any initializer ran. A one-shot iterator initializes itself on
first use by running its dataset's ops once (a function over the graph, `dataset_factory`).
"""

import threading

from tensorweave._api import tf_export
from tensorweave.data import structure as _structure
from tensorweave.framework import dtypes as _dtypes
from tensorweave.framework import errors
from tensorweave.framework import ops as _ops
from tensorweave.framework.func_graph import FunctionView, unique_function_name
from tensorweave.framework.op_def import OpDef, apply_op, register_op
from tensorweave.framework.tensor_shape import TensorShape

_HANDLE_PREFIX = b"tensorweave-iterator:"
_NOT_INITIALIZED = ("GetNext() failed because the iterator has not been initialized. Ensure that "
                    "you have run the initializer operation for this iterator before getting the "
                    "next element.")


class IteratorResource:
    """One iterator's position in one session: a Python iterator over a run-time dataset."""

    __slots__ = ("iterator", "lock", "name")

    def __init__(self, name):
        self.name = name
        self.iterator = None
        self.lock = threading.Lock()

    def reset(self, dataset):
        with self.lock:
            self.iterator = dataset.iterate()

    def get_next(self):
        with self.lock:
            it = self.iterator
            if it is None:
                raise errors.FailedPreconditionError(None, None, _NOT_INITIALIZED)
            try:
                return next(it)
            except StopIteration:
                raise errors.OutOfRangeError(None, None, "End of sequence") from None

    def __repr__(self):
        return "<IteratorResource %s>" % self.name


def _resource(resources, key):
    containers = resources.containers
    k = ("iterator", key)
    r = containers.get(k)
    if r is None:
        r = containers.setdefault(k, IteratorResource(key))
    return r


def _handle_text(op):
    attrs = op._attrs
    name = attrs.get("shared_name") or op._name
    if attrs.get("container"):
        name = attrs["container"] + "/" + name
    return name


# Guards first use of one-shot iterators (running the dataset's ops takes the session's own
# locks, so it cannot be one of those).
_ONE_SHOT_LOCK = threading.RLock()

_ITERATOR_ATTRS = ["shared_name: string", "container: string", "output_types: list(type) >= 1",
                   "output_shapes: list(shape) >= 1"]


@register_op("IteratorV2", outputs=["handle: resource"], attrs=_ITERATOR_ATTRS, stateful=True)
class IteratorV2(OpDef):
    def shape(self):
        return TensorShape([])

    def kernel(self, ctx):
        return self.session_constant(ctx.op, ctx.resources)

    def session_constant(self, op, resources):
        return _resource(resources, _handle_text(op))

    grad = None


@register_op("OneShotIterator", outputs=["handle: resource"],
             attrs=["dataset_factory: func", "output_types: list(type) >= 1",
                    "output_shapes: list(shape) >= 1", "container: string = ''",
                    "shared_name: string = ''"], stateful=True)
class OneShotIterator(OpDef):
    def shape(self):
        return TensorShape([])

    def kernel(self, ctx, *, dataset_factory):
        state = ctx.state
        r = state.get("resource")
        if r is None:
            with _ONE_SHOT_LOCK:
                r = state.get("resource")
                if r is None:
                    r = _resource(ctx.resources, _handle_text(ctx.op))
                    dataset = ctx.executor.run_function(dataset_factory, [])[0]
                    r.reset(dataset)
                    state["resource"] = r
        return r

    grad = None


@register_op("MakeIterator", inputs=["dataset: variant", "iterator: resource"], stateful=True)
class MakeIterator(OpDef):
    def shape(self, dataset, iterator):
        return []

    def kernel(self, dataset, iterator):
        iterator.reset(dataset)

    grad = None


@register_op("IteratorGetNext", inputs=["iterator: resource"], outputs=["components: output_types"],
             attrs=["output_types: list(type) >= 1", "output_shapes: list(shape) >= 1"],
             stateful=True)
class IteratorGetNext(OpDef):
    def shape(self, iterator, *, output_shapes):
        return list(output_shapes)

    def kernel(self, iterator):
        element = iterator.get_next()
        return element[0] if len(element) == 1 else list(element)

    grad = None


@register_op("IteratorToStringHandle", inputs=["resource_handle: resource"],
             outputs=["string_handle: string"], stateful=True)
class IteratorToStringHandle(OpDef):
    def shape(self, resource_handle):
        return TensorShape([])

    def kernel(self, resource_handle):
        import numpy as np

        out = np.empty((), dtype=object)
        out[()] = _HANDLE_PREFIX + resource_handle.name.encode()
        return out

    grad = None


@register_op("IteratorFromStringHandleV2", inputs=["string_handle: string"],
             outputs=["resource_handle: resource"],
             attrs=["output_types: list(type) >= 0 = []", "output_shapes: list(shape) >= 0 = []"],
             stateful=True)
class IteratorFromStringHandleV2(OpDef):
    def shape(self, string_handle):
        return TensorShape([])

    def kernel(self, ctx, string_handle):
        h = string_handle.item() if hasattr(string_handle, "item") else string_handle
        if isinstance(h, str):
            h = h.encode()
        if not isinstance(h, bytes) or not h.startswith(_HANDLE_PREFIX):
            raise errors.InvalidArgumentError(
                None, None, "Could not parse an iterator handle from %r: string handles come from "
                "Iterator.string_handle()." % (h,))
        key = h[len(_HANDLE_PREFIX):].decode()
        r = ctx.resources.containers.get(("iterator", key))
        if r is None:
            raise errors.NotFoundError(
                None, None, "Resource localhost/%s does not exist: the string handle names no "
                "iterator of this session." % key)
        return r

    grad = None


@register_op("DatasetToSingleElement", inputs=["dataset: variant"], outputs=["components: output_types"],
             attrs=["output_types: list(type) >= 1", "output_shapes: list(shape) >= 1",
                    "metadata: string = ''"])
class DatasetToSingleElement(OpDef):
    def shape(self, dataset, *, output_shapes):
        return list(output_shapes)

    def kernel(self, dataset):
        it = dataset.iterate()
        try:
            element = next(it)
        except StopIteration:
            raise errors.InvalidArgumentError(None, None, "Dataset was empty.") from None
        for _ in it:
            raise errors.InvalidArgumentError(None, None, "Dataset had more than one element.")
        return element[0] if len(element) == 1 else list(element)

    grad = None


# ------------------------------------------------------------------ Python API
def _check_dataset(dataset):
    from tensorweave.data.dataset import Dataset

    if not isinstance(dataset, Dataset):
        raise TypeError("Expected a `tf.data.Dataset`, got %s." % type(dataset).__name__)


def _element_attrs(types, shapes, classes=None):
    from tensorweave.data import sparse_batch

    if sparse_batch.has_sparse(classes):
        out_types, out_shapes = sparse_batch.flat_attrs(types, shapes, classes)
        return {"output_types": out_types, "output_shapes": out_shapes}
    return {"output_types": _structure.flatten(types), "output_shapes": _structure.flatten(shapes)}


def _pack_element(flat, types, shapes, classes):
    """The user's structure of an element op's outputs, SparseTensors rebuilt (sparse_batch.py)."""
    from tensorweave.data import sparse_batch

    return _structure.pack(types, sparse_batch.restore(flat, types, shapes, classes))


@tf_export("data.Iterator")
class Iterator:
    """A TF1 iterator: `get_next()` gives the next element's tensors when run."""

    def __init__(self, iterator_resource, initializer, output_types, output_shapes,
                 output_classes=None):
        self._iterator_resource = iterator_resource
        self._initializer = initializer
        self._types = output_types
        self._shapes = output_shapes
        self._classes = output_classes if output_classes is not None else \
            _structure.classes_of(output_types)
        self._string_handle = apply_op("IteratorToStringHandle", [iterator_resource], {})

    @staticmethod
    def from_structure(output_types, output_shapes=None, shared_name=None, output_classes=None):
        types = _structure.as_types(output_types)
        shapes = _structure.as_shapes(types, output_shapes)
        attrs = dict(_element_attrs(types, shapes, output_classes), shared_name=shared_name or "",
                     container="")
        resource = apply_op("IteratorV2", [], attrs)
        return Iterator(resource, None, types, shapes, output_classes)

    @staticmethod
    def from_string_handle(string_handle, output_types, output_shapes=None, output_classes=None):
        types = _structure.as_types(output_types)
        shapes = _structure.as_shapes(types, output_shapes)
        handle = _ops.convert_to_tensor(string_handle, dtype=_dtypes.string)
        resource = apply_op("IteratorFromStringHandleV2", [handle], _element_attrs(types, shapes))
        return Iterator(resource, None, types, shapes, output_classes)

    @property
    def initializer(self):
        if self._initializer is None:
            raise ValueError("The iterator does not have an initializer. This means it was likely "
                             "created using `tf.data.Dataset.make_one_shot_iterator()`. For an "
                             "initializable iterator, use "
                             "`tf.data.Dataset.make_initializable_iterator()` instead.")
        return self._initializer

    @property
    def output_types(self):
        return self._types

    @property
    def output_shapes(self):
        return self._shapes

    @property
    def output_classes(self):
        return self._classes

    @property
    def element_spec(self):
        from tensorweave.data.dataset import element_spec

        return element_spec(self._types, self._shapes)

    def make_initializer(self, dataset, name=None):
        _check_dataset(dataset)
        if not _structure.same_structure(self._types, dataset._types):
            # As nest.assert_same_structure: TypeError where two nested values are of different
            # kinds (a tuple and a dict), ValueError for other mismatches (counts, nesting).
            error = TypeError if _kinds_differ(self._types, dataset._types) else ValueError
            raise error("The two structures don't have the same nested structure.\n\nFirst "
                            "structure: %s\n\nSecond structure: %s" % (self._types, dataset._types))
        if any(a is not b for a, b in zip(_structure.flatten(self._types),
                                          _structure.flatten(dataset._types))):
            raise TypeError("Expected output types %r but got dataset with output types %r."
                            % (self._types, dataset._types))
        if not all(a.is_compatible_with(b) for a, b in zip(_structure.flatten(self._shapes),
                                                           _structure.flatten(dataset._shapes))):
            raise TypeError("Expected output shapes compatible with %r but got dataset with output "
                            "shapes %r." % (self._shapes, dataset._shapes))
        return apply_op("MakeIterator", [dataset._variant_tensor, self._iterator_resource], {},
                        name=name or "make_initializer")

    def get_next(self, name=None):
        attrs = _element_attrs(self._types, self._shapes, self._classes)
        flat = apply_op("IteratorGetNext", [self._iterator_resource], attrs, name=name)
        return _pack_element(flat, self._types, self._shapes, self._classes)

    def string_handle(self, name=None):
        if name is None:
            return self._string_handle
        return apply_op("IteratorToStringHandle", [self._iterator_resource], {}, name=name)


def _kinds_differ(a, b):
    """Whether the first structural mismatch of `a` and `b` pairs two nested values of
    different kinds (a tuple and a mapping)."""
    if not (_structure.is_nested(a) and _structure.is_nested(b)):
        return False
    if isinstance(a, tuple) != isinstance(b, tuple):
        return True
    if not isinstance(a, tuple):
        if sorted(a) != sorted(b):
            return False
        pairs = [(a[k], b[k]) for k in sorted(a)]
    else:
        if len(a) != len(b):
            return False
        pairs = list(zip(a, b))
    for x, y in pairs:
        if not _structure.same_structure(x, y):
            return _kinds_differ(x, y)
    return False


def _placeholder_in(tensor):
    """The first Placeholder `tensor` depends on, or None."""
    seen = set()
    stack = [tensor._op]
    while stack:
        op = stack.pop()
        if op in seen:
            continue
        seen.add(op)
        if op._type in ("Placeholder", "PlaceholderV2", "PlaceholderWithDefault"):
            return op
        stack.extend(t._op for t in op._inputs)
        stack.extend(op._control_inputs)
    return None


def _ops_of(tensor):
    seen, order, stack = set(), [], [tensor._op]
    while stack:
        op = stack.pop()
        if op in seen:
            continue
        seen.add(op)
        order.append(op)
        stack.extend(t._op for t in op._inputs)
        stack.extend(op._control_inputs)
    graph_order = {op: i for i, op in enumerate(tensor.graph.get_operations())}
    return sorted(order, key=lambda op: graph_order.get(op, 0))


@tf_export("data.make_one_shot_iterator")
def make_one_shot_iterator(dataset):
    """An iterator that initializes itself on first use (its dataset may not use placeholders)."""
    _check_dataset(dataset)
    variant = dataset._variant_tensor
    ph = _placeholder_in(variant)
    if ph is not None:
        raise ValueError("Cannot capture a placeholder (name:%s, type:%s) by value."
                         % (ph.name, ph.type))
    graph = variant.graph
    factory = FunctionView(unique_function_name(graph, "_make_dataset"), graph, [], [variant],
                           _ops_of(variant))
    attrs = dict(_element_attrs(dataset._types, dataset._shapes, dataset._classes),
                 dataset_factory=factory)
    resource = apply_op("OneShotIterator", [], attrs)
    return Iterator(resource, None, dataset._types, dataset._shapes, dataset._classes)


@tf_export("data.make_initializable_iterator")
def make_initializable_iterator(dataset, shared_name=None):
    """An iterator whose `initializer` (MakeIterator) starts a pass over `dataset`."""
    _check_dataset(dataset)
    attrs = dict(_element_attrs(dataset._types, dataset._shapes, dataset._classes),
                 shared_name=shared_name or "", container="")
    resource = apply_op("IteratorV2", [], attrs)
    init = apply_op("MakeIterator", [dataset._variant_tensor, resource], {})
    return Iterator(resource, init, dataset._types, dataset._shapes, dataset._classes)


@tf_export("data.experimental.get_single_element")
def get_single_element(dataset):
    """The only element of `dataset` as tensors; running them fails unless it has exactly one."""
    _check_dataset(dataset)
    flat = apply_op("DatasetToSingleElement", [dataset._variant_tensor],
                    _element_attrs(dataset._types, dataset._shapes, dataset._classes))
    return _pack_element(flat, dataset._types, dataset._shapes, dataset._classes)
