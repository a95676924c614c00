# linear_model: variables, collections, units, sparse combiners, output name and values.
from prelude import tf, np, rnd

fc = tf.feature_column
n = fc.numeric_column("n", shape=(2,))
c = fc.categorical_column_with_vocabulary_list("c", ["x", "y", "z"])
feats = {"n": tf.constant([[1.0, 2.0], [3.0, 4.0]]), "c": tf.constant([["x", "z"], ["y", ""]])}
cols_to_vars = {}
out = fc.linear_model(feats, [n, c], units=2, cols_to_vars=cols_to_vars)
print(out.dtype.name, out.shape)
print([(v.name, v.shape.as_list()) for v in tf.global_variables()])
print([v.name for v in tf.trainable_variables()])
print([v.name for v in tf.get_collection(tf.GraphKeys.MODEL_VARIABLES)])
outs = {}
for comb in ["sum", "mean", "sqrtn"]:
    cv = {}
    outs[comb] = (fc.linear_model(feats, [c], sparse_combiner=comb, cols_to_vars=cv), cv)
print([v.name for v in tf.global_variables()][-2:])
with tf.Session() as s:
    s.run([tf.global_variables_initializer(), tf.tables_initializer()])
    print(rnd(s.run(out), 5))
    s.run([cols_to_vars[n][0].assign([[1.0, 0.0], [0.0, 1.0]]),
           cols_to_vars[c][0].assign([[10.0, 1.0], [20.0, 2.0], [30.0, 3.0]]),
           cols_to_vars["bias"][0].assign([0.5, -0.5])])
    print(rnd(s.run(out), 5))
    for comb, (o, cv) in outs.items():
        s.run(cv[c][0].assign([[1.0], [2.0], [4.0]]))
        print(comb, rnd(s.run(o), 5))
