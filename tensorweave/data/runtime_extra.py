"""Run-time datasets of the less common transformations (window, scan, unique, group_by_window,
...), run-time optionals, and `cardinality`: the number of elements a run-time dataset will
give, worked out from its description without iterating (as TF's `DatasetCardinality`).
"""

import numpy as np

from tensorweave.data import runtime as _rt
from tensorweave.framework import errors
from tensorweave.ops import philox as _philox

INFINITE = -1
UNKNOWN = -2


def _invalid(message):
    return errors.InvalidArgumentError(None, None, message)


def _int64(value):
    return np.array(value, dtype=np.int64)


class Elements(_rt.RuntimeDataset):
    """A dataset over elements already computed (a window, a group of `group_by_window`)."""

    def __init__(self, elements):
        self.elements = list(elements)

    def iterate(self):
        return iter(self.elements)


class Window(_rt.RuntimeDataset):
    """Windows of `size` elements, one every `shift` input elements, taking every `stride`-th;
    each window is one dataset per component."""

    def __init__(self, input_dataset, size, shift, stride, drop_remainder):
        self.input = input_dataset
        self.size, self.shift, self.stride = int(size), int(shift), int(stride)
        for name, v in (("Window size", self.size), ("Window shift", self.shift),
                        ("Window stride", self.stride)):
            if v <= 0:
                raise _invalid("%s must be greater than zero, but got %d." % (name, v))
        self.drop = bool(drop_remainder)

    def iterate(self):
        source = self.input.iterate()
        span = (self.size - 1) * self.stride + 1
        buffer, done = [], False
        while True:
            while not done and len(buffer) < span:
                element = next(source, None)
                if element is None:
                    done = True
                else:
                    buffer.append(element)
            window = buffer[0:span:self.stride]
            if not window or (self.drop and len(window) < self.size):
                return
            yield tuple(Elements([(e[i],) for e in window]) for i in range(len(window[0])))
            # Skip `shift` elements: those still buffered, then any beyond the buffer.
            skip = self.shift - len(buffer)
            buffer = buffer[self.shift:]
            while skip > 0 and not done:
                if next(source, None) is None:
                    done = True
                skip -= 1
            if done and not buffer:
                return


def _check_state(new, old):
    for n, o in zip(new, old):
        if n.dtype != o.dtype:
            raise _invalid("The element types for the new state must match the initial state. "
                           "Expected %s; got %s." % (o.dtype, n.dtype))


class Scan(_rt.RuntimeDataset):
    def __init__(self, input_dataset, initial_state, function):
        self.input, self.fn = input_dataset, function
        self.initial = _rt._elements(initial_state)

    def iterate(self):
        state, k = self.initial, len(self.initial)
        for element in self.input.iterate():
            out = _rt._elements(self.fn(state + element))
            state = out[:k]
            yield out[k:]


def reduce(dataset, initial_state, function):
    state, k = _rt._elements(initial_state), len(initial_state)
    for element in dataset.iterate():
        state = _rt._elements(function(state + element))[:k]
    return state


class Unique(_rt.RuntimeDataset):
    def __init__(self, input_dataset):
        self.input = input_dataset

    def iterate(self):
        seen = set()
        for element in self.input.iterate():
            key = element[0].item()
            if key not in seen:
                seen.add(key)
                yield element


class TakeWhile(_rt.RuntimeDataset):
    def __init__(self, input_dataset, predicate):
        self.input, self.predicate = input_dataset, predicate

    def iterate(self):
        for element in self.input.iterate():
            if not _rt._truth(self.predicate(element)[0], "predicate"):
                return
            yield element


class IgnoreErrors(_rt.RuntimeDataset):
    """Skips elements whose computation failed. An input that cannot go on after an error (a
    generator, a batch) ends there."""

    def __init__(self, input_dataset):
        self.input = input_dataset

    def iterate(self):
        source = self.input.iterate()
        while True:
            try:
                yield next(source)
            except StopIteration:
                return
            except errors.OutOfRangeError:
                raise
            except errors.OpError:
                continue


class GroupByWindow(_rt.RuntimeDataset):
    """Elements grouped by `key_func`; a group of `window_size_func(key)` elements is handed to
    `reduce_func(key, group)` as a dataset, whose elements are the output. Groups left at the
    end are reduced in increasing key order (TF keeps them in an ordered map)."""

    def __init__(self, input_dataset, key_func, reduce_func, window_size_func):
        self.input = input_dataset
        self.key_func, self.reduce_func, self.size_func = key_func, reduce_func, window_size_func

    def _key(self, element):
        key = np.asarray(self.key_func(element)[0])
        if key.shape != () or key.dtype != np.int64:
            raise _invalid("`key_func` must return a single tf.int64 scalar tensor.")
        return int(key)

    def _reduce(self, key, group):
        return self.reduce_func((_int64(key), Elements(group)))[0].iterate()

    def iterate(self):
        groups, sizes = {}, {}
        for element in self.input.iterate():
            key = self._key(element)
            if key not in sizes:
                size = int(np.asarray(self.size_func((_int64(key),))[0]))
                if size <= 0:
                    raise _invalid("Window size must be greater than zero, but got %d." % size)
                sizes[key] = size
            group = groups.setdefault(key, [])
            group.append(element)
            if len(group) == sizes[key]:
                del groups[key]
                yield from self._reduce(key, group)
        for key in sorted(groups):
            yield from self._reduce(key, groups[key])


class AssertCardinality(_rt.RuntimeDataset):
    def __init__(self, input_dataset, expected):
        self.input, self.expected = input_dataset, int(expected)

    def _fail(self, text):
        return errors.FailedPreconditionError(
            None, None, "Input dataset was expected to contain %s but contained %s."
            % (_count(self.expected), text))

    def iterate(self):
        n = 0
        for element in self.input.iterate():
            n += 1
            if self.expected != INFINITE and n > self.expected:
                raise self._fail("at least %s" % _count(n))
            yield element
        if n != self.expected:
            raise self._fail("only %s" % _count(n))


def _count(n):
    if n == INFINITE:
        return "an infinite number of elements"
    return "%d element%s" % (n, "" if n == 1 else "s")


class RandomInt64(_rt.RuntimeDataset):
    """An endless stream of random int64 scalars: TF's, the 32-bit words of the Philox stream
    of (seed, seed2); seeded streams repeat on each pass."""

    def __init__(self, seed, seed2):
        seeds = [int(seed), int(seed2)]
        if seeds == [0, 0]:
            seeds = [int(x) for x in np.random.default_rng().integers(1, 2 ** 31, 2)]
        self.seeds = seeds

    def iterate(self):
        for w in _philox.words(_philox.PhiloxState(*self.seeds)):
            yield (_int64(w),)


class OptionalValue:
    """A run-time `tf.data.experimental.Optional`: an element (tuple of arrays) or None."""

    __slots__ = ("element",)

    def __init__(self, element):
        self.element = element

    def __repr__(self):
        return "<Optional %s>" % ("empty" if self.element is None else "with value")


# ----------------------------------------------------------------------- cardinality
def _batched(n, batch, drop):
    if n < 0:
        return n
    return n // batch if drop else -(-n // batch)


def _repeat(d):
    n = cardinality(d.input)
    if n == 0 or d.count == 0:
        return 0
    if d.count < 0 or n == INFINITE:
        return INFINITE
    return UNKNOWN if n == UNKNOWN else n * d.count


def _take(d):
    n = cardinality(d.input)
    if d.count < 0:
        return n
    if n == UNKNOWN:
        return UNKNOWN
    return d.count if n == INFINITE else min(n, d.count)


def _skip(d):
    n = cardinality(d.input)
    if n < 0:
        return n
    return 0 if d.count < 0 else max(0, n - d.count)


def _shard(d):
    n = cardinality(d.input)
    if n < 0:
        return n
    return n // d.num_shards + (1 if d.index < n % d.num_shards else 0)


def _zip(d):
    ns = [cardinality(x) for x in d.inputs]
    finite = [n for n in ns if n >= 0]
    if finite:
        return min(finite)
    return UNKNOWN if UNKNOWN in ns else INFINITE


def _concatenate(d):
    a, b = cardinality(d.first), cardinality(d.second)
    if INFINITE in (a, b):
        return INFINITE
    return UNKNOWN if UNKNOWN in (a, b) else a + b


def _window(d):
    n = cardinality(d.input)
    if n < 0:
        return n
    if d.drop:
        span = (d.size - 1) * d.stride + 1
        return 0 if n < span else (n - span) // d.shift + 1
    return -(-n // d.shift)


def _range(d):
    return len(range(d.start, d.stop, d.step))


def _same(d):
    return cardinality(d.input)


def _batch(d):
    return _batched(cardinality(d.input), d.n, d.drop)


_RULES = {
    _rt.TensorSlices: lambda d: d.size,
    _rt.Tensors: lambda d: 1,
    _rt.Range: _range,
    _rt.Zip: _zip,
    _rt.Concatenate: _concatenate,
    # tf.compat.v1's map does not preserve cardinality (preserve_cardinality=False).
    _rt.Map: lambda d: _same(d) if getattr(d, "preserve_cardinality", False) else UNKNOWN,
    _rt.Batch: _batch,
    _rt.PaddedBatch: _batch,
    _rt.Shuffle: _same,
    _rt.Repeat: _repeat,
    _rt.Take: _take,
    _rt.Skip: _skip,
    _rt.Shard: _shard,
    _rt.Cache: _same,
    Elements: lambda d: len(d.elements),
    Window: _window,
    Scan: _same,
    AssertCardinality: lambda d: d.expected,
    RandomInt64: lambda d: INFINITE,
}


def cardinality(dataset):
    """The number of elements, INFINITE (-1) or UNKNOWN (-2) (filter, flat_map, ...)."""
    rule = _RULES.get(type(dataset))
    if rule is None:
        rule = getattr(dataset, "cardinality", None)
    return UNKNOWN if rule is None else int(rule(dataset))
