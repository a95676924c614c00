# Integer tensors are never watched (their gradients are None); targets off the tape too.
from prelude import tf, np, rnd

i = tf.constant([1, 2], name="i")
f = tf.constant([1.0, 2.0], name="f")
with tf.GradientTape(persistent=True) as t:
    t.watch([i, f])
    y = i * 2
    z = tf.cast(i, tf.float32) * f
    q = tf.reduce_sum(tf.constant([3.0]))
print(t.gradient(y, i), t.gradient(z, i))
gf = t.gradient(z, f)
print(gf.name, t.gradient(q, f))
with tf.Session() as s:
    print(rnd(s.run(gf)))
