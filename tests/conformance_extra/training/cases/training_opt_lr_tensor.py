# Optimizers with tensor / placeholder / callable-free learning rates, and apply_gradients names.
from prelude import tf, np, rnd

w = tf.Variable([1.0, 2.0], name="w")
lr = tf.placeholder(tf.float32, [])
loss = tf.reduce_sum(w * w)
opt = tf.train.MomentumOptimizer(lr, momentum=0.5)
gv = opt.compute_gradients(loss)
train = opt.apply_gradients(gv, name="step")
print(train.name)
train2 = opt.apply_gradients(gv)
print(train2.name)
opt3 = tf.train.GradientDescentOptimizer(tf.constant(0.25, tf.float64) * 1.0)
try:
    t3 = opt3.minimize(loss)
    print("ok")
except Exception as e:
    print(type(e).__name__)
try:
    tf.train.GradientDescentOptimizer(0.1).minimize(tf.constant(1.0))
    print("no error")
except Exception as e:
    print(type(e).__name__)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    sess.run(train, {lr: 0.1})
    print(rnd(sess.run(w)))
    sess.run(train, {lr: 0.2})
    print(rnd(sess.run(w)))
    try:
        sess.run(train)
    except Exception as e:
        print(type(e).__name__)
