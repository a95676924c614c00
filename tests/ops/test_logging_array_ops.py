"""check_numerics, tf.Assert, tf.Print and tf.print; expected texts recorded from TensorFlow 2.21."""

import sys

import numpy as np
import pytest

import tensorweave.compat.v1 as tf
from tensorweave.framework import errors

M = np.arange(1, 17).reshape(2, 8)


def run(fetches, feed=None):
    with tf.Session() as sess:
        return sess.run(fetches, feed)


@pytest.mark.parametrize("values,what", [([1.0, np.nan], "NaN"), ([np.inf, np.nan], "Inf and NaN"),
                                         ([np.inf], "Inf")])
def test_check_numerics_reports_nan_and_inf(values, what):
    t = tf.check_numerics(tf.constant(values), "bad")
    with pytest.raises(errors.InvalidArgumentError, match="bad : Tensor had %s values" % what):
        run(t)


def test_check_numerics_passes_finite_values_and_rejects_ints():
    assert run(tf.check_numerics(tf.constant([1.0, 2.0]), "ok")).tolist() == [1.0, 2.0]
    with pytest.raises(TypeError):
        tf.check_numerics(tf.constant([1]), "ok")


def test_assert_false_raises_with_summarized_data():
    f = tf.constant([0.5, 1.0, 1e-7, 123456789.0, np.nan, -np.inf, 1 / 3.])
    d = tf.constant([0.1, 1 / 3., 2.0], tf.float64)
    a = tf.Assert(False, ["msg", tf.constant(M), f, tf.constant(["ab", "c\n\"q"]), tf.constant(3), d])
    # Float data: TF 2.21 guards the Assert with a cond named AssertGuard.
    assert a.type == "Identity" and a.name == "Assert/AssertGuard/Identity"
    with pytest.raises(errors.InvalidArgumentError) as info:
        run(a)
    # TF 2.21's message: "Graph execution error:", then the kernel's, then "\t [[{{node Assert}}]]".
    assert info.value.message.startswith("Graph execution error:")
    assert ('\nassertion failed: [msg] [[1 2 3...]...] [0.5 1 1e-07...] [ab c\\n\\"q] [3] '
            '[0.1 0.33333333333333331 2]\n\t [[{{node Assert}}]]') in info.value.message


def test_assert_summarize_and_true_condition():
    with pytest.raises(errors.InvalidArgumentError) as info:
        run(tf.Assert(tf.constant(False), [tf.constant(M)], summarize=20))
    assert "assertion failed: [[1 2 3 4 5 6 7 8][9 10 11 12 13 14 15 16]]" in info.value.message
    assert run(tf.Assert(True, [tf.constant(M)])) is None


def test_assert_as_control_dependency_guards_a_computation():
    p = tf.placeholder(tf.float32, [])
    with tf.control_dependencies([tf.Assert(p > 0, [p])]):
        y = tf.identity(p)
    assert run(y, {p: 2.0}) == 2.0
    with pytest.raises(errors.InvalidArgumentError, match="assertion failed: \\[-1\\]"):
        run(y, {p: -1.0})


def test_tf_Print_is_an_identity_printing_to_stderr(capsys):
    x = tf.constant(M)
    t = tf.Print(x, [x, tf.constant(["ab", "c"]), "str"], "msg: ")
    assert t.op.type == "Print" and t.shape.as_list() == [2, 8]
    np.testing.assert_array_equal(run(t), M)
    assert capsys.readouterr().err == "msg: [[1 2 3...]...][ab c][str]\n"


def test_tf_Print_first_n_limits_prints(capsys):
    t = tf.Print(tf.constant(1), [tf.constant(2)], "n", first_n=2)
    with tf.Session() as sess:
        for _ in range(4):
            sess.run(t)
    assert capsys.readouterr().err == "n[2]\nn[2]\n"


def test_tf_print_formats_like_tf(capsys):
    x = tf.constant(M)
    f = tf.constant([0.5, 1.0, 1e-7, 123456789.0, np.nan])
    p = tf.print(x, f, tf.constant(["ab", "c"]), "str", 5, output_stream=sys.stdout)
    assert p.type == "PrintV2" and p.inputs[0].op.type == "StringFormat"
    run(p)
    assert capsys.readouterr().out == (
        '[[1 2 3 ... 6 7 8]\n [9 10 11 ... 14 15 16]] [0.5 1 1e-07 123456792 nan] ["ab" "c"] str 5\n')


def test_tf_print_nested_dims_separators_and_summarize(capsys):
    run(tf.print(tf.reshape(tf.range(12), [2, 2, 3]), output_stream=sys.stdout))
    run(tf.print(tf.constant(M), summarize=1, output_stream=sys.stdout))
    run(tf.print(tf.constant(2.5), tf.constant(True), [1, 2], sep="|", end="!\n", output_stream=sys.stdout))
    run(tf.print(tf.zeros([0, 3]), tf.zeros([2, 0]), tf.constant([[1 + 2j, 3j]]), output_stream=sys.stdout))
    assert capsys.readouterr().out == (
        "[[[0 1 2]\n  [3 4 5]]\n\n [[6 7 8]\n  [9 10 11]]]\n"
        "[[1 ... 8]\n [9 ... 16]]\n"
        "2.5|1|[1, 2]!\n"
        "[] [\n ...] [? ?]\n")


def test_tf_print_structures_and_literal_braces(capsys):
    d = tf.constant([0.1, 2.0], tf.float64)
    run(tf.print("a{}b", [d, 1], {"k": d}, (d,), output_stream=sys.stdout))
    assert capsys.readouterr().out == "a{}b [[0.1 2], 1] {'k': [0.1 2]} ([0.1 2],)\n"


def test_tf_print_defaults_to_stderr(capsys):
    run(tf.print(tf.constant([1, 2])))
    captured = capsys.readouterr()
    assert captured.err == "[1 2]\n" and captured.out == ""


def test_strings_format():
    t = tf.strings.format("x={} y={}", [tf.constant([1, 2]), tf.constant(0.5)])
    assert t.dtype == tf.string and run(t) == b"x=[1 2] y=0.5"
