# Seeds: ../shared/seeds/003_01437192631829fa.txt (TensorFlow guide "Graphs and
# Sessions", Markdown source) and 002_f90786f8ec59682f.txt (the same guide as
# rendered text).
# Section "Placing operations on different devices", the CPU/GPU example.
# The guide's block is a fragment that cannot run as printed, even in
# TensorFlow: `tf.random_normal(...)` has no shape, `tf.decode_jpeg` is not a
# TensorFlow name (it is tf.image.decode_jpeg), "img.jpg" does not exist, and
# tf.matmul cannot multiply float32 weights by a uint8 HxWxC image.
# Added or changed (marked "# added"/"# changed"): the import line; writing a
# 4x4 grey "img.jpg" into the working directory (with Pillow); a shape for
# weights; tf.image.decode_jpeg with channels=1 and a reshape/cast of the image
# to a float32 4x4 matrix. Then the block is run twice: without a GPU, hard
# placement on "/device:GPU:0" fails with InvalidArgumentError as in
# TensorFlow, and allow_soft_placement=True runs it on the CPU.
# guide_03b_device_gpu_soft_placement.py is the same example without the JPEG
# (it checks the device handling without depending on the image ops).
# ruff: noqa  (kept as the document wrote it)
# fmt: off
import numpy as np  # added
from PIL import Image  # added
import tensorweave.compat.v1 as tf

Image.fromarray(np.full((4, 4), 128, np.uint8)).save("img.jpg")  # added

# Operations created outside either context will run on the "best possible"
# device. For example, if you have a GPU and a CPU available, and the operation
# has a GPU implementation, TensorFlow will choose the GPU.
weights = tf.random_normal([3, 4])  # changed: shape [3, 4] in place of "..."

with tf.device("/device:CPU:0"):
  # Operations created in this context will be pinned to the CPU.
  img = tf.image.decode_jpeg(tf.read_file("img.jpg"), channels=1)  # changed
  img = tf.cast(tf.reshape(img, [4, 4]), tf.float32)  # added

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
