# Adam's slots and beta powers are saved under TF's object-graph keys.
from prelude import tf, np, rnd
import os, tempfile

d = tempfile.mkdtemp()
v = tf.Variable([1.0, 2.0], name="v")
loss = tf.reduce_sum(tf.square(v))
opt = tf.train.AdamOptimizer(0.1)
train = opt.minimize(loss)
ckpt = tf.train.Checkpoint(optimizer=opt, v=v)
with tf.Session() as s:
    s.run(tf.global_variables_initializer())
    s.run(train)
    p = ckpt.save(os.path.join(d, "o"), session=s)
for name, shape in tf.train.list_variables(p):
    if name != "_CHECKPOINTABLE_OBJECT_GRAPH":
        print(name, shape, rnd(tf.train.load_variable(p, name)))
