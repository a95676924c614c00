# Global step utilities: create / get / get_or_create / assert_global_step / global_step().
from prelude import tf, np, rnd

print(tf.train.get_global_step())
gs = tf.train.get_or_create_global_step()
gs2 = tf.train.get_or_create_global_step()
print(gs is gs2, gs.name, gs.dtype.name, gs.shape.as_list(), gs.trainable)
print(tf.train.get_global_step() is gs)
print([v.name for v in tf.get_collection(tf.GraphKeys.GLOBAL_STEP)])
print([v.name for v in tf.global_variables()], [v.name for v in tf.trainable_variables()])
try:
    tf.train.create_global_step()
    print("no error")
except Exception as e:
    print(type(e).__name__)
tf.train.assert_global_step(gs)
for bad in [tf.Variable(1.0, name="fvar"), tf.constant(1), tf.Variable([1, 2], name="vec")]:
    try:
        tf.train.assert_global_step(bad)
        print("no error")
    except Exception as e:
        print(type(e).__name__)
inc = tf.assign_add(gs, 5)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    v = tf.train.global_step(sess, gs)
    print(v, type(v).__name__)
    sess.run(inc)
    print(tf.train.global_step(sess, gs))

g = tf.Graph()
print(tf.train.get_global_step(g))
c = tf.train.create_global_step(g)
print(c.name, c.graph is g, tf.train.get_global_step(g) is c)
try:
    tf.train.create_global_step(g)
    print("no error")
except Exception as e:
    print(type(e).__name__)

g2 = tf.Graph()
with g2.as_default():
    x = tf.Variable(0, name="global_step", trainable=False)
    tf.add_to_collection(tf.GraphKeys.GLOBAL_STEP, x)
    print(tf.train.get_global_step() is x, tf.train.get_or_create_global_step() is x)

g3 = tf.Graph()
with g3.as_default():
    y = tf.Variable(7.0, name="my_step")
    tf.add_to_collection(tf.GraphKeys.GLOBAL_STEP, y)
    try:
        tf.train.get_global_step()
        print("no error")
    except Exception as e:
        print(type(e).__name__)
