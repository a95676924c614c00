# tf.gradients through tf.cond w.r.t. default variables used in one or both branches.
from prelude import tf, np, rnd

w = tf.Variable(3.0, name="w")
b = tf.Variable(2.0, name="b")
u = tf.Variable(5.0, name="u")
x = tf.placeholder(tf.float32, [], name="x")
y = tf.cond(x > 0, lambda: w * w * x + b, lambda: w * x - u)
g = tf.gradients(y, [w, b, u])
print([None if t is None else (t.dtype.name, t.shape.as_list()) for t in g])
g2 = tf.gradients(y, w)[0]
print(g2.op.type if g2 is not None else None)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(rnd(sess.run(g, {x: 2.0})))
    print(rnd(sess.run(g, {x: -1.0})))
    print(rnd(sess.run(y, {x: 2.0})), rnd(sess.run(y, {x: -1.0})))
