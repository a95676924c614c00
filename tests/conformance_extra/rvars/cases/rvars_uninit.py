# Reading, updating and scatter on an uninitialized default variable: error classes.
from prelude import tf, np, rnd

v = tf.Variable([1.0, 2.0], name="v")
w = tf.Variable(3, name="w")
ops = [("read", v.value()), ("fetch", v), ("add", v + 1), ("assign_add", v.assign_add([1.0, 1.0])),
       ("assign", v.assign([3.0, 4.0])), ("gather", v.sparse_read([0])),
       ("scatter", v.scatter_add(tf.IndexedSlices(tf.constant([1.0]), tf.constant([0])))),
       ("count", w.count_up_to(5)), ("init?", v.is_initialized())]
with tf.Session() as sess:
    for label, op in ops:
        try:
            r = sess.run(op)
            print(label, "ok", rnd(r))
        except Exception as e:  # noqa: BLE001
            print(label, type(e).__name__)
    print(sess.run(tf.report_uninitialized_variables()))
