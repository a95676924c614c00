# assert_variables_initialized and variables' is_initialized op with resource variables.
from prelude import tf, np, rnd

a = tf.Variable(1.0, name="a")
b = tf.Variable(2.0, name="b")
with tf.Session() as sess:
    isa = a.is_initialized()
    print(isa.op.type, isa.dtype.name, sess.run(isa))
    sess.run(a.initializer)
    print(sess.run(isa), sess.run(b.is_initialized()))
    sess.run(b.initializer)
    print(sess.run(tf.global_variables_initializer()))
    print(rnd(sess.run([a, b])))
