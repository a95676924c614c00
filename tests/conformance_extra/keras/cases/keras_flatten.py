# Flatten: static shapes for known, partly unknown, rank-1 inputs; values.
from prelude import tf, np, rnd

def t(label, f):
    try:
        print(label, f())
    except Exception as e:  # noqa: BLE001
        print(label, type(e).__name__)

f = tf.keras.layers.Flatten()
x = tf.placeholder(tf.float32, [None, 2, 3])
y = f(x)
print(y)
t("partial", lambda: tf.keras.layers.Flatten()(tf.placeholder(tf.float32, [None, None, 3])))
t("rank1", lambda: tf.keras.layers.Flatten()(tf.placeholder(tf.float32, [None])))
t("static", lambda: tf.keras.layers.Flatten()(tf.placeholder(tf.float32, [4, 2, 2])))
t("unknown", lambda: tf.keras.layers.Flatten()(tf.placeholder(tf.float32)))
with tf.Session() as s:
    print(rnd(s.run(y, {x: np.arange(12, dtype=np.float32).reshape(2, 2, 3)})))
