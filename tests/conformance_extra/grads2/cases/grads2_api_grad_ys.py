# tf.gradients grad_ys: values, None entries, dtype/shape mismatch errors, multiple ys.
from prelude import tf, np, rnd

x = tf.constant([1.0, 2.0, 3.0])
y1 = x * x
y2 = tf.reduce_sum(x) * 2.0
g = tf.gradients([y1, y2], x, grad_ys=[tf.constant([1.0, 0.5, 0.0]), None])
g2 = tf.gradients(y1, x, grad_ys=[[2.0, 2.0, 2.0]])
g3 = tf.gradients(y1, x, grad_ys=tf.constant([1.0, 1.0, 1.0]))
for bad in [tf.constant([1, 2, 3]), tf.constant([1.0, 2.0]), [1.0, 2.0]]:
    try:
        tf.gradients(y1, x, grad_ys=[bad])
        print("no error")
    except Exception as e:  # noqa: BLE001
        print(type(e).__name__)
try:
    tf.gradients([y1, y2], x, grad_ys=[None])
except Exception as e:  # noqa: BLE001
    print("len", type(e).__name__)
gp = tf.placeholder(tf.float32, [None])
g4 = tf.gradients(y1, x, grad_ys=gp)
with tf.Session() as sess:
    print(rnd(sess.run(g), 4), rnd(sess.run(g2), 4), rnd(sess.run(g3), 4))
    print(rnd(sess.run(g4, {gp: [3.0, 2.0, 1.0]}), 4))
    try:
        sess.run(g4, {gp: [3.0, 2.0]})
    except Exception as e:  # noqa: BLE001
        print("run", type(e).__name__)
