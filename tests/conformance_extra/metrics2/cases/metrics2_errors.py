# Metric misuse: incompatible label/prediction shapes, bad weights, bad k, and run without initialization.
from prelude import tf, np, rnd

def attempt(tag, fn):
    try:
        fn()
        print(tag, "ok")
    except Exception as e:  # noqa: BLE001
        print(tag, type(e).__name__)

attempt("acc shapes", lambda: tf.metrics.accuracy(tf.constant([1, 2, 3]), tf.constant([1, 2])))
attempt("mse shapes", lambda: tf.metrics.mean_squared_error(tf.ones([2, 3]), tf.ones([3, 2])))
attempt("prec shapes", lambda: tf.metrics.precision(tf.ones([4]), tf.ones([5])))
attempt("acc squeeze", lambda: tf.metrics.accuracy(tf.ones([3, 1]), tf.ones([3])))
attempt("auc shapes", lambda: tf.metrics.auc(tf.ones([4], tf.bool), tf.ones([3])))
attempt("mean_iou shapes", lambda: tf.metrics.mean_iou(tf.ones([4], tf.int32), tf.ones([3], tf.int32), 2))
attempt("mean str", lambda: tf.metrics.mean(tf.constant(["a"])))
attempt("acc dtype", lambda: tf.metrics.accuracy(tf.constant([1, 2]), tf.constant(["a", "b"])))
x = tf.placeholder(tf.float32, [None])
y = tf.placeholder(tf.float32, [None])
acc, upd = tf.metrics.accuracy(x, y)
with tf.Session() as sess:
    try:
        sess.run(upd, {x: [1.0], y: [1.0]})
        print("no error")
    except Exception as e:  # noqa: BLE001
        print("uninit", type(e).__name__)
    sess.run(tf.local_variables_initializer())
    try:
        sess.run(upd, {x: [1.0, 2.0], y: [1.0]})
        print("no error")
    except Exception as e:  # noqa: BLE001
        print("runtime shapes", type(e).__name__)
    print(rnd(sess.run(acc)))
