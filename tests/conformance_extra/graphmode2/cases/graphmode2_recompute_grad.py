# tf.recompute_grad: the same gradients, the forward recomputed in the backward pass.
from prelude import tf, np, rnd

x = tf.constant([1.0, 2.0, 3.0])
w = tf.Variable([0.5, -1.0, 2.0], name="w")


def block(a):
    return tf.reduce_sum(tf.sin(a) * w)


y = tf.recompute_grad(block)(x)
dx, dw = tf.gradients(y, [x, w])
ref = block(x)
rx, rw = tf.gradients(ref, [x, w])
with tf.GradientTape() as t:
    t.watch(x)
    y2 = tf.recompute_grad(lambda a: a * a * 3.0)(x)
d2 = t.gradient(y2, x)
print(y.dtype.name, y.shape, dx.shape, dw.shape)
with tf.Session() as s:
    s.run(tf.global_variables_initializer())
    print(rnd(s.run([y, dx, dw, d2])))
    print(rnd(s.run([ref, rx, rw])))
