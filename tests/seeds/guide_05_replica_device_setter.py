# Seeds: ../shared/seeds/003_01437192631829fa.txt (TensorFlow guide "Graphs and
# Sessions", Markdown source) and 002_f90786f8ec59682f.txt (the same guide as
# rendered text).
# Section "Placing operations on different devices", the
# tf.train.replica_device_setter(ps_tasks=3) example; the "# placed on"
# comments state each op's device.
# Changed/added (marked): the import line; initial values in place of the
# guide's `tf.Variable(...)`; at the end, a print of each device.
# ruff: noqa  (kept as the document wrote it)
# fmt: off
import tensorweave.compat.v1 as tf

with tf.device(tf.train.replica_device_setter(ps_tasks=3)):
  # tf.Variable objects are, by default, placed on tasks in "/job:ps" in a
  # round-robin fashion.
  w_0 = tf.Variable(tf.zeros([4, 3]))  # placed on "/job:ps/task:0"
  b_0 = tf.Variable(tf.zeros([3]))  # placed on "/job:ps/task:1"
  w_1 = tf.Variable(tf.zeros([3, 2]))  # placed on "/job:ps/task:2"
  b_1 = tf.Variable(tf.zeros([2]))  # placed on "/job:ps/task:0"

  input_data = tf.placeholder(tf.float32)     # placed on "/job:worker"
  layer_0 = tf.matmul(input_data, w_0) + b_0  # placed on "/job:worker"
  layer_1 = tf.matmul(layer_0, w_1) + b_1     # placed on "/job:worker"

# added
for name, t in [("w_0", w_0), ("b_0", b_0), ("w_1", w_1), ("b_1", b_1),
                ("input_data", input_data), ("layer_0", layer_0),
                ("layer_1", layer_1)]:
  print(name, t.device)
print("matmul", layer_0.op.inputs[0].device)
