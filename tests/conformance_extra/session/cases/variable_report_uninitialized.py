# report_uninitialized_variables / is_variable_initialized /
# assert_variables_initialized names and results with scopes and empty lists.
from prelude import tf, np

with tf.variable_scope("s"):
    a = tf.get_variable("a", [1])
    b = tf.Variable(1, name="b")
r = tf.report_uninitialized_variables()
print(r.name, r.dtype.name, r.shape.as_list())
r2 = tf.report_uninitialized_variables([], name="none")
print(r2.name)
i = tf.is_variable_initialized(a)
print(i.dtype.name, i.shape.as_list())
with tf.Session() as sess:
    print([n.decode() for n in sess.run(r)])
    print(sess.run(r2).tolist(), sess.run(r2).shape)
    print(sess.run(i))
    sess.run(a.initializer)
    print([n.decode() for n in sess.run(r)], sess.run(i))
    sess.run(tf.variables_initializer(tf.global_variables()))
    print(sess.run(r).tolist())
g = tf.Graph()
with g.as_default():
    e = tf.report_uninitialized_variables()
    with tf.Session() as s:
        print(s.run(e).tolist(), s.run(e).dtype.kind)
