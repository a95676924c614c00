# back_prop=False: gradients through the loop to variables are None; values still computed.
from prelude import tf, np, rnd

w = tf.Variable(2.0, name="w")
_, y = tf.while_loop(lambda i, x: i < 3, lambda i, x: (i + 1, x * w), [0, tf.constant(1.0)],
                     back_prop=False)
print(y.op.type, y.name)
print(tf.gradients(y, w))
z = y + w * w
print([g is None for g in tf.gradients(z, [w])])
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(rnd(sess.run(y)), rnd(sess.run(tf.gradients(z, w)[0])))
try:
    tf.train.GradientDescentOptimizer(0.1).minimize(y)
    print("no error")
except Exception as e:
    print(type(e).__name__)
