"""tf.metrics at-k, at-thresholds and mean variants: values, names and dtypes recorded from
TF 2.21 (tf.compat.v1, graph mode)."""

import numpy as np
import pytest

import tensorweave.compat.v1 as tf

LABELS = np.array([[2], [0], [3], [1]], np.int64)
LABELS_MULTI = np.array([[2, 1], [0, 3], [3, 3], [1, 0]], np.int64)
LABELS_NEG = np.array([[2, -1], [-1, -1], [3, 3], [1, 0]], np.int64)
PREDS = np.array([[0.1, 0.3, 0.4, 0.2], [0.5, 0.1, 0.2, 0.2], [0.2, 0.2, 0.5, 0.1],
                  [0.05, 0.6, 0.3, 0.05]], np.float32)
ROW_W = np.array([1.0, 2.0, 0.5, 1.0], np.float32)
SPARSE = tf.SparseTensorValue(indices=[[0, 0], [0, 1], [2, 0], [3, 0], [3, 2]],
                              values=np.array([2, 1, 3, 1, 3], np.int64), dense_shape=[4, 3])


def _run(build):
    g = tf.Graph()
    with g.as_default():
        value, update = build()
        with tf.Session() as sess:
            sess.run(tf.local_variables_initializer())
            first = sess.run(update)
            sess.run(update)
            final = sess.run(value)
        local = [(v.name, v.dtype.base_dtype.name, v.shape.as_list())
                 for v in g.get_collection(tf.GraphKeys.LOCAL_VARIABLES)]
        metric_vars = [v.name for v in g.get_collection(tf.GraphKeys.METRIC_VARIABLES)]
        assert metric_vars == [n for n, _, _ in local]
        assert not g.get_collection(tf.GraphKeys.UPDATE_OPS)
        return value, update, local, first, final


def _close(a, b):
    np.testing.assert_allclose(a, b, rtol=1e-6, equal_nan=True)


@pytest.mark.parametrize("build, expected", [
    (lambda: tf.metrics.precision_at_k(LABELS, PREDS, 2), 0.375),
    (lambda: tf.metrics.precision_at_k(LABELS[:, 0], PREDS, 2), 0.375),
    (lambda: tf.metrics.precision_at_k(LABELS_MULTI, PREDS, 2, weights=ROW_W), 0.5555555555555556),
    (lambda: tf.metrics.sparse_precision_at_k(LABELS_MULTI, PREDS, 2), 0.5),
    (lambda: tf.metrics.precision_at_k(LABELS_NEG, PREDS, 2), 0.25),
    (lambda: tf.metrics.precision_at_k(LABELS_MULTI, PREDS, 2, class_id=3), np.nan),
    (lambda: tf.metrics.recall_at_k(LABELS, PREDS, 2), 0.75),
    (lambda: tf.metrics.recall_at_k(LABELS_NEG, PREDS, 2), 1.0 / 3),
    (lambda: tf.metrics.recall_at_k(SPARSE, PREDS, 2), 0.6),
    (lambda: tf.metrics.recall_at_k(LABELS_MULTI, PREDS, 1, class_id=0, weights=ROW_W), 2.0 / 3),
])
def test_precision_recall_at_k_values(build, expected):
    value, update, local, first, final = _run(build)
    _close(first, expected)
    _close(final, expected)
    assert value.dtype == tf.float64 and update.dtype == tf.float64
    assert all(dt == "float64" and shape == [] for _, dt, shape in local)


def test_at_k_names_follow_tf():
    value, update, local, _, _ = _run(lambda: tf.metrics.precision_at_k(LABELS, PREDS, 2))
    assert [n for n, _, _ in local] == ["precision_at_2/true_positive_at_2:0",
                                        "precision_at_2/false_positive_at_2:0"]
    assert (value.name, update.name) == ("precision_at_2:0", "precision_at_2/update:0")
    value, update, local, _, _ = _run(
        lambda: tf.metrics.recall_at_k(LABELS, PREDS, 1, class_id=0))
    assert [n for n, _, _ in local] == ["recall_at_1_class0/true_positive_at_1_class0:0",
                                        "recall_at_1_class0/false_negative_at_1_class0:0"]
    assert value.name == "recall_at_1_class0:0"


def test_named_metrics_and_top_k_variants():
    g = tf.Graph()
    with g.as_default():
        tf.metrics.precision_at_k(LABELS, PREDS, 2)
        b = tf.metrics.precision_at_k(LABELS, PREDS, 2, name="foo")
        c = tf.metrics.average_precision_at_k(LABELS, PREDS, 2, name="bar")
        names = [v.name for v in g.get_collection(tf.GraphKeys.LOCAL_VARIABLES)]
    assert names == ["precision_at_2/true_positive_at_2:0", "precision_at_2/false_positive_at_2:0",
                     "foo/true_positive_at_2:0", "foo/false_positive_at_2:0", "bar/max_1:0",
                     "bar/total:0"]
    assert (b[0].name, b[1].name, c[0].name, c[1].name) == ("foo:0", "foo/update:0",
                                                           "bar/mean:0", "bar:0")
    topk = lambda: tf.constant(np.array([[2, 1], [0, 2], [2, 0], [1, 2]], np.int32))
    value, _, local, first, _ = _run(lambda: tf.metrics.precision_at_top_k(LABELS_MULTI, topk()))
    _close(first, 0.5)
    assert local[0][0] == "precision_at_k/true_positive_at_k:0" and value.name == "precision_at_k:0"
    value, _, local, first, _ = _run(lambda: tf.metrics.recall_at_top_k(LABELS_MULTI, topk(),
                                                                       class_id=2))
    _close(first, 1.0)
    assert value.name == "recall_at_k_class2:0"
    _, _, _, first, _ = _run(lambda: tf.metrics.precision_at_top_k(LABELS_MULTI, topk(), k=1))
    _close(first, 0.5)


@pytest.mark.parametrize("build, expected", [
    (lambda: tf.metrics.average_precision_at_k(LABELS_MULTI, PREDS, 3), 0.6666666666666666),
    (lambda: tf.metrics.average_precision_at_k(LABELS_MULTI, PREDS, 3, weights=ROW_W),
     0.7777777777777778),
    (lambda: tf.metrics.sparse_average_precision_at_k(LABELS, PREDS, 2), 0.75),
    (lambda: tf.metrics.average_precision_at_k(LABELS_NEG, PREDS, 3), np.nan),
    (lambda: tf.metrics.average_precision_at_k(SPARSE, PREDS, 2), np.nan),
])
def test_average_precision_at_k(build, expected):
    value, update, local, first, final = _run(build)
    _close(first, expected)
    _close(final, expected)
    assert value.name.endswith("/mean:0") and value.dtype == tf.float64
    assert [n.split("/")[-1] for n, _, _ in local] == ["max_1:0", "total:0"]


def test_average_precision_rejects_bad_k():
    with tf.Graph().as_default(), pytest.raises(ValueError, match="Invalid k=0"):
        tf.metrics.average_precision_at_k(LABELS, PREDS, 0)


def test_bad_weights_fail_when_run_like_tf():
    with tf.Graph().as_default():
        _, update = tf.metrics.precision_at_k(LABELS_MULTI, PREDS, 2,
                                              weights=ROW_W.reshape(4, 1))
        with tf.Session() as sess:
            sess.run(tf.local_variables_initializer())
            with pytest.raises(tf.errors.InvalidArgumentError, match="broadcast"):
                sess.run(update)


TH_LABELS = np.array([1, 0, 1, 1, 0, 0, 1, 0], np.bool_)
TH_PREDS = np.array([0.9, 0.2, 0.6, 0.3, 0.7, 0.1, 0.45, 0.5], np.float32)
TH_W = np.array([1, 2, 1, 0.5, 1, 1, 3, 1], np.float32)
THR = [0.25, 0.5, 0.75]


@pytest.mark.parametrize("fn, weighted, first, final", [
    ("precision_at_thresholds", False, [0.6666667, 0.6666667, 0.9999999], [0.6666667, 0.6666667, 1]),
    ("precision_at_thresholds", True, [0.73333335, 0.6666667, 0.9999999], [0.73333335, 0.6666667, 1]),
    ("recall_at_thresholds", False, [1, 0.5, 0.25], [1, 0.5, 0.25]),
    ("recall_at_thresholds", True, [1, 0.36363637, 0.18181819], [1, 0.36363637, 0.18181819]),
    ("true_positives_at_thresholds", False, [4, 2, 1], [8, 4, 2]),
    ("true_positives_at_thresholds", True, [5.5, 2, 1], [11, 4, 2]),
    ("false_positives_at_thresholds", True, [2, 1, 0], [4, 2, 0]),
    ("true_negatives_at_thresholds", False, [2, 3, 4], [4, 6, 8]),
    ("true_negatives_at_thresholds", True, [3, 4, 5], [6, 8, 10]),
    ("false_negatives_at_thresholds", False, [0, 2, 3], [0, 4, 6]),
    ("false_negatives_at_thresholds", True, [0, 3.5, 4.5], [0, 7, 9]),
])
def test_metrics_at_thresholds(fn, weighted, first, final):
    w = TH_W if weighted else None
    value, update, local, got_first, got_final = _run(
        lambda: getattr(tf.metrics, fn)(TH_LABELS, TH_PREDS, THR, weights=w))
    np.testing.assert_allclose(got_first, first, rtol=1e-6)
    np.testing.assert_allclose(got_final, final, rtol=1e-6)
    assert value.dtype == tf.float32 and value.shape.as_list() == [3]
    assert all(dt == "float32" and shape == [3] for _, dt, shape in local)
    if fn.startswith(("precision", "recall")):
        metric = fn.split("_")[0]
        other = "false_positives" if metric == "precision" else "false_negatives"
        assert [n for n, _, _ in local] == ["%s/true_positives:0" % fn, "%s/%s:0" % (fn, other)]
        assert value.name == "%s/%s_value:0" % (fn, metric)
        assert update.name == "%s/%s_update_op:0" % (fn, metric)
    else:
        scope = fn[:-len("_at_thresholds")]
        assert [n for n, _, _ in local] == ["%s/%s:0" % (scope, scope)]
        assert value.name == "%s/Identity:0" % scope


@pytest.mark.parametrize("build, expected, n", [
    (lambda: tf.metrics.sensitivity_at_specificity(TH_LABELS, TH_PREDS, 0.6), 1.0, 200),
    (lambda: tf.metrics.sensitivity_at_specificity(TH_LABELS, TH_PREDS, 0.6, weights=TH_W,
                                                   num_thresholds=7), 0.90909094, 7),
    (lambda: tf.metrics.specificity_at_sensitivity(TH_LABELS, TH_PREDS, 0.7), 0.5, 200),
    (lambda: tf.metrics.specificity_at_sensitivity(TH_LABELS, TH_PREDS, 0.7, weights=TH_W,
                                                   num_thresholds=11), 0.6, 11),
])
def test_sensitivity_specificity(build, expected, n):
    value, update, local, first, final = _run(build)
    np.testing.assert_allclose([first, final], [expected, expected], rtol=1e-6)
    scope = value.name.split("/")[0]
    assert [n_ for n_, _, _ in local] == ["%s/%s:0" % (scope, k) for k in (
        "true_positives", "false_negatives", "true_negatives", "false_positives")]
    assert all(shape == [n] for _, _, shape in local)
    assert (value.name, update.name) == (scope + "/value:0", scope + "/update_op:0")
    assert value.dtype == tf.float32 and value.shape.ndims == 0


def test_sensitivity_rejects_out_of_range_target():
    with tf.Graph().as_default(), pytest.raises(ValueError, match="range"):
        tf.metrics.sensitivity_at_specificity(TH_LABELS, TH_PREDS, 1.5)


def test_mean_variants():
    a = np.array([[1, 0, 0], [0.6, 0.8, 0], [0, 0, 1]], np.float32)
    b = np.array([[0.6, 0.8, 0], [0.6, 0.8, 0], [0, 1, 0]], np.float32)
    value, update, local, first, final = _run(lambda: tf.metrics.mean_cosine_distance(a, b, dim=1))
    np.testing.assert_allclose([first, final], [0.46666664] * 2, rtol=1e-6)
    assert (value.name, update.name) == ("Sub:0", "Sub_1:0")
    assert [n for n, _, _ in local] == ["mean_cosine_distance/total:0",
                                        "mean_cosine_distance/count:0"]
    _, _, _, first, _ = _run(lambda: tf.metrics.mean_cosine_distance(
        a, b, dim=1, weights=np.array([[1], [2], [0.5]], np.float32)))
    np.testing.assert_allclose(first, 0.2571429, rtol=1e-6)

    value, _, local, first, _ = _run(lambda: tf.metrics.mean_relative_error(
        np.array([1., 2, 3, 4], np.float32), np.array([1.5, 2, 2, 5], np.float32),
        normalizer=np.array([2., 0, 3, 4], np.float32)))
    np.testing.assert_allclose(first, 0.20833334, rtol=1e-6)
    assert value.name == "mean_relative_error/value:0"

    x = np.array([[1., 2], [3, 4]], np.float32)
    value, update, local, first, _ = _run(lambda: tf.metrics.mean_tensor(x))
    np.testing.assert_allclose(first, x)
    assert local == [("mean/total_tensor:0", "float32", [2, 2]),
                     ("mean/count_tensor:0", "float32", [2, 2])]
    assert (value.name, update.name) == ("mean/value:0", "mean/update_op:0")
    _, _, _, first, _ = _run(lambda: tf.metrics.mean_tensor(
        x, weights=np.array([[1.], [0.]], np.float32)))
    np.testing.assert_allclose(first, [[1, 2], [0, 0]])
    value, _, _, first, _ = _run(lambda: tf.metrics.mean_tensor(x.astype(np.int32)))
    assert value.dtype == tf.float32

    value, _, local, first, _ = _run(lambda: tf.metrics.percentage_below(
        np.array([1., 2, 3, 4, 5], np.float32), 3.5))
    np.testing.assert_allclose(first, 0.6, rtol=1e-6)
    assert value.name == "percentage_below_threshold/value:0"
    _, _, _, first, _ = _run(lambda: tf.metrics.percentage_below(
        np.array([1., 2, 3, 4, 5], np.float32), 3.5, weights=np.array([1, 1, 1, 1, 4.], np.float32)))
    np.testing.assert_allclose(first, 0.375, rtol=1e-6)


def test_collections_arguments():
    with tf.Graph().as_default():
        value, update = tf.metrics.recall_at_k(LABELS, PREDS, 2, metrics_collections=["m"],
                                               updates_collections=["u"])
        assert tf.get_collection("m") == [value] and tf.get_collection("u") == [update]
