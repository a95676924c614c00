# tf.layers.Dense objects: name before/after the first call, uniquification, weights lists,
# calling the same layer twice shares its variables.
from prelude import tf, np, rnd

a = tf.layers.Dense(3, kernel_initializer=tf.constant_initializer(0.25), name=None)
b = tf.layers.Dense(2, activation=tf.nn.tanh, kernel_initializer=tf.ones_initializer())
print(a.name, b.name, a.built, a.units)
x = tf.constant([[1.0, -1.0]])
h = a(x)
print(a.name, a.built, h.op.name)
h2 = a(x * 2.0)
print(h2.op.name, len(a.variables), len(a.trainable_weights), len(a.non_trainable_weights))
out = b(h)
print(b.name, out.op.name)
print([v.name for v in a.trainable_weights], [v.name for v in b.weights])
print(a.kernel.name, a.bias.name, a.kernel.shape.as_list(), a.bias.shape.as_list())
print([v.name for v in tf.global_variables()])
c = tf.layers.Dense(1, name="dense")
cy = c(tf.constant([[1.0, 2.0, 3.0]]))
print(c.name, cy.op.name, [v.name for v in c.weights])
d = tf.layers.Dense(1)
d(tf.constant([[1.0]]))
print(d.name, [v.name for v in d.weights])
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(rnd(sess.run(h)), rnd(sess.run(h2)), rnd(sess.run(out)))
