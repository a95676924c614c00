# make_initializable_iterator with feeds; re-initialization.
from prelude import tf, np, rnd

p = tf.placeholder(tf.int64, [], name="limit")
ds = tf.data.Dataset.range(p).map(lambda v: v * v)
it = tf.data.make_initializable_iterator(ds)
nxt = it.get_next()
print(it.initializer.type if hasattr(it.initializer, "type") else None, nxt.dtype.name)
with tf.Session() as sess:
    try:
        sess.run(nxt)
    except Exception as e:
        print(type(e).__name__)
    sess.run(it.initializer, {p: 3})
    print([int(sess.run(nxt)) for _ in range(3)])
    try:
        sess.run(nxt)
    except tf.errors.OutOfRangeError:
        print("OutOfRange")
    sess.run(it.initializer, {p: 5})
    print([int(sess.run(nxt)) for _ in range(5)])
    try:
        sess.run(it.initializer)
    except Exception as e:
        print(type(e).__name__)
x = tf.placeholder(tf.float32, [None, 2])
it2 = tf.data.Dataset.from_tensor_slices(x).batch(2).make_initializable_iterator()
n2 = it2.get_next()
print(n2.shape.as_list())
with tf.Session() as sess:
    sess.run(it2.initializer, {x: np.ones([3, 2])})
    print(rnd(sess.run(n2)), rnd(sess.run(n2)))
