"""Nested fetch structures: flatten to unique graph elements, rebuild with the values."""

import collections

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
        t = type(fetch)
        if (t is Tensor and fetch._op._graph is graph) or (t is Operation and fetch._graph is graph):
            return fetch
        if fetch is None:
            raise TypeError('Argument `fetch` = None has invalid type "NoneType". Cannot be None')
        try:
            return graph.as_graph_element(fetch, allow_tensor=True, allow_operation=True)
        except TypeError as err:
            raise TypeError('Argument `fetch` = %s has invalid type "%s" must be a string or Tensor. '
                            "(%s)" % (fetch, t.__name__, err)) from None
        except (ValueError, KeyError) as err:
            raise ValueError("Argument `fetch` = %s cannot be interpreted as a Tensor. (%s)"
                             % (fetch, err)) from None

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
            if isinstance(fetches, collections.defaultdict):
                factory = fetches.default_factory
                return lambda vals: cls(factory, [(k, b(vals)) for k, b in items])
            try:
                cls(())
            except TypeError:
                return lambda vals: {k: b(vals) for k, b in items}
            return lambda vals: cls((k, b(vals)) for k, b in items)
        if isinstance(fetches, SparseTensor):
            parts = [self._make(t) for t in (fetches.indices, fetches.values, fetches.dense_shape)]
            return lambda vals: SparseTensorValue(*[b(vals) for b in parts])
        type_name = type(fetches).__name__
        if type_name == "RaggedTensor" and hasattr(fetches, "_fetch_components"):
            parts = [self._make(t) for t in fetches._fetch_components()]
            rebuild = fetches._value_from_components
            return lambda vals: rebuild([b(vals) for b in parts])
        if type_name == "IndexedSlices" and hasattr(fetches, "dense_shape"):
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

    A SparseTensor is fed a SparseTensorValue or an (indices, values, dense_shape) sequence. As in
    TF the components are zipped with the value: a shorter sequence leaves the trailing components
    unfed (a dense_shape with a default still works), and a longer one has its extra items ignored."""
    for key in feed_dict:
        t = type(key)
        if t is not Tensor and (t is SparseTensor or t is tuple or t.__name__ == "RaggedTensor"):
            break
    else:
        return feed_dict
    expanded = {}
    for key, value in _flatten_tuple_keys(feed_dict):
        if type(key).__name__ == "RaggedTensor":
            _expand_ragged_feed(key, value, expanded)
            continue
        if type(key) is not SparseTensor:
            expanded[key] = value
            continue
        try:
            parts = iter(value)
        except TypeError:
            raise TypeError("The value fed to a SparseTensor must be a SparseTensorValue or an "
                            "(indices, values, dense_shape) sequence, got %r for %s"
                            % (value, key)) from None
        for component, part in zip((key.indices, key.values, key.dense_shape), parts):
            expanded[component] = part
    return expanded


def _expand_ragged_feed(key, value, expanded):
    """A RaggedTensor key is fed a RaggedTensorValue: its flat_values and each level's
    row_splits feed the matching component tensors."""
    components = key._fetch_components()
    if type(value).__name__ == "RaggedTensorValue":
        parts = [value.flat_values] + list(value.nested_row_splits)
    else:
        raise TypeError("The value fed to a RaggedTensor must be a RaggedTensorValue "
                        "(tf.ragged.constant_value), got %s for %s" % (type(value).__name__, key))
    if len(parts) != len(components):
        raise ValueError("Cannot feed a RaggedTensorValue with ragged_rank %d to a RaggedTensor "
                         "with ragged_rank %d" % (len(parts) - 1, len(components) - 1))
    for component, part in zip(components, parts):
        expanded[component] = part


def _flatten_tuple_keys(feed_dict):
    """(key, value) pairs of `feed_dict`. As in TF (nest.flatten_dict_items), a tuple key and its
    value are both flattened (lists and tuples, recursively) and paired element by element."""
    pairs = []
    for key, value in feed_dict.items():
        if type(key) is not tuple:
            pairs.append((key, value))
            continue
        keys, values = _flatten_nested(key), _flatten_nested(value)
        if not isinstance(value, (list, tuple)):
            raise ValueError("Key %s is a sequence but value %s is not a sequence" % (keys, value))
        if len(keys) != len(values):
            raise ValueError("Could not flatten dictionary. Key had %d elements, but value had %d "
                             "elements. Key: %s, value: %s." % (len(keys), len(values), keys, values))
        pairs.extend(zip(keys, values))
    return pairs


def _flatten_nested(x):
    if isinstance(x, (list, tuple)):
        return [leaf for e in x for leaf in _flatten_nested(e)]
    return [x]


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
