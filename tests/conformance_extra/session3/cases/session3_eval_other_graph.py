# Tensor.eval / Operation.run / Variable.eval with a session of another graph.
from prelude import tf, np, rnd

g = tf.Graph()
with g.as_default():
    v = tf.Variable(1.0, name="v")
    t = v * 2.0
sess = tf.Session()
for fn in (lambda: t.eval(session=sess), lambda: v.eval(session=sess),
           lambda: v.initializer.run(session=sess), lambda: v.load(2.0, sess)):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__)
with sess.as_default():
    try:
        t.eval()
    except Exception as e:
        print(type(e).__name__)
    try:
        v.initializer.run()
    except Exception as e:
        print(type(e).__name__)
sess.close()
