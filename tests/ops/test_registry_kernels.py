"""Every op of the registry: kernel vs a NumPy reference, shape function vs actual shapes.

The cases live in tests/ops/kernel_cases/ (format: kernel_cases/_common.py). Each case
runs three builds: constant inputs, placeholders of known rank with unknown dimensions,
and placeholders of unknown rank (inputs listed in `const` stay constants). A registered
op with neither cases nor an exemption fails `test_every_op_has_cases`, so a new op
cannot land without them.
"""

import numpy as np
import pytest

import tensorweave.compat.v1 as tf
import tensorweave.training.train_api  # noqa: F401  (registers the training ops)
from kernel_cases import load_all
from tensorweave.framework import op_def
from tensorweave.framework.ops import Operation, Tensor

CASES, EXEMPT = load_all()


def _ids():
    out = []
    for op_type in sorted(CASES):
        for i, case in enumerate(CASES[op_type]):
            out.append(pytest.param(op_type, i, id="%s-%s" % (op_type, case.name or i)))
    return out


def test_every_op_has_cases():
    registered = set(op_def.registered_ops())
    missing = sorted(registered - set(CASES) - set(EXEMPT))
    assert not missing, "ops without kernel cases or an exemption: %s" % missing
    unknown = sorted((set(CASES) | set(EXEMPT)) - registered)
    assert not unknown, "cases for ops that are not registered: %s" % unknown
    empty = sorted(k for k, v in CASES.items() if not v)
    assert not empty, "ops with an empty case list: %s" % empty
    vague = sorted(k for k, v in EXEMPT.items() if len(str(v)) < 15)
    assert not vague, "exemptions need a reason: %s" % vague


def _feed_tensors(case, mode):
    """Input tensors for one build, and the feed dict."""
    feed = {}

    def one(value, index):
        value = np.asarray(value)
        if mode == "const" or index in case.const:
            return tf.constant(value)
        shape = None if mode == "rank" else [None] * value.ndim
        p = tf.placeholder(tf.as_dtype(value.dtype), shape)
        feed[p] = value
        return p

    tensors = []
    for i, value in enumerate(case.inputs):
        if isinstance(value, (list, tuple)):
            tensors.append([one(v, i) for v in value])
        else:
            tensors.append(one(value, i))
    return tensors, feed


def _outputs(result):
    if isinstance(result, Operation):
        return []
    if isinstance(result, Tensor):
        return [result]
    return [t for t in result if isinstance(t, Tensor)]


def _compare(op_type, tensor, actual, expected, case, mode):
    where = "%s (%s build) output %s" % (op_type, mode, tensor.name)
    declared = tensor.dtype.base_dtype
    actual = np.asarray(actual) if not isinstance(actual, (bytes, str)) else actual
    if declared != tf.string and declared.name != "variant":
        assert np.asarray(actual).dtype == np.dtype(declared.as_numpy_dtype), (
            "%s: kernel gave %s, op declares %s" % (where, np.asarray(actual).dtype, declared.name))
    static = tensor.shape
    assert static.is_compatible_with(np.shape(actual)), (
        "%s: static shape %s, actual %s" % (where, static, np.shape(actual)))
    if mode == "const" and static.is_fully_defined():
        assert tuple(static.as_list()) == np.shape(actual), where
    if expected is None:
        return
    expected = np.asarray(expected)
    assert np.shape(actual) == expected.shape, (
        "%s: shape %s, reference %s" % (where, np.shape(actual), expected.shape))
    if expected.dtype.kind in "fc":
        np.testing.assert_allclose(actual, expected, rtol=case.rtol, atol=case.atol,
                                   err_msg=where, equal_nan=True)
    else:
        np.testing.assert_array_equal(actual, expected, err_msg=where)


@pytest.mark.parametrize("op_type,index", _ids())
@pytest.mark.parametrize("mode", ["const", "dims", "rank"])
def test_kernel_matches_reference(op_type, index, mode):
    case = CASES[op_type][index]
    if mode != "const" and case.unknown is not True:
        pytest.skip(case.unknown if isinstance(case.unknown, str) else "no placeholder build")
    with tf.Graph().as_default():
        tensors, feed = _feed_tensors(case, mode)
        if case.build is not None:
            result = case.build(*tensors)
        else:
            result = op_def.apply_op(op_type, tensors, dict(case.attrs))
        outs = _outputs(result)
        if isinstance(result, Operation):
            run_target = result
        else:
            run_target = None
        with tf.Session() as sess:
            sess.run(tf.global_variables_initializer())
            values = sess.run(outs, feed) if outs else []
            if run_target is not None:
                sess.run(run_target, feed)
    if case.reference is not None:
        expected = case.reference(*case.inputs)
        if not isinstance(expected, (list, tuple)):
            expected = [expected]
        assert len(expected) == len(outs), "%s: %d outputs, reference gives %d" % (
            op_type, len(outs), len(expected))
    else:
        expected = [None] * len(outs)
    for tensor, actual, exp in zip(outs, values, expected):
        _compare(op_type, tensor, actual, exp, case, mode)
    if case.check is not None:
        case.check(values, case.inputs)
