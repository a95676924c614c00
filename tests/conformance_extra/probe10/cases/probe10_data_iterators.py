# tf.data one-shot / initializable / reinitializable iterators feeding a ref-variable model.
from prelude import tf, np, rnd
tf.disable_v2_behavior()

feats = np.arange(10, dtype=np.float32).reshape(5, 2)
ds = tf.data.Dataset.from_tensor_slices((feats, np.arange(5))).map(lambda a, b: (a / 10.0, b * 2)).batch(2)
it = tf.data.make_one_shot_iterator(ds)
a, b = it.get_next()
print(a.shape, b.dtype, tf.data.get_output_shapes(ds), tf.data.get_output_types(ds))
w = tf.Variable([[1.0], [2.0]], name="w")
loss = tf.reduce_sum(tf.matmul(a, w))
train = tf.train.GradientDescentOptimizer(0.1).minimize(loss)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    try:
        while True:
            l, bb, _ = sess.run([loss, b, train])
            print(rnd(l, 4), bb.tolist())
    except tf.errors.OutOfRangeError:
        print("done", rnd(sess.run(w).ravel(), 4))
lim = tf.placeholder(tf.int64, [])
ds2 = tf.data.Dataset.range(100).take(lim).repeat(2)
it2 = tf.data.make_initializable_iterator(ds2)
nxt = it2.get_next()
it3 = tf.data.Iterator.from_structure(tf.int64, tf.TensorShape([]))
nxt3 = it3.get_next()
i_a = it3.make_initializer(tf.data.Dataset.range(3))
i_b = it3.make_initializer(tf.data.Dataset.range(10, 12))
with tf.Session() as sess:
    sess.run(it2.initializer, {lim: 2})
    print([sess.run(nxt) for _ in range(4)])
    sess.run(i_a); print([sess.run(nxt3) for _ in range(3)])
    sess.run(i_b); print([sess.run(nxt3) for _ in range(2)])
    print(it2.initializer.type, nxt.shape, nxt3.dtype)
