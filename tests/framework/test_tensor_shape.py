"""TensorShape and Dimension; expected values were recorded from TensorFlow 2.21's tf.compat.v1
(v2 TensorShape behaviour, which compat.v1 keeps unless disable_v2_tensorshape is called)."""

import copy
import pickle

import numpy as np
import pytest

from tensorweave.framework import tensor_shape
from tensorweave.framework.tensor_shape import Dimension, TensorShape

UNKNOWN = TensorShape(None)
PARTIAL = TensorShape([None, 3])
FULL = TensorShape([2, 3])
SCALAR = TensorShape([])

FAILED_TO_CONVERT = (
    "Failed to convert {0} to a shape: {1}could not be converted to a dimension. A shape should "
    "either be single dimension (e.g. 10), or an iterable of dimensions (e.g. [1, 10, None])."
)


def bad_dimension_message(value):
    return (
        "Dimension value must be integer or None or have an __index__ method, "
        f"got value '{value!r}' with type '{type(value)!r}'"
    )


# -- Dimension --------------------------------------------------------------------------------


def test_dimension_holds_an_int_or_none():
    assert Dimension(3).value == 3 and Dimension(None).value is None
    assert Dimension(Dimension(4)).value == 4
    assert Dimension(np.int64(3)).value == 3 and type(Dimension(np.int64(3)).value) is int
    assert Dimension(np.array(3)).value == 3
    assert repr(Dimension(True)) == "Dimension(True)"  # TensorFlow keeps a bool as given
    assert (str(Dimension(3)), str(Dimension(None))) == ("3", "?")
    assert (repr(Dimension(3)), repr(Dimension(None))) == ("Dimension(3)", "Dimension(None)")


@pytest.mark.parametrize("value", [3.0, 3.5, "3", [3], np.float32(2.0), object])
def test_dimension_rejects_non_integers(value):
    with pytest.raises(TypeError) as info:
        Dimension(value)
    assert str(info.value) == bad_dimension_message(value)


def test_dimension_rejects_negative_values():
    with pytest.raises(ValueError, match="^Dimension -1 must be >= 0$"):
        Dimension(-1)
    with pytest.raises(ValueError, match="^Dimension -2 must be >= 0$"):
        Dimension(np.int64(-2))


def test_dimension_int_index_bool_and_hash():
    assert int(Dimension(3)) == 3 and float(Dimension(3)) == 3.0
    assert [0, 1, 2, 3][Dimension(1)] == 1
    with pytest.raises(TypeError, match="__int__ returned non-int"):
        int(Dimension(None))
    with pytest.raises(TypeError, match="__index__ returned non-int"):
        [0][Dimension(None)]
    assert bool(Dimension(3)) and not bool(Dimension(None)) and not bool(Dimension(0))
    with pytest.raises(TypeError, match="unhashable type: 'Dimension'"):
        hash(Dimension(3))


def test_dimension_arithmetic():
    a, b, u = Dimension(3), Dimension(4), Dimension(None)
    assert (a + b).value == 7 and (a + 2).value == 5 and (2 + a).value == 5
    assert (a * b).value == 12 and (a // 2).value == 1 and (2 // a).value == 0
    assert (a % 2).value == 1 and (5 % a).value == 2 and (b - a).value == 1
    for unknown in (a + u, u + a, a * None, None + a, u - a, a // u, None // a, u % Dimension(0)):
        assert unknown.value is None
    with pytest.raises(ValueError, match="^Dimension -1 must be >= 0$"):
        a - b
    with pytest.raises(ValueError, match="^Dimension -1 must be >= 0$"):
        2 - a
    with pytest.raises(ZeroDivisionError):
        a // Dimension(0)


def test_dimension_arithmetic_with_non_dimensions():
    a = Dimension(3)
    assert a * "x" == "xxx"  # NotImplemented hands over to str repetition, as in TensorFlow
    with pytest.raises(TypeError, match=r"^unsupported operand type\(s\) for \+: 'Dimension' and 'str'$"):
        a + "x"
    with pytest.raises(TypeError, match=r"^unsupported operand type\(s\) for \+: 'Dimension' and 'str'$"):
        "x" + a
    with pytest.raises(TypeError, match=r"^unsupported operand type\(s\) for \*: 'Dimension' and 'float'$"):
        2.5 * a
    with pytest.raises(TypeError, match=r"^unsupported operand type\(s\) for \+: 'Dimension' and 'int'$"):
        a + -1
    with pytest.raises(TypeError) as info:
        "x" - a
    assert str(info.value) == bad_dimension_message("x")
    with pytest.raises(ValueError, match="^Dimension -1 must be >= 0$"):
        -1 // a
    with pytest.raises(TypeError) as info:
        a % 2.5
    assert str(info.value) == bad_dimension_message(2.5)
    with pytest.raises(TypeError, match=r"for \*\* or pow\(\)"):
        a**2
    with pytest.raises(TypeError, match="bad operand type for unary -"):
        _ = -a


def test_dimension_true_division_points_to_floor_division():
    a = Dimension(3)
    with pytest.raises(TypeError) as info:
        a / 2
    assert str(info.value) == (
        "unsupported operand type(s) for /: 'Dimension' and 'int', please use // instead"
    )
    with pytest.raises(TypeError) as info:
        2 / a
    assert str(info.value) == (
        "unsupported operand type(s) for /: 'int' and 'Dimension', please use // instead"
    )
    with pytest.raises(TypeError, match="'Dimension' and 'NoneType', please use // instead"):
        a / None


def test_dimension_comparisons_are_none_when_unknown():
    a, b, u = Dimension(3), Dimension(4), Dimension(None)
    assert (a < b) is True and (a >= b) is False and (a <= 3) is True and (2 > a) is False
    assert (a == 3) is True and (a != 3) is False and (a == b) is False
    for result in (a < u, u >= a, a == u, u != a, a.__eq__(None), u == Dimension(None)):
        assert result is None
    # values that are not dimensions are never equal (and never raise) ...
    assert (a == "x") is False and (a == 2.5) is False and (a == -1) is False and (a != "x") is True
    assert (Dimension(None) == "x") is False
    # ... but ordering them raises the Dimension conversion error
    with pytest.raises(TypeError) as info:
        _ = a < "x"
    assert str(info.value) == bad_dimension_message("x")
    with pytest.raises(ValueError, match="^Dimension -1 must be >= 0$"):
        _ = a < -1


def test_dimension_merge_and_compatibility():
    a, u = Dimension(3), Dimension(None)
    assert a.merge_with(3).value == 3 and a.merge_with(None).value == 3 and u.merge_with(5).value == 5
    assert u.merge_with(u).value is None
    with pytest.raises(ValueError, match="^Dimensions 3 and 4 are not compatible$"):
        a.merge_with(Dimension(4))
    with pytest.raises(ValueError, match="^Dimension -1 must be >= 0$"):
        a.merge_with(-1)
    assert a.is_compatible_with(3) and not a.is_compatible_with(4)
    assert a.is_compatible_with(None) and u.is_compatible_with(7)
    assert a.assert_is_compatible_with(u) is None
    with pytest.raises(ValueError, match="^Dimensions 3 and 4 are not compatible$"):
        a.assert_is_compatible_with(4)
    with pytest.raises(TypeError):
        a.is_compatible_with("x")


def test_dimension_pickles_and_module_helpers():
    a = Dimension(3)
    assert a.__reduce__() == (Dimension, (3,))
    assert pickle.loads(pickle.dumps(a)).value == 3
    assert pickle.loads(pickle.dumps(Dimension(None))).value is None
    assert tensor_shape.as_dimension(a) is a
    assert tensor_shape.as_dimension(3).value == 3 and tensor_shape.as_dimension(None).value is None
    assert tensor_shape.dimension_value(a) == 3 and tensor_shape.dimension_value(Dimension(None)) is None
    assert tensor_shape.dimension_value(3) == 3 and tensor_shape.dimension_value("x") == "x"


# -- TensorShape construction and views --------------------------------------------------------


@pytest.mark.parametrize(
    "dims, expected",
    [
        ((2, None), [2, None]),
        ([Dimension(2), Dimension(None)], [2, None]),
        (PARTIAL, [None, 3]),
        (np.array([2, 3]), [2, 3]),
        (3, [3]),
        (Dimension(3), [3]),
        (np.int64(3), [3]),
        (np.array(3), [3]),
        (iter([1, 2]), [1, 2]),
        (range(3), [0, 1, 2]),
        ({2: 1}, [2]),
        (b"ab", [97, 98]),
        ([True], [True]),
        (np.array([], dtype=np.int64), []),
        ([None], [None]),
        ([np.int64(3), 2], [3, 2]),
    ],
)
def test_tensor_shape_accepts_tensorflows_inputs(dims, expected):
    shape = TensorShape(dims)
    assert shape.as_list() == expected
    assert all(d is None or type(d) in (int, bool) for d in shape.as_list())


def test_tensor_shape_copies_another_shape_and_reads_a_proto():
    assert TensorShape(PARTIAL) is not PARTIAL and TensorShape(PARTIAL) == PARTIAL
    assert TensorShape(UNKNOWN).rank is None
    assert TensorShape(PARTIAL.as_proto()) == PARTIAL
    assert TensorShape(UNKNOWN.as_proto()).rank is None
    assert TensorShape(SCALAR.as_proto()) == SCALAR


def test_tensor_shape_as_proto():
    proto = PARTIAL.as_proto()
    assert [d.size for d in proto.dim] == [-1, 3] and not proto.unknown_rank
    assert UNKNOWN.as_proto().unknown_rank and len(UNKNOWN.as_proto().dim) == 0
    assert len(SCALAR.as_proto().dim) == 0 and not SCALAR.as_proto().unknown_rank


def test_tensor_shape_list_errors_are_raw_dimension_errors():
    with pytest.raises(ValueError, match="^Dimension -1 must be >= 0$"):
        TensorShape([-1])
    with pytest.raises(ValueError, match="^Dimension -1 must be >= 0$"):
        TensorShape(np.array([-1, 3]))
    with pytest.raises(TypeError) as info:
        TensorShape([2.0])
    assert str(info.value) == bad_dimension_message(2.0)
    with pytest.raises(TypeError) as info:
        TensorShape(3.0)  # not iterable: taken as a single dimension
    assert str(info.value) == bad_dimension_message(3.0)


def test_tensor_shape_iterable_errors_name_the_input():
    with pytest.raises(TypeError) as info:
        TensorShape("ab")
    assert str(info.value) == FAILED_TO_CONVERT.format("''ab''", "''a''")
    with pytest.raises(TypeError) as info:
        TensorShape(np.array([2.5]))
    assert str(info.value) == FAILED_TO_CONVERT.format("'array([2.5])'", "'np.float64(2.5)'")


def test_str_and_repr_match_tensorflow():
    cases = [
        (UNKNOWN, "<unknown>", "TensorShape(None)"),
        (PARTIAL, "(None, 3)", "TensorShape([None, 3])"),
        (SCALAR, "()", "TensorShape([])"),
        (TensorShape([5]), "(5,)", "TensorShape([5])"),
        (TensorShape([None]), "(None,)", "TensorShape([None])"),
        (FULL, "(2, 3)", "TensorShape([2, 3])"),
    ]
    for shape, text, rep in cases:
        assert (str(shape), repr(shape), format(shape)) == (text, rep, text)


def test_rank_dims_and_as_list():
    assert (PARTIAL.rank, PARTIAL.ndims, SCALAR.rank, UNKNOWN.rank, UNKNOWN.ndims) == (2, 2, 0, None, None)
    dims = PARTIAL.dims
    assert [type(d) for d in dims] == [Dimension, Dimension] and [d.value for d in dims] == [None, 3]
    dims.append(Dimension(4))
    assert PARTIAL.rank == 2  # dims is a fresh list
    assert UNKNOWN.dims is None and SCALAR.dims == []
    assert PARTIAL.as_list() == [None, 3] and SCALAR.as_list() == []
    with pytest.raises(ValueError, match=r"^as_list\(\) is not defined on an unknown TensorShape.$"):
        UNKNOWN.as_list()


def test_fully_defined_and_num_elements():
    assert FULL.is_fully_defined() and SCALAR.is_fully_defined()
    assert not PARTIAL.is_fully_defined() and not UNKNOWN.is_fully_defined()
    assert (FULL.num_elements(), SCALAR.num_elements()) == (6, 1)
    assert PARTIAL.num_elements() is None and UNKNOWN.num_elements() is None
    assert TensorShape([0, None]).num_elements() is None
    assert TensorShape([2**40, 2**40]).num_elements() == 2**80  # no overflow
    assert FULL.assert_is_fully_defined() is None
    with pytest.raises(ValueError, match=r"^Shape \(None, 3\) is not fully defined$"):
        PARTIAL.assert_is_fully_defined()
    with pytest.raises(ValueError, match="^Shape <unknown> is not fully defined$"):
        UNKNOWN.assert_is_fully_defined()


def test_len_iter_bool():
    assert (len(PARTIAL), len(SCALAR)) == (2, 0)
    assert list(PARTIAL) == [None, 3] and tuple(FULL) == (2, 3) and 3 in PARTIAL
    with pytest.raises(ValueError, match="^Cannot take the length of shape with unknown rank.$"):
        len(UNKNOWN)
    with pytest.raises(ValueError, match="^Cannot iterate over a shape with unknown rank.$"):
        iter(UNKNOWN)  # raised by iter() itself, not on the first next()
    # only an unknown rank is falsy; a scalar shape is truthy
    assert bool(PARTIAL) and bool(SCALAR) and bool(TensorShape([0])) and not bool(UNKNOWN)


def test_getitem_gives_values_and_slices_give_shapes():
    assert PARTIAL[0] is None and PARTIAL[1] == 3 and PARTIAL[-1] == 3
    assert type(FULL[0]) is int
    assert PARTIAL[np.int64(1)] == 3 and PARTIAL[Dimension(1)] == 3
    assert PARTIAL[1:] == TensorShape([3]) and isinstance(PARTIAL[1:], TensorShape)
    assert PARTIAL[::-1].as_list() == [3, None]
    assert FULL[Dimension(0) : Dimension(1)].as_list() == [2] and FULL[0:10].as_list() == [2, 3]
    with pytest.raises(IndexError, match="^tuple index out of range$"):
        PARTIAL[2]
    with pytest.raises(IndexError, match="^tuple index out of range$"):
        PARTIAL[-3]
    with pytest.raises(TypeError, match="^tuple indices must be integers or slices, not str$"):
        PARTIAL["a"]
    with pytest.raises(TypeError, match="^tuple indices must be integers or slices, not NoneType$"):
        PARTIAL[None]


def test_getitem_on_unknown_rank():
    for key in (0, 5, -1, "a", 1.5, None):
        assert UNKNOWN[key] is None
    ranks = [
        (slice(1, None), None),
        (slice(None), None),
        (slice(-2, None), None),
        (slice(1, -1), None),
        (slice(3, None), None),
        (slice(np.int64(-1), None), None),
        (slice(-5, 3), None),
        (slice(1, 3), 2),
        (slice(None, 3), 3),
        (slice(2, 1), 0),
        (slice(Dimension(1), Dimension(3)), 2),
    ]
    for key, rank in ranks:
        result = UNKNOWN[key]
        assert result.rank == rank
        if rank is not None:
            assert result.as_list() == [None] * rank
    for stepped in (slice(None, None, 2), slice(None, None, 1), slice(0, 3, 1)):
        with pytest.raises(ValueError, match="^Steps are not yet handled$"):
            UNKNOWN[stepped]


# -- equality, hashing, pickling ----------------------------------------------------------------


def test_equality_compares_dims_as_values():
    assert PARTIAL == TensorShape([None, 3]) and PARTIAL == [None, 3] and FULL == (2, 3)
    assert FULL == np.array([2, 3]) and [2, 3] == FULL and FULL == [Dimension(2), Dimension(3)]
    assert UNKNOWN == TensorShape(None) and UNKNOWN.__eq__(None) is True
    assert TensorShape([3]) == 3 and SCALAR == []
    for shape, other in ((FULL, None), (FULL, "x"), (FULL, 3), (UNKNOWN, []), (FULL, [2, None])):
        assert (shape == other) is False and (shape != other) is True
    assert (PARTIAL != [None, 3]) is False
    with pytest.raises(ValueError, match="^Dimension -1 must be >= 0$"):
        FULL == [2, -1]  # noqa: B015
    with pytest.raises(TypeError, match="'<' not supported"):
        PARTIAL < FULL  # noqa: B015


def test_equal_shapes_hash_equal():
    assert hash(PARTIAL) == hash(TensorShape([None, 3]))
    assert hash(UNKNOWN) == hash(TensorShape(None))
    assert {FULL: 1}[TensorShape((2, 3))] == 1


def test_pickle_and_copy():
    assert PARTIAL.__reduce__()[0] is TensorShape
    assert [d.value for d in PARTIAL.__reduce__()[1][0]] == [None, 3]
    assert UNKNOWN.__reduce__() == (TensorShape, (None,))
    for shape in (UNKNOWN, PARTIAL, SCALAR, FULL):
        assert pickle.loads(pickle.dumps(shape)) == shape
        assert copy.deepcopy(shape) == shape and repr(copy.copy(shape)) == repr(shape)


# -- combining shapes ---------------------------------------------------------------------------


def test_merge_with():
    assert PARTIAL.merge_with(FULL) == FULL
    assert PARTIAL.merge_with([None, None]) == PARTIAL
    assert PARTIAL.merge_with(None) is PARTIAL and PARTIAL.merge_with(UNKNOWN) is PARTIAL
    assert UNKNOWN.merge_with(PARTIAL) is PARTIAL and UNKNOWN.merge_with(UNKNOWN).rank is None
    assert TensorShape([None, 3]).merge_with([2, None]).as_list() == [2, 3]
    with pytest.raises(ValueError, match=r"^Shapes \(None, 3\) and \(2, 4\) are not compatible$"):
        PARTIAL.merge_with([2, 4])
    with pytest.raises(ValueError, match=r"^Shapes \(None, 3\) and \(2,\) are not compatible$"):
        PARTIAL.merge_with([2])
    with pytest.raises(ValueError, match=r"^Shapes \(None, 3\) and \(None, 3, 4\) are not compatible$"):
        PARTIAL.merge_with([None, 3, 4])
    with pytest.raises(TypeError) as info:
        PARTIAL.merge_with("x")
    assert str(info.value) == FAILED_TO_CONVERT.format("''x''", "''x''")


def test_is_compatible_with():
    assert PARTIAL.is_compatible_with(FULL) and PARTIAL.is_compatible_with([1, 3])
    assert not PARTIAL.is_compatible_with([1, 4]) and not PARTIAL.is_compatible_with([1])
    assert PARTIAL.is_compatible_with(UNKNOWN) and UNKNOWN.is_compatible_with(FULL)
    assert PARTIAL.is_compatible_with(None) and not PARTIAL.is_compatible_with(3)
    assert TensorShape([2]).is_compatible_with(Dimension(2))
    with pytest.raises(TypeError):
        PARTIAL.is_compatible_with("x")


def test_assert_is_compatible_with_shows_the_other_shape_as_given():
    assert PARTIAL.assert_is_compatible_with(FULL) is None and UNKNOWN.assert_is_compatible_with([2]) is None
    with pytest.raises(ValueError, match=r"^Shapes \(None, 3\) and \[2, 4\] are incompatible$"):
        PARTIAL.assert_is_compatible_with([2, 4])
    with pytest.raises(ValueError, match=r"^Shapes \(None, 3\) and \(2, 4\) are incompatible$"):
        PARTIAL.assert_is_compatible_with(TensorShape([2, 4]))


def test_most_specific_compatible_shape():
    assert PARTIAL.most_specific_compatible_shape(FULL).as_list() == [None, 3]
    assert FULL.most_specific_compatible_shape([2, 4]).as_list() == [2, None]
    assert PARTIAL.most_specific_compatible_shape([None, 4]).as_list() == [None, None]
    assert FULL.most_specific_compatible_shape(FULL).as_list() == [2, 3]
    for other in ([2], UNKNOWN):
        assert FULL.most_specific_compatible_shape(other).rank is None
    assert UNKNOWN.most_specific_compatible_shape(FULL).rank is None


def test_concatenate_and_plus():
    assert PARTIAL.concatenate(FULL).as_list() == [None, 3, 2, 3]
    assert PARTIAL.concatenate([5]).as_list() == [None, 3, 5]
    assert PARTIAL.concatenate(4).as_list() == [None, 3, 4]
    assert SCALAR.concatenate(SCALAR).as_list() == []
    for unknown in (PARTIAL.concatenate(UNKNOWN), UNKNOWN.concatenate(PARTIAL), PARTIAL.concatenate(None)):
        assert unknown.rank is None
    assert (PARTIAL + [4]).as_list() == [None, 3, 4]
    assert ([4] + PARTIAL).as_list() == [4, None, 3] and ((4,) + PARTIAL).as_list() == [4, None, 3]
    assert (PARTIAL + None).rank is None
    with pytest.raises(TypeError, match="Failed to convert"):
        PARTIAL.concatenate("ab")


# -- rank checks ----------------------------------------------------------------------------------


def test_assert_has_rank_and_same_rank():
    assert PARTIAL.assert_has_rank(2) is None and UNKNOWN.assert_has_rank(3) is None
    with pytest.raises(ValueError, match=r"^Shape \(None, 3\) must have rank 3$"):
        PARTIAL.assert_has_rank(3)
    assert PARTIAL.assert_same_rank(FULL) is None and PARTIAL.assert_same_rank(UNKNOWN) is None
    assert UNKNOWN.assert_same_rank(PARTIAL) is None
    with pytest.raises(ValueError, match=r"^Shapes \(None, 3\) and \(1, 2, 3\) must have the same rank$"):
        PARTIAL.assert_same_rank([1, 2, 3])


def test_with_rank():
    assert PARTIAL.with_rank(2) == PARTIAL and PARTIAL.with_rank(np.int64(2)) == PARTIAL
    assert UNKNOWN.with_rank(3).as_list() == [None, None, None] and UNKNOWN.with_rank(0).as_list() == []
    assert UNKNOWN.with_rank(-1).as_list() == [] and SCALAR.with_rank(-1).as_list() == []
    assert PARTIAL.with_rank(None) is PARTIAL and UNKNOWN.with_rank(None).rank is None
    with pytest.raises(ValueError, match=r"^Shape \(None, 3\) must have rank 3$"):
        PARTIAL.with_rank(3)
    with pytest.raises(TypeError):
        PARTIAL.with_rank("2")


def test_with_rank_at_least_and_at_most():
    assert PARTIAL.with_rank_at_least(1) is PARTIAL and UNKNOWN.with_rank_at_least(3) is UNKNOWN
    assert PARTIAL.with_rank_at_most(3) is PARTIAL and UNKNOWN.with_rank_at_most(1) is UNKNOWN
    assert UNKNOWN.with_rank_at_least(-1) is UNKNOWN
    with pytest.raises(ValueError, match=r"^Shape \(None, 3\) must have rank at least 3$"):
        PARTIAL.with_rank_at_least(3)
    with pytest.raises(ValueError, match=r"^Shape \(None, 3\) must have rank at most 1$"):
        PARTIAL.with_rank_at_most(1)
    with pytest.raises(ValueError, match=r"^Shape \(\) must have rank at most -1$"):
        SCALAR.with_rank_at_most(-1)


# -- module functions and fast paths -------------------------------------------------------------


def test_module_constructors():
    assert tensor_shape.as_shape(PARTIAL) is PARTIAL
    assert tensor_shape.as_shape([1, 2]).as_list() == [1, 2] and tensor_shape.as_shape(3).as_list() == [3]
    assert tensor_shape.as_shape(None).rank is None
    assert tensor_shape.unknown_shape().rank is None
    assert tensor_shape.unknown_shape(3).as_list() == [None, None, None]
    assert tensor_shape.unknown_shape(rank=0).as_list() == []
    assert tensor_shape.unknown_shape(ndims=2).as_list() == [None, None]
    assert tensor_shape.unknown_shape(-1).as_list() == []
    with pytest.raises(TypeError, match=r"^Unknown argument: \{'ndims': 2\}$"):
        tensor_shape.unknown_shape(rank=2, ndims=2)
    assert tensor_shape.scalar().as_list() == []
    assert tensor_shape.vector(4).as_list() == [4] and tensor_shape.vector(None).as_list() == [None]
    assert tensor_shape.matrix(2, Dimension(3)).as_list() == [2, 3]


def test_dimension_at_index():
    assert tensor_shape.dimension_at_index(PARTIAL, 0).value is None
    assert tensor_shape.dimension_at_index(PARTIAL, 1).value == 3
    assert tensor_shape.dimension_at_index(FULL, -1).value == 3
    assert tensor_shape.dimension_at_index(UNKNOWN, 5).value is None
    assert tensor_shape.dimension_at_index(UNKNOWN, -1).value is None
    with pytest.raises(IndexError, match="^list index out of range$"):
        tensor_shape.dimension_at_index(PARTIAL, 5)
    with pytest.raises(AssertionError):
        tensor_shape.dimension_at_index([1, 2], 0)


def test_fast_constructors_build_equal_shapes_without_checks():
    shape = TensorShape._from_tuple((2, None))
    assert type(shape) is TensorShape and shape == TensorShape([2, None]) and shape.rank == 2
    assert TensorShape._from_tuple(None).rank is None
    assert tensor_shape._make_shape((4,)).as_list() == [4]
    dims = (1, 2)
    assert TensorShape._from_tuple(dims)._dims is dims  # no copy
    assert TensorShape((2, 3))._dims == (2, 3) and type(TensorShape([2, 3])._dims) is tuple


def test_is_subtype_of_and_most_specific_common_supertype():
    from tensorweave.framework.tensor_shape import TensorShape as TS

    assert TS([2, None]).is_subtype_of(TS([None, None]))
    assert TS([2, 3]).is_subtype_of(TS(None))
    assert not TS([None, 3]).is_subtype_of(TS([2, 3]))
    assert not TS(None).is_subtype_of(TS([2]))
    assert not TS([2]).is_subtype_of([2])
    assert TS([2, 3]).most_specific_common_supertype([TS([2, 4])]) == TS([2, None])
    assert TS([2]).most_specific_common_supertype([TS([2, 1])]).rank is None
    assert TS([2]).most_specific_common_supertype([[2]]) is None
