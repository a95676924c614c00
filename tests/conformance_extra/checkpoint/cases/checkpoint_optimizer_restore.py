# Training continues identically after restoring model and optimizer state.
from prelude import tf, np, rnd
import os, tempfile

d = tempfile.mkdtemp()
def build():
    v = tf.Variable([1.0, -2.0, 0.5], name="v")
    loss = tf.reduce_sum(tf.square(v - 1.0))
    opt = tf.train.MomentumOptimizer(0.1, 0.9)
    step = tf.train.get_or_create_global_step()
    train = opt.minimize(loss, global_step=step)
    return v, step, train, tf.train.Checkpoint(v=v, opt=opt, step=step)
with tf.Graph().as_default():
    v, step, train, ckpt = build()
    with tf.Session() as s:
        s.run(tf.global_variables_initializer())
        s.run(train); s.run(train)
        p = ckpt.save(os.path.join(d, "t"), session=s)
        s.run(train)
        print(rnd(s.run(v)), s.run(step))
with tf.Graph().as_default():
    v, step, train, ckpt = build()
    status = ckpt.restore(p)
    with tf.Session() as s:
        status.initialize_or_restore(s)
        print(rnd(s.run(v)), s.run(step))
        s.run(train)
        print(rnd(s.run(v)), s.run(step))
print([n for n, _ in tf.train.list_variables(p)])
