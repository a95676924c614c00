# map with multiple returns, name of iterator ops, errors in map.
from prelude import tf, np, rnd

ds = tf.data.Dataset.from_tensor_slices(([1, 2, 3], [4.0, 5.0, 6.0]))
ds2 = ds.map(lambda a, b: (a + 1, b * 2.0, tf.as_string(a)))
print(ds2.output_types)
print(ds2.output_shapes)
it = ds2.make_one_shot_iterator()
a, b, c = it.get_next()
print(a.op.type, a.op.name, [t.name for t in it.get_next()])
with tf.Session() as sess:
    va, vb, vc = sess.run([a, b, c])
    print(int(va), rnd(vb), vc.decode())
bad = tf.data.Dataset.from_tensor_slices([1.0, -1.0, 4.0]).map(
    lambda v: tf.debugging.check_numerics(tf.sqrt(v), "bad"))
bn = bad.make_one_shot_iterator().get_next()
with tf.Session() as sess:
    print(rnd(sess.run(bn)))
    try:
        sess.run(bn)
    except Exception as e:
        print(type(e).__name__)
try:
    tf.data.Dataset.from_tensor_slices(([1, 2], [1, 2, 3]))
except Exception as e:
    print(type(e).__name__)
