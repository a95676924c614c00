# Static shapes through map/batch/filter/padded_batch of dicts; unknown shapes.
from prelude import tf, np, rnd

ds = tf.data.Dataset.from_tensor_slices({"x": np.zeros([6, 3], np.float32), "y": np.arange(6)})
print(sorted((k, str(v)) for k, v in ds.output_shapes.items()))
b = ds.batch(4)
print(sorted((k, str(v)) for k, v in b.output_shapes.items()))
m = ds.map(lambda d: (tf.reshape(d["x"], [-1, 1]), tf.boolean_mask(d["x"], d["x"] > 0)))
print(m.output_shapes)
f = tf.data.Dataset.range(5).map(lambda v: tf.range(v))
print(f.output_shapes, f.padded_batch(2, [None]).output_shapes)
it = b.make_one_shot_iterator()
n = it.get_next()
print(sorted(n.keys()), n["x"].shape.as_list(), n["y"].dtype.name)
with tf.Session() as sess:
    r = sess.run(n)
    print(r["x"].shape, r["y"].tolist())
    r = sess.run(n)
    print(r["x"].shape, r["y"].tolist())
try:
    tf.data.Dataset.range(5).map(lambda v: None)
except Exception as e:
    print(type(e).__name__)
try:
    tf.data.Dataset.range(5).filter(lambda v: v)
except Exception as e:
    print(type(e).__name__)
