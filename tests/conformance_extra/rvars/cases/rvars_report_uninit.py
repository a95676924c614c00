# report_uninitialized_variables / is_variable_initialized / assert_variables_initialized.
from prelude import tf, np, rnd

a = tf.Variable(1.0, name="a")
with tf.variable_scope("s"):
    b = tf.get_variable("b", [2], initializer=tf.ones_initializer())
r = tf.report_uninitialized_variables()
print(r.name, r.dtype.name, r.shape)
r2 = tf.report_uninitialized_variables([a], name="only_a")
print(r2.name)
ia = tf.is_variable_initialized(a)
print(ia.name, ia.op.type, ia.dtype.name, ia.shape)
ib = b.is_initialized()
print(ib.name, ib.op.type)
av = tf.assert_variables_initialized()
print(isinstance(av, tf.Tensor), av.name, av.op.type, av.dtype.name, av.shape)
with tf.Session() as sess:
    print(sess.run(r), sess.run(r2), sess.run([ia, ib]))
    sess.run(a.initializer)
    print(sess.run(r), sess.run(r2), sess.run([ia, ib]))
    sess.run(b.initializer)
    print(sess.run(r), sess.run(av))
