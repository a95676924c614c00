# Training loops mixing tf.assign / assign_add with optimizer steps on default variables.
from prelude import tf, np, rnd

w = tf.Variable([2.0, -1.0], name="w")
counter = tf.Variable(0, name="counter", trainable=False)
loss = tf.reduce_sum(tf.square(w))
opt = tf.train.GradientDescentOptimizer(0.1)
train = opt.minimize(loss)
with tf.control_dependencies([train]):
    inc = tf.assign_add(counter, 1)
reset = tf.assign(w, [1.0, 1.0])
clip = w.assign(tf.clip_by_value(w, -0.5, 0.5))
print(inc.name, inc.op.type, inc.dtype, reset.name, reset.op.type, clip.op.type)
print(type(reset).__name__, type(inc).__name__)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for i in range(3):
        c = sess.run(inc)
        print(i, c, rnd(sess.run(w), 4))
    print(rnd(sess.run(reset), 4))
    sess.run(train)
    print(rnd(sess.run(clip), 4))
    for _ in range(2):
        sess.run([train, clip])
    print(rnd(sess.run(w), 4), sess.run(counter))
    try:
        sess.run(tf.assign(w, [1.0, 2.0, 3.0]))
        print("no error")
    except Exception as e:  # noqa: BLE001
        print(type(e).__name__)
