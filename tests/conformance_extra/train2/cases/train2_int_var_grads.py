# Gradients with respect to integer variables and integer losses.
from prelude import tf, np, rnd

i = tf.Variable(3, name="i")
f = tf.Variable(2.0, name="f")
loss = tf.cast(i, tf.float32) * f
print(i.dtype.name, [g is None for g in tf.gradients(loss, [i, f])])
print(tf.gradients(tf.cast(i, tf.float32) * 2.0, i))
opt = tf.train.GradientDescentOptimizer(0.1)
try:
    gv = opt.compute_gradients(loss, var_list=[i, f])
    print("no error", [(g is None, v.name) for g, v in gv])
except Exception as e:
    print(type(e).__name__)
try:
    opt.compute_gradients(i * 2, var_list=[i])
    print("no error")
except Exception as e:
    print(type(e).__name__)
gv = opt.compute_gradients(loss, var_list=[f])
print([(g is None, v.name) for g, v in gv])
train = opt.apply_gradients(gv)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    sess.run(train)
    print(sess.run(i), rnd(sess.run(f)))
print(tf.gradients(tf.cast(f, tf.int32), f))
