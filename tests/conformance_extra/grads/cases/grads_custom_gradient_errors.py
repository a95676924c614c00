# tf.custom_gradient: graph op names it creates, and errors for bad grad_fn results or signatures.
from prelude import tf, np, rnd

x = tf.constant([1.0, 2.0], name="x")
b = tf.constant(4.0, name="b")


@tf.custom_gradient
def f(a, c):
    def g(dy):
        return dy * c, dy * a
    return a * c, g


y = f(x, b)
after = tf.identity(x)
print(y.name, y.op.type, after.name, [i.name for i in y.op.inputs])
try:
    tf.gradients(y, [x, b])
    print("no error")
except Exception as e:  # noqa: BLE001
    print("shape mismatch", type(e).__name__)


@tf.custom_gradient
def too_many(a):
    def g(dy):
        return dy, dy
    return a * 2.0, g


try:
    tf.gradients(too_many(x), x)
    print("no error")
except Exception as e:  # noqa: BLE001
    print("too many", type(e).__name__)
v = tf.get_variable("cge", initializer=tf.constant(1.0), use_resource=True)


@tf.custom_gradient
def uses_var(a):
    def g(dy):
        return dy
    return a * v, g


try:
    uses_var(x)
    print("no error")
except Exception as e:  # noqa: BLE001
    print("no variables kwarg", type(e).__name__)
try:
    f(x, c=b)
    print("no error")
except Exception as e:  # noqa: BLE001
    print("kwargs", type(e).__name__)


@tf.custom_gradient
def unk(a):
    def g(dy):
        return tf.reshape(dy, [-1, 1])
    return a * 2.0, g


p = tf.placeholder(tf.float32, [None])
try:
    tf.gradients(unk(p), p)
    print("no error")
except Exception as e:  # noqa: BLE001
    print("rank mismatch", type(e).__name__)
