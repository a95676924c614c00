# map returning tuples/dicts/nested, num_parallel_calls, py_func in map.
from prelude import tf, np, rnd

ds = tf.data.Dataset.range(4)
m1 = ds.map(lambda v: {"sq": v * v, "half": tf.cast(v, tf.float32) / 2.0}, num_parallel_calls=2)
print(sorted((k, t.name) for k, t in m1.output_types.items()))
m2 = m1.map(lambda d: (d["sq"], (d["half"], tf.stack([d["half"], d["half"]]))))
print(m2.output_shapes)
m3 = m2.map(lambda a, bc: a + tf.cast(bc[0], tf.int64))
print(m3.output_types.name, m3.output_shapes)
def pyf(v):
    return np.array([v, v + 1], np.int64), np.float32(v) * 3
m4 = ds.map(lambda v: tf.py_func(pyf, [v], [tf.int64, tf.float32]))
print(m4.output_types, m4.output_shapes)
m5 = ds.map(lambda v: tuple(tf.py_func(pyf, [v], [tf.int64, tf.float32]))).map(
    lambda a, b: (tf.reshape(a, [2]), b))
print(m5.output_shapes)
m6 = ds.map(lambda v: tf.numpy_function(lambda x: x * 10, [v], tf.int64))
print(m6.output_types.name, m6.output_shapes)
n1 = tf.data.make_one_shot_iterator(m2).get_next()
n3 = tf.data.make_one_shot_iterator(m3).get_next()
n4 = tf.data.make_one_shot_iterator(m5).get_next()
n6 = tf.data.make_one_shot_iterator(m6).get_next()
with tf.Session() as sess:
    for _ in range(2):
        a, (h, st) = sess.run(n1)
        print(int(a), rnd(h), rnd(st))
    print([int(sess.run(n3)) for _ in range(4)])
    for _ in range(2):
        a, b = sess.run(n4)
        print(a.tolist(), rnd(b))
    print([int(sess.run(n6)) for _ in range(4)])
m7 = tf.data.Dataset.from_tensor_slices(([1, 2], [3, 4])).map(lambda a, b: [a, b])
print(m7.output_types, type(m7.output_types).__name__)
try:
    tf.data.Dataset.from_tensor_slices(([1, 2], [3, 4])).map(lambda a: a)
except Exception as e:
    print(type(e).__name__)
