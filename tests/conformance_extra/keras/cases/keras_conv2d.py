# Conv2D: names, output shapes for valid/same/strides, weights before build.
from prelude import tf, np, rnd

def t(label, f):
    try:
        print(label, f())
    except Exception as e:  # noqa: BLE001
        print(label, type(e).__name__)

c = tf.keras.layers.Conv2D(4, 3, name="c")
print(c.weights)
print(c(tf.placeholder(tf.float32, [None, 8, 8, 1])))
print([(w.path, w.shape) for w in c.weights])
t("same", lambda: tf.keras.layers.Conv2D(2, (3, 3), strides=2, padding="same", activation="relu")(tf.placeholder(tf.float32, [None, 8, 8, 2])))
t("rank3", lambda: tf.keras.layers.Conv2D(2, 3)(tf.placeholder(tf.float32, [None, 8, 8])))
t("nobias", lambda: tf.keras.layers.Conv2D(2, 1, use_bias=False)(tf.placeholder(tf.float32, [1, 5, 7, 3])))
t("badpad", lambda: tf.keras.layers.Conv2D(2, 1, padding="full"))
