# Activation layer and tf.keras.activations functions on graph tensors.
from prelude import tf, np, rnd

x = tf.constant([[-2., -0.5, 0., 1.5]])
print(tf.keras.layers.Activation("tanh")(x))
acts = ["relu", "sigmoid", "tanh", "softmax", "elu", "selu", "softplus", "softsign", "linear", "exponential", "relu6", "swish", "silu"]
outs = [tf.keras.activations.get(a)(x) for a in acts]
print([o.dtype.name for o in outs])
with tf.Session() as s:
    for a, v in zip(acts, s.run(outs)):
        print(a, rnd(v, 4))
    print(rnd(s.run(tf.keras.activations.relu(x, max_value=1.0)), 4))
print(tf.keras.activations.get(None) is tf.keras.activations.linear)
try:
    tf.keras.activations.get("nope")
except Exception as e:  # noqa: BLE001
    print(type(e).__name__)
