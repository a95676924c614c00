# graph.finalize() then initializing and running variables; creating ops fails.
from prelude import tf, np, rnd

g = tf.Graph()
with g.as_default():
    v = tf.Variable([1, 2], name="v")
    up = v.assign([3, 4])
    init = tf.global_variables_initializer()
g.finalize()
print(g.finalized)
with tf.Session(graph=g) as sess:
    sess.run(init)
    print(sess.run(v))
    print(sess.run(up))
    print(sess.run([v, up]) if False else sess.run(v))
    try:
        v.assign([0, 0])
    except Exception as e:
        print(type(e).__name__)
    try:
        v.load([9, 9], sess)
    except Exception as e:
        print(type(e).__name__)
    print(sess.run(v))
    try:
        sess.run(v + 1)
    except Exception as e:
        print(type(e).__name__)
    try:
        tf.report_uninitialized_variables()
    except Exception as e:
        print(type(e).__name__)
