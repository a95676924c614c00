# Adam on default variables: beta powers, slots, op names/types, opt.variables(), trajectory.
from prelude import tf, np, rnd

w = tf.Variable([1.0, -1.0], name="w")
a = tf.Variable(2.0, name="a")
loss = tf.reduce_sum(w * w) + a * a * 3.0
opt = tf.train.AdamOptimizer(0.1)
train = opt.minimize(loss)
print(train.name, train.type, sorted(opt.get_slot_names()))
print([v.name for v in opt.variables()])
b1, b2 = opt._get_beta_accumulators()
print(b1.name, b1.op.type, b1.dtype, b2.name, b1.trainable)
print(opt.get_slot(w, "m").name, opt.get_slot(a, "v").name)
g = tf.get_default_graph()
for op in g.get_operations():
    if op.name.startswith("Adam"):
        print(op.name, op.type)
print([v.name for v in tf.global_variables()])
print([v.name for v in tf.trainable_variables()])
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for _ in range(4):
        _, l = sess.run([train, loss])
        print(rnd(l, 4), rnd(sess.run(w), 4), rnd(sess.run(a), 4), rnd(sess.run([b1, b2]), 5))
