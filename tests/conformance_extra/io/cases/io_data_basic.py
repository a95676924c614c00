# Dataset from_tensor_slices/range/map/batch and one-shot iterator.
from prelude import tf, np, rnd

ds = tf.data.Dataset.from_tensor_slices(np.arange(10, dtype=np.int32))
ds = ds.map(lambda v: v * 2).filter(lambda v: v % 3 != 0).batch(3)
print(ds.output_types, ds.output_shapes, ds.output_classes is tf.Tensor)
it = tf.data.make_one_shot_iterator(ds)
nxt = it.get_next()
print(nxt.dtype.name, str(nxt.shape))
with tf.Session() as sess:
    while True:
        try:
            print(sess.run(nxt).tolist())
        except tf.errors.OutOfRangeError as e:
            print(type(e).__name__)
            break
r = tf.data.Dataset.range(3, 10, 2)
print(r.output_types.name, r.output_shapes)
n = r.make_one_shot_iterator().get_next()
with tf.Session() as sess:
    print([int(sess.run(n)) for _ in range(4)])
db = tf.data.Dataset.range(7).batch(3, drop_remainder=True)
print(db.output_shapes)
