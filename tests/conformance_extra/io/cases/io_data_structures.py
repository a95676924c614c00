# Tuple and dict elements, zip, output_* properties.
from prelude import tf, np, rnd

feats = {"a": np.array([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]], np.float32),
         "b": np.array([b"x", b"y", b"z"])}
labels = np.array([0, 1, 0], np.int64)
ds = tf.data.Dataset.from_tensor_slices((feats, labels))
print(sorted(ds.output_types[0].items(), key=lambda kv: kv[0]), ds.output_types[1])
print(ds.output_shapes)
z = tf.data.Dataset.zip((tf.data.Dataset.range(3), tf.data.Dataset.from_tensors([1, 2]).repeat()))
print(z.output_types, z.output_shapes)
it = ds.batch(2).make_one_shot_iterator()
f, l = it.get_next()
print(sorted(f.keys()), f["a"].shape.as_list(), l.shape.as_list())
with tf.Session() as sess:
    out = sess.run((f, l))
    print(rnd(out[0]["a"]), out[0]["b"].tolist(), out[1].tolist())
    out = sess.run((f, l))
    print(rnd(out[0]["a"]), out[0]["b"].tolist(), out[1].tolist())
zn = z.make_one_shot_iterator().get_next()
with tf.Session() as sess:
    for _ in range(3):
        a, b = sess.run(zn)
        print(int(a), b.tolist())
    try:
        sess.run(zn)
    except tf.errors.OutOfRangeError:
        print("end")
