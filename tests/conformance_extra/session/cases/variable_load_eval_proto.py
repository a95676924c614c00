# Variable.load, Variable.eval, to_proto/from_proto basics, value(),
# _ref-less read, set_shape absence, and sessions' independent values.
from prelude import tf, np, rnd

v = tf.Variable([1.0, 2.0], name="v")
with tf.Session() as sess:
    sess.run(v.initializer)
    v.load([3.0, 4.0], sess)
    print(rnd(sess.run(v)), rnd(v.eval(sess)))
    with sess.as_default():
        v.load([5.0, 6.0])
        print(rnd(v.eval()))
    try:
        v.load([1.0, 2.0, 3.0], sess)
    except Exception as e:
        print(type(e).__name__)
try:
    v.load([1.0, 2.0])
except Exception as e:
    print(type(e).__name__)
p = v.to_proto()
print(type(p).__name__, p.variable_name, p.initializer_name, p.trainable)
print(p.initial_value_name.startswith("v/"), p.snapshot_name.startswith("v/"))
v2 = tf.Variable.from_proto(p) if hasattr(tf.Variable, "from_proto") else None
print(v2 is not None and v2.name)
print(tf.Variable(1.0, name="t", trainable=False).to_proto().trainable)
