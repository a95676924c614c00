# local_variables, model_variables, collections= argument, trainable=False,
# tf.local_variables_initializer, get_local_variable, moving_average_variables.
from prelude import tf, np, rnd

a = tf.Variable(1.0, name="a")
b = tf.Variable(2.0, name="b", collections=[tf.GraphKeys.LOCAL_VARIABLES])
c = tf.get_variable("c", [1], collections=[tf.GraphKeys.MODEL_VARIABLES, tf.GraphKeys.GLOBAL_VARIABLES])
d = tf.get_local_variable("d", [2], initializer=tf.zeros_initializer())
e = tf.Variable(3.0, name="e", collections=["mine"])
f = tf.get_variable("f", [1], trainable=False)
g = tf.Variable(4.0, name="g", collections=[])
print([v.name for v in tf.global_variables()])
print([v.name for v in tf.local_variables()])
print([v.name for v in tf.model_variables()])
print([v.name for v in tf.trainable_variables()])
print([v.name for v in tf.get_collection("mine")])
print(d.trainable, b.trainable, e.trainable, g.trainable)
print([v.name for v in tf.all_variables()] if hasattr(tf, "all_variables") else "n/a")
print([v.name for v in tf.get_collection(tf.GraphKeys.TRAINABLE_VARIABLES, scope="c")])
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(sorted(n.decode() for n in sess.run(tf.report_uninitialized_variables(tf.local_variables()))))
    sess.run(tf.local_variables_initializer())
    print(rnd(sess.run(b)), rnd(sess.run(d)))
    print(sorted(n.decode() for n in sess.run(tf.report_uninitialized_variables())))
    sess.run(tf.variables_initializer([e, g]))
    print(rnd(sess.run(e)), rnd(sess.run(g)))
print(tf.variables_initializer([]).type, tf.variables_initializer([], name="empty").name)
print(tf.global_variables_initializer().name, tf.local_variables_initializer().name)
