# Slot variables of optimizers on get_variable vars inside scopes: names, reprs, collections.
from prelude import tf, np, rnd

with tf.variable_scope("net"):
    w = tf.get_variable("w", [2, 2], initializer=tf.ones_initializer())
    with tf.variable_scope("inner"):
        b = tf.get_variable("b", [2], initializer=tf.zeros_initializer())
loss = tf.reduce_sum(tf.matmul(tf.ones([1, 2]), w) + b)
with tf.name_scope("train"):
    opt = tf.train.RMSPropOptimizer(0.1, momentum=0.1, centered=True, name="rms")
    t = opt.minimize(loss)
print(t.name)
for name in opt.get_slot_names():
    for v in (w, b):
        s = opt.get_slot(v, name)
        print(name, s.name, s.op.name, s.shape, s.dtype)
print([v.name for v in opt.variables()])
print(sorted(v.name for v in tf.global_variables()))
print(len(tf.trainable_variables()), len(tf.get_collection(tf.GraphKeys.TRAINABLE_RESOURCE_VARIABLES)))
opt2 = tf.train.AdamOptimizer(name="rms")
opt2.minimize(loss)
print([v.name for v in opt2.variables()])
s = opt2.get_slot(w, "m")
print(repr(s).split(" dtype")[0])
