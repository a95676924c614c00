# tf.py_func / tf.numpy_function: multiple outputs, wrong dtype return, Python exceptions mapping, stateful flag, list return.
from prelude import tf, np, rnd

x = tf.constant([1.0, 4.0, 9.0])
r = tf.py_func(np.sqrt, [x], tf.float32, name="sq")
two = tf.py_func(lambda a: (a * 2, a.astype(np.int32)), [x], [tf.float32, tf.int32])
nf = tf.numpy_function(lambda a: a + 1, [x], tf.float32)
print(r.name, r.op.type, r.op.get_attr("Tout"), type(two).__name__, nf.op.type, nf.name)
print(tf.py_func(lambda: np.float32(1), [], tf.float32, stateful=False).op.type)
bad_dtype = tf.py_func(lambda a: a.astype(np.float64), [x], tf.float32)
val_err = tf.py_func(lambda a: (_ for _ in ()).throw(ValueError("boom")), [x], tf.float32)
stop = tf.py_func(lambda a: (_ for _ in ()).throw(StopIteration()), [x], tf.float32)
wrong_n = tf.py_func(lambda a: (a, a), [x], tf.float32)
with tf.Session() as sess:
    print(sess.run(r).tolist(), [t.tolist() for t in sess.run(two)], sess.run(nf).tolist())
    for t in (bad_dtype, val_err, stop, wrong_n):
        try:
            out = sess.run(t)
            print("ok", type(out).__name__)
        except Exception as e:  # noqa: BLE001
            print(type(e).__name__)
