# Tensor.eval / Operation.run with sess.as_default(), explicit session=,
# feed_dict, nested defaults, and the errors without a default or with a
# session on the wrong graph.
from prelude import tf, np, rnd

x = tf.placeholder(tf.float32, shape=[], name="x")
y = x + 1.0
v = tf.Variable(1.0, name="v")
inc = tf.assign_add(v, 1.0)
sess = tf.Session()
with sess.as_default():
    print(tf.get_default_session() is sess)
    v.initializer.run()
    print(rnd(y.eval({x: 2.0})), rnd(y.eval(feed_dict={x: 3.0})))
    inc.op.run()
    print(rnd(v.eval()))
print(tf.get_default_session() is None)
print(rnd(y.eval(session=sess, feed_dict={x: 0.0})))
inc.op.run(session=sess)
print(rnd(v.eval(session=sess)))
try:
    y.eval({x: 1.0})
except Exception as e:
    print(type(e).__name__)
try:
    inc.op.run()
except Exception as e:
    print(type(e).__name__)
g2 = tf.Graph()
with g2.as_default():
    other = tf.Session()
try:
    y.eval(session=other, feed_dict={x: 1.0})
except Exception as e:
    print(type(e).__name__)
with other.as_default():
    try:
        y.eval({x: 1.0})
    except Exception as e:
        print(type(e).__name__)
s2 = tf.Session()
with sess.as_default():
    with s2.as_default():
        print(tf.get_default_session() is s2)
    print(tf.get_default_session() is sess)
sess.close()
s2.close()
other.close()
