# Layer attributes: trainable flag, non_trainable_weights, get_weights in graph mode, fetching.
from prelude import tf, np, rnd

def t(label, f):
    try:
        print(label, f())
    except Exception as e:  # noqa: BLE001
        print(label, type(e).__name__)

x = tf.placeholder(tf.float32, [None, 3])
d = tf.keras.layers.Dense(2, name="fc")
y = d(x)
print(d.trainable, d.non_trainable_weights, d.variables, d.count_params())
print(d.dtype, d.compute_dtype, d.input_spec)
d.trainable = False
print(d.trainable_weights, [w.path for w in d.non_trainable_weights])
print([v.name for v in tf.trainable_variables()])
print(tf.convert_to_tensor(d.kernel), d.kernel + 1.0, tf.matmul(x, d.kernel))
t("getw", lambda: d.get_weights())
with tf.Session() as s:
    s.run(tf.global_variables_initializer())
    t("fetchvar", lambda: s.run(d.kernel))
    print(s.run(d.bias.value).tolist())
