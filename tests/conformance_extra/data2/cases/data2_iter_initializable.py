# initializable iterators over placeholder-parameterized datasets, re-initialization with other feeds.
from prelude import tf, np, rnd

xs = tf.placeholder(tf.float32, [None], name="xs")
k = tf.placeholder(tf.int64, [], name="k")
ds = tf.data.Dataset.from_tensor_slices(xs).map(lambda v: v * 2.0).batch(k)
it = tf.data.make_initializable_iterator(ds, shared_name=None)
n = it.get_next()
print(n.dtype.name, n.shape.as_list(), it.initializer.type)
def drain(sess):
    out = []
    while True:
        try:
            out.append(rnd(sess.run(n)))
        except tf.errors.OutOfRangeError:
            return out
with tf.Session() as sess:
    sess.run(it.initializer, {xs: [1, 2, 3, 4, 5], k: 2})
    print(drain(sess))
    sess.run(it.initializer, {xs: [7], k: 3})
    print(drain(sess))
    sess.run(it.initializer, {xs: [1, 2, 3], k: 1})
    print(rnd(sess.run(n)))
    sess.run(it.initializer, {xs: [9, 8], k: 5})
    print(drain(sess))
    try:
        sess.run(it.initializer, {xs: [1]})
    except Exception as e:
        print(type(e).__name__)
m = tf.placeholder(tf.int32, [None, 2])
it2 = tf.data.Dataset.from_tensor_slices({"m": m}).make_initializable_iterator()
n2 = it2.get_next()
print(n2["m"].shape.as_list())
with tf.Session() as sess:
    sess.run(it2.initializer, {m: [[1, 2], [3, 4]]})
    print(sess.run(n2)["m"].tolist(), sess.run(n2)["m"].tolist())
    sess.run(it2.initializer, {m: np.zeros([1, 2], np.int32)})
    print(sess.run(n2)["m"].tolist())
