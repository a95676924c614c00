# Seeds: ../shared/seeds/003_01437192631829fa.txt (TensorFlow guide "Graphs and
# Sessions", Markdown source) and 002_f90786f8ec59682f.txt (the same guide as
# rendered text).
# Section "Placing operations on different devices", the CPU/GPU example,
# variant of guide_03_device_cpu_gpu.py with the JPEG decoding replaced by a
# constant 4x4 float32 "image", so that the device handling is checked on its
# own. Changed/added (marked): the import line, a shape for weights, the
# image line, and the runs: without a GPU, hard placement on "/device:GPU:0"
# fails with InvalidArgumentError as in TensorFlow; allow_soft_placement=True
# runs the MatMul on the CPU.
# ruff: noqa  (kept as the document wrote it)
# fmt: off
import tensorweave.compat.v1 as tf

# Operations created outside either context will run on the "best possible"
# device. For example, if you have a GPU and a CPU available, and the operation
# has a GPU implementation, TensorFlow will choose the GPU.
weights = tf.random_normal([3, 4])  # changed: shape [3, 4] in place of "..."

with tf.device("/device:CPU:0"):
  # Operations created in this context will be pinned to the CPU.
  img = tf.fill([4, 4], 128.0)  # changed: stands for the decoded image

with tf.device("/device:GPU:0"):
  # Operations created in this context will be pinned to the GPU.
  result = tf.matmul(weights, img)

# added: show the requested devices, then run.
print(repr(weights.device), repr(img.device), repr(result.device))
try:
  with tf.Session() as sess:
    sess.run(result)
  print("hard placement ran")
except tf.errors.InvalidArgumentError as e:
  print("InvalidArgumentError:", e)
with tf.Session(config=tf.ConfigProto(allow_soft_placement=True)) as sess:
  value = sess.run(result)
  print(value.shape, value.dtype)
