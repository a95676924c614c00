# Dense on rank-3 input, unknown last dim, int/double inputs, units==1 uses Add.
from prelude import tf, np, rnd

def t(label, f):
    try:
        print(label, f())
    except Exception as e:  # noqa: BLE001
        print(label, type(e).__name__)

t("r3", lambda: tf.keras.layers.Dense(2)(tf.placeholder(tf.float32, [None, 4, 3])))
t("unk", lambda: tf.keras.layers.Dense(2)(tf.placeholder(tf.float32, [None, None])))
t("unkrank", lambda: tf.keras.layers.Dense(2)(tf.placeholder(tf.float32)))
t("int", lambda: tf.keras.layers.Dense(2)(tf.placeholder(tf.int32, [None, 4])))
t("dbl", lambda: tf.keras.layers.Dense(2)(tf.placeholder(tf.float64, [None, 4])))
t("one", lambda: tf.keras.layers.Dense(1, name="o")(tf.placeholder(tf.float32, [5, 4])))
t("rank1", lambda: tf.keras.layers.Dense(2)(tf.placeholder(tf.float32, [3])))
