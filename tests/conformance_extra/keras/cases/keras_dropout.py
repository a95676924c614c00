# Dropout: identity unless training=True; scaled survivors; rate validation; seed state variable.
from prelude import tf, np, rnd

def t(label, f):
    try:
        print(label, f())
    except Exception as e:  # noqa: BLE001
        print(label, type(e).__name__)

x = tf.placeholder(tf.float32, [None, 100], name="x")
d = tf.keras.layers.Dropout(0.5)
print(d(x), d(x, training=False))
y = d(x, training=True)
print(y)
print([v.name for v in tf.global_variables()], tf.trainable_variables())
t("bad", lambda: tf.keras.layers.Dropout(1.5))
t("zero", lambda: tf.keras.layers.Dropout(0.0)(x, training=True))
with tf.Session() as s:
    s.run(tf.global_variables_initializer())
    v = s.run(y, {x: np.ones((4, 100), np.float32)})
    print(sorted(set(np.round(v.ravel(), 4).tolist())), 100 < int((v > 0).sum()) < 300)
