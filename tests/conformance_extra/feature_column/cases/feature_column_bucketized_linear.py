# linear_model over a 2-D bucketized column (ids offset per dimension) and a numeric column.
from prelude import tf, np, rnd

fc = tf.feature_column
b = fc.bucketized_column(fc.numeric_column("p", shape=(2,)), [0.0, 1.0])
n = fc.numeric_column("n")
feats = {"p": tf.constant([[-1.0, 0.5], [1.0, 3.0]]), "n": tf.constant([[2.0], [-1.0]])}
cols_to_vars = {}
out = fc.linear_model(feats, [n, b], cols_to_vars=cols_to_vars)
print(out.dtype.name, out.shape)
print(sorted((k if isinstance(k, str) else k.name, [v.name for v in vs]) for k, vs in cols_to_vars.items()))
wb = cols_to_vars[b][0]
wn = cols_to_vars[n][0]
print(wb.shape, wn.shape)
with tf.Session() as s:
    s.run(tf.global_variables_initializer())
    print(rnd(s.run(out), 5))
    s.run([wb.assign(np.arange(6, dtype=np.float32).reshape(6, 1) + 1), wn.assign([[0.5]]),
           cols_to_vars["bias"][0].assign([100.0])])
    print(rnd(s.run(out), 5))
