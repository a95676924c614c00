# embedding_column over SparseTensor ids: multivalent rows, an empty row, weights from a weighted column.
from prelude import tf, np, rnd

fc = tf.feature_column
c = fc.categorical_column_with_vocabulary_list("t", ["a", "b", "c"])
init = tf.constant_initializer([[1.0, 0.0], [0.0, 2.0], [3.0, 3.0]])
ids = tf.SparseTensor([[0, 0], [0, 1], [0, 2], [2, 0]], ["a", "b", "c", "zz"], [3, 3])
feats = {"t": ids, "wt": tf.SparseTensor([[0, 0], [0, 1], [0, 2], [2, 0]], [1.0, 2.0, 0.5, 4.0], [3, 3])}
outs = []
for comb in ["mean", "sum", "sqrtn"]:
    outs.append(fc.input_layer(feats, [fc.embedding_column(c, 2, combiner=comb, initializer=init)]))
w = fc.weighted_categorical_column(c, "wt")
for comb in ["mean", "sum", "sqrtn"]:
    outs.append(fc.input_layer(feats, [fc.embedding_column(w, 2, combiner=comb, initializer=init)]))
with tf.Session() as s:
    s.run([tf.global_variables_initializer(), tf.tables_initializer()])
    for o in outs:
        print(rnd(s.run(o), 5))
