# Dynamic shapes at run time: tf.shape of fed placeholders and ops, feeding partial shapes, errors.
from prelude import tf, np, rnd

a = tf.placeholder(tf.float32, [None, None, 3], name="a")
u = tf.placeholder(tf.float32, None, name="u")
ops = [tf.shape(a), tf.shape(a[:, 1:]), tf.shape(tf.reduce_sum(a, 1)), tf.shape(tf.reshape(a, [-1, 3])),
       tf.shape(tf.transpose(a)), tf.shape(tf.expand_dims(u, 1)), tf.size(u), tf.rank(u), tf.shape(tf.squeeze(u))]
with tf.Session() as sess:
    for va, vu in [(np.ones((2, 4, 3)), np.ones((1, 5))), (np.ones((0, 2, 3)), np.ones((2,))), (np.ones((1, 1, 3)), np.ones((3, 1, 2, 1)))]:
        print([np.asarray(r).tolist() for r in sess.run(ops, {a: va, u: vu})])
    for v in [np.ones((2, 3)), np.ones((2, 2, 4))]:
        try:
            sess.run(tf.shape(a), {a: v})
        except Exception as e:
            print("feed", type(e).__name__)
    print(sess.run(tf.shape(u), {u: [[[1]]]}).tolist(), sess.run(tf.shape(u), {u: 3}).tolist())
    d = tf.placeholder(tf.int32, [None])
    print(sess.run(tf.shape(tf.zeros(d)), {d: [2, 0, 1]}).tolist())
    print(sess.run(tf.shape(tf.ones(tf.shape(a)[:2])), {a: np.ones((3, 4, 3))}).tolist())
