# Common TF1 pattern: metrics under a named scope reset via variables_initializer over the scope's local variables.
from prelude import tf, np, rnd

x = tf.placeholder(tf.float32, [None])
y = tf.placeholder(tf.float32, [None])
with tf.variable_scope("eval"):
    acc, acc_u = tf.metrics.accuracy(y, tf.round(x))
    mean_x, mean_u = tf.metrics.mean(x)
running = tf.get_collection(tf.GraphKeys.LOCAL_VARIABLES, scope="eval")
print([v.name for v in running])
print([repr(v) for v in running])
reset = tf.variables_initializer(var_list=running)
print(reset.type, reset.name)
print(acc.name, acc_u.name, mean_x.name, mean_u.name)
with tf.Session() as sess:
    sess.run(reset)
    for xs, ys in [([0.2, 0.7], [0.0, 1.0]), ([0.9, 0.4, 0.6], [0.0, 0.0, 1.0])]:
        sess.run([acc_u, mean_u], {x: xs, y: ys})
    print(rnd(sess.run([acc, mean_x]), 5))
    print(sess.run(tf.report_uninitialized_variables(running)))
    sess.run(reset)
    print(rnd(sess.run([acc, mean_x])))
    print(rnd(sess.run([acc_u, mean_u], {x: [1.0], y: [1.0]})))
