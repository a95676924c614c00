# The class of graph tensors, isinstance checks, and operator lists.
from prelude import tf, np

a = tf.constant([1.0, 2.0])
p = tf.placeholder(tf.int32)
print(type(a).__name__, type(p).__name__, isinstance(a, tf.Tensor), tf.is_tensor(a), tf.is_tensor(1.0))
print(type(a.op).__name__, isinstance(a.op, tf.Operation), type(tf.get_default_graph()).__name__)
print(sorted(tf.Tensor.OVERLOADABLE_OPERATORS))
for f in [lambda: int(a), lambda: float(a), lambda: [1, 2][p]]:
    try:
        f()
    except TypeError as e:
        print("TypeError", "SymbolicTensor" in str(e))
v = tf.Variable(1.0)
print(isinstance(v, tf.Tensor), tf.is_tensor(v), isinstance(v + 1.0, tf.Tensor))
