# Seeds: ../shared/seeds/003_01437192631829fa.txt (TensorFlow guide "Graphs and
# Sessions", Markdown source) and 002_f90786f8ec59682f.txt (the same guide as
# rendered text; its list of types was lost in rendering).
# Section "Tensor-like objects". The section has no code block; this program
# (written for this test, not copied) exercises each statement of its text:
# tf.matmul and tf.add_n accept tensor-like objects (tf.Tensor, tf.Variable,
# numpy.ndarray, lists, lists of tensor-like objects, scalar bool/float/int/
# str), tf.register_tensor_conversion_function adds a type, and a tensor-like
# object used twice becomes two tensors unless tf.convert_to_tensor is called
# once.
# ruff: noqa  (kept as the document wrote it)
# fmt: off
import numpy as np
import tensorweave.compat.v1 as tf

t = tf.constant([[1.0, 2.0], [3.0, 4.0]])
v = tf.Variable([[1.0, 0.0], [0.0, 1.0]])
a = np.array([[2.0, 0.0], [0.0, 2.0]], np.float32)
prod_1 = tf.matmul(t, v)
prod_2 = tf.matmul(a, [[1.0, 1.0], [1.0, 1.0]])
total = tf.add_n([t, v, a, [[1.0, 1.0], [1.0, 1.0]]])
mixed = tf.convert_to_tensor([t[0], [5.0, 6.0]])  # a list of tensor-like objects
scalars = [tf.convert_to_tensor(x) for x in (True, 1.5, 7, "seven")]


class Meters(object):
  def __init__(self, value):
    self.value = value


def meters_to_tensor(value, dtype=None, name=None, as_ref=False):
  return tf.constant(value.value, dtype=dtype, name=name)


tf.register_tensor_conversion_function(Meters, meters_to_tensor)
doubled = tf.multiply(Meters(21.0), 2.0)

def big_constants():
  return sum(1 for op in tf.get_default_graph().get_operations()
             if op.type == "Const" and op.outputs[0].shape.as_list() == [3, 3])


big = np.ones([3, 3], np.float32)
s_1 = tf.reduce_sum(big)
s_2 = tf.reduce_max(big)
consts_twice = big_constants()
big_t = tf.convert_to_tensor(big)
s_3 = tf.reduce_sum(big_t)
s_4 = tf.reduce_max(big_t)
consts_once = big_constants() - consts_twice

with tf.Session() as sess:
  sess.run(tf.global_variables_initializer())
  print(sess.run(prod_1).tolist())
  print(sess.run(prod_2).tolist())
  print(sess.run(total).tolist())
  print(sess.run(mixed).tolist())
  print([s.dtype.name for s in scalars], sess.run(scalars))
  print(sess.run(doubled))
print(consts_twice, consts_once)
