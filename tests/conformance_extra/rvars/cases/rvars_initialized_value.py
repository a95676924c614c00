# Initializing one default variable from another: initial_value, read_value, callables, init order.
from prelude import tf, np, rnd

v = tf.Variable([1.0, 2.0], name="v")
w = tf.Variable(v.initial_value * 2, name="w")
u = tf.Variable(lambda: w.initial_value + 1, name="u")
x = tf.Variable(v.read_value() + 10, name="x")
print(w.initial_value.name, w.initial_value.op.type, u.initial_value.name, x.initial_value.name)
print([i.name for i in w.initial_value.op.inputs], [i.name for i in x.initial_value.op.inputs])
with tf.Session() as sess:
    sess.run(u.initializer)
    print(rnd(sess.run(u)))
    try:
        sess.run(x.initializer)
    except Exception as e:  # noqa: BLE001
        print("x before v", type(e).__name__)
    sess.run(v.initializer)
    sess.run(x.initializer)
    sess.run(w.initializer)
    print(rnd(sess.run([v, w, u, x])))
    sess.run(v.assign([10.0, 20.0]))
    sess.run(w.initializer)
    print(rnd(sess.run(w)))
