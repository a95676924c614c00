# tf.test.compute_gradient and compute_gradient_error (v1 gradient checker) on small functions.
from prelude import tf, np, rnd

x = tf.constant([[1.0, 2.0], [3.0, 4.0]], tf.float64)
y = tf.reduce_sum(x * x, axis=1)
with tf.Session():
    x0 = np.array([[0.5, 1.0], [1.5, -1.0]])
    th, nu = tf.test.compute_gradient(x, [2, 2], y, [2], x_init_value=x0)
    print(th.shape, nu.shape, th.dtype, nu.dtype)
    print(np.round(th, 3).tolist())
    print(np.round(nu, 3).tolist())
    err = tf.test.compute_gradient_error(x, [2, 2], y, [2], x_init_value=x0)
    print(err < 1e-6, type(err).__name__)
    a = tf.constant([0.5, 1.5], tf.float64)
    b = tf.constant([2.0], tf.float64)
    z = tf.sin(a) * b
    res = tf.test.compute_gradient([a, b], [[2], [1]], z, [2], x_init_value=[np.array([0.5, 1.5]), np.array([2.0])])
    print(type(res).__name__, len(res), [r[0].shape for r in res])
    print(np.round(res[1][0], 3).tolist())
    init = np.array([0.1, 0.2], np.float64)
    th2, nu2 = tf.test.compute_gradient(a, [2], tf.exp(a), [2], x_init_value=init)
    print(np.round(th2, 3).tolist())
    e2 = tf.test.compute_gradient_error(a, [2], tf.exp(a), [2], x_init_value=init, delta=1e-4)
    print(e2 < 1e-4)
    f = tf.constant([1.0, 2.0], tf.float32)
    e3 = tf.test.compute_gradient_error(f, [2], f * f, [2], x_init_value=np.array([1.0, 2.0], np.float32))
    print(e3 < 1e-2)
