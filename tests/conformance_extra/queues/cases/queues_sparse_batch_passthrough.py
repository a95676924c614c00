# dense_to_sparse_batch through repeat/take/prefetch, initializable iterator, get_single_element, errors.
from prelude import tf, np, rnd
ds = tf.data.Dataset.range(1, 6).map(lambda n: tf.fill([tf.cast(n, tf.int32)], n)).apply(tf.data.experimental.dense_to_sparse_batch(2, [5]))
r = ds.repeat(2).take(4).prefetch(1)
print(tf.data.get_output_classes(r).__name__, tf.data.get_output_shapes(r))
it = tf.data.make_initializable_iterator(r)
n = it.get_next()
print(n.indices.name, n.values.name, n.dense_shape.name, n.dense_shape.shape)
with tf.Session() as s:
    s.run(it.initializer)
    for _ in range(4): print(s.run(n).dense_shape.tolist())
one = tf.data.experimental.get_single_element(tf.data.Dataset.from_tensors(tf.constant([1.5, 0.0])).apply(tf.data.experimental.dense_to_sparse_batch(3, [4])))
with tf.Session() as s:
    v = s.run(one)
    print(v.indices.tolist(), v.values.tolist(), v.dense_shape.tolist())
for label, f in [("zero", lambda: ds.apply(tf.data.experimental.dense_to_sparse_batch(0, [5]))),
                 ("neg", lambda: ds.apply(tf.data.experimental.dense_to_sparse_batch(2, [-1]))),
                 ("tuple2", lambda: tf.data.Dataset.range(3).map(lambda x: (x, x)).apply(tf.data.experimental.dense_to_sparse_batch(2, [5]))),
                 ("rank", lambda: tf.data.Dataset.range(3).apply(tf.data.experimental.dense_to_sparse_batch(2, [2])))]:
    try:
        d = f()
        print(label, "built")
        with tf.Session() as s:
            print(s.run(tf.data.make_one_shot_iterator(d).get_next()))
    except Exception as e:
        print(label, type(e).__name__)
