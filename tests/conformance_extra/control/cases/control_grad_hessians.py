# tf.hessians with several xs, matrix xs, unconnected xs; second derivatives through cond/while.
from prelude import tf, np, rnd

a = tf.constant([1.0, 2.0])
b = tf.constant(3.0)
f = tf.reduce_sum(a * a) * b + b * b * b
h = tf.hessians(f, [a, b])
print(len(h), [t.shape.as_list() for t in h])
m = tf.constant([[1.0, 2.0], [3.0, 4.0]])
hm = tf.hessians(tf.reduce_sum(m * m * m), m)[0]
print(hm.shape.as_list())
x = tf.constant(2.0)
c = tf.cond(x > 1.0, lambda: x * x * x, lambda: x)
gc = tf.gradients(c, x)[0]
ggc = tf.gradients(gc, x)[0]
_, w = tf.while_loop(lambda i, w: i < 2, lambda i, w: (i + 1, w * x), [0, x])
gw = tf.gradients(w, x)[0]
u = tf.constant([1.0])
try:
    print(tf.hessians(tf.reduce_sum(a), u))
except Exception as e:  # noqa: BLE001
    print("unconnected", type(e).__name__)
hs = tf.hessians(tf.reduce_sum(tf.sin(a)), a, name="myhess")
print(hs[0].shape.as_list())
with tf.Session() as sess:
    print(rnd(sess.run(h)))
    print(rnd(sess.run(hm)).__len__(), rnd(sess.run(hm)[0, 0]))
    print(rnd(sess.run([c, gc, ggc])))
    print(rnd(sess.run([w, gw])))
    print(rnd(sess.run(hs)))
