# Embedding: variable name, shapes, int64/float ids, lookup values with a constant initializer.
from prelude import tf, np, rnd

e = tf.keras.layers.Embedding(10, 3)
y = e(tf.placeholder(tf.int64, [None]))
print(y, [w.path for w in e.weights])
ids = tf.placeholder(tf.int32, [None, 2])
e2 = tf.keras.layers.Embedding(4, 2, embeddings_initializer=tf.keras.initializers.RandomUniform(0., 1., seed=7))
z = e2(ids)
print(z)
try:
    tf.keras.layers.Embedding(0, 2)
except Exception as ex:  # noqa: BLE001
    print(type(ex).__name__)
with tf.Session() as s:
    s.run(tf.global_variables_initializer())
    table = s.run(e2.embeddings.value)
    out = s.run(z, {ids: [[0, 3], [1, 1]]})
    print(rnd(table, 4))
    print(rnd(out, 4))
