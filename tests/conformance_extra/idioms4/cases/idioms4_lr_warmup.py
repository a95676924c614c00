# Learning-rate warmup: linear warmup via tf.cond on global_step, then tf.train.piecewise_constant decay.
from prelude import tf, np, rnd

gs = tf.train.get_or_create_global_step()
warmup = 4
base = tf.train.piecewise_constant(gs, [6, 9], [0.1, 0.05, 0.01])
lr = tf.cond(gs < warmup, lambda: 0.1 * tf.cast(gs + 1, tf.float32) / warmup, lambda: base, name="lr")
print(gs.name, gs.dtype.name, base.dtype.name, lr.name, lr.shape)
w = tf.Variable(5.0, name="w")
loss = tf.square(w)
opt = tf.train.GradientDescentOptimizer(lr)
train = opt.minimize(loss, global_step=gs)
pc_int = tf.train.piecewise_constant(tf.constant(3), [2, 5], [1, 2, 3])
print(pc_int.dtype.name)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(sess.run(pc_int))
    rows = []
    for i in range(11):
        l, r = sess.run([lr, w])
        sess.run(train)
        rows.append((i, round(float(l), 4), round(float(r), 4)))
    print(rows)
    print(sess.run(gs), "%.4g" % sess.run(w))
    try:
        tf.train.piecewise_constant(gs, [1, 2], [0.1, 0.2])
    except ValueError as e:
        print("ValueError")
