"""tf.assert_* / tf.is_* checks (tensorweave/ops/check_ops.py)."""

import numpy as np
import pytest

import tensorweave.compat.v1 as tf
from tensorweave.framework import errors


def run(fetches, feed=None):
    with tf.Session() as sess:
        return sess.run(fetches, feed)


BINARY = [("assert_equal", "==", [1, 2], [1, 2], [1, 3]),
          ("assert_none_equal", "!=", [1, 2], [3, 4], [1, 4]),
          ("assert_less", "<", [1, 2], [2, 3], [1, 3]),
          ("assert_less_equal", "<=", [1, 2], [1, 3], [0, 3]),
          ("assert_greater", ">", [2, 3], [1, 2], [1, 3]),
          ("assert_greater_equal", ">=", [2, 3], [2, 2], [2, 4])]


@pytest.mark.parametrize("fname,symbol,x,y_ok,y_bad", BINARY)
def test_binary_assert_passes_and_fails_at_run_time(fname, symbol, x, y_ok, y_bad):
    fn = getattr(tf, fname)
    assert getattr(tf.debugging, fname) is fn
    px = tf.placeholder(tf.float32, [None], name="px")
    py = tf.placeholder(tf.float32, [None], name="py")
    check = fn(px, py)
    # Float data: TF 2.21 guards the Assert with a cond and returns its output's op;
    # assert_equal opens its scope twice, hence "assert_equal_1".
    scope = fname + "_1" if fname == "assert_equal" else fname
    assert check.type == "Identity" and check.name == scope + "/Assert/AssertGuard/Identity"
    with tf.Session() as sess:
        sess.run(check, {px: x, py: y_ok})
        with pytest.raises(errors.InvalidArgumentError) as info:
            sess.run(check, {px: x, py: y_bad})
    assert "Condition x %s y did not hold element-wise:" % symbol in info.value.message
    assert "[x (px:0) = ]" in info.value.message and "[y (py:0) = ]" in info.value.message


@pytest.mark.parametrize("fname,symbol,x,y_ok,y_bad", BINARY)
def test_binary_assert_on_constants_fails_at_graph_construction(fname, symbol, x, y_ok, y_bad):
    fn = getattr(tf, fname)
    fn(tf.constant(x, tf.float32), tf.constant(y_ok, tf.float32))  # holds: builds quietly
    with pytest.raises(errors.InvalidArgumentError) as info:
        fn(tf.constant(x, tf.float32, name="a"), tf.constant(y_bad, tf.float32, name="b"), message="boom")
    assert info.value.message.startswith("boom\nCondition x %s y did not hold element-wise:\nx (a:0) = \n"
                                         % symbol)


def test_assert_with_user_data_prefixes_the_message_and_respects_summarize():
    x = tf.placeholder(tf.int32, [None], name="x")
    check = tf.assert_less(x, 3, message="hello", data=[x], summarize=2, name="mine")
    assert check.name == "mine/Assert/Assert"  # string and int32 data: no guard (TF 2.21)
    with pytest.raises(errors.InvalidArgumentError, match=r"assertion failed: \[hello\] \[1 2\.\.\.\]"):
        run(check, {x: [1, 2, 3]})


def test_assert_as_control_dependency_guards_a_computation():
    x = tf.placeholder(tf.float32, [None])
    with tf.control_dependencies([tf.assert_positive(x)]):
        y = tf.identity(x * 2)
    assert run(y, {x: [1.0, 2.0]}).tolist() == [2.0, 4.0]
    with pytest.raises(errors.InvalidArgumentError, match="Condition x > 0 did not hold"):
        run(y, {x: [1.0, -2.0]})


@pytest.mark.parametrize("fname,ok,bad,symbol", [
    ("assert_positive", [1, 2], [1, 0], ">"), ("assert_negative", [-1, -2], [-1, 0], "<"),
    ("assert_non_negative", [0, 2], [0, -1], ">="), ("assert_non_positive", [0, -2], [0, 1], "<=")])
def test_sign_asserts(fname, ok, bad, symbol):
    fn = getattr(tf, fname)
    assert getattr(tf.debugging, fname) is fn
    x = tf.placeholder(tf.int32, [2], name="x")
    check = fn(x)
    assert check.name.startswith(fname + "/")
    run(check, {x: ok})
    with pytest.raises(errors.InvalidArgumentError, match=r"\[Condition x %s 0 did not hold element-wise:\]"
                       % symbol):
        run(check, {x: bad})
    with pytest.raises(errors.InvalidArgumentError, match="Condition x %s 0" % symbol):
        fn(tf.constant(bad))


def test_assert_near_uses_tolerances():
    x = tf.placeholder(tf.float64, [None])
    check = tf.assert_near(x, tf.constant([1.0, 2.0], tf.float64), rtol=0.0, atol=0.1)
    run(check, {x: [1.05, 1.95]})
    with pytest.raises(errors.InvalidArgumentError, match="not equal to tolerance"):
        run(check, {x: [1.2, 2.0]})


def test_assert_rank_static_and_dynamic():
    ok = tf.assert_rank(tf.constant([1, 2]), 1)
    assert ok.type == "NoOp" and ok.name == "assert_rank/static_checks_determined_all_ok"
    with pytest.raises(ValueError, match=r"^m\.  Tensor c:0 must have rank 2\.  Received rank 1, shape \(2,\)$"):
        tf.assert_rank(tf.constant([1, 2], name="c"), 2, message="m")
    with pytest.raises(ValueError, match="Rank must be a scalar"):
        tf.assert_rank(tf.constant([1, 2]), tf.constant([1, 2]))
    z = tf.placeholder(tf.float32, None, name="z")
    check = tf.assert_rank(z, 2)
    assert check.type == "Assert"
    run(check, {z: np.zeros((2, 3))})
    with pytest.raises(errors.InvalidArgumentError,
                       match=r"\[Tensor z:0 must have rank\] \[2\] \[Received shape: \] \[3\]"):
        run(check, {z: np.zeros(3)})


def test_assert_rank_at_least_and_rank_in():
    with pytest.raises(ValueError, match="must have rank at least 2"):
        tf.assert_rank_at_least(tf.constant([1.0]), 2)
    assert tf.assert_rank_at_least(tf.zeros([2, 2, 2]), 2).type == "NoOp"
    z = tf.placeholder(tf.float32, None)
    check = tf.assert_rank_at_least(z, 2)
    run(check, {z: np.zeros((1, 1, 1))})
    with pytest.raises(errors.InvalidArgumentError, match="must have rank at least"):
        run(check, {z: np.zeros(3)})
    with pytest.raises(ValueError, match=r"must have rank in \(0, 2\)"):
        tf.assert_rank_in(tf.constant([1.0]), [0, 2])
    check = tf.assert_rank_in(z, [0, 2])
    run(check, {z: np.zeros((1, 1))})
    with pytest.raises(errors.InvalidArgumentError, match="must have rank in"):
        run(check, {z: np.zeros(3)})


def test_static_dtype_and_shape_checks():
    assert tf.assert_type(tf.constant(1.0), tf.float32).name == "assert_type/statically_determined_correct_type"
    with pytest.raises(TypeError, match=r"^m\.  c:0 must be of type tf\.float32; got tf\.int32$"):
        tf.assert_type(tf.constant([1, 2], name="c"), tf.float32, message="m")
    assert tf.assert_integer(tf.constant(1)).type == "NoOp"
    with pytest.raises(TypeError, match=r'Expected "x" to be integer type\.  Found: f:0 of dtype'):
        tf.assert_integer(tf.constant([1.0], name="f"))
    s = tf.constant(1.0)
    assert tf.assert_scalar(s) is s
    with pytest.raises(ValueError, match=r"Expected scalar shape for v:0, saw shape: \(2,\)\."):
        tf.assert_scalar(tf.constant([1.0, 2.0], name="v"))
    assert tf.assert_same_float_dtype([tf.constant(1.0), tf.constant(2.0)]) == tf.float32
    with pytest.raises(ValueError):
        tf.assert_same_float_dtype([tf.constant(1.0), tf.constant(2.0, tf.float64)])
    with pytest.raises(TypeError):
        tf.assert_proper_iterable("abc")
    tf.assert_proper_iterable([1, 2])


def test_predicates():
    assert tf.is_numeric_tensor(tf.constant(1.0)) and tf.is_numeric_tensor(tf.constant(1))
    assert not tf.is_numeric_tensor(tf.constant("a")) and not tf.is_numeric_tensor(3.0)
    assert not tf.is_numeric_tensor(tf.constant(True))
    x = tf.placeholder(tf.float32, None)
    nd, si = tf.is_non_decreasing(x), tf.is_strictly_increasing(x)
    assert nd.name == "is_non_decreasing/All:0" and nd.dtype == tf.bool and nd.shape.ndims == 0
    for value, expect in [([1, 1, 2], (True, False)), ([1, 2, 3], (True, True)), ([2, 1], (False, False)),
                          ([], (True, True)), ([[1, 2], [3, 4]], (True, True)), ([[1, 2], [2, 1]], (False, False)),
                          (5.0, (True, True))]:
        assert tuple(run([nd, si], {x: value})) == expect, value
    with pytest.raises(TypeError, match="Expected x to be numeric"):
        tf.is_non_decreasing(tf.constant(["a"]))
    assert tf.debugging.is_nan is tf.math.is_nan and tf.debugging.is_finite is tf.math.is_finite


def test_assert_rank_in_takes_rank_tensors():
    with tf.Graph().as_default() as g:
        x = tf.ones([2, 3])
        op = tf.debugging.assert_rank_in(x, (0, tf.rank(x)))
        assert op.type == "NoOp" and op.name.endswith("static_checks_determined_all_ok")
        names = [o.name for o in g.get_operations()]
        assert "assert_rank_in/rank" in names and "assert_rank_in/assert_type/"\
            "statically_determined_correct_type" in names
        with pytest.raises(ValueError, match="must have rank in"):
            tf.debugging.assert_rank_in(x, (0, 1))
