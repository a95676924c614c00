# Tensor.eval / Operation.run without a default session, and with a session of another graph.
from prelude import tf, np

a = tf.constant(2.0, name="a")
op = tf.no_op(name="nop")
for label, f in [("eval", lambda: a.eval()), ("run", lambda: op.run())]:
    try:
        f()
        print(label, "ok")
    except Exception as e:
        print(label, type(e).__name__)
g = tf.Graph()
with g.as_default():
    other = tf.constant(1.0)
with tf.Session(graph=g) as s:
    for label, f in [("eval_other", lambda: a.eval()), ("eval_sess", lambda: a.eval(session=s)),
                     ("run_other", lambda: op.run())]:
        try:
            f()
            print(label, "ok")
        except Exception as e:
            print(label, type(e).__name__)
    print(other.eval())
with tf.Session() as s:
    print(a.eval(), op.run())
    print(a.eval(feed_dict={a: 5.0}))
s2 = tf.Session()
print(a.eval(session=s2))
s2.close()
try:
    a.eval(session=s2)
except Exception as e:
    print(type(e).__name__)
