# Feeding wrong shapes into partially known placeholders.
from prelude import tf, np

p = tf.placeholder(tf.float32, shape=[None, 3], name="p")
q = tf.placeholder(tf.float32, shape=[2, None], name="q")
r = tf.placeholder(tf.float32, shape=None, name="r")
with tf.Session() as sess:
    print(sess.run(tf.shape(p), {p: np.zeros((5, 3))}).tolist())
    print(sess.run(tf.shape(q), {q: np.zeros((2, 7))}).tolist())
    print(sess.run(tf.shape(r), {r: np.zeros((1, 2, 3))}).tolist())
    for t, v in [(p, np.zeros((2, 4))), (p, np.zeros(3)), (q, np.zeros((3, 1))),
                 (q, np.zeros((2, 1, 1))), (p, 1.0)]:
        try:
            sess.run(tf.identity(t), {t: v})
            print("ok")
        except Exception as e:
            print(type(e).__name__)
    try:
        sess.run(p, {p: np.zeros((2, 4))})
    except ValueError as e:
        print(str(e).startswith("Cannot feed value of shape (2, 4)"))
        print(str(e))
