# tf.metrics update/value pairs, local variable names, weights, reset, errors.
from prelude import tf, np, rnd

sess = tf.Session()


def sh(x):
    return x.shape.as_list() if x.shape.ndims is not None else None


def _msg(e):
    """The kernel's own message: the line after "Node: ..." in a graph execution error."""
    lines = str(e).splitlines() or [""]
    for i, line in enumerate(lines[:-1]):
        if line.startswith("Node: "):
            return lines[i + 1][:200]
    return lines[0][:200]


def t(label, f, feed=None):
    """Build with f(); print static info, then run and print the value or the error."""
    try:
        r = f()
    except Exception as e:  # noqa: BLE001
        print(label, "build!!", type(e).__name__, (str(e).splitlines() or [""])[0][:200])
        return
    rs = r if isinstance(r, (list, tuple)) else [r]
    for x in rs:
        if hasattr(x, "dtype") and hasattr(x, "op"):
            print(label, x.op.type, x.dtype.name, sh(x))
    try:
        v = sess.run(r, feed)
        print(label, "=", rnd(v))
    except Exception as e:  # noqa: BLE001
        print(label, "run!!", type(e).__name__, _msg(e))
labels = tf.constant([1, 0, 1, 1])
preds = tf.constant([1, 1, 1, 0])
acc, acc_up = tf.metrics.accuracy(labels, preds)
print(acc.name, acc_up.name, [v.name for v in tf.local_variables()])
prec, prec_up = tf.metrics.precision(labels, preds, name="p")
rec, rec_up = tf.metrics.recall(labels, preds, weights=[1.0, 1.0, 2.0, 0.5])
mean, mean_up = tf.metrics.mean([1.0, 2.0, np.nan])
mae, mae_up = tf.metrics.mean_absolute_error([1.0, 2.0], [2.0, 4.0])
auc, auc_up = tf.metrics.auc(tf.constant([0, 1, 1, 0]), tf.constant([0.1, 0.8, 0.4, 0.6]), num_thresholds=5)
tp, tp_up = tf.metrics.true_positives(labels, preds)
fn, fn_up = tf.metrics.false_negatives_at_thresholds(tf.constant([1, 0]), tf.constant([0.3, 0.7]), [0.5, 0.2])
miou, miou_up = tf.metrics.mean_iou(labels, preds, 2)
mt, mt_up = tf.metrics.mean_tensor(tf.constant([[1.0, 2.0]]))
pak, pak_up = tf.metrics.precision_at_k(tf.constant([[1], [0]], tf.int64), tf.constant([[0.1, 0.9], [0.8, 0.2]]), 1)
for v in tf.local_variables():
    print(v.name, v.dtype.name, sh(v))
print(len(tf.get_collection(tf.GraphKeys.METRIC_VARIABLES)), len(tf.get_collection(tf.GraphKeys.UPDATE_OPS)))
sess.run(tf.local_variables_initializer())
ups = [acc_up, prec_up, rec_up, mean_up, mae_up, auc_up, tp_up, fn_up, miou_up, mt_up, pak_up]
vals = [acc, prec, rec, mean, mae, auc, tp, fn, miou, mt, pak]
print(rnd(sess.run(vals)))
print(rnd(sess.run(ups)))
print(rnd(sess.run(ups)))
print(rnd(sess.run(vals)))
t("acc_shape_bad", lambda: tf.metrics.accuracy([1, 0], [1, 0, 1]))
try:
    tf.metrics.accuracy([1, 0], [1, 0], weights=[1.0, 2.0, 3.0])
except ValueError as e:  # (the message goes on with the tensors' names)
    print("acc_weights_bad", str(e).split(" Received")[0])
t("prec_float_labels", lambda: tf.metrics.precision([0.5, 1.0], [1, 0]))
t("auc_bad_curve", lambda: tf.metrics.auc(tf.constant([0, 1]), tf.constant([0.2, 0.3]), curve="XY"))
print("rmse_names", [x.name for x in tf.metrics.root_mean_squared_error([1.0], [3.0], name="rm")])
print([v.name for v in tf.local_variables()][-2:])
