# input_layer over numeric columns: flattening, rank-1 features, int inputs, normalizer_fn.
from prelude import tf, np, rnd

fc = tf.feature_column
features = {
    "a": tf.constant([1.0, 2.0, 3.0]),
    "b": tf.constant([[1, 2], [3, 4], [5, 6]]),
    "c": tf.constant(np.arange(12, dtype=np.float64).reshape(3, 2, 2)),
}
cols = [fc.numeric_column("c", shape=(2, 2), dtype=tf.float64),
        fc.numeric_column("b", shape=(2,), dtype=tf.int32, normalizer_fn=lambda x: x * 10),
        fc.numeric_column("a")]
out = fc.input_layer(features, cols)
print(out.name, out.dtype.name, out.shape)
cols_to_out = {}
out2 = fc.input_layer(features, cols[:2], cols_to_output_tensors=cols_to_out)
print(out2.name, out2.shape, sorted((c.name, t.shape.as_list()) for c, t in cols_to_out.items()))
with tf.Session() as s:
    print(rnd(s.run(out), 5))
    print(rnd(s.run(out2), 5))
print(tf.global_variables())
