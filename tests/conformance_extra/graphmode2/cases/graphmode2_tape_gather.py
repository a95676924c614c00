# Gradients through tf.gather of a variable are IndexedSlices, as in TF.
from prelude import tf, np, rnd

emb = tf.Variable([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]], name="emb")
ids = tf.constant([2, 0, 2])
with tf.GradientTape() as t:
    rows = tf.gather(emb, ids)
    loss = tf.reduce_sum(rows * rows)
g = t.gradient(loss, emb)
print(type(g).__name__, g.values.shape, g.indices.dtype.name)
dense = tf.convert_to_tensor(g)
with tf.Session() as s:
    s.run(tf.global_variables_initializer())
    print(rnd(s.run([g.values, g.indices, dense])))
