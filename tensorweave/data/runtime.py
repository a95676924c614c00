"""What a dataset op's `variant` output holds at run time: a description that can iterate.

A dataset op's kernel builds one of these objects from its input values (the arrays of
`from_tensor_slices`, the counts of `repeat`/`batch`, the upstream dataset objects, the
function bodies of `map`/`filter` with their captured values and the session that runs them).
Building one is cheap and does no work: `iterate()` returns a fresh Python iterator over
elements, each element a tuple of arrays (the flattened components). The session's iterator
resource (see `iterator_ops`) holds such a Python iterator between runs.
"""

import numpy as np

from tensorweave.framework import errors
from tensorweave.ops import philox as _philox


def _invalid(message):
    return errors.InvalidArgumentError(None, None, message)


def _dims_text(shape):
    return "[" + ",".join(str(d) for d in shape) + "]"


def _elements(values):
    """Function results as an element: a tuple of arrays (variables read to their value)."""
    out = []
    for v in values:
        inner = getattr(v, "value", v) if type(v).__name__ == "VariableCell" else v
        out.append(inner if type(inner) is np.ndarray else np.asarray(inner))
    return tuple(out)


def _shape_text(shape):
    return "<unknown>" if shape.ndims is None else str(tuple(shape.as_list()))


def _spec(dtype, shape):
    return "TensorSpec(shape=%s, dtype=tf.%s, name=None)" % (_shape_text(shape), dtype.name)


class RuntimeDataset:
    """Base of run-time datasets; `iterate()` yields tuples of arrays."""

    def iterate(self):
        raise NotImplementedError


class TensorSlices(RuntimeDataset):
    def __init__(self, components):
        self.components = [np.asarray(c) for c in components]
        sizes = [c.shape[0] if c.ndim else None for c in self.components]
        if any(s is None for s in sizes):
            raise _invalid("Unbatching a tensor is only supported for rank >= 1")
        if len(set(sizes)) > 1:
            raise _invalid("All components must have the same size in the 0th dimension, but "
                           "got sizes %s." % _dims_text(sizes))
        self.size = sizes[0]

    def iterate(self):
        comps = self.components
        for i in range(self.size):
            yield tuple(c[i, ...] for c in comps)  # [i, ...]: a 0-d array, never a scalar


class Tensors(RuntimeDataset):
    def __init__(self, components):
        self.element = tuple(np.asarray(c) for c in components)

    def iterate(self):
        yield self.element


class Range(RuntimeDataset):
    def __init__(self, start, stop, step, dtype):
        self.start, self.stop, self.step = int(start), int(stop), int(step)
        if self.step == 0:
            raise _invalid("step must be a non-zero integer.")
        self.dtype = dtype

    def iterate(self):
        dtype = self.dtype
        for v in range(self.start, self.stop, self.step):
            yield (np.array(v, dtype=dtype),)


class Zip(RuntimeDataset):
    def __init__(self, inputs):
        self.inputs = list(inputs)

    def iterate(self):
        its = [d.iterate() for d in self.inputs]
        while True:
            element = []
            for it in its:
                try:
                    element.extend(next(it))
                except StopIteration:
                    return
            yield tuple(element)


class Concatenate(RuntimeDataset):
    def __init__(self, first, second):
        self.first, self.second = first, second

    def iterate(self):
        yield from self.first.iterate()
        yield from self.second.iterate()


class _Function:
    """A traced function body with its captured values, run in the session that built it.

    A captured variable arrives as its cell: a body built here reads it through a ref
    placeholder; a body read back from a GraphDef has a plain placeholder, so it gets the
    variable's value at each call."""

    __slots__ = ("graph", "captured", "run", "read_at")

    def __init__(self, graph, captured, executor):
        self.graph = graph
        self.captured = list(captured)
        self.run = executor.run_function
        inputs = list(getattr(graph, "inputs", ()))
        first = len(inputs) - len(self.captured)
        self.read_at = [i for i, c in enumerate(self.captured)
                        if type(c).__name__ == "VariableCell" and first + i >= 0
                        and not inputs[first + i].dtype._is_ref_dtype]

    def __call__(self, element):
        captured = self.captured
        if self.read_at:
            captured = list(captured)
            for i in self.read_at:
                value = captured[i].value
                if value is None:
                    raise errors.FailedPreconditionError(
                        None, None, "Attempting to use uninitialized value %s" % captured[i].name)
                captured[i] = value
        return self.run(self.graph, list(element) + captured)


class Map(RuntimeDataset):
    def __init__(self, input_dataset, function):
        self.input, self.fn = input_dataset, function

    def iterate(self):
        return _MapIterator(self.input.iterate(), self.fn)


class _MapIterator:
    """Not a generator: an element whose function fails raises, and the next call goes on with
    the next input element, as TF's iterators do (what `ignore_errors` relies on)."""

    __slots__ = ("fn", "source")

    def __init__(self, source, fn):
        self.source, self.fn = source, fn

    def __iter__(self):
        return self

    def __next__(self):
        return _elements(self.fn(next(self.source)))


def _truth(value, what):
    v = np.asarray(value)
    if v.shape != () or v.dtype != np.bool_:
        raise _invalid("Filter predicate `%s` must return a scalar bool." % what)
    return bool(v)


class Filter(RuntimeDataset):
    def __init__(self, input_dataset, predicate):
        self.input, self.predicate = input_dataset, predicate

    def iterate(self):
        pred = self.predicate
        for element in self.input.iterate():
            if _truth(pred(element)[0], "predicate"):
                yield element


def _stack(values, index):
    first = values[0].shape
    for v in values[1:]:
        if v.shape != first:
            raise _invalid("Cannot add tensor to the batch: number of elements does not match. "
                           "Shapes are: [tensor]: %s, [batch]: %s"
                           % (_dims_text(v.shape), _dims_text(first)))
    return np.stack(values)


def _check_batch_size(batch_size):
    n = int(batch_size)
    if n <= 0:
        raise _invalid("Batch size must be greater than zero.")
    return n


def _chunks(iterator, n, drop_remainder):
    batch = []
    for element in iterator:
        batch.append(element)
        if len(batch) == n:
            yield batch
            batch = []
    if batch and not drop_remainder:
        yield batch


class Batch(RuntimeDataset):
    def __init__(self, input_dataset, batch_size, drop_remainder):
        self.input = input_dataset
        self.n = _check_batch_size(batch_size)
        self.drop = bool(drop_remainder)

    def iterate(self):
        for batch in _chunks(self.input.iterate(), self.n, self.drop):
            yield tuple(_stack([e[i] for e in batch], i) for i in range(len(batch[0])))


class PaddedBatch(RuntimeDataset):
    def __init__(self, input_dataset, batch_size, padded_shapes, padding_values, drop_remainder):
        self.input = input_dataset
        self.n = _check_batch_size(batch_size)
        self.shapes = [[int(d) for d in np.asarray(s).reshape(-1)] for s in padded_shapes]
        self.values = [np.asarray(v) for v in padding_values]
        self.drop = bool(drop_remainder)

    def _pad(self, values, index):
        spec = self.shapes[index]
        for v in values:
            if v.ndim != len(spec):
                raise _invalid("Number of padded dimensions (%d) must match the rank of the "
                               "component %d (%d)." % (len(spec), index, v.ndim))
        target = []
        for d, want in enumerate(spec):
            biggest = max(v.shape[d] for v in values)
            if want >= 0 and biggest > want:
                bad = next(v for v in values if v.shape[d] > want)
                raise errors.DataLossError(
                    None, None, "Attempted to pad to a smaller size than the input element. "
                    "Element shape %s, padded shape %s." % (_dims_text(bad.shape), _dims_text(spec)))
            target.append(want if want >= 0 else biggest)
        out = np.full([len(values)] + target, self.values[index], dtype=values[0].dtype)
        for k, v in enumerate(values):
            # A slice (not an index) for the batch row: a 0-d object array (a string scalar)
            # assigned to an index would be stored as the array itself.
            out[(slice(k, k + 1),) + tuple(slice(0, s) for s in v.shape)] = v[np.newaxis]
        return out

    def iterate(self):
        for batch in _chunks(self.input.iterate(), self.n, self.drop):
            yield tuple(self._pad([e[i] for e in batch], i) for i in range(len(batch[0])))


class Unbatch(RuntimeDataset):
    def __init__(self, input_dataset):
        self.input = input_dataset

    def iterate(self):
        for element in self.input.iterate():
            if any(c.ndim == 0 for c in element):
                raise _invalid("Input element must have a non-scalar value in each component.")
            n = element[0].shape[0]
            if any(c.shape[0] != n for c in element):
                raise _invalid("Input element must have the same batch size in each component. "
                               "Component 0 had size %d but component %d had size %d."
                               % (n, next(i for i, c in enumerate(element) if c.shape[0] != n),
                                  next(c.shape[0] for c in element if c.shape[0] != n)))
            for i in range(n):
                yield tuple(c[i, ...] for c in element)


class Shuffle(RuntimeDataset):
    """TF's algorithm and random numbers: a ring buffer of `buffer_size` elements; each output
    is drawn from it at position start + word % count and replaced by the buffer's first
    element, the buffer refilled from the input before each draw. The words are the Philox
    stream of the iteration's seeds: (seed, seed2) themselves, or with `reshuffle` the
    iteration k's pair of words 2k, 2k+1 of the (seed, seed2) stream, so that each new iteration
    (each epoch of a following `repeat`) draws a new order, as TF's seed generator does."""

    def __init__(self, input_dataset, buffer_size, seed, seed2, reshuffle):
        self.input = input_dataset
        self.size = int(buffer_size)
        if self.size <= 0:
            raise _invalid("buffer_size must be greater than zero or UNKNOWN_CARDINALITY")
        seed, seed2 = int(seed), int(seed2)
        if seed == 0 and seed2 == 0:
            seed, seed2 = (int(x) for x in np.random.default_rng().integers(1, 2 ** 31, 2))
        self.seeds = [seed, seed2]
        self.reshuffle = bool(reshuffle)
        self.epoch = 0

    def _iteration_seeds(self):
        if not self.reshuffle:
            return self.seeds
        epoch = self.epoch
        self.epoch += 1
        state = _philox.PhiloxState(*self.seeds)
        first = epoch * 2 // 4
        words = _philox.blocks(state.key, state.counter + first, 2).reshape(-1)
        i = epoch * 2 - first * 4
        return [int(words[i]), int(words[i + 1])]

    def iterate(self):
        words = _philox.words(_philox.PhiloxState(*self._iteration_seeds()))
        size = self.size
        ring = [None] * size
        start = end = 0
        it = self.input.iterate()
        exhausted = False
        while True:
            while not exhausted and end - start < size:
                try:
                    ring[end % size] = next(it)
                except StopIteration:
                    exhausted = True
                    break
                end += 1
            if end == start:
                return
            index = (start + next(words) % (end - start)) % size
            out = ring[index]
            first = start % size
            ring[index], ring[first] = ring[first], None
            start += 1
            yield out


class Repeat(RuntimeDataset):
    def __init__(self, input_dataset, count):
        self.input, self.count = input_dataset, int(count)

    def iterate(self):
        n = 0
        while self.count < 0 or n < self.count:
            produced = False
            for element in self.input.iterate():
                produced = True
                yield element
            if not produced:  # an empty input repeated forever is still empty
                return
            n += 1


class Take(RuntimeDataset):
    def __init__(self, input_dataset, count):
        self.input, self.count = input_dataset, int(count)

    def iterate(self):
        if self.count < 0:
            yield from self.input.iterate()
            return
        if self.count == 0:
            return
        for n, element in enumerate(self.input.iterate(), 1):
            yield element
            if n >= self.count:
                return


class Skip(RuntimeDataset):
    def __init__(self, input_dataset, count):
        self.input, self.count = input_dataset, int(count)

    def iterate(self):
        it = self.input.iterate()
        if self.count < 0:
            for _ in it:
                pass
            return
        for n, element in enumerate(it):
            if n >= self.count:
                yield element


class Shard(RuntimeDataset):
    def __init__(self, input_dataset, num_shards, index):
        self.input, self.num_shards, self.index = input_dataset, int(num_shards), int(index)
        if self.num_shards <= 0:
            raise _invalid("Number of shards must be greater than zero (currently num_shards = "
                           "%d)." % self.num_shards)
        if not 0 <= self.index < self.num_shards:
            raise _invalid("Index must be between 0 and %d (currently index = %d)."
                           % (self.num_shards - 1, self.index))

    def iterate(self):
        for n, element in enumerate(self.input.iterate()):
            if n % self.num_shards == self.index:
                yield element


class DirectedInterleave(RuntimeDataset):
    """Elements of `inputs[i]` for each `i` of the selector dataset, in the selector's order."""

    def __init__(self, selector, inputs, stop_on_empty_dataset):
        self.selector, self.inputs = selector, list(inputs)
        self.stop_on_empty = bool(stop_on_empty_dataset)

    def iterate(self):
        iterators = [d.iterate() for d in self.inputs]
        live = len(iterators)
        for (index,) in self.selector.iterate():
            i = int(index)
            if not 0 <= i < len(iterators):
                raise _invalid("Selector index out of range: %d >= %d" % (i, len(iterators)))
            if iterators[i] is None:
                continue
            element = next(iterators[i], None)
            if element is not None:
                yield element
                continue
            if self.stop_on_empty:
                return
            iterators[i] = None
            live -= 1
            if not live:
                return


class Cache(RuntimeDataset):
    """In-memory cache: the first complete pass records the elements, later passes replay them."""

    def __init__(self, input_dataset):
        self.input = input_dataset
        self.cached = None

    def iterate(self):
        if self.cached is not None:
            return iter(self.cached)
        return self._fill()

    def _fill(self):
        seen = []
        for element in self.input.iterate():
            seen.append(element)
            yield element
        self.cached = seen


class FlatMap(RuntimeDataset):
    def __init__(self, input_dataset, function):
        self.input, self.fn = input_dataset, function

    def iterate(self):
        for element in self.input.iterate():
            yield from self.fn(element)[0].iterate()


class Interleave(RuntimeDataset):
    """`cycle_length` open datasets; `block_length` elements from each in turn. An exhausted
    slot takes the next input element's dataset and the turn passes to the next slot."""

    def __init__(self, input_dataset, function, cycle_length, block_length):
        self.input, self.fn = input_dataset, function
        self.cycle = int(cycle_length)
        self.block = int(block_length)
        if self.cycle <= 0:
            raise _invalid("cycle_length must be greater than zero.")
        if self.block <= 0:
            raise _invalid("block_length must be greater than zero.")

    def iterate(self):
        source = self.input.iterate()

        def open_next():
            for element in source:
                return self.fn(element)[0].iterate()
            return None

        slots = []
        for _ in range(self.cycle):
            it = open_next()
            if it is None:
                break
            slots.append(it)
        i = 0
        while any(s is not None for s in slots):
            it = slots[i]
            if it is not None:
                for _ in range(self.block):
                    try:
                        value = next(it)
                    except StopIteration:
                        slots[i] = open_next()
                        break
                    yield value
            i = (i + 1) % len(slots)


class Generator(RuntimeDataset):
    """Elements of a Python generator, checked against the declared dtypes and shapes."""

    def __init__(self, make_generator, flatten, dtypes, shapes):
        self.make = make_generator
        self.flatten = flatten
        self.dtypes = dtypes
        self.shapes = shapes

    def _convert(self, value, dtype, shape):
        try:
            if dtype.name == "string":
                array = np.asarray(value, dtype=object)
                flat = [v.encode() if isinstance(v, str) else v for v in array.reshape(-1)]
                if not all(isinstance(v, bytes) for v in flat):
                    raise TypeError("not bytes")
                array = np.empty(len(flat), dtype=object)
                array[:] = flat
                array = array.reshape(np.shape(value))
            else:
                array = np.asarray(value)
                if array.dtype.kind in "OSU":
                    raise TypeError("not numeric")
                array = array.astype(dtype.as_numpy_dtype)
        except (TypeError, ValueError):
            raise _invalid("TypeError: `generator` yielded an element that did not match the "
                           "expected structure. The expected structure was %s, but the yielded "
                           "element was %s." % (_spec(dtype, shape), value)) from None
        if not shape.is_compatible_with(array.shape):
            raise _invalid("TypeError: `generator` yielded an element of shape %s where an "
                           "element of shape %s was expected."
                           % (tuple(array.shape), _shape_text(shape)))
        return array

    def iterate(self):
        for value in self.make():
            try:
                leaves = self.flatten(value)
            except (TypeError, KeyError) as err:
                raise _invalid("TypeError: %s" % err) from None
            yield tuple(self._convert(v, d, s) for v, d, s in zip(leaves, self.dtypes, self.shapes))
