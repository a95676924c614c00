# tf.slice static shapes: constant, -1 sizes, tensor begin/size and bad sizes.
from prelude import tf, np, rnd

a = tf.placeholder(tf.float32, [None, 5], name="a")
c = tf.placeholder(tf.float32, [4, 5], name="c")
u = tf.placeholder(tf.float32, None, name="u")
bg = tf.placeholder(tf.int32, [2], name="bg")
for t in [tf.slice(c, [1, 2], [2, 3]), tf.slice(c, [1, 2], [-1, -1]), tf.slice(a, [0, 1], [-1, 2]),
          tf.slice(a, [1, 1], [2, -1]), tf.slice(c, bg, [2, -1]), tf.slice(c, [0, 0], bg),
          tf.slice(u, [0, 0], [1, 2]), tf.slice(c, [0, 0], [0, 0]), tf.slice(c, bg, tf.stack([1, tf.shape(a)[0]]))]:
    print(t)
for b, s in [([3, 0], [2, 1]), ([0, 0], [5, 1]), ([0], [1]), ([0, 6], [-1, -1]), ([0, 0], [-2, 1])]:
    try:
        print("ok", tf.slice(c, b, s))
    except Exception as e:
        print(b, s, type(e).__name__)
with tf.Session() as sess:
    v = np.arange(20, dtype=np.float32).reshape(4, 5)
    print(rnd(sess.run(tf.slice(c, bg, [2, -1]), {c: v, bg: [1, 3]})))
    try:
        sess.run(tf.slice(c, bg, [2, 2]), {c: v, bg: [3, 3]})
    except Exception as e:
        print("run", type(e).__name__)
