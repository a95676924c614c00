# shared_embedding_columns: one variable for several columns, names and collection.
from prelude import tf, np, rnd

fc = tf.feature_column
q = fc.categorical_column_with_identity("query", 4)
d = fc.categorical_column_with_identity("doc", 4)
init = tf.constant_initializer(np.arange(8, dtype=np.float32).reshape(4, 2))
sq, sd = fc.shared_embedding_columns([q, d], 2, initializer=init)
print(sq.name, sd.name, sq.shared_embedding_collection_name, sq.dimension, sq.combiner)
print(fc.make_parse_example_spec([sq, sd]))
out = fc.input_layer({"query": tf.constant([[0], [3]]), "doc": tf.constant([[1, 2], [3, -1]])}, [sq, sd])
print(out.shape)
print([v.name for v in tf.global_variables()])
print([v.name for v in tf.get_collection("doc_query_shared_embedding")])
named = fc.shared_embedding_columns([q, d], 2, initializer=init, shared_embedding_collection_name="shared")
print(named[0].shared_embedding_collection_name)
with tf.Session() as s:
    s.run(tf.global_variables_initializer())
    print(rnd(s.run(out), 5))
for t in [lambda: fc.shared_embedding_columns([q, fc.categorical_column_with_identity("x", 5)], 2),
          lambda: fc.shared_embedding_columns([q, fc.categorical_column_with_hash_bucket("x", 4)], 2),
          lambda: fc.shared_embedding_columns([q, d], 0)]:
    try:
        t()
        print("ok")
    except Exception as e:  # noqa: BLE001
        print(type(e).__name__)
