# global_variables_initializer / local_variables_initializer op name, type, control inputs.
from prelude import tf, np, rnd

a = tf.Variable(1.0, name="a")
with tf.variable_scope("s"):
    b = tf.get_variable("b", shape=[], initializer=tf.zeros_initializer())
l = tf.Variable(5, name="l", collections=[tf.GraphKeys.LOCAL_VARIABLES])
gi = tf.global_variables_initializer()
print(gi.name, gi.type, sorted(x.name for x in gi.control_inputs), len(gi.inputs))
gi2 = tf.global_variables_initializer()
print(gi2.name)
li = tf.local_variables_initializer()
print(li.name, li.type, sorted(x.name for x in li.control_inputs))
with tf.Session() as sess:
    print(sess.run(gi))
    try:
        sess.run(l)
    except Exception as e:
        print(type(e).__name__)
    sess.run(li)
    print(sess.run(l), rnd(sess.run([a, b])))
g = tf.Graph()
with g.as_default():
    ei = tf.global_variables_initializer()
    el = tf.local_variables_initializer()
    print(ei.name, ei.type, el.name, el.type)
    with tf.Session() as sess:
        print(sess.run([ei, el]))
