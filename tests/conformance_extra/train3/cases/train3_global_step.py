# get_or_create_global_step on default variables: name, dtype, op type, collections, increments.
from prelude import tf, np, rnd

print(tf.train.get_global_step())
gs = tf.train.get_or_create_global_step()
print(gs.name, gs.dtype, gs.shape, gs.op.type, type(gs).__name__, gs.trainable)
print(gs is tf.train.get_or_create_global_step(), gs is tf.train.get_global_step())
print([v.name for v in tf.get_collection(tf.GraphKeys.GLOBAL_STEP)])
print([v.name for v in tf.global_variables()], tf.trainable_variables())
w = tf.Variable(3.0, name="w")
train = tf.train.GradientDescentOptimizer(0.25).minimize(w * w, global_step=gs)
print(train.name, train.type, [i.name for i in train.control_inputs])
inc = [op for op in tf.get_default_graph().get_operations() if op.name.startswith("GradientDescent")]
print([(op.name, op.type) for op in inc])
print(tf.train.global_step is not None)
try:
    tf.train.create_global_step()
    print("no error")
except Exception as e:  # noqa: BLE001
    print(type(e).__name__)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for _ in range(3):
        sess.run(train)
    print(sess.run(gs), tf.train.global_step(sess, gs), rnd(sess.run(w), 5))
    out = sess.run(train)
    print(out)
