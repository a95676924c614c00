# Adagrad on default variables: accumulator slot init value, ops, trajectory, bad init value.
from prelude import tf, np, rnd

w = tf.Variable([[1.0, 2.0], [3.0, 4.0]], name="w")
loss = tf.reduce_sum(w * w)
opt = tf.train.AdagradOptimizer(0.5, initial_accumulator_value=0.2)
train = opt.minimize(loss)
acc = opt.get_slot(w, "accumulator")
print(acc.name, acc.op.type, opt.get_slot_names(), [v.name for v in opt.variables()])
for op in tf.get_default_graph().get_operations():
    if op.name.startswith("Adagrad/"):
        print(op.name, op.type)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(rnd(sess.run(acc), 4))
    for _ in range(3):
        sess.run(train)
        print(rnd(sess.run(w), 4), rnd(sess.run(acc), 4))
for bad in (0.0, -1.0):
    try:
        tf.train.AdagradOptimizer(0.1, initial_accumulator_value=bad)
        print("no error")
    except Exception as e:  # noqa: BLE001
        print(type(e).__name__)
