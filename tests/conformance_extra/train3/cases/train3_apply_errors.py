# apply_gradients on default variables: None grads, empty list, bad grads, partial None.
from prelude import tf, np, rnd

w = tf.Variable([1.0, 2.0], name="w")
v = tf.Variable(3.0, name="v")
opt = tf.train.GradientDescentOptimizer(0.5)
cases = [
    ("all none", [(None, w), (None, v)]),
    ("empty", []),
    ("string grad", [("abc", w)]),
    ("not var", [(tf.constant(1.0), tf.constant(2.0))]),
    ("shape", [(tf.constant([1.0, 2.0, 3.0]), w)]),
]
for label, gvs in cases:
    try:
        op = opt.apply_gradients(gvs)
        print(label, "no error", op.type)
    except Exception as e:  # noqa: BLE001
        print(label, type(e).__name__)
train = opt.apply_gradients([(None, w), (tf.constant(2.0), v)], name="partial")
print(train.name, train.type)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    sess.run(train)
    print(rnd(sess.run([w, v])))
ph = tf.placeholder(tf.float32, None)
t2 = opt.apply_gradients([(ph, w)])
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    sess.run(t2, {ph: [1.0, 1.0]})
    print(rnd(sess.run(w)))
    try:
        sess.run(t2, {ph: [1.0, 1.0, 1.0]})
        print("no error")
    except Exception as e:  # noqa: BLE001
        print("run shape", type(e).__name__)
