# Only the taken branch of tf.cond runs its assigns and py_funcs.
from prelude import tf, np, rnd

x = tf.placeholder(tf.float32, [], name="x")
hits = tf.Variable(0, name="hits")
miss = tf.Variable(0, name="miss")
log = []


def side(tag):
    def f(v):
        log.append(tag)
        return v
    return f


def t_fn():
    with tf.control_dependencies([hits.assign_add(1)]):
        return tf.py_func(side("T"), [x], tf.float32) * 2.0


def f_fn():
    with tf.control_dependencies([miss.assign_add(1)]):
        return tf.py_func(side("F"), [x], tf.float32) * -1.0


y = tf.cond(x > 0, t_fn, f_fn)
y.set_shape([])
print(y.op.type, y.dtype.name)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    out = [rnd(sess.run(y, {x: v})) for v in [1.0, 2.0, -3.0]]
    print(out, sess.run([hits, miss]), log)
    # a cond whose result is not fetched does not run
    sess.run(x, {x: 5.0})
    print(sess.run([hits, miss]), len(log))
