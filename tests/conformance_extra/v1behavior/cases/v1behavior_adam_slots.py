# Adam on ref variables: ApplyAdam ops, slot variables and beta power vars, values.
from prelude import tf, np, rnd

tf.disable_v2_behavior()
with tf.variable_scope("m"):
    w = tf.get_variable("w", [2, 2], initializer=tf.constant_initializer([[1.0, 2.0], [3.0, 4.0]]))
x = tf.constant([[1.0, 0.5]])
loss = tf.reduce_mean(tf.square(tf.matmul(x, w) - 1.0))
opt = tf.train.AdamOptimizer(0.01)
gs = tf.train.get_or_create_global_step()
print(gs, gs.dtype, gs.op.type)
train = opt.minimize(loss, global_step=gs)
print(train.name, train.type)
print(sorted((o.name, o.type) for o in tf.get_default_graph().get_operations()
             if o.type in ("ApplyAdam", "VariableV2", "AssignAdd", "Assign") and "Adam" in o.name))
print(opt.get_slot_names())
m = opt.get_slot(w, "m")
print(m, m.op.type)
print(sorted(v.name for v in tf.global_variables()))
print([v.name for v in tf.trainable_variables()])
b1 = [v for v in tf.global_variables() if "beta1_power" in v.name][0]
print(b1.name, b1.dtype, b1.shape)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for _ in range(5):
        sess.run(train)
    print(rnd(sess.run(w), 4), sess.run(gs), rnd(sess.run(b1), 5))
    print(rnd(sess.run(m), 4))
