# round (half to even) and rint on several dtypes; clip_by_value with mixed int/float bounds and bad bounds.
from prelude import tf, np, rnd

f = tf.constant([0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 4.5000001, 1e9 + 0.5])
d = tf.constant([0.5, 2.5, -3.5, 2.675, 1e15 + 0.5], tf.float64)
h = tf.constant([0.5, 1.5, 2.5, -2.5], tf.float16)
i = tf.constant([1, 5, 10])
v = tf.constant([-2.0, 0.5, 7.0])


def attempt(label, fn):
    try:
        t = fn()
        with tf.Session() as sess:
            print(label, t.dtype.name, rnd(sess.run(t), 4))
    except Exception as e:
        print(label, type(e).__name__)


for label, fn in [("round f32", lambda: tf.round(f)), ("rint f32", lambda: tf.math.rint(f)), ("round f64", lambda: tf.round(d)),
                  ("rint f64", lambda: tf.math.rint(d)), ("round f16", lambda: tf.round(h)), ("round int", lambda: tf.round(i)),
                  ("rint int", lambda: tf.math.rint(i)),
                  ("clip int int", lambda: tf.clip_by_value(i, 2, 8)), ("clip int float", lambda: tf.clip_by_value(i, 2.5, 8)),
                  ("clip float int", lambda: tf.clip_by_value(v, 0, 1)), ("clip float tensors", lambda: tf.clip_by_value(v, tf.constant([0.0, 0.0, 0.0]), 1.0)),
                  ("clip int tensor float bound", lambda: tf.clip_by_value(i, tf.constant(2.0), 8)),
                  ("clip min>max", lambda: tf.clip_by_value(v, 1.0, 0.0)),
                  ("clip bad shape", lambda: tf.clip_by_value(v, tf.constant([0.0, 1.0]), 2.0)),
                  ("clip f64 bound", lambda: tf.clip_by_value(v, tf.constant(0.0, tf.float64), 1.0)),
                  ("clip uint8", lambda: tf.clip_by_value(tf.constant([0, 100, 250], tf.uint8), 10, 200)),
                  ("clip broadcast", lambda: tf.clip_by_value(tf.constant([[1.0, 5.0], [9.0, -3.0]]), [0.0, 2.0], [4.0, 6.0]))]:
    attempt(label, fn)
