"""The TypeSpecs of composite values and tf.type_spec_from_value.

SparseTensorSpec, IndexedSlicesSpec, TensorArraySpec, OptionalSpec and NoneTensorSpec describe
a value's type the way TensorSpec (framework/api_gaps.py) describes a tensor's. As in TF, each
spec is defined by a tuple of its parameters (`_serialize()`): two specs are equal when their
types and tuples are, and `repr` shows the tuple (`SparseTensorSpec(TensorShape([None, 3]),
tf.float32)`).
"""

from tensorweave.framework import dtypes
from tensorweave.framework import ops as _ops
from tensorweave.framework.api_gaps import TensorSpec, TypeSpec
from tensorweave.framework.tensor_shape import TensorShape


def _shape_key(shape):
    return None if shape.ndims is None else tuple(shape.as_list())


def _key(value):
    if isinstance(value, TensorShape):
        return ("shape", _shape_key(value))
    if isinstance(value, tuple):
        return tuple(_key(v) for v in value)
    return value


def _most_specific(a, b):
    """The parameter compatible with both (shapes lose the dimensions where they differ)."""
    if isinstance(a, TensorShape) and isinstance(b, TensorShape):
        return a.most_specific_compatible_shape(b)
    if isinstance(a, TypeSpec) and isinstance(b, TypeSpec):
        return a.most_specific_compatible_type(b)
    if a != b:
        raise ValueError("No TypeSpec is compatible with both %r and %r" % (a, b))
    return a


def _compatible(a, b):
    if isinstance(a, TensorShape) and isinstance(b, TensorShape):
        return a.is_compatible_with(b)
    if isinstance(a, TypeSpec) and isinstance(b, TypeSpec):
        return a.is_compatible_with(b)
    return a == b


class _SerializedSpec(TypeSpec):
    """A TypeSpec defined by the tuple `_serialize()` of its parameters."""

    __slots__ = ()

    def _serialize(self):
        raise NotImplementedError

    @classmethod
    def _from_serialized(cls, parts):
        return cls(*parts)

    def _as_spec(self, spec_or_value):
        if isinstance(spec_or_value, TypeSpec):
            return spec_or_value
        try:
            return type_spec_from_value(spec_or_value)
        except (TypeError, ValueError):
            return None

    def is_compatible_with(self, spec_or_value):
        """Same spec type, equal dtypes and flags, compatible shapes."""
        other = self._as_spec(spec_or_value)
        if type(other) is not type(self):
            return False
        mine, theirs = self._serialize(), other._serialize()
        return len(mine) == len(theirs) and all(_compatible(a, b) for a, b in zip(mine, theirs))

    def most_specific_compatible_type(self, other):
        if type(other) is not type(self):
            raise ValueError("No TypeSpec is compatible with both %s and %s" % (self, other))
        try:
            parts = tuple(_most_specific(a, b)
                          for a, b in zip(self._serialize(), other._serialize()))
        except ValueError:
            raise ValueError("No TypeSpec is compatible with both %s and %s"
                             % (self, other)) from None
        return self._from_serialized(parts)

    def most_specific_common_supertype(self, others):
        result = self
        for other in others:
            try:
                result = result.most_specific_compatible_type(other)
            except ValueError:
                return None
        return result

    def __eq__(self, other):
        return type(other) is type(self) and _key(self._serialize()) == _key(other._serialize())

    def __ne__(self, other):
        return not self == other

    def __hash__(self):
        return hash((type(self).__name__, _key(self._serialize())))

    def __repr__(self):
        return "%s%r" % (type(self).__name__, self._serialize())


# ------------------------------------------------------------------ SparseTensorSpec
class SparseTensorSpec(_SerializedSpec):
    """Describes a SparseTensor: its dense shape and the dtype of its values."""

    __slots__ = ("_dtype", "_shape")

    def __init__(self, shape=None, dtype=dtypes.float32):
        self._shape = TensorShape(shape)
        self._dtype = dtypes.as_dtype(dtype)

    @property
    def shape(self):
        return self._shape

    @property
    def dtype(self):
        return self._dtype

    @property
    def value_type(self):
        from tensorweave.framework.sparse_tensor import SparseTensor

        return SparseTensor

    def _serialize(self):
        return (self._shape, self._dtype)

    def _to_components(self, value):
        return [value.indices, value.values, value.dense_shape]

    def _from_components(self, components):
        from tensorweave.framework.sparse_tensor import SparseTensor

        return SparseTensor(*components)

    @classmethod
    def from_value(cls, value):
        from tensorweave.framework.sparse_tensor import SparseTensor, SparseTensorValue

        if isinstance(value, SparseTensor):
            return cls(value.shape, value.dtype)
        if isinstance(value, SparseTensorValue):
            import numpy as np

            values = np.asarray(value.values)
            return cls(TensorShape(list(np.asarray(value.dense_shape).tolist())),
                       dtypes.as_dtype(values.dtype))
        raise TypeError("Expected SparseTensor or SparseTensorValue, got %s"
                        % type(value).__name__)


# ------------------------------------------------------------------ IndexedSlicesSpec
class IndexedSlicesSpec(_SerializedSpec):
    """Describes an IndexedSlices: dense shape, values/indices/dense_shape dtypes, the shape of
    its indices."""

    __slots__ = (
        "_dense_shape_dtype",
        "_indices_dtype",
        "_indices_shape",
        "_shape",
        "_values_dtype",
    )

    def __init__(self, shape=None, dtype=dtypes.float32, indices_dtype=dtypes.int64,
                 dense_shape_dtype=None, indices_shape=None):
        self._shape = TensorShape(shape)
        self._values_dtype = dtypes.as_dtype(dtype)
        self._indices_dtype = dtypes.as_dtype(indices_dtype)
        self._dense_shape_dtype = None if dense_shape_dtype is None \
            else dtypes.as_dtype(dense_shape_dtype)
        indices_shape = TensorShape(indices_shape).with_rank(1)
        self._indices_shape = indices_shape

    @property
    def value_type(self):
        from tensorweave.framework.indexed_slices import IndexedSlices

        return IndexedSlices

    def _serialize(self):
        return (self._shape, self._values_dtype, self._indices_dtype, self._dense_shape_dtype,
                self._indices_shape)

    @classmethod
    def from_value(cls, value):
        from tensorweave.framework import tensor_util

        dense = value.dense_shape
        shape = TensorShape(None) if dense is None else tensor_util.constant_value_as_shape(dense)
        return cls(shape, value.values.dtype, value.indices.dtype,
                   None if dense is None else dense.dtype, value.indices.shape)


# ------------------------------------------------------------------ TensorArraySpec
class TensorArraySpec(_SerializedSpec):
    """Describes a TensorArray: element shape, dtype, dynamic_size and infer_shape."""

    __slots__ = ("_dtype", "_dynamic_size", "_element_shape", "_infer_shape")

    def __init__(self, element_shape=None, dtype=dtypes.float32, dynamic_size=False,
                 infer_shape=True):
        self._element_shape = TensorShape(element_shape)
        self._dtype = dtypes.as_dtype(dtype)
        self._dynamic_size = dynamic_size
        self._infer_shape = infer_shape

    @property
    def value_type(self):
        from tensorweave.ops.tensor_array_ops import TensorArray

        return TensorArray

    def _serialize(self):
        return (self._element_shape, self._dtype, self._dynamic_size, self._infer_shape)

    @classmethod
    def from_value(cls, value):
        from tensorweave.ops.tensor_array_ops import TensorArray

        if not isinstance(value, TensorArray):
            raise ValueError(  # noqa: TRY004  (TF's class)
                "Expected value to be a TensorArray, but saw: %s"
                             % type(value).__name__)
        return cls(value.element_shape, value.dtype, value._dynamic_size, value._infer_shape)


# ------------------------------------------------------------------ OptionalSpec
class OptionalSpec(_SerializedSpec):
    """Describes a tf.data.experimental.Optional by the spec of the value it may hold."""

    __slots__ = ("_element_spec",)

    def __init__(self, element_spec):
        self._element_spec = element_spec

    @property
    def value_type(self):
        from tensorweave.data.options import Optional

        return Optional

    def _serialize(self):
        return (self._element_spec,)

    def is_compatible_with(self, spec_or_value):
        from tensorweave.framework import nest

        other = self._as_spec(spec_or_value)
        if type(other) is not OptionalSpec:
            return False
        mine, theirs = self._element_spec, other._element_spec
        try:
            nest.assert_same_structure(mine, theirs)
        except (ValueError, TypeError):
            return False
        return all(a.is_compatible_with(b)
                   for a, b in zip(nest.flatten(mine), nest.flatten(theirs)))

    def _serialize_key(self):
        from tensorweave.framework import nest

        return nest.flatten(self._element_spec)

    def __eq__(self, other):
        from tensorweave.framework import nest

        if type(other) is not OptionalSpec:
            return False
        try:
            nest.assert_same_structure(self._element_spec, other._element_spec)
        except (ValueError, TypeError):
            return False
        return self._serialize_key() == other._serialize_key()

    def __hash__(self):
        return hash(("OptionalSpec", tuple(hash(s) for s in self._serialize_key())))

    @staticmethod
    def from_value(value):
        return OptionalSpec(value.element_spec)


# ------------------------------------------------------------------ NoneTensorSpec
class NoneTensor:
    """The value described by NoneTensorSpec: a `None` inside a structure of tensors."""

    __slots__ = ()

    def __repr__(self):
        return "NoneTensor()"


class NoneTensorSpec(_SerializedSpec):
    """Describes `None` in a structure of tensors."""

    __slots__ = ()

    @property
    def value_type(self):
        return NoneTensor

    def _serialize(self):
        return ()

    @staticmethod
    def from_value(value):
        return NoneTensorSpec()


# ------------------------------------------------------------------ type_spec_from_value
def _spec_of(value):
    import sys

    from tensorweave.framework.indexed_slices import IndexedSlices
    from tensorweave.framework.sparse_tensor import SparseTensor, SparseTensorValue
    from tensorweave.ops.tensor_array_ops import TensorArray

    if isinstance(value, _ops.Tensor):
        return TensorSpec(value.shape, value.dtype)
    if value is None or isinstance(value, NoneTensor):
        return NoneTensorSpec()
    if isinstance(value, (SparseTensor, SparseTensorValue)):
        return SparseTensorSpec.from_value(value)
    if isinstance(value, IndexedSlices):
        return IndexedSlicesSpec.from_value(value)
    if isinstance(value, TensorArray):
        return TensorArraySpec.from_value(value)
    options = sys.modules.get("tensorweave.data.options")
    if options is not None and isinstance(value, options.Optional):
        return OptionalSpec.from_value(value)
    ragged = sys.modules.get("tensorweave.ragged.ragged_tensor")
    if ragged is not None and isinstance(value, ragged.RaggedTensor):
        return ragged.RaggedTensorSpec.from_value(value)
    return None


def type_spec_from_value(value):
    """The TypeSpec of a tensor or composite value; other values (NumPy arrays, Python
    numbers, strings, lists) are converted to a tensor first (in the default graph, as in TF)."""
    spec = _spec_of(value)
    if spec is not None:
        return spec
    try:
        tensor = _ops.convert_to_tensor(value)
    except (ValueError, TypeError):
        tensor = None
    if tensor is not None:
        return TensorSpec(tensor.shape, tensor.dtype)
    raise TypeError("Could not build a TypeSpec for %s of unsupported type %s."
                    % (value, type(value)))


# ------------------------------------------------------------------ deprecated tf.data names
def SparseTensorStructure(dtype, shape):
    """Deprecated tf.data.experimental name: SparseTensorSpec(shape, dtype)."""
    return SparseTensorSpec(shape, dtype)


def TensorStructure(dtype, shape):
    """Deprecated tf.data.experimental name: TensorSpec(shape, dtype)."""
    return TensorSpec(shape, dtype)


def TensorArrayStructure(dtype, element_shape, dynamic_size, infer_shape):
    """Deprecated tf.data.experimental name: TensorArraySpec(...)."""
    return TensorArraySpec(element_shape, dtype, dynamic_size, infer_shape)
