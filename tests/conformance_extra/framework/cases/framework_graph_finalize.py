# Graph.finalize: what is refused afterwards, what still works.
from prelude import tf, np, rnd

g = tf.Graph()
with g.as_default():
    a = tf.constant(1.0, name="a")
    v = tf.Variable(2.0, name="v")
    init = tf.global_variables_initializer()
print(g.finalized)
g.finalize()
print(g.finalized)
with g.as_default():
    for label, f in [("const", lambda: tf.constant(2.0)), ("add", lambda: a + 1.0),
                     ("var", lambda: tf.Variable(1.0)), ("noop", lambda: tf.no_op()),
                     ("collection", lambda: tf.add_to_collection("k", 1)),
                     ("placeholder", lambda: tf.placeholder(tf.float32))]:
        try:
            f()
            print(label, "ok")
        except Exception as e:
            print(label, type(e).__name__)
    try:
        tf.constant(1.0)
    except RuntimeError as e:
        print(str(e))
    print(g.get_operation_by_name("a").name, len(g.get_operations()) > 0)
    with tf.Session() as sess:
        sess.run(init)
        print(rnd(sess.run([a, v])))
print(g.finalized)
g2 = tf.Graph()
g2.finalize()
try:
    with g2.as_default():
        tf.constant(1)
except Exception as e:
    print(type(e).__name__)
g2._unsafe_unfinalize()
with g2.as_default():
    print(tf.constant(1).name, g2.finalized)
