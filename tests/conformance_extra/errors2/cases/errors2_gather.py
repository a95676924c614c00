# tf.gather / gather_nd / batch_gather: index dtypes, axis and out-of-range at build and run.
from prelude import tf, np, rnd


def B(label, f):
    try:
        r = f()
        print(label, "ok", r.dtype.name, r.shape.as_list() if r.shape.ndims is not None else None)
        return r
    except Exception as e:  # noqa: BLE001
        print(label, type(e).__name__)


p = tf.constant([[1, 2], [3, 4], [5, 6]])
B("indices float", lambda: tf.gather(p, tf.constant([0.0, 1.0])))
B("indices py float", lambda: tf.gather(p, [0.0]))
B("indices int64", lambda: tf.gather(p, tf.constant([0], tf.int64)))
B("indices int8", lambda: tf.gather(p, tf.constant([0], tf.int8)))
B("indices uint8", lambda: tf.gather(p, tf.constant([0], tf.uint8)))
B("axis 2", lambda: tf.gather(p, [0], axis=2))
B("axis -3", lambda: tf.gather(p, [0], axis=-3))
B("axis float", lambda: tf.gather(p, [0], axis=1.0))
B("batch_dims 2", lambda: tf.gather(p, [[0]], batch_dims=2))
B("batch_dims > axis", lambda: tf.gather(p, [[0], [1], [0]], axis=0, batch_dims=1))
B("scalar params", lambda: tf.gather(tf.constant(1.0), [0]))
B("gather_nd idx float", lambda: tf.gather_nd(p, tf.constant([[0.0]])))
B("gather_nd too long", lambda: tf.gather_nd(p, [[0, 0, 0]]))
B("gather_nd scalar idx", lambda: tf.gather_nd(p, 0))
B("gather_nd empty last", lambda: tf.gather_nd(p, tf.zeros([2, 0], tf.int32)))
B("batch_gather", lambda: tf.batch_gather(p, [[0], [1], [0]]))
g = tf.gather(p, tf.constant([0, 3]))
gneg = tf.gather(p, tf.constant([-1]))
gnd = tf.gather_nd(p, [[3, 0]])
gnd2 = tf.gather_nd(p, [[0, -1]])
ga1 = tf.gather(p, tf.constant([2]), axis=1)
gv = tf.gather(tf.Variable(tf.zeros([3, 2])), [5])
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for lab, t in [("gather 3", g), ("gather -1", gneg), ("gather_nd 3", gnd), ("gather_nd -1", gnd2),
                   ("gather axis1 2", ga1), ("gather var 5", gv)]:
        try:
            print(lab, rnd(sess.run(t)))
        except Exception as e:  # noqa: BLE001
            print(lab, "run", type(e).__name__)
