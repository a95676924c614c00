# softmax / log_softmax / l2_normalize / bias_add / dropout dtype constraints and rank errors.
from prelude import tf, np, rnd


def B(label, f):
    try:
        r = f()
        print(label, "ok", r.dtype.name, r.shape.as_list())
    except Exception as e:  # noqa: BLE001
        print(label, type(e).__name__)


for dt in [tf.int32, tf.int64, tf.float16, tf.float64, tf.bool]:
    x = tf.zeros([2, 3], dt)
    B("softmax " + dt.name, lambda: tf.nn.softmax(x))
    B("log_softmax " + dt.name, lambda: tf.nn.log_softmax(x))
    B("bias_add " + dt.name, lambda: tf.nn.bias_add(x, tf.zeros([3], dt)))
    B("l2_normalize " + dt.name, lambda: tf.nn.l2_normalize(x, axis=1))
x = tf.zeros([2, 3])
B("softmax scalar", lambda: tf.nn.softmax(tf.constant(1.0)))
B("softmax axis 5", lambda: tf.nn.softmax(x, axis=5))
B("bias_add wrong len", lambda: tf.nn.bias_add(x, tf.zeros([4])))
B("bias_add rank2 bias", lambda: tf.nn.bias_add(x, tf.zeros([1, 3])))
B("bias_add dtype mix", lambda: tf.nn.bias_add(x, tf.zeros([3], tf.float64)))
B("bias_add rank1 value", lambda: tf.nn.bias_add(tf.zeros([3]), tf.zeros([3])))
B("dropout int", lambda: tf.nn.dropout(tf.zeros([3], tf.int32), rate=0.5))
B("dropout rate 1.5", lambda: tf.nn.dropout(x, rate=1.5))
p = tf.placeholder(tf.float32, [None, None])
bb = tf.placeholder(tf.float32, [None])
ba = tf.nn.bias_add(p, bb)
print(ba.shape.as_list())
with tf.Session() as sess:
    try:
        print(rnd(sess.run(ba, {p: np.ones([2, 3]), bb: np.ones([4])})))
    except Exception as e:  # noqa: BLE001
        print("bias_add run", type(e).__name__)
    try:
        print(rnd(sess.run(ba, {p: np.ones([2, 3]), bb: np.ones([3])})))
    except Exception as e:  # noqa: BLE001
        print("bias_add run ok?", type(e).__name__)
