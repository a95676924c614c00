# variables_initializer([]), variables_initializer([..]) names and types.
from prelude import tf, np, rnd

e = tf.variables_initializer([])
print(e.name, e.type, len(e.inputs), len(e.control_inputs))
a = tf.Variable(1.0, name="a")
b = tf.Variable(2.0, name="b")
i = tf.variables_initializer([a, b], name="my_init")
print(i.name, i.type, sorted(x.name for x in i.control_inputs))
i2 = tf.variables_initializer([b])
print(i2.name, i2.type, [x.name for x in i2.control_inputs])
with tf.Session() as sess:
    print(sess.run(e))
    sess.run(i)
    print(rnd(sess.run([a, b])))
    print(sess.run(tf.variables_initializer([])))
