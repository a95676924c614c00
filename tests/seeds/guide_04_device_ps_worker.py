# Seeds: ../shared/seeds/003_01437192631829fa.txt (TensorFlow guide "Graphs and
# Sessions", Markdown source) and 002_f90786f8ec59682f.txt (the same guide as
# rendered text).
# Section "Placing operations on different devices", the "/job:ps" and
# "/job:worker" example.
# The block does not run as printed, in TensorFlow either: `tf.zeroes` is not
# a TensorFlow name (AttributeError), `train_batch` is undefined, and
# `tf.matmul(train_batch, weights_2)` multiplies [?, 784] by [100, 10]
# (ValueError at graph construction).
# Added/changed (marked): the import line; a placeholder `train_batch` of
# shape [None, 784]; tf.zeroes -> tf.zeros; layer_2 takes layer_1 (the evident
# intent). The two original lines are also tried, to show they fail with
# TensorFlow's error classes. At the end the devices are printed, and a local
# session is asked to run layer_2: with no "ps"/"worker" jobs locally it fails
# with InvalidArgumentError, as in TensorFlow (with or without soft placement).
# ruff: noqa  (kept as the document wrote it)
# fmt: off
import tensorweave.compat.v1 as tf

train_batch = tf.placeholder(tf.float32, [None, 784])  # added

try:  # added: the guide's original spelling
  tf.zeroes([100])
except AttributeError as e:
  print("AttributeError:", e)

with tf.device("/job:ps/task:0"):
  weights_1 = tf.Variable(tf.truncated_normal([784, 100]))
  biases_1 = tf.Variable(tf.zeros([100]))  # changed: tf.zeroes

with tf.device("/job:ps/task:1"):
  weights_2 = tf.Variable(tf.truncated_normal([100, 10]))
  biases_2 = tf.Variable(tf.zeros([10]))  # changed: tf.zeroes

with tf.device("/job:worker"):
  layer_1 = tf.matmul(train_batch, weights_1) + biases_1
  try:  # added: the guide's original line
    layer_2 = tf.matmul(train_batch, weights_2) + biases_2
  except ValueError as e:
    print("ValueError:", e)
  layer_2 = tf.matmul(layer_1, weights_2) + biases_2  # changed: layer_1

# added: where each op was asked to go, and a local run.
for v in (weights_1, biases_1, weights_2, biases_2, layer_1, layer_2):
  print(v.op.name, repr(v.device))
print(layer_2.shape.as_list())
for soft in (False, True):
  try:
    with tf.Session(config=tf.ConfigProto(allow_soft_placement=soft)) as sess:
      sess.run(tf.global_variables_initializer())
      sess.run(layer_2, {train_batch: [[0.0] * 784]})
    print("local run with soft placement %s ran" % soft)
  except tf.errors.InvalidArgumentError as e:
    cause = [line for line in str(e).splitlines() if line.startswith("Cannot assign")]
    print("soft placement %s: InvalidArgumentError: %s" % (soft, cause[0]))
