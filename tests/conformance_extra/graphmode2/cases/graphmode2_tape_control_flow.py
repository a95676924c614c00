# Gradients through tf.cond and tf.while_loop recorded on a tape.
from prelude import tf, np, rnd

x = tf.constant(1.5, name="x")
p = tf.placeholder(tf.bool, [], name="p")
with tf.GradientTape(persistent=True) as t:
    t.watch(x)
    c = tf.cond(p, lambda: x * x, lambda: tf.sin(x))
    _, w = tf.while_loop(lambda i, v: i < 3, lambda i, v: (i + 1, v * x), [0, tf.constant(1.0)])
gc = t.gradient(c, x)
gw = t.gradient(w, x)
with tf.Session() as s:
    print(rnd(s.run([c, gc], {p: True})), rnd(s.run([c, gc], {p: False})))
    print(rnd(s.run([w, gw])))
