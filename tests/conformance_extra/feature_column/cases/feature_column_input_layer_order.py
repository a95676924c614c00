# input_layer: columns sorted by name, scopes per column, cols_to_vars, a second call's scope.
from prelude import tf, np, rnd

fc = tf.feature_column
z = fc.numeric_column("z")
a = fc.numeric_column("a", shape=(2,))
e = fc.embedding_column(fc.categorical_column_with_identity("m", 3), 2,
                        initializer=tf.constant_initializer([[1.0, 1.0], [2.0, 2.0], [3.0, 3.0]]))
feats = {"z": tf.constant([[9.0]]), "a": tf.constant([[1.0, 2.0]]), "m": tf.constant([[2]])}
cols_to_vars = {}
out = fc.input_layer(feats, [z, e, a], cols_to_vars=cols_to_vars)
print(out.name, out.shape)
print(sorted((k.name, [v.name for v in vs]) for k, vs in cols_to_vars.items()))
out2 = fc.input_layer(feats, [z, e])
print(out2.name, [v.name for v in tf.global_variables()])
with tf.variable_scope("model"):
    out3 = fc.input_layer(feats, [e])
print(out3.name, [v.name for v in tf.global_variables()][-1])
with tf.Session() as s:
    s.run(tf.global_variables_initializer())
    print(rnd(s.run(out), 5), rnd(s.run(out2), 5), rnd(s.run(out3), 5))
