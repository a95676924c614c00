# Names of gradient tensors through cond and while, and of tf.gradients scopes.
from prelude import tf, np, rnd

x = tf.placeholder(tf.float32, [], name="x")
c = tf.cond(x > 0, lambda: x * x, lambda: x, name="c")
gc = tf.gradients(c, x)[0]
print(gc.name, gc.op.type)
w = tf.while_loop(lambda i, v: i < 3, lambda i, v: (i + 1, v * x), [0, x], name="w")[1]
gw = tf.gradients(w, x)[0]
print(gw.name.split("/")[0], gw.op.type)
ops = tf.get_default_graph().get_operations()
print(sorted(set(o.type for o in ops if o.name.startswith("gradients/c_grad"))))
with tf.name_scope("scope"):
    gs = tf.gradients(c, x, name="g")[0]
print(gs.name.split("/")[:2])
with tf.Session() as sess:
    print(rnd(sess.run([gc, gw, gs], {x: 2.0})))
