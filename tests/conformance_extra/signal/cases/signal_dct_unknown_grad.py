# tf.signal.dct with an unknown inner dimension (fed), and gradients of dct / idct.
from prelude import tf, np, rnd

p = tf.placeholder(tf.float32, [None, None])
ds = [tf.signal.dct(p, type=k) for k in (1, 2, 3, 4)]
do = tf.signal.dct(p, norm="ortho")
print([d.shape.as_list() for d in ds], do.shape.as_list())
x = tf.constant([1.0, -2.0, 0.5, 4.0])
w = tf.constant([1.0, 2.0, 3.0, 4.0])
grads = [tf.gradients(tf.reduce_sum(tf.signal.dct(x, type=k) * w), x)[0] for k in (1, 2, 3, 4)]
go = tf.gradients(tf.reduce_sum(tf.signal.idct(x, norm="ortho") * w), x)[0]
data = np.array([[1.0, 2.0, 3.0, 5.0, -1.0]], np.float32)
with tf.Session() as sess:
    for v in sess.run(ds + [do], {p: data}):
        print(rnd(v, 4))
    for v in sess.run(grads + [go]):
        print(rnd(v, 4))
