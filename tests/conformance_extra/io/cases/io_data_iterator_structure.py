# Iterator.from_structure, reinitializable iterators, string_handle-free switching.
from prelude import tf, np, rnd

train = tf.data.Dataset.range(5).map(lambda v: tf.cast(v, tf.float32)).batch(2)
val = tf.data.Dataset.from_tensor_slices([10.0, 20.0, 30.0]).batch(2)
it = tf.data.Iterator.from_structure(train.output_types, train.output_shapes)
print(it.output_types, it.output_shapes)
nxt = it.get_next()
ti = it.make_initializer(train)
vi = it.make_initializer(val)
print(ti.type, nxt.shape.as_list())
with tf.Session() as sess:
    sess.run(ti)
    print(rnd(sess.run(nxt)), rnd(sess.run(nxt)))
    sess.run(vi)
    print(rnd(sess.run(nxt)), rnd(sess.run(nxt)))
    try:
        sess.run(nxt)
    except tf.errors.OutOfRangeError:
        print("done")
    sess.run(ti)
    print(rnd(sess.run(nxt)))
other = tf.data.Dataset.range(3)
try:
    it.make_initializer(other)
except Exception as e:
    print(type(e).__name__)
it2 = tf.data.Iterator.from_structure(tf.int64, tf.TensorShape([]))
n2 = it2.get_next()
with tf.Session() as sess:
    try:
        sess.run(n2)
    except Exception as e:
        print(type(e).__name__)
