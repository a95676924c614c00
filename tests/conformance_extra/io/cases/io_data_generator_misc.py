# from_generator, from_tensors, concatenate, enumerate-free ops, cardinality-free.
from prelude import tf, np, rnd

def gen():
    for i in range(4):
        yield i, [float(i)] * (i % 2 + 1)
ds = tf.data.Dataset.from_generator(gen, (tf.int32, tf.float32), (tf.TensorShape([]), tf.TensorShape([None])))
print(ds.output_types, ds.output_shapes)
n = ds.make_one_shot_iterator().get_next()
with tf.Session() as sess:
    for _ in range(4):
        a, b = sess.run(n)
        print(int(a), rnd(b))
    try:
        sess.run(n)
    except tf.errors.OutOfRangeError:
        print("end")
c = tf.data.Dataset.range(2).concatenate(tf.data.Dataset.range(5, 7))
ft = tf.data.Dataset.from_tensors(tf.constant([[1, 2], [3, 4]]))
print(c.output_shapes, ft.output_shapes, ft.output_types)
cn = c.make_one_shot_iterator().get_next()
fn = ft.make_one_shot_iterator().get_next()
with tf.Session() as sess:
    print([int(sess.run(cn)) for _ in range(4)])
    print(sess.run(fn).tolist())
    try:
        sess.run(fn)
    except tf.errors.OutOfRangeError:
        print("end")
try:
    tf.data.Dataset.range(3).concatenate(tf.data.Dataset.from_tensors(1.0))
except Exception as e:
    print(type(e).__name__)
w = tf.data.Dataset.range(10).window if False else None
u = tf.data.Dataset.range(6).batch(4).unbatch() if hasattr(tf.data.Dataset, "unbatch") else None
if u is not None:
    un = u.make_one_shot_iterator().get_next()
    with tf.Session() as sess:
        print([int(sess.run(un)) for _ in range(6)])
