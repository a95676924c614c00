# tf.keras.utils.set_random_seed makes default-initialised Keras weights reproducible.
from prelude import tf, np, rnd

tf.keras.utils.set_random_seed(42)
d = tf.keras.layers.Dense(3)
y = d(tf.placeholder(tf.float32, [None, 2]))
e = tf.keras.layers.Embedding(5, 2)
z = e(tf.placeholder(tf.int32, [None]))
with tf.Session() as s:
    s.run(tf.global_variables_initializer())
    print(rnd(s.run(d.kernel.value), 4))
    print(rnd(s.run(e.embeddings.value), 4))
