"""Static shapes: `TensorShape` and `Dimension`, with TensorFlow 2's behaviour by default.

`tf.compat.v1` in TensorFlow 2 keeps the v2 TensorShape unless `disable_v2_tensorshape()` (or
`disable_v2_behavior()`) is called, so indexing a shape gives plain values (`shape[0]` is an
int or None) while `shape.dims` still gives `Dimension` objects. After
`disable_v2_tensorshape()` a shape behaves as in TensorFlow 1: indexing and iterating give
`Dimension` objects (`x.shape[1].value`), and shapes print unknown dimensions as `?`:
`(?, 3)`, `TensorShape([Dimension(None), Dimension(3)])`.

Code inside tensorweave never depends on the switch: it reads `shape._dims` / `as_list()` or
goes through `dimension_value`, which accepts both forms.

A TensorShape stores its dimensions as a tuple of int-or-None (`None` for the whole tuple when
the rank is unknown); Dimension objects are made only when a caller asks for them. Shape
functions run for every op output, so `TensorShape._from_tuple` skips all checks.
"""

from __future__ import annotations

import operator

__all__ = [
    "Dimension",
    "TensorShape",
    "as_dimension",
    "as_shape",
    "dimension_at_index",
    "dimension_value",
    "disable_v2_tensorshape",
    "enable_v2_tensorshape",
    "matrix",
    "scalar",
    "unknown_shape",
    "vector",
]


def _check_dim(value) -> int | None:
    """The stored form of one dimension: an int >= 0, or None when unknown."""
    if value is None:
        return None
    if isinstance(value, Dimension):
        return value._value
    if not isinstance(value, int):  # NOTE: bool passes and is kept, as TensorFlow does
        try:
            value = operator.index(value)
        except TypeError:
            raise TypeError(
                "Dimension value must be integer or None or have an __index__ method, "
                f"got value '{value!r}' with type '{type(value)!r}'"
            ) from None
    if value < 0:
        raise ValueError(f"Dimension {value} must be >= 0")
    return value


_new_object = object.__new__


def _make_dimension(value: int | None) -> Dimension:
    """A Dimension from an already checked value."""
    dim = _new_object(Dimension)
    dim._value = value
    return dim


class Dimension:
    """The size of one dimension: an int >= 0, or unknown (None).

    Arithmetic with an unknown operand gives an unknown Dimension; comparisons with an unknown
    operand give None (neither True nor False). Unhashable, like TensorFlow's.
    """

    __slots__ = ("_value",)

    def __init__(self, value):
        self._value = _check_dim(value)

    @property
    def value(self) -> int | None:
        return self._value

    def __repr__(self) -> str:
        return f"Dimension({self._value!r})"

    def __str__(self) -> str:
        return "?" if self._value is None else str(self._value)

    def __int__(self):
        return self._value

    def __index__(self):
        return self._value

    def __bool__(self) -> bool:
        return bool(self._value)

    __hash__ = None  # type: ignore[assignment]

    def __reduce__(self):
        return Dimension, (self._value,)

    # -- compatibility ---------------------------------------------------------------------

    def is_compatible_with(self, other) -> bool:
        """True unless both dimensions are known and differ."""
        other = as_dimension(other)
        return self._value is None or other._value is None or self._value == other._value

    def assert_is_compatible_with(self, other) -> None:
        """ValueError unless `is_compatible_with(other)`."""
        if not self.is_compatible_with(other):
            raise ValueError(f"Dimensions {self} and {other} are not compatible")

    def merge_with(self, other) -> Dimension:
        """The known one of two compatible dimensions; ValueError when they differ."""
        other = as_dimension(other)
        self.assert_is_compatible_with(other)
        return _make_dimension(self._value if self._value is not None else other._value)

    # -- comparisons (None when either side is unknown) -------------------------------------

    def __eq__(self, other):
        try:
            other = as_dimension(other)
        except (TypeError, ValueError):
            return NotImplemented
        if self._value is None or other._value is None:
            return None
        return self._value == other._value

    def __ne__(self, other):
        try:
            other = as_dimension(other)
        except (TypeError, ValueError):
            return NotImplemented
        if self._value is None or other._value is None:
            return None
        return self._value != other._value

    def _compare(self, other, op):
        other = as_dimension(other)
        if self._value is None or other._value is None:
            return None
        return op(self._value, other._value)

    def __lt__(self, other):
        return self._compare(other, operator.lt)

    def __le__(self, other):
        return self._compare(other, operator.le)

    def __gt__(self, other):
        return self._compare(other, operator.gt)

    def __ge__(self, other):
        return self._compare(other, operator.ge)

    # -- arithmetic --------------------------------------------------------------------------

    def _binary(self, other, op):
        # NOTE: an operand that is not a dimension gives NotImplemented (so `d * "ab"` repeats
        # the string, as in TensorFlow); a negative result is still a ValueError.
        try:
            other = as_dimension(other)
        except (TypeError, ValueError):
            return NotImplemented
        if self._value is None or other._value is None:
            return _make_dimension(None)
        return Dimension(op(self._value, other._value))

    def __add__(self, other):
        return self._binary(other, operator.add)

    def __radd__(self, other):
        return self + other  # NOTE: errors name 'Dimension' first, as TensorFlow's do

    def __sub__(self, other):
        return self._binary(other, operator.sub)

    def __rsub__(self, other):
        return as_dimension(other) - self

    def __mul__(self, other):
        return self._binary(other, operator.mul)

    def __rmul__(self, other):
        return self * other

    def __floordiv__(self, other):
        return self._binary(other, operator.floordiv)

    def __rfloordiv__(self, other):
        return as_dimension(other) // self

    def __mod__(self, other):
        other = as_dimension(other)  # NOTE: unlike + - * //, a bad operand raises here
        if self._value is None or other._value is None:
            return _make_dimension(None)
        return Dimension(self._value % other._value)

    def __rmod__(self, other):
        return as_dimension(other) % self

    def __truediv__(self, other):
        raise TypeError(
            f"unsupported operand type(s) for /: 'Dimension' and '{type(other).__name__}', "
            "please use // instead"
        )

    def __rtruediv__(self, other):
        raise TypeError(
            f"unsupported operand type(s) for /: '{type(other).__name__}' and 'Dimension', "
            "please use // instead"
        )


def as_dimension(value) -> Dimension:
    """`value` if it is a Dimension, else Dimension(value)."""
    if isinstance(value, Dimension):
        return value
    return Dimension(value)


def dimension_value(dimension):
    """The int-or-None of a Dimension; any other value is returned unchanged."""
    if isinstance(dimension, Dimension):
        return dimension._value
    return dimension


def dimension_at_index(shape: TensorShape, index: int) -> Dimension:
    """shape.dims[index], or an unknown Dimension when the rank is unknown."""
    if not isinstance(shape, TensorShape):
        # NOTE: AssertionError, not TypeError: TensorFlow asserts here
        msg = f"dimension_at_index needs a TensorShape, got {type(shape).__name__}"
        raise AssertionError(msg)  # noqa: TRY004
    if shape._dims is None:
        return _make_dimension(None)
    return shape.dims[index]  # a list, so out of range reads "list index out of range"


def _dims_from_iterable(dims) -> tuple:
    """Dims of a shape given as a non-list iterable (ndarray, range, bytes, str, ...)."""
    out = []
    for d in dims:
        try:
            out.append(_check_dim(d))
        except TypeError:
            raise TypeError(
                f"Failed to convert '{dims!r}' to a shape: '{d!r}'could not be converted to a "
                "dimension. A shape should either be single dimension (e.g. 10), or an iterable "
                "of dimensions (e.g. [1, 10, None])."
            ) from None
    return tuple(out)


class TensorShape:
    """The static shape of a tensor: unknown rank, or a sequence of known/unknown dimensions.

    `TensorShape(dims)` takes None (unknown rank), a list or tuple of int / None / Dimension,
    another TensorShape, a single dimension (`TensorShape(3)` is `[3]`), any iterable of
    dimensions (an int ndarray), or a TensorShapeProto.
    """

    __slots__ = ("_dims",)

    _v2_behavior = True  # indexing gives values, not Dimensions (see enable_v2_tensorshape)

    def __init__(self, dims):
        if dims is None:
            self._dims = None
            return
        cls = dims.__class__
        if cls is tuple or cls is list:
            for d in dims:
                if (d.__class__ is not int or d < 0) and d is not None:
                    self._dims = tuple(_check_dim(d) for d in dims)  # convert, or raise
                    return
            self._dims = tuple(dims)  # all ints >= 0 and Nones: the common case
        elif isinstance(dims, TensorShape):
            self._dims = dims._dims
        elif isinstance(dims, (tuple, list)):
            self._dims = tuple(_check_dim(d) for d in dims)
        elif hasattr(dims, "unknown_rank") and hasattr(dims, "dim"):  # a TensorShapeProto
            if dims.unknown_rank:
                self._dims = None
            else:
                self._dims = tuple(None if d.size == -1 else _check_dim(d.size) for d in dims.dim)
        else:
            try:
                iter(dims)
            except TypeError:  # a single dimension
                self._dims = (_check_dim(dims),)
            else:
                self._dims = _dims_from_iterable(dims)

    @classmethod
    def _from_tuple(cls, dims: tuple | None) -> TensorShape:
        """Fast constructor for trusted input: a tuple of ints >= 0 and Nones, or None.

        No checks and no copy; for shape functions and other internal callers.
        """
        shape = _new_object(cls)
        shape._dims = dims
        return shape

    # -- views -------------------------------------------------------------------------------

    @property
    def rank(self) -> int | None:
        """The number of dimensions, or None when unknown."""
        dims = self._dims
        return None if dims is None else len(dims)

    ndims = rank

    @property
    def dims(self) -> list[Dimension] | None:
        """A new list of Dimension objects, or None when the rank is unknown."""
        dims = self._dims
        if dims is None:
            return None
        return [_make_dimension(d) for d in dims]

    def as_list(self) -> list:
        """The dimensions as a list of int-or-None; ValueError when the rank is unknown."""
        if self._dims is None:
            raise ValueError("as_list() is not defined on an unknown TensorShape.")
        return list(self._dims)

    def is_fully_defined(self) -> bool:
        dims = self._dims
        return dims is not None and None not in dims

    def assert_is_fully_defined(self) -> None:
        if not self.is_fully_defined():
            raise ValueError(f"Shape {self} is not fully defined")

    def num_elements(self) -> int | None:
        """The product of the dimensions, or None unless fully defined."""
        dims = self._dims
        if dims is None or None in dims:
            return None
        n = 1
        for d in dims:
            n *= d
        return n

    def __len__(self) -> int:
        if self._dims is None:
            raise ValueError("Cannot take the length of shape with unknown rank.")
        return len(self._dims)

    def __iter__(self):
        # NOTE: not a generator, so that iter() itself raises for an unknown rank.
        if self._dims is None:
            raise ValueError("Cannot iterate over a shape with unknown rank.")
        if self._v2_behavior:
            return iter(self._dims)
        return iter([_make_dimension(d) for d in self._dims])

    def __bool__(self) -> bool:
        """True unless the rank is unknown (a scalar shape is True)."""
        return self._dims is not None

    def __getitem__(self, key):
        """An int key gives the dimension's value (int or None; a Dimension after
        disable_v2_tensorshape()); a slice gives a TensorShape."""
        dims = self._dims
        if dims is not None:
            if isinstance(key, slice):
                return _make_shape(dims[key])
            if self._v2_behavior:
                return dims[key]
            return _make_dimension(dims[key])
        if not isinstance(key, slice):
            return None if self._v2_behavior else _make_dimension(None)
        # Unknown rank: the result's rank is known only for a non-negative [start:stop].
        if key.step is not None:
            raise ValueError("Steps are not yet handled")
        start = 0 if key.start is None else operator.index(key.start)
        if key.stop is None:
            return _make_shape(None)
        stop = operator.index(key.stop)
        if start < 0 or stop < 0:
            return _make_shape(None)
        return _make_shape((None,) * max(stop - start, 0))

    # -- combining -----------------------------------------------------------------------------

    def is_compatible_with(self, other) -> bool:
        """True when some fully defined shape could match both (same rank, no differing dim)."""
        other = as_shape(other)
        a, b = self._dims, other._dims
        if a is None or b is None:
            return True
        if len(a) != len(b):
            return False
        for x, y in zip(a, b):
            if x is not None and y is not None and x != y:
                return False
        return True

    def assert_is_compatible_with(self, other) -> None:
        """ValueError unless `is_compatible_with(other)`; the message shows `other` as given."""
        if not self.is_compatible_with(other):
            raise ValueError(f"Shapes {self} and {other} are incompatible")

    def merge_with(self, other) -> TensorShape:
        """The most specific shape compatible with both; ValueError when incompatible."""
        other = as_shape(other)
        a, b = self._dims, other._dims
        if a is None:
            return other
        if b is None or a == b:
            return self
        if len(a) != len(b):
            raise ValueError(f"Shapes {self} and {other} are not compatible")
        merged = []
        for x, y in zip(a, b):
            if x is None:
                merged.append(y)
            elif y is None or x == y:
                merged.append(x)
            else:
                raise ValueError(f"Shapes {self} and {other} are not compatible")
        return _make_shape(tuple(merged))

    def most_specific_compatible_shape(self, other) -> TensorShape:
        """The most specific shape that both shapes are compatible with (unknown dims where they
        differ; unknown rank when the ranks differ)."""
        other = as_shape(other)
        a, b = self._dims, other._dims
        if a is None or b is None or len(a) != len(b):
            return _make_shape(None)
        return _make_shape(tuple(x if x == y else None for x, y in zip(a, b)))

    def is_subtype_of(self, other) -> bool:
        """TF's trace-type order: every dim of `other` is unknown or equal to self's (an unknown
        rank `other` takes every shape)."""
        if not isinstance(other, TensorShape):
            return False
        b = other._dims
        if b is None:
            return True
        a = self._dims
        if a is None or len(a) != len(b):
            return False
        return all(y is None or x == y for x, y in zip(a, b))

    def most_specific_common_supertype(self, others):
        """The most specific shape every one of self and `others` is a subtype of (None when
        one of `others` is not a TensorShape)."""
        if any(not isinstance(o, TensorShape) for o in others):
            return None
        result = self
        for o in others:
            result = result.most_specific_compatible_shape(o)
        return result

    def concatenate(self, other) -> TensorShape:
        """self's dims followed by other's; unknown rank if either rank is unknown."""
        other = as_shape(other)
        if self._dims is None or other._dims is None:
            return _make_shape(None)
        return _make_shape(self._dims + other._dims)

    def __add__(self, other) -> TensorShape:
        return self.concatenate(other)

    def __radd__(self, other) -> TensorShape:
        return as_shape(other).concatenate(self)

    # -- rank checks ---------------------------------------------------------------------------

    def assert_has_rank(self, rank: int) -> None:
        if self._dims is not None and len(self._dims) != rank:
            raise ValueError("Shape %s must have rank %d" % (self, rank))  # noqa: UP031

    def assert_same_rank(self, other) -> None:
        other = as_shape(other)
        if self._dims is not None and other._dims is not None and len(self._dims) != len(other._dims):
            raise ValueError(f"Shapes {self} and {other} must have the same rank")

    def with_rank(self, rank: int) -> TensorShape:
        """This shape merged with an unknown shape of rank `rank`; ValueError if it has another
        rank. (`rank=None` merges with an unknown rank, so it accepts any shape.)"""
        dims = self._dims
        if dims is not None and len(dims) == rank:
            return self
        try:
            return self.merge_with(unknown_shape(rank))
        except ValueError:
            raise ValueError("Shape %s must have rank %d" % (self, rank)) from None  # noqa: UP031

    def with_rank_at_least(self, rank: int) -> TensorShape:
        if self._dims is not None and len(self._dims) < rank:
            raise ValueError("Shape %s must have rank at least %d" % (self, rank))  # noqa: UP031
        return self

    def with_rank_at_most(self, rank: int) -> TensorShape:
        if self._dims is not None and len(self._dims) > rank:
            raise ValueError("Shape %s must have rank at most %d" % (self, rank))  # noqa: UP031
        return self

    # -- protocol ------------------------------------------------------------------------------

    def __eq__(self, other):
        # NOTE: TensorFlow 2 compares dims as values: (None, 3) == (None, 3) is True.
        try:
            other = as_shape(other)
        except TypeError:
            return NotImplemented
        return self._dims == other._dims

    def __ne__(self, other):
        equal = self.__eq__(other)
        return equal if equal is NotImplemented else not equal

    def __hash__(self) -> int:
        return hash(self._dims)

    def __str__(self) -> str:
        dims = self._dims
        if dims is None:
            return "<unknown>"
        if self._v2_behavior or None not in dims:
            return str(dims)  # a tuple prints as TensorFlow does: (), (5,), (None, 3)
        text = ", ".join("?" if d is None else str(d) for d in dims)
        return "(%s,)" % text if len(dims) == 1 else "(%s)" % text

    def __repr__(self) -> str:
        if self._dims is None:
            return "TensorShape(None)"
        if self._v2_behavior:
            return f"TensorShape({list(self._dims)!r})"
        return f"TensorShape({self.dims!r})"

    def __reduce__(self):
        return TensorShape, (self.dims,)

    def as_proto(self):
        """This shape as a TensorShapeProto (unknown dims are size -1)."""
        from tensorweave.protos import tensor_shape_pb2  # protobuf loads only when needed

        proto = tensor_shape_pb2.TensorShapeProto()
        if self._dims is None:
            proto.unknown_rank = True
        else:
            for d in self._dims:
                proto.dim.add(size=-1 if d is None else d)
        return proto


def enable_v2_tensorshape() -> None:
    """TensorFlow 2's TensorShape (the default): `shape[i]` is an int or None."""
    TensorShape._v2_behavior = True


def disable_v2_tensorshape() -> None:
    """TensorFlow 1's TensorShape: `shape[i]` is a Dimension and unknown dims print as `?`."""
    TensorShape._v2_behavior = False


def _make_shape(dims: tuple | None) -> TensorShape:
    """Same as TensorShape._from_tuple, a little faster (no attribute lookup on the class)."""
    shape = _new_object(TensorShape)
    shape._dims = dims
    return shape


def as_shape(shape) -> TensorShape:
    """`shape` itself if it is a TensorShape, else TensorShape(shape)."""
    if isinstance(shape, TensorShape):
        return shape
    return TensorShape(shape)


def unknown_shape(rank: int | None = None, **kwargs) -> TensorShape:
    """A shape of unknown rank, or of rank `rank` with every dimension unknown.

    `ndims=` is accepted as the deprecated spelling of `rank`.
    """
    if rank is None and "ndims" in kwargs:
        rank = kwargs.pop("ndims")
    if kwargs:
        raise TypeError(f"Unknown argument: {kwargs}")
    if rank is None:
        return _make_shape(None)
    return _make_shape((None,) * rank)


def scalar() -> TensorShape:
    """The shape of a scalar, TensorShape([])."""
    return _make_shape(())


def vector(length) -> TensorShape:
    """The shape of a vector of `length` elements (int, None or Dimension)."""
    return TensorShape([length])


def matrix(rows, cols) -> TensorShape:
    """The shape of a `rows` x `cols` matrix."""
    return TensorShape([rows, cols])
