"""Nested fetch structures: flatten to unique graph elements, rebuild with the values."""

from tensorweave.framework.ops import Operation, Tensor
from tensorweave.framework.sparse_tensor import SparseTensor, SparseTensorValue


def _is_namedtuple(x):
    return isinstance(x, tuple) and hasattr(type(x), "_fields")


class FetchMapper:
    """Flattens `fetches` into unique tensors and target ops, and rebuilds results.

    `tensors` and `targets` are unique, in first-seen order. `build(values)` takes the
    values of `tensors` (same order) and returns the user's structure.
    """

    def __init__(self, graph, fetches):
        self.graph = graph
        self.tensors = []
        self.targets = []
        self._tensor_index = {}
        self._target_set = set()
        self._builder = self._make(fetches)

    def _element(self, fetch):
        graph = self.graph
        if fetch is None:
            raise TypeError("Fetch argument None has invalid type <class 'NoneType'>")
        if isinstance(fetch, (Tensor, Operation)):
            el = fetch
        elif isinstance(fetch, str):
            try:
                el = graph.as_graph_element(fetch, allow_tensor=True, allow_operation=True)
            except KeyError as err:
                raise ValueError("Fetch argument %r cannot be interpreted as a Tensor. (%s)"
                                 % (fetch, err.args[0] if err.args else err)) from None
            except ValueError as err:
                raise ValueError("Fetch argument %r cannot be interpreted as a Tensor. (%s)"
                                 % (fetch, err)) from None
        else:
            conv = getattr(fetch, "_as_graph_element", None)
            if conv is None:
                raise TypeError("Fetch argument %r has invalid type %r, must be a string or Tensor. "
                                "(Can not convert a %s into a Tensor or Operation.)"
                                % (fetch, type(fetch), type(fetch).__name__))
            el = conv()
            if not isinstance(el, (Tensor, Operation)):
                raise TypeError("Fetch argument %r has invalid type %r." % (fetch, type(fetch)))
        if el.graph is not graph:
            raise ValueError("Fetch argument %r cannot be interpreted as a Tensor. (Tensor %s is "
                             "not an element of this graph.)" % (fetch, el))
        return el

    def _make(self, fetches):
        if type(fetches) is list and fetches and all(type(f) is Tensor for f in fetches) \
                and len(set(fetches)) == len(fetches) and not self.tensors:
            for f in fetches:
                self._element(f)
            self.tensors.extend(fetches)
            self._tensor_index.update((f, i) for i, f in enumerate(fetches))
            # NOTE: later sibling fetches append to `vals`, so take only this list's prefix.
            n = len(fetches)
            return lambda vals: list(vals[:n])
        if isinstance(fetches, (list, tuple)) and not _is_namedtuple(fetches):
            subs = [self._make(f) for f in fetches]
            if isinstance(fetches, list):
                return lambda vals: [b(vals) for b in subs]
            return lambda vals: tuple(b(vals) for b in subs)
        if _is_namedtuple(fetches):
            cls = type(fetches)
            subs = [self._make(f) for f in fetches]
            return lambda vals: cls(*[b(vals) for b in subs])
        if isinstance(fetches, dict):
            cls = type(fetches)
            items = [(k, self._make(v)) for k, v in fetches.items()]
            if cls is dict:
                return lambda vals: {k: b(vals) for k, b in items}
            try:
                cls(())
            except TypeError:
                return lambda vals: {k: b(vals) for k, b in items}
            return lambda vals: cls((k, b(vals)) for k, b in items)
        if isinstance(fetches, SparseTensor):
            parts = [self._make(t) for t in (fetches.indices, fetches.values, fetches.dense_shape)]
            return lambda vals: SparseTensorValue(*[b(vals) for b in parts])
        if type(fetches).__name__ == "IndexedSlices" and hasattr(fetches, "dense_shape"):
            from tensorweave.framework.indexed_slices import IndexedSlicesValue

            ds = fetches.dense_shape
            parts = [self._make(t) for t in (fetches.values, fetches.indices)]
            shape = self._make(ds) if ds is not None else _none
            return lambda vals: IndexedSlicesValue(parts[0](vals), parts[1](vals), shape(vals))
        el = self._element(fetches)
        if isinstance(el, Operation):
            if el not in self._target_set:
                self._target_set.add(el)
                self.targets.append(el)
            return _none
        idx = self._tensor_index.get(el)
        if idx is None:
            idx = self._tensor_index[el] = len(self.tensors)
            self.tensors.append(el)
        return lambda vals: vals[idx]

    def build(self, values):
        return self._builder(values)


def _none(vals):
    return None


def expand_sparse_feeds(feed_dict):
    """`feed_dict` with each SparseTensor key replaced by its three component tensors.

    A SparseTensor is fed a SparseTensorValue or an (indices, values, dense_shape) triple."""
    for key in feed_dict:
        if type(key) is SparseTensor:
            break
    else:
        return feed_dict
    expanded = {}
    for key, value in feed_dict.items():
        if type(key) is not SparseTensor:
            expanded[key] = value
            continue
        if not isinstance(value, (tuple, list)) or len(value) != 3:
            raise TypeError("The value fed to a SparseTensor must be a SparseTensorValue or an "
                            "(indices, values, dense_shape) triple, got %r for %s" % (value, key))
        expanded[key.indices], expanded[key.values], expanded[key.dense_shape] = value
    return expanded


def structure_key(fetches):
    """A hashable key describing `fetches` (lists become tuples, dicts item tuples)."""
    t = type(fetches)
    if t is list:
        if all(type(f) is Tensor for f in fetches):
            return ("L",) + tuple(fetches)
        return ("L",) + tuple(structure_key(f) for f in fetches)
    if t is tuple:
        return ("T",) + tuple(structure_key(f) for f in fetches)
    if t is dict:
        return ("D",) + tuple((k, structure_key(v)) for k, v in fetches.items())
    if _is_namedtuple(fetches):
        return (t,) + tuple(structure_key(f) for f in fetches)
    if isinstance(fetches, dict):
        return (t,) + tuple((k, structure_key(v)) for k, v in fetches.items())
    if isinstance(fetches, (list, tuple)):
        return (t,) + tuple(structure_key(f) for f in fetches)
    try:
        hash(fetches)
    except TypeError:
        return ("id", id(fetches))
    return fetches
