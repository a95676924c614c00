# Initializers that read other variables: explicit ordering works, wrong order fails.
from prelude import tf, np, rnd

a = tf.Variable(2.0, name="a")
b = tf.Variable(a.read_value() * 3.0, name="b")
c = tf.Variable(b.read_value() + a.read_value(), name="c")
print(b.initial_value.op.type, c.initial_value.op.type)
with tf.Session() as sess:
    try:
        sess.run(b.initializer)
    except Exception as e:
        print(type(e).__name__)
    sess.run(a.initializer)
    sess.run(b.initializer)
    sess.run(c.initializer)
    print(rnd(sess.run([a, b, c])))
    print(sess.run(tf.report_uninitialized_variables()).tolist())
