# Global step helpers: create/get/get_or_create, tf.train.global_step, duplicate and bad-type errors.
from prelude import tf, np, rnd

print(tf.train.get_global_step())
gs = tf.train.create_global_step()
print(gs.name, gs.dtype.name, gs.shape, gs.op.type, gs in tf.global_variables(), gs in tf.trainable_variables())
print(tf.get_collection(tf.GraphKeys.GLOBAL_STEP)[0] is gs, tf.train.get_global_step() is gs)
print(tf.train.get_or_create_global_step() is gs)
try:
    tf.train.create_global_step()
except ValueError as e:
    print(type(e).__name__)
inc = tf.assign_add(gs, 5)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    sess.run(inc)
    v = tf.train.global_step(sess, gs)
    print(v, type(v).__name__)
    print(tf.train.global_step(sess, gs.read_value()), tf.train.global_step(sess, tf.identity(gs)))
with tf.Graph().as_default():
    bad = tf.Variable(1.0, name="global_step")
    tf.add_to_collection(tf.GraphKeys.GLOBAL_STEP, bad)
    try:
        tf.train.get_global_step()
    except TypeError as e:
        print(type(e).__name__)
with tf.Graph().as_default():
    g = tf.Variable(0, name="global_step", trainable=False)
    for fn in [tf.train.get_global_step, tf.train.get_or_create_global_step]:
        try:
            print(fn() is g)
        except TypeError as e:
            print("by name", type(e).__name__)
