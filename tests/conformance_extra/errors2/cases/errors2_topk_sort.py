# top_k / sort / argsort / in_top_k: dtypes, k errors at build and run time.
from prelude import tf, np, rnd


def B(label, f):
    try:
        r = f()
        if isinstance(r, tuple):
            r = r[0]
        print(label, "ok", r.dtype.name, r.shape.as_list() if r.shape.ndims is not None else None)
        return r
    except Exception as e:  # noqa: BLE001
        print(label, type(e).__name__)


for dt in [tf.bool, tf.string, tf.int8, tf.int32, tf.int64, tf.float16, tf.float64, tf.complex64]:
    v = tf.zeros([4], dt) if dt != tf.string else tf.constant(["a", "b", "c", "d"])
    B("top_k " + dt.name, lambda: tf.nn.top_k(v, 2))
    B("sort " + dt.name, lambda: tf.sort(v))
    B("argsort " + dt.name, lambda: tf.argsort(v))
x = tf.constant([[3.0, 1.0, 2.0]])
B("k 4", lambda: tf.nn.top_k(x, 4))
B("k -1", lambda: tf.nn.top_k(x, -1))
B("k 0", lambda: tf.nn.top_k(x, 0))
B("k scalar input", lambda: tf.nn.top_k(tf.constant(1.0), 1))
B("k float", lambda: tf.nn.top_k(x, 1.5))
B("sort axis 2", lambda: tf.sort(x, axis=2))
B("sort direction", lambda: tf.sort(x, direction="UP"))
B("argsort direction", lambda: tf.argsort(x, direction="down"))
B("in_top_k float targets", lambda: tf.nn.in_top_k(x, tf.constant([0.0]), 1))
B("in_top_k rank", lambda: tf.nn.in_top_k(tf.constant([1.0]), tf.constant([0]), 1))
B("in_top_k batch", lambda: tf.nn.in_top_k(x, tf.constant([0, 1]), 1))
k = tf.placeholder(tf.int32, [])
t = B("dyn k", lambda: tf.nn.top_k(x, k))
with tf.Session() as sess:
    for kv in [2, 3, 4, -1]:
        try:
            vv, ii = sess.run(tf.nn.top_k(x, k), {k: kv})
            print("k", kv, rnd(vv), ii.tolist())
        except Exception as e:  # noqa: BLE001
            print("k", kv, "run", type(e).__name__)
    r = tf.nn.in_top_k(x, tf.constant([5]), 1)
    try:
        print("in_top_k oob", sess.run(r).tolist())
    except Exception as e:  # noqa: BLE001
        print("in_top_k oob run", type(e).__name__)
