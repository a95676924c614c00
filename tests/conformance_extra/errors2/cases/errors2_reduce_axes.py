# Reduction axis errors: out of range (build), bad axis types, dynamic axis out of range at run time.
from prelude import tf, np, rnd


def B(label, f):
    try:
        r = f()
        print(label, "ok", r.dtype.name, r.shape.as_list() if r.shape.ndims is not None else None)
        return r
    except Exception as e:  # noqa: BLE001
        print(label, type(e).__name__)


x = tf.ones([2, 3])
B("axis 2", lambda: tf.reduce_sum(x, axis=2))
B("axis -3", lambda: tf.reduce_sum(x, axis=-3))
B("axis -2", lambda: tf.reduce_sum(x, axis=-2))
B("axis [0,0]", lambda: tf.reduce_sum(x, axis=[0, 0]))
B("axis 'a'", lambda: tf.reduce_sum(x, axis="a"))
B("axis 1.0", lambda: tf.reduce_sum(x, axis=1.0))
B("axis [[0]]", lambda: tf.reduce_sum(x, axis=[[0]]))
B("axis int64", lambda: tf.reduce_sum(x, axis=tf.constant(1, tf.int64)))
B("mean axis 5", lambda: tf.reduce_mean(x, axis=5))
B("max keepdims axis 3", lambda: tf.reduce_max(x, axis=3, keepdims=True))
B("scalar axis 0", lambda: tf.reduce_sum(tf.constant(1.0), axis=0))
B("scalar axis []", lambda: tf.reduce_sum(tf.constant(1.0), axis=[]))
B("empty reduce", lambda: tf.reduce_max(tf.zeros([0, 3]), axis=0))
a = tf.placeholder(tf.int32, [])
s = B("dyn axis", lambda: tf.reduce_sum(x, axis=a))
with tf.Session() as sess:
    for v in [1, -1, 2, -3]:
        try:
            print("dyn", v, rnd(sess.run(s, {a: v})))
        except Exception as e:  # noqa: BLE001
            print("dyn", v, "run", type(e).__name__)
    print("empty max", rnd(sess.run(tf.reduce_max(tf.zeros([0, 3]), axis=0))))
    print("empty min int", sess.run(tf.reduce_min(tf.zeros([0], tf.int32))))
