"""TypeSpecs of composite values and tf.type_spec_from_value (reprs recorded from TF 2.21)."""

import numpy as np
import pytest

import tensorweave.compat.v1 as tf


def test_sparse_tensor_spec_repr_equality_and_compatibility():
    s = tf.SparseTensorSpec([None, 3], tf.float32)
    assert repr(s) == "SparseTensorSpec(TensorShape([None, 3]), tf.float32)"
    assert s.shape.as_list() == [None, 3] and s.dtype == tf.float32
    assert s.value_type is tf.SparseTensor
    sp = tf.SparseTensor([[0, 1]], [1.0], [2, 3])
    assert s.is_compatible_with(sp)
    assert not s.is_compatible_with(tf.SparseTensorSpec([2, 4]))
    assert not s.is_compatible_with(tf.SparseTensorSpec([2, 3], tf.int32))
    assert s == tf.SparseTensorSpec([None, 3]) and hash(s) == hash(tf.SparseTensorSpec([None, 3]))
    assert s != tf.SparseTensorSpec([None, 3], tf.int64)
    merged = tf.SparseTensorSpec([5, 3]).most_specific_compatible_type(tf.SparseTensorSpec([4, 3]))
    assert merged == s
    with pytest.raises(ValueError):
        s.most_specific_compatible_type(tf.SparseTensorSpec([None, 3], tf.int32))
    with pytest.raises(TypeError):
        tf.SparseTensorSpec([2], "notatype")


def test_indexed_slices_tensor_array_optional_and_none_specs():
    assert repr(tf.IndexedSlicesSpec()) == (
        "IndexedSlicesSpec(TensorShape(None), tf.float32, tf.int64, None, TensorShape([None]))")
    assert tf.IndexedSlicesSpec([2, 3]).is_compatible_with(tf.IndexedSlicesSpec([None, 3]))
    ta = tf.TensorArraySpec([2], tf.float32, dynamic_size=True)
    assert repr(ta) == "TensorArraySpec(TensorShape([2]), tf.float32, True, True)"
    assert not ta.is_compatible_with(tf.TensorArraySpec([2]))
    o = tf.OptionalSpec(tf.TensorSpec([2], tf.int32))
    assert repr(o) == "OptionalSpec(TensorSpec(shape=(2,), dtype=tf.int32, name=None),)"
    assert o == tf.OptionalSpec(tf.TensorSpec([2], tf.int32))
    assert o != tf.OptionalSpec(tf.TensorSpec([3], tf.int32))
    assert repr(tf.NoneTensorSpec()) == "NoneTensorSpec()"
    assert tf.NoneTensorSpec() == tf.NoneTensorSpec()


def test_type_spec_from_value():
    assert repr(tf.type_spec_from_value(tf.constant([1, 2]))) == \
        "TensorSpec(shape=(2,), dtype=tf.int32, name=None)"
    assert tf.type_spec_from_value(np.array([1.0, 2.0])).dtype == tf.float64
    assert tf.type_spec_from_value("a").dtype == tf.string
    assert repr(tf.type_spec_from_value(tf.SparseTensor([[0, 1]], [1.0], [2, 3]))) == \
        "SparseTensorSpec(TensorShape([2, 3]), tf.float32)"
    islices = tf.IndexedSlices(tf.constant([[1.0]]), tf.constant([0]), tf.constant([3, 1]))
    assert repr(tf.type_spec_from_value(islices)) == (
        "IndexedSlicesSpec(TensorShape([3, 1]), tf.float32, tf.int32, tf.int32, TensorShape([1]))")
    assert repr(tf.type_spec_from_value(tf.TensorArray(tf.float32, size=3))) == \
        "TensorArraySpec(TensorShape(None), tf.float32, None, True)"
    assert tf.type_spec_from_value(None) == tf.NoneTensorSpec()
    with pytest.raises(TypeError, match="Could not build a TypeSpec"):
        tf.type_spec_from_value(object())


def test_deprecated_tf_data_structure_names():
    assert tf.data.experimental.OptionalStructure is tf.OptionalSpec
    assert tf.data.experimental.SparseTensorStructure(tf.int32, [2]) == \
        tf.SparseTensorSpec([2], tf.int32)
    assert tf.data.experimental.TensorArrayStructure(tf.float32, [3], False, True) == \
        tf.TensorArraySpec([3], tf.float32, False, True)
