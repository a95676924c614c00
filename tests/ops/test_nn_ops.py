"""nn ops: activations, softmax, bias_add, l2_loss, cross-entropies, in_top_k."""

import numpy as np
import pytest
from nn_test_helpers import check_gradients, gradients, run

import tensorweave.compat.v1 as tf

X = np.array([[-2.0, -0.5, 0.0, 0.5, 7.0]], np.float32)
SELU_A, SELU_S = 1.6732632423543772, 1.0507009873554805


def _np_softmax(x, axis=-1):
    e = np.exp(x - x.max(axis=axis, keepdims=True))
    return e / e.sum(axis=axis, keepdims=True)


# ------------------------------------------------------------- activations

ACTIVATIONS = [
    ("relu", "Relu", lambda x: np.maximum(x, 0)),
    ("relu6", "Relu6", lambda x: np.clip(x, 0, 6)),
    ("elu", "Elu", lambda x: np.where(x < 0, np.expm1(x), x)),
    ("selu", "Selu", lambda x: SELU_S * np.where(x < 0, SELU_A * np.expm1(x), x)),
    ("leaky_relu", "LeakyRelu", lambda x: np.where(x > 0, x, 0.2 * x)),
    ("softplus", "Softplus", lambda x: np.log1p(np.exp(x))),
    ("softsign", "Softsign", lambda x: x / (1 + np.abs(x))),
]


@pytest.mark.parametrize("fn,op_type,ref", ACTIVATIONS, ids=[a[0] for a in ACTIVATIONS])
def test_activation_values_op_type_and_dtype(fn, op_type, ref):
    y = getattr(tf.nn, fn)(tf.constant(X))
    assert y.op.type == op_type
    assert y.name == op_type + ":0"
    assert y.dtype == tf.float32 and y.shape.as_list() == [1, 5]
    v = run(y)
    assert v.dtype == np.float32
    np.testing.assert_allclose(v, ref(X.astype(np.float64)), rtol=1e-6, atol=1e-6)


@pytest.mark.parametrize("fn,op_type,ref", ACTIVATIONS, ids=[a[0] for a in ACTIVATIONS])
def test_activation_keeps_float64(fn, op_type, ref):
    x = X.astype(np.float64) * 1.3
    v = run(getattr(tf.nn, fn)(tf.constant(x)))
    assert v.dtype == np.float64
    # NOTE: like TF, leaky_relu's alpha is a float32 attr, so it is 0.2 only to ~1e-8
    np.testing.assert_allclose(v, ref(x), rtol=1e-12 if fn != "leaky_relu" else 2e-8)


@pytest.mark.parametrize("fn", [a[0] for a in ACTIVATIONS])
def test_activation_gradients_match_numeric(fn):
    x = np.array([[-2.1, -0.7, -0.2, 0.3, 0.8, 6.5]], np.float64)
    check_gradients(getattr(tf.nn, fn), [x])


def test_relu_of_integers_stays_integer():
    v = run(tf.nn.relu(tf.constant([-3, 0, 4])))
    assert v.dtype == np.int32 and v.tolist() == [0, 0, 4]


def test_softplus_is_stable_for_large_inputs():
    v = run(tf.nn.softplus(tf.constant([-100.0, 100.0])))
    np.testing.assert_allclose(v, [0.0, 100.0], atol=1e-6)


def test_leaky_relu_alpha_attr_is_float32_rounded():
    y = tf.nn.leaky_relu(tf.constant(X), alpha=0.1)
    assert y.op.get_attr("alpha") == pytest.approx(0.10000000149011612, abs=0)
    np.testing.assert_allclose(run(y), np.where(X > 0, X, 0.1 * X), rtol=1e-6)


def test_leaky_relu_casts_integers_to_float32():
    y = tf.nn.leaky_relu(tf.constant([-2, 3]))
    assert y.dtype == tf.float32
    np.testing.assert_allclose(run(y), [-0.4, 3.0], rtol=1e-6)


def test_crelu_concatenates_relu_of_both_signs():
    y = tf.nn.crelu(tf.constant([[1.0, -2.0]]))
    assert y.name == "CRelu/Relu:0"
    assert y.shape.as_list() == [1, 4]
    assert run(y).tolist() == [[1.0, 0.0, 0.0, 2.0]]


def test_relu_rejects_strings_with_type_error():
    with pytest.raises(TypeError):
        tf.nn.relu(tf.constant(["a"]))


def test_nn_aliases_of_math_functions():
    x = tf.constant([[0.0, 1.0], [3.0, 4.0]])
    np.testing.assert_allclose(run(tf.nn.sigmoid(x)), 1 / (1 + np.exp(-np.array([[0, 1], [3, 4.0]]))),
                               rtol=1e-6)
    np.testing.assert_allclose(run(tf.nn.tanh(x)), np.tanh([[0, 1], [3, 4.0]]), rtol=1e-6)
    np.testing.assert_allclose(run(tf.nn.l2_normalize(x, 1)),
                               [[0, 1], [0.6, 0.8]], rtol=1e-6)
    _, indices = tf.nn.top_k(x, 1)
    assert run(indices).tolist() == [[1], [1]]


# ------------------------------------------------------------------ softmax


def test_softmax_and_log_softmax_on_last_axis():
    s, ls = tf.nn.softmax(tf.constant(X)), tf.nn.log_softmax(tf.constant(X))
    assert (s.op.type, ls.op.type) == ("Softmax", "LogSoftmax")
    np.testing.assert_allclose(run(s), _np_softmax(X.astype(np.float64)), rtol=1e-5)
    np.testing.assert_allclose(run(ls), np.log(_np_softmax(X.astype(np.float64))), rtol=1e-5)


def test_softmax_is_stable_for_large_logits():
    v = run(tf.nn.softmax(tf.constant([1000.0, 1000.0, 0.0])))
    np.testing.assert_allclose(v, [0.5, 0.5, 0.0], atol=1e-7)


def test_softmax_on_other_axis_transposes_like_tf():
    x = np.array([[1.0, 2.0], [3.0, 4.0]], np.float32)
    y = tf.nn.softmax(tf.constant(x), axis=0)
    assert y.op.type == "Transpose" and y.name == "transpose_1:0"
    assert y.shape.as_list() == [2, 2]
    np.testing.assert_allclose(run(y), _np_softmax(x, axis=0), rtol=1e-6)
    np.testing.assert_allclose(run(tf.nn.log_softmax(tf.constant(x), dim=0)),
                               np.log(_np_softmax(x, axis=0)), rtol=1e-6)


def test_softmax_of_scalar_is_value_error():
    with pytest.raises(ValueError):
        tf.nn.softmax(tf.constant(1.0))


def test_softmax_axis_out_of_range_is_invalid_argument():
    with pytest.raises(tf.errors.InvalidArgumentError):
        tf.nn.softmax(tf.constant([[1.0, 2.0]]), axis=2)


def test_softmax_gradients_match_numeric():
    x = np.array([[0.2, -1.0, 2.0], [1.0, 1.5, -0.3]])
    check_gradients(tf.nn.softmax, [x])
    check_gradients(tf.nn.log_softmax, [x])
    check_gradients(lambda t: tf.nn.softmax(t, axis=0), [x])


# ----------------------------------------------------------------- bias_add


def test_bias_add_nhwc_and_nchw():
    x = np.arange(24, dtype=np.float32).reshape(2, 3, 2, 2)
    b = np.array([10.0, -10.0, 100.0], np.float32)
    y = tf.nn.bias_add(tf.constant(x), tf.constant(b[:2]))
    assert y.op.type == "BiasAdd" and y.name == "BiasAdd:0"
    np.testing.assert_array_equal(run(y), x + b[:2])
    y2 = tf.nn.bias_add(tf.constant(x), tf.constant(b), data_format="NCHW")
    assert y2.op.get_attr("data_format") == b"NCHW"
    np.testing.assert_array_equal(run(y2), x + b.reshape(3, 1, 1))


def test_bias_add_shape_errors():
    with pytest.raises(ValueError):
        tf.nn.bias_add(tf.ones([2, 3]), tf.ones([2]))
    with pytest.raises(ValueError):
        tf.nn.bias_add(tf.ones([3]), tf.ones([3]))
    p = tf.placeholder(tf.float32, [None, None])
    with pytest.raises(tf.errors.InvalidArgumentError):
        run(tf.nn.bias_add(p, tf.ones([2])), {p: np.ones((2, 3), np.float32)})


def test_bias_add_gradients_match_numeric():
    x = np.random.default_rng(1).standard_normal((2, 3, 2))
    b = np.array([0.5, -1.0])
    check_gradients(tf.nn.bias_add, [x, b])
    check_gradients(lambda v, c: tf.nn.bias_add(v, c, data_format="NCHW"), [x, np.ones(3)])


# ------------------------------------------------------------------ l2_loss


def test_l2_loss_is_half_sum_of_squares():
    y = tf.nn.l2_loss(tf.constant([1.0, 2.0, 3.0]))
    assert y.op.type == "L2Loss" and y.shape.as_list() == [] and y.dtype == tf.float32
    assert run(y) == np.float32(7.0)
    check_gradients(tf.nn.l2_loss, [np.array([[1.0, -2.0], [0.5, 3.0]])])


# ------------------------------------------------------------ cross-entropy

LOGITS = np.array([[2.0, 1.0, 0.1], [0.5, 2.5, -1.0]], np.float32)
LABELS = np.array([[1.0, 0.0, 0.0], [0.0, 0.5, 0.5]], np.float32)


def test_softmax_xent_v2_value_shape_and_names():
    c = tf.nn.softmax_cross_entropy_with_logits_v2(labels=LABELS, logits=LOGITS)
    assert c.name == "softmax_cross_entropy_with_logits/Reshape_2:0"
    assert c.op.type == "Reshape" and c.shape.as_list() == [2] and c.dtype == tf.float32
    g = tf.get_default_graph()
    assert g.get_operation_by_name("softmax_cross_entropy_with_logits").type == \
        "SoftmaxCrossEntropyWithLogits"
    np.testing.assert_allclose(run(c), [0.41703, 1.90318], rtol=1e-5)


def test_softmax_xent_v1_stops_label_gradient():
    logits = tf.constant(LOGITS)
    labels = tf.constant(LABELS)
    c = tf.nn.softmax_cross_entropy_with_logits(labels=labels, logits=logits)
    assert c.name == "softmax_cross_entropy_with_logits_sg/Reshape_2:0"
    assert tf.get_default_graph().get_operation_by_name(
        "softmax_cross_entropy_with_logits_sg/labels_stop_gradient").type == "StopGradient"
    assert gradients(c, labels) == [None]
    np.testing.assert_allclose(run(c), [0.41703, 1.90318], rtol=1e-5)


def test_softmax_xent_accepts_positional_arguments_but_not_missing_ones():
    # TF 2.21's compat.v1 wrappers have no `_sentinel`: (labels, logits) may be positional.
    positional = tf.nn.softmax_cross_entropy_with_logits(LABELS, LOGITS)
    named = tf.nn.softmax_cross_entropy_with_logits(labels=LABELS, logits=LOGITS)
    np.testing.assert_allclose(run(positional), run(named))
    with pytest.raises(ValueError):
        tf.nn.softmax_cross_entropy_with_logits(labels=LABELS)


def test_softmax_xent_v2_over_rank3_and_other_axis():
    rng = np.random.default_rng(3)
    logits = rng.standard_normal((2, 3, 4)).astype(np.float32)
    labels = _np_softmax(rng.standard_normal((2, 3, 4))).astype(np.float32)
    ref = -(labels * np.log(_np_softmax(logits.astype(np.float64)))).sum(-1)
    c = tf.nn.softmax_cross_entropy_with_logits_v2(labels=labels, logits=logits)
    assert c.shape.as_list() == [2, 3]
    np.testing.assert_allclose(run(c), ref, rtol=1e-5)
    lt, lb = logits.transpose(0, 2, 1), labels.transpose(0, 2, 1)
    c1 = tf.nn.softmax_cross_entropy_with_logits_v2(labels=lb, logits=lt, axis=1)
    np.testing.assert_allclose(run(c1), ref, rtol=1e-5)


def test_softmax_xent_gradients_for_logits_and_labels():
    logits = np.array([[0.3, -1.0, 2.0], [1.0, 0.2, 0.1]])
    labels = np.array([[0.2, 0.3, 0.5], [1.0, 0.0, 0.0]])
    check_gradients(lambda lg, lb: tf.nn.softmax_cross_entropy_with_logits_v2(labels=lb, logits=lg),
                    [logits, labels])


def test_softmax_xent_second_output_backprop():
    c = tf.nn.softmax_cross_entropy_with_logits_v2(labels=LABELS, logits=LOGITS)
    op = tf.get_default_graph().get_operation_by_name("softmax_cross_entropy_with_logits")
    backprop = run(op.outputs[1])
    np.testing.assert_allclose(backprop, _np_softmax(LOGITS.astype(np.float64)) - LABELS, atol=1e-6)
    assert c.op.type == "Reshape"


def test_sparse_softmax_xent_value_names_and_label_dtype():
    c = tf.nn.sparse_softmax_cross_entropy_with_logits(labels=[0, 1], logits=LOGITS)
    assert c.name == "SparseSoftmaxCrossEntropyWithLogits/SparseSoftmaxCrossEntropyWithLogits:0"
    assert c.op.get_attr("Tlabels") == tf.int32
    np.testing.assert_allclose(run(c), [0.41703, 0.15318], atol=1e-5)
    c64 = tf.nn.sparse_softmax_cross_entropy_with_logits(
        labels=tf.constant([2, 0], tf.int64), logits=LOGITS)
    ref = -np.log(_np_softmax(LOGITS.astype(np.float64)))[[0, 1], [2, 0]]
    np.testing.assert_allclose(run(c64), ref, rtol=1e-5)


def test_sparse_softmax_xent_rank_mismatch_is_value_error():
    with pytest.raises(ValueError):
        tf.nn.sparse_softmax_cross_entropy_with_logits(labels=[[0, 1]], logits=LOGITS)
    with pytest.raises(ValueError):
        tf.nn.sparse_softmax_cross_entropy_with_logits(labels=[0, 1, 2], logits=LOGITS)


def test_sparse_softmax_xent_label_out_of_range_is_invalid_argument():
    labels = tf.placeholder(tf.int32, [2])
    c = tf.nn.sparse_softmax_cross_entropy_with_logits(labels=labels, logits=LOGITS)
    with pytest.raises(tf.errors.InvalidArgumentError):
        run(c, {labels: [0, 3]})


def test_sparse_softmax_xent_rank3_and_gradient():
    rng = np.random.default_rng(4)
    logits = rng.standard_normal((2, 3, 4))
    labels = np.array([[0, 3, 1], [2, 2, 0]], np.int32)
    c = tf.nn.sparse_softmax_cross_entropy_with_logits(labels=labels, logits=logits)
    assert c.shape.as_list() == [2, 3]
    ref = -np.take_along_axis(np.log(_np_softmax(logits)), labels[..., None], -1)[..., 0]
    np.testing.assert_allclose(run(c), ref, rtol=1e-10)
    check_gradients(lambda lg: tf.nn.sparse_softmax_cross_entropy_with_logits(
        labels=labels[0], logits=lg), [logits[0]])


def test_sigmoid_xent_value_and_names():
    z = np.array([[-1.0, 0.0, 3.0]], np.float32)
    t = np.array([[0.0, 1.0, 1.0]], np.float32)
    c = tf.nn.sigmoid_cross_entropy_with_logits(labels=t, logits=z)
    assert c.name == "logistic_loss:0" and c.op.type == "AddV2"
    np.testing.assert_allclose(run(c), [[0.31326, 0.69315, 0.04859]], rtol=1e-4)
    with pytest.raises(ValueError):
        tf.nn.sigmoid_cross_entropy_with_logits(labels=[1.0, 0.0], logits=z)


def test_sigmoid_xent_gradient_including_zero_logit():
    z = np.array([[-1.5, 0.0, 2.0]])
    t = np.array([[0.2, 1.0, 0.0]])
    g = check_gradients(lambda lg: tf.nn.sigmoid_cross_entropy_with_logits(labels=t, logits=lg), [z])
    assert np.all(np.isfinite(g[0]))


def test_weighted_xent_matches_formula():
    z = np.array([[-1.0, 0.0, 3.0]], np.float32)
    t = np.array([[0.0, 1.0, 0.5]], np.float32)
    c = tf.nn.weighted_cross_entropy_with_logits(labels=t, logits=z, pos_weight=2.0)
    assert c.name == "logistic_loss:0"
    sig = 1 / (1 + np.exp(-z.astype(np.float64)))
    ref = -(2.0 * t * np.log(sig) + (1 - t) * np.log(1 - sig))
    np.testing.assert_allclose(run(c), ref, rtol=1e-5)
    c2 = tf.nn.weighted_cross_entropy_with_logits(targets=t, logits=z, pos_weight=2.0)
    np.testing.assert_allclose(run(c2), ref, rtol=1e-5)


# ------------------------------------------------------------------ in_top_k


def test_in_top_k_with_ties_and_non_finite_rows():
    preds = np.array([[0.1, 0.8, 0.1], [0.3, 0.3, 0.4], [np.nan, 1.0, 0.0], [0.5, 0.2, 0.3]],
                     np.float32)
    r = tf.nn.in_top_k(preds, [1, 0, 1, 5], 1)
    assert r.op.type == "InTopKV2" and r.name == "in_top_k/InTopKV2:0"
    assert r.dtype == tf.bool and r.shape.as_list() == [4]
    assert run(r).tolist() == [True, False, False, False]
    assert run(tf.nn.in_top_k(preds, [1, 0, 1, 0], 2)).tolist() == [True, True, False, True]
