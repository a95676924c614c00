"""tf.metrics: variable names and collections, and values recorded from TensorFlow 2.21
(tf.compat.v1) on the same three batches."""

import numpy as np
import pytest

import tensorweave.compat.v1 as tf

BATCHES = [
    dict(lab=[0, 3, 1, 0, 3, 3, 3], pred=[3, 1, 3, 1, 2, 0, 3],
         w=[0.89, 0.96, 0.38, 0.79, 0.53, 0.57, 0.93],
         fl=[0.44, 0.33, 1.49, -0.21, 0.31, -0.85, -2.55],
         fp=[0.65, 0.86, -0.74, 2.27, -1.45, 0.05, -0.19],
         bl=[True, True, True, True, False, False, True],
         sc=[0.06, 0.67, 0.67, 0.21, 0.13, 0.32, 0.36]),
    dict(lab=[1, 2, 0, 3, 0, 2, 0], pred=[3, 3, 0, 3, 0, 0, 0],
         w=[0.25, 0.47, 0.24, 0.16, 0.11, 0.66, 0.14],
         fl=[-0.51, -1.18, -0.03, 0.43, 0.07, 0.3, -0.63],
         fp=[-0.36, -0.67, -0.36, -0.81, -1.73, 0.18, -0.4],
         bl=[True, False, True, False, True, True, False],
         sc=[0.67, 0.13, 0.72, 0.29, 0.18, 0.59, 0.02]),
    dict(lab=[0, 1, 2, 0, 1, 2, 3], pred=[2, 2, 3, 1, 0, 0, 0],
         w=[0.58, 0.59, 0.57, 0.22, 0.95, 0.45, 0.85],
         fl=[-1.07, 1.05, -0.4, 1.22, 0.21, 0.98, 0.36],
         fp=[0.71, 0.01, 1.79, 0.13, 0.4, 1.88, -1.35],
         bl=[False, False, True, False, True, False, False],
         sc=[0.3, 0.57, 0.59, 0.57, 0.65, 0.65, 0.43]),
]

# Running values after each batch, from TensorFlow.
EXPECTED = {
    "accuracy": [0.14285715, 0.35714287, 0.23809524],
    "accuracy_w": [0.18415843, 0.22316383, 0.13994685],
    "mean": [0.39594069, 0.17670909, 0.24767052],
    "mse": [2.98935699, 1.86870706, 1.91268098],
    "mae": [1.41443563, 1.13094628, 1.16742241],
    "rmse": [1.72897565, 1.36700666, 1.38299716],
    "prec": [1.0, 1.0, 0.69999999],
    "rec": [0.33924049, 0.47792706, 0.5958395],
    "tp": [2.0, 5.0, 7.0],
    "fp": [0.0, 0.0, 1.26],
    "tn": [2.0, 5.0, 7.0],
    "fn": [3.0, 4.0, 4.0],
    "auc": [0.69999969, 0.82222211, 0.73181808],
    "auc_pr": [0.89309502, 0.91469604, 0.81254148],
    "auc_w": [0.67104661, 0.77452821, 0.68257624],
    "auc_min": [0.69999969, 0.82222211, 0.72727263],
    "miou": [0.04166667, 0.16269842, 0.10795455],
    "mpca": [0.07775920, 0.14295955, 0.10937080],
}


def _build():
    ph = dict(lab=tf.placeholder(tf.int64, [None]), pred=tf.placeholder(tf.int64, [None]),
              w=tf.placeholder(tf.float32, [None]), fl=tf.placeholder(tf.float32, [None]),
              fp=tf.placeholder(tf.float32, [None]), bl=tf.placeholder(tf.bool, [None]),
              sc=tf.placeholder(tf.float32, [None]))
    lab, pred, w, fl, fp, bl, sc = (ph[k] for k in ("lab", "pred", "w", "fl", "fp", "bl", "sc"))
    m = {
        "accuracy": tf.metrics.accuracy(lab, pred),
        "accuracy_w": tf.metrics.accuracy(lab, pred, weights=w),
        "mean": tf.metrics.mean(fp, weights=w),
        "mse": tf.metrics.mean_squared_error(fl, fp),
        "mae": tf.metrics.mean_absolute_error(fl, fp, weights=w),
        "rmse": tf.metrics.root_mean_squared_error(fl, fp),
        "prec": tf.metrics.precision(bl, sc > 0.5),
        "rec": tf.metrics.recall(bl, sc > 0.5, weights=w),
        "tp": tf.metrics.true_positives(bl, sc > 0.5),
        "fp": tf.metrics.false_positives(bl, sc > 0.5, weights=w),
        "tn": tf.metrics.true_negatives(bl, sc > 0.5),
        "fn": tf.metrics.false_negatives(bl, sc > 0.5),
        "auc": tf.metrics.auc(bl, sc),
        "auc_pr": tf.metrics.auc(bl, sc, curve="PR", num_thresholds=50),
        "auc_w": tf.metrics.auc(bl, sc, weights=w, summation_method="careful_interpolation"),
        "auc_min": tf.metrics.auc(bl, sc, summation_method="minoring"),
        "miou": tf.metrics.mean_iou(lab, pred, 4),
        "mpca": tf.metrics.mean_per_class_accuracy(lab, pred, 4, weights=w),
    }
    return ph, m


def test_metric_values_match_tensorflow_over_batches():
    with tf.Graph().as_default():
        ph, m = _build()
        with tf.Session() as sess:
            sess.run(tf.local_variables_initializer())
            for step, batch in enumerate(BATCHES):
                feed = {ph[k]: v for k, v in batch.items()}
                sess.run({k: u for k, (_, u) in m.items()}, feed)
                values = sess.run({k: v for k, (v, _) in m.items()})
                for key, exp in EXPECTED.items():
                    np.testing.assert_allclose(values[key], exp[step], rtol=2e-5, atol=2e-6,
                                               err_msg="%s at step %d" % (key, step))


def test_update_op_returns_the_running_value():
    with tf.Graph().as_default():
        ph, m = _build()
        with tf.Session() as sess:
            sess.run(tf.local_variables_initializer())
            feed = {ph[k]: v for k, v in BATCHES[0].items()}
            updates = sess.run({k: m[k][1] for k in ("accuracy", "mse", "prec", "auc")}, feed)
            for key, value in updates.items():
                np.testing.assert_allclose(value, EXPECTED[key][0], rtol=2e-5)
            # the mean_iou update op returns the accumulated confusion matrix (rows = labels)
            cm = sess.run(m["miou"][1], {ph[k]: v for k, v in BATCHES[1].items()})
            assert cm.dtype == np.float64
            np.testing.assert_array_equal(cm, [[3, 0, 0, 0], [0, 0, 0, 1], [1, 0, 0, 1],
                                               [0, 0, 0, 1]])


def test_variable_names_collections_and_output_names():
    with tf.Graph().as_default():
        _, m = _build()
        names = [v.name for v in tf.local_variables()]
        assert names[:12] == [
            "accuracy/total:0", "accuracy/count:0", "accuracy_1/total:0", "accuracy_1/count:0",
            "mean/total:0", "mean/count:0", "mean_squared_error/total:0",
            "mean_squared_error/count:0", "mean_absolute_error/total:0",
            "mean_absolute_error/count:0", "root_mean_squared_error/total:0",
            "root_mean_squared_error/count:0"]
        for expected in ["precision/true_positives/count:0", "precision/false_positives/count:0",
                         "recall/false_negatives/count:0", "true_positives/count:0",
                         "auc/true_positives:0", "auc/false_negatives:0", "auc/true_negatives:0",
                         "auc/false_positives:0", "auc_1/true_positives:0",
                         "mean_iou/total_confusion_matrix:0", "mean_accuracy/total:0",
                         "mean_accuracy/count:0"]:
            assert expected in names
        metric_vars = [v.name for v in tf.get_collection(tf.GraphKeys.METRIC_VARIABLES)]
        assert metric_vars == names
        assert tf.global_variables() == [] and tf.trainable_variables() == []
        shapes = {v.name: v.shape.as_list() for v in tf.local_variables()}
        assert shapes["auc/true_positives:0"] == [200]
        assert shapes["auc_1/true_positives:0"] == [50]
        assert shapes["mean_iou/total_confusion_matrix:0"] == [4, 4]
        assert m["accuracy"][0].name == "accuracy/value:0"
        assert m["accuracy"][1].name == "accuracy/update_op:0"
        assert m["prec"][0].name == "precision/value:0"
        assert m["auc_pr"][1].name == "auc_1/update_op:0"
        assert m["mpca"][0].name == "mean_accuracy/mean_accuracy:0"


def test_pr_auc_interpolation_majoring_and_explicit_thresholds():
    with tf.Graph().as_default():
        bl = tf.placeholder(tf.bool, [None])
        sc = tf.placeholder(tf.float32, [None])
        w = tf.placeholder(tf.float32, [None])
        a = tf.metrics.auc(bl, sc, curve="PR", summation_method="careful_interpolation",
                           weights=w)
        b = tf.metrics.auc(bl, sc, curve="PR", summation_method="majoring", num_thresholds=10)
        c = tf.metrics.auc(bl, sc, thresholds=[0.25, 0.5, 0.75])
        assert tf.local_variables()[-1].shape.as_list() == [5]
        expected = [[0.66993773, 0.7555554, 0.58333313], [0.76528454, 0.80952364, 0.7499999]]
        feeds = [{bl: [True, False, True, True, False], sc: [0.9, 0.3, 0.55, 0.2, 0.6],
                  w: [1, 2, 0.5, 1, 1]},
                 {bl: [False, True, False], sc: [0.1, 0.8, 0.45], w: [1, 1, 3]}]
        with tf.Session() as sess:
            sess.run(tf.local_variables_initializer())
            for feed, exp in zip(feeds, expected):
                np.testing.assert_allclose(sess.run([a[1], b[1], c[1]], feed), exp, rtol=2e-5)


def test_collections_arguments_and_reinitialization():
    with tf.Graph().as_default():
        x = tf.placeholder(tf.float32, [None])
        value, update = tf.metrics.mean(x, metrics_collections=["my_metrics"],
                                        updates_collections=[tf.GraphKeys.UPDATE_OPS])
        assert tf.get_collection("my_metrics") == [value]
        assert tf.get_collection(tf.GraphKeys.UPDATE_OPS) == [update]
        with tf.Session() as sess:
            sess.run(tf.local_variables_initializer())
            assert sess.run(value) == 0.0  # no data yet: 0, not NaN
            sess.run(update, {x: [1.0, 2.0]})
            sess.run(update, {x: [6.0]})
            assert sess.run(value) == pytest.approx(3.0)
            sess.run(tf.local_variables_initializer())
            assert sess.run(update, {x: [10.0]}) == pytest.approx(10.0)


def test_squeezable_trailing_dimension_and_bad_shapes():
    with tf.Graph().as_default():
        labels = tf.constant([[1], [2], [3]])
        acc, upd = tf.metrics.accuracy(labels, tf.constant([1, 0, 3]))
        with tf.Session() as sess:
            sess.run(tf.local_variables_initializer())
            assert sess.run(upd) == pytest.approx(2 / 3)
        with pytest.raises(ValueError, match=r"^Shapes \(2,\) and \(3,\) are incompatible$"):
            tf.metrics.accuracy(tf.constant([1, 2, 3]), tf.constant([1, 2]))
        with pytest.raises(ValueError, match="weights can not be broadcast"):
            tf.metrics.mean(tf.constant([[1.0, 2.0, 3.0]]), weights=tf.constant([[1.0, 2.0]]))
        # As TF: weights one rank above the values lose their last dim first (a Squeeze).
        with pytest.raises(ValueError, match="Can not squeeze"):
            tf.metrics.mean(tf.constant([1.0, 2.0, 3.0]), weights=tf.constant([[1.0, 2.0]]))
        with pytest.raises(ValueError, match="Curve must be either ROC or PR"):
            tf.metrics.auc(tf.constant([True]), tf.constant([0.5]), curve="XY")


def test_weights_one_rank_off_are_squeezed_or_expanded_as_tf():
    # Values recorded from TF 2.21: weights [2] on [2, 3] predictions act per row, weights
    # [2, 3, 1] lose their last dim.
    with tf.Graph().as_default():
        labels = tf.constant([[1, 0, 1], [0, 1, 1]])
        preds = tf.constant([[1, 1, 1], [0, 0, 1]])
        a1 = tf.metrics.accuracy(labels, preds, weights=tf.constant([2.0, 0.0]))
        a2 = tf.metrics.accuracy(labels, preds, weights=tf.ones([2, 3, 1]))
        p1 = tf.metrics.precision(labels, preds, weights=[1.0, 3.0])
        m1 = tf.metrics.mean(tf.cast(preds, tf.float32), weights=[1.0, 0.0])
        with tf.Session() as sess:
            sess.run(tf.local_variables_initializer())
            got = sess.run([a1[1], a2[1], p1[1], m1[1]])
        np.testing.assert_allclose(got, [2 / 3, 4 / 6, 5 / 6, 1.0], rtol=1e-6)


def test_auc_names_checks_inside_scope_and_few_thresholds_as_tf():
    with tf.Graph().as_default():
        lab = tf.placeholder(tf.bool, [None])
        pred = tf.placeholder(tf.float32, [None])
        with pytest.raises(ValueError, match="Curve must be either ROC or PR. Curve XY is unknown"):
            tf.metrics.auc(lab, pred, curve="XY")  # uses up the "auc" scope, as TF
        ci = tf.metrics.auc(lab, pred, curve="PR", summation_method="careful_interpolation")
        assert ci[0].name == "auc_1/interpolate_pr_auc:0"
        assert ci[1].name == "auc_1/interpolate_pr_auc_1:0"
        one = tf.metrics.auc(lab, pred, num_thresholds=1)  # two end thresholds, empty sum
        assert tf.local_variables()[-1].shape.as_list() == [2]
        with tf.Session() as sess:
            sess.run(tf.local_variables_initializer())
            assert sess.run(one[1], {lab: [True, False], pred: [0.8, 0.3]}) == 0.0


def test_mean_iou_value_is_tf_named_select():
    with tf.Graph().as_default():
        value, update = tf.metrics.mean_iou(tf.constant([0, 1]), tf.constant([0, 0]), 2)
        assert value.name == "mean_iou/Select_1:0"
        with tf.Session() as sess:
            sess.run(tf.local_variables_initializer())
            sess.run(update)
            assert sess.run(value) == pytest.approx(0.25)


def _ops_of(build):
    with tf.Graph().as_default() as g:
        build()
        return [(op.name, op.type) for op in g.get_operations()]


def test_metric_graphs_name_their_ops_as_tf():
    # Op names/types recorded from TF 2.21 for the same calls (list inputs, weights).
    mae = dict(_ops_of(lambda: tf.metrics.mean_absolute_error([1.0, 2.0], [2.0, 4.0])))
    assert mae["Const"] == "Const" and mae["remove_squeezable_dimensions/Const"] == "Const"
    assert mae["sub"] == "Sub" and "predictions" not in mae
    mean = dict(_ops_of(lambda: tf.metrics.mean([1.0, 2.0])))
    assert mean["mean/Cast/x"] == "Const" and mean["mean/Cast_1"] == "Cast"
    prec = _ops_of(lambda: tf.metrics.precision(tf.constant([1, 0]), tf.constant([1, 1]),
                                                name="p"))
    names = [n for n, _ in prec]
    for n in ("p/Cast", "p/Cast_1", "p/true_positives/Equal/y", "p/true_positives/Equal_1",
              "p/true_positives/assert_type/statically_determined_correct_type",
              "p/add", "p/Greater/y", "p/add_1", "p/truediv", "p/value/e", "p/update_op/e"):
        assert n in names, n
    assert dict(prec)["p/value"] == "Select"
    rec = [n for n, _ in _ops_of(lambda: tf.metrics.recall(
        tf.constant([1, 0]), tf.constant([1, 1]), weights=[1.0, 2.0]))]
    assert rec.index("recall/Cast_1") < rec.index("recall/Const")  # casts first, as TF
    for n in ("recall/true_positives/assert_rank_in/rank",
              "recall/true_positives/assert_rank_in/static_checks_determined_all_ok",
              "recall/true_positives/Mul"):
        assert n in rec, n
