# apply_gradients argument errors: non-pairs, bad grads, duplicate variables, shape mismatch.
from prelude import tf, np, rnd

w = tf.Variable([1.0, 2.0], name="w")
b = tf.Variable(3.0, name="b")
opt = tf.train.GradientDescentOptimizer(0.1)
cases = {
    "not_pairs": lambda: opt.apply_gradients([w]),
    "triple": lambda: opt.apply_gradients([(tf.constant([1.0, 1.0]), w, 1)]),
    "dup": lambda: opt.apply_gradients([(tf.constant([1.0, 1.0]), w), (tf.constant([1.0, 1.0]), w)]),
    "not_var": lambda: opt.apply_gradients([(tf.constant(1.0), tf.constant(2.0))]),
    "python_grad": lambda: opt.apply_gradients([(1.0, b)]),
    "list_grad": lambda: opt.apply_gradients([([0.5, 0.5], w)]),
    "min_var_list": lambda: opt.minimize(b * b, var_list=[tf.constant(1.0)]),
    "gen": lambda: opt.apply_gradients(((tf.constant(1.0), b) for _ in range(1))),
}
for k in sorted(cases):
    try:
        r = cases[k]()
        print(k, "ok", type(r).__name__)
    except Exception as e:
        print(k, type(e).__name__)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(rnd(sess.run([w, b])))
