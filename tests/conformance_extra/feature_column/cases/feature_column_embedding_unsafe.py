# use_safe_embedding_lookup=False: the plain lookup drops trailing rows without ids.
from prelude import tf, np, rnd

fc = tf.feature_column
c = fc.categorical_column_with_identity("id", 3)
init = tf.constant_initializer([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
outs = []
for safe in [True, False]:
    e = fc.embedding_column(c, 2, combiner="sum", initializer=init, use_safe_embedding_lookup=safe)
    print(e.use_safe_embedding_lookup)
    outs.append(fc.input_layer({"id": tf.constant([[-1], [1], [2], [-1]])}, [e]))
    outs.append(fc.input_layer({"id": tf.constant([[0, 2], [1, -1], [-1, -1], [-1, -1]])}, [e]))
    q, d = fc.shared_embedding_columns([c, fc.categorical_column_with_identity("d", 3)], 2,
                                       combiner="mean", initializer=init, use_safe_embedding_lookup=safe,
                                       shared_embedding_collection_name="s%d" % safe)
    outs.append(fc.input_layer({"id": tf.constant([[0, 1], [2, -1]]), "d": tf.constant([[1], [2]])}, [q, d]))
with tf.Session() as s:
    s.run(tf.global_variables_initializer())
    for o in outs:
        print(rnd(s.run(o), 5))
