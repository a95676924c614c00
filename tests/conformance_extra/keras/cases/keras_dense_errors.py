# Dense bad arguments and incompatible second input.
from prelude import tf, np, rnd

def t(label, f):
    try:
        print(label, f())
    except Exception as e:  # noqa: BLE001
        print(label, type(e).__name__)

t("zero", lambda: tf.keras.layers.Dense(0))
t("neg", lambda: tf.keras.layers.Dense(-3))
t("act", lambda: tf.keras.layers.Dense(2, activation="nope"))
d = tf.keras.layers.Dense(2, name="d")
d(tf.placeholder(tf.float32, [None, 3]))
t("mismatch", lambda: d(tf.placeholder(tf.float32, [None, 4])))
t("ok_again", lambda: d(tf.placeholder(tf.float32, [7, 3])))
t("count", lambda: d.count_params())
t("count_unbuilt", lambda: tf.keras.layers.Dense(3).count_params())
