# report_uninitialized_variables and is_variable_initialized in various states.
from prelude import tf, np, rnd

a = tf.Variable(1.0, name="a")
b = tf.get_variable("b", shape=[2], initializer=tf.zeros_initializer())
c = tf.Variable(3, name="c", trainable=False)
rep = tf.report_uninitialized_variables()
print(rep.name, rep.dtype.name, rep.shape)
ia = tf.is_variable_initialized(a)
print(ia.name, ia.dtype.name, ia.shape, ia.op.type)
with tf.Session() as sess:
    print(sess.run(rep).tolist(), sess.run(ia))
    sess.run(a.initializer)
    print(sess.run(rep).tolist(), sess.run(ia))
    sess.run([b.initializer, c.initializer])
    r = sess.run(rep)
    print(r.tolist(), r.dtype, r.shape)
    print(sess.run(tf.report_uninitialized_variables([a])).tolist())
    print(sess.run(tf.is_variable_initialized(b)))
with tf.Session() as sess:
    print(sess.run(tf.report_uninitialized_variables([b, c])).tolist())
    e = tf.report_uninitialized_variables([])
    r = sess.run(e)
    print(e.name, r.tolist(), r.shape)
