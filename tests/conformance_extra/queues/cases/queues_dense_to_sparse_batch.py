# tf.data.experimental.dense_to_sparse_batch: ragged rows batched into SparseTensors.
from prelude import tf, np, rnd

ds = tf.data.Dataset.range(1, 6).map(lambda n: tf.fill([tf.cast(n, tf.int32)], n))
sb = ds.apply(tf.data.experimental.dense_to_sparse_batch(batch_size=2, row_shape=[5]))
print(type(tf.data.get_output_types(sb)).__name__ if hasattr(tf.data, "get_output_types") else "")
print(tf.data.get_output_shapes(sb), tf.data.get_output_classes(sb).__name__)
it = tf.data.make_one_shot_iterator(sb)
nxt = it.get_next()
print(type(nxt).__name__, nxt.indices.shape, nxt.values.shape, nxt.dense_shape.shape, nxt.values.dtype.name)
with tf.Session() as sess:
    try:
        while True:
            v = sess.run(nxt)
            print(v.indices.tolist(), v.values.tolist(), v.dense_shape.tolist())
    except tf.errors.OutOfRangeError:
        print("end")
ds2 = tf.data.Dataset.from_tensor_slices(tf.constant([[1, 2], [3, 4], [5, 6]], tf.float32))
sb2 = ds2.apply(tf.data.experimental.dense_to_sparse_batch(2, [None]))
print(tf.data.get_output_shapes(sb2))
n2 = tf.data.make_one_shot_iterator(sb2).get_next()
with tf.Session() as sess:
    for _ in range(2):
        v = sess.run(n2)
        print(v.indices.tolist(), rnd(v.values), v.dense_shape.tolist())
ds3 = tf.data.Dataset.from_tensors(tf.constant([[1, 0], [0, 2]])).repeat(3)
sb3 = ds3.apply(tf.data.experimental.dense_to_sparse_batch(2, [3, 2]))
print(tf.data.get_output_shapes(sb3))
n3 = tf.data.make_one_shot_iterator(sb3).get_next()
with tf.Session() as sess:
    v = sess.run(n3)
    print(v.indices.tolist(), v.values.tolist(), v.dense_shape.tolist())
bad = ds.apply(tf.data.experimental.dense_to_sparse_batch(2, [2]))
n4 = tf.data.make_one_shot_iterator(bad).get_next()
with tf.Session() as sess:
    try:
        sess.run(n4)
        print(sess.run(n4).dense_shape.tolist())
    except Exception as e:
        print("too long", type(e).__name__)
