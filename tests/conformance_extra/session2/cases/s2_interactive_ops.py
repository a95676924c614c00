# InteractiveSession: Operation.run, Variable eval, initializer run, graph.
from prelude import tf, np

g = tf.Graph()
with g.as_default():
    v = tf.Variable(3, name="v")
    inc = tf.assign_add(v, 2)
    sess = tf.InteractiveSession()
    print(sess.graph is g)
    v.initializer.run()
    print(v.eval())
    inc.op.run()
    print(inc.eval(), v.eval())
    print(sess.run(v + 1))
    print(tf.get_default_session() is sess)
    print(type(sess).__name__, isinstance(sess, tf.Session))
    sess.close()
    print(tf.get_default_session() is None)
    try:
        v.eval()
    except Exception as e:
        print(type(e).__name__)
