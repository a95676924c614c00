# tf.gradients with respect to ref variables and their reads: dtypes, shapes, values.
from prelude import tf, np, rnd

tf.disable_v2_behavior()
w = tf.Variable([[1.0, 2.0], [3.0, 4.0]], name="w")
b = tf.Variable([0.5, -0.5], name="b")
x = tf.placeholder(tf.float32, [None, 2], name="x")
y = tf.reduce_sum(tf.tanh(tf.matmul(x, w) + b))
gw, gb = tf.gradients(y, [w, b])
print(gw.dtype, gw.shape, gb.dtype, gb.shape)
gr = tf.gradients(y, w.value())
print(gr)
gx = tf.gradients(y, x)[0]
print(gx)
ng = tf.gradients(tf.constant(1.0), w)
print(ng)
sg = tf.gradients(tf.reduce_sum(tf.stop_gradient(w) * w), w)[0]
print(sg.shape)
z = w * 3.0
gz = tf.gradients(z, w, grad_ys=tf.ones([2, 2]))[0]
print(gz.dtype)
hs = tf.hessians(tf.reduce_sum(b * b * b), b)[0]
print(hs.shape)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    xv = [[1.0, 0.0], [0.5, -1.0]]
    print(rnd(sess.run(gw, {x: xv}), 4), rnd(sess.run(gb, {x: xv}), 4))
    print(rnd(sess.run(gx, {x: xv}), 4))
    print(rnd(sess.run(sg), 4), rnd(sess.run(gz), 4), rnd(sess.run(hs), 4))
