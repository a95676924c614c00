# AdamOptimizer on a loss through cond inside while over default variables; slots created.
from prelude import tf, np, rnd

w = tf.Variable([0.5, -0.5], name="w")
target = tf.constant([1.0, 2.0])


def body(i, acc):
    term = tf.cond(i < 2, lambda: tf.reduce_sum(tf.square(w - target)), lambda: tf.reduce_sum(w) * 0.1)
    return i + 1, acc + term


_, loss = tf.while_loop(lambda i, a: i < 3, body, [0, 0.0])
opt = tf.train.AdamOptimizer(0.1)
train = opt.minimize(loss)
print(sorted(v.op.name for v in tf.global_variables()))
print(opt.get_slot_names(), opt.get_slot(w, "m").name)
print(train.type)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for _ in range(4):
        sess.run(train)
    print(rnd(sess.run(w), 4), rnd(sess.run(loss), 3))
