# unstack and split static shapes, num_or_size_splits with -1, tensor sizes and errors.
from prelude import tf, np, rnd

a = tf.placeholder(tf.float32, [None, 6], name="a")
c = tf.placeholder(tf.float32, [4, 6, 2], name="c")
print(tf.unstack(c))
print(tf.unstack(c, axis=-1))
print(tf.unstack(a, axis=1)[0])
print(tf.unstack(a, num=2))
print(tf.split(c, 2))
print(tf.split(c, 3, axis=1))
print(tf.split(c, [1, -1, 2], 1))
print(tf.split(a, [2, 4], 1))
print(tf.split(a, 2, 0))
print(tf.split(a, [1, -1], 0))
print(tf.split(c, tf.constant([1, 1]), -1))
print(tf.split(c, 1, 0))
for f in [lambda: tf.unstack(a), lambda: tf.split(c, 5, 1), lambda: tf.split(c, [1, 2], 1),
          lambda: tf.split(c, [-1, -1, 8], 1), lambda: tf.unstack(c, axis=3),
          lambda: tf.split(c, tf.placeholder(tf.int32, [None]), 1), lambda: tf.unstack(tf.placeholder(tf.float32)), lambda: tf.split(c, tf.constant([2, 2]), -1)]:
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__)
p = tf.split(a, 3, 0)
with tf.Session() as sess:
    print([x.shape for x in sess.run(p, {a: np.ones((3, 6))})])
    try:
        sess.run(p, {a: np.ones((4, 6))})
    except Exception as e:
        print("run", type(e).__name__)
    print([x.shape for x in sess.run(tf.split(a, [1, -1], 0), {a: np.ones((3, 6))})])
