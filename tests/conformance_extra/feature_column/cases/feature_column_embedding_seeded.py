# embedding_column's default initializer (truncated normal, stddev 1/sqrt(dim)) under a graph seed.
from prelude import tf, np, rnd

fc = tf.feature_column
tf.set_random_seed(42)
c = fc.categorical_column_with_vocabulary_list("w", ["a", "b", "c", "d"])
e = fc.embedding_column(c, 4)
e2 = fc.embedding_column(fc.categorical_column_with_identity("k", 3), 2,
                         initializer=tf.truncated_normal_initializer(stddev=0.5, seed=7))
out = fc.input_layer({"w": tf.constant([["a"], ["d"], ["b"]]), "k": tf.constant([[0], [1], [2]])}, [e, e2])
print(out.shape)
with tf.Session() as s:
    s.run([tf.global_variables_initializer(), tf.tables_initializer()])
    print(rnd(s.run(out), 4))
    w = s.run(tf.global_variables()[0])
    print(tf.global_variables()[0].name, w.shape, bool(np.all(np.abs(w) <= 2 / np.sqrt(4) + 1e-6)))
