# AdagradDA on default variables with a resource global step: ops, slots, trajectory.
from prelude import tf, np, rnd

gs = tf.train.get_or_create_global_step()
w = tf.Variable([1.0, -2.0], name="w")
loss = tf.reduce_sum(tf.square(w - tf.constant([0.5, 0.5])))
opt = tf.train.AdagradDAOptimizer(0.5, global_step=gs, l1_regularization_strength=0.01,
                                  l2_regularization_strength=0.02)
train = opt.minimize(loss, global_step=gs)
print(train.name, train.type, opt.get_slot_names())
print([v.name for v in opt.variables()])
for op in tf.get_default_graph().get_operations():
    if op.name.startswith("AdagradDA"):
        print(op.name, op.type)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for _ in range(3):
        sess.run(train)
        print(sess.run(gs), rnd(sess.run(w), 4),
              rnd(sess.run(opt.get_slot(w, "gradient_squared_accumulator")), 4))
