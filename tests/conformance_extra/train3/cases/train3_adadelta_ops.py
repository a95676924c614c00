# Adadelta on default variables: slots, op types, trajectory with lr=1.0.
from prelude import tf, np, rnd

w = tf.Variable([1.0, 2.0, -3.0], name="w")
loss = tf.reduce_sum(w * w)
opt = tf.train.AdadeltaOptimizer(learning_rate=1.0, rho=0.9, epsilon=1e-3)
train = opt.minimize(loss)
print(opt.get_slot_names(), [v.name for v in opt.variables()])
for op in tf.get_default_graph().get_operations():
    if op.name.startswith("Adadelta/"):
        print(op.name, op.type)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for _ in range(3):
        sess.run(train)
        print(rnd(sess.run(w), 4), rnd(sess.run(opt.get_slot(w, "accum_update")), 6))
