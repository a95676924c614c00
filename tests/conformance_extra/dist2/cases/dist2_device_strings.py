# Device name normalization: tf.device strings and DeviceSpec objects -> op.device of default-variable ops.
from prelude import tf, np, rnd

specs = ["/job:ps/task:0", "/job:ps/replica:0/task:1/device:CPU:0", "/cpu:0", "/gpu:1", "CPU:0",
         "/device:CPU:*", "/job:worker/device:GPU:2", "/task:3", "/replica:2", "/job:w/task:1/cpu:0",
         "/device:cpu:0", "/job:ps/device:XLA_CPU:0", ""]
for i, s in enumerate(specs):
    with tf.device(s):
        v = tf.Variable(float(i), name="v%d" % i)
        t = tf.identity(v, name="t%d" % i)
    print(repr(s), repr(v.device), repr(v.op.device), repr(t.device))
for s in ["/job:ps/task:0", "/gpu:1", "/device:CPU:*", "cpu:0", "/job:a/replica:1/task:2/device:GPU:3"]:
    d = tf.DeviceSpec.from_string(s)
    print(repr(d.to_string()), d.job, d.replica, d.task, d.device_type, d.device_index)
    with tf.device(d):
        c = tf.constant(1.0)
    print(" ", repr(c.device))
d = tf.DeviceSpec(job="ps", task=1, device_type="cpu", device_index=0)
print(repr(d.to_string()))
with tf.device("/job:ps"):
    with tf.device("/task:2"):
        with tf.device("/device:GPU:1"):
            k = tf.constant(0)
        with tf.device("/job:worker"):
            k2 = tf.constant(0)
print(repr(k.device), repr(k2.device))
for bad in ["/job:ps/badfield:1", "/gpu:x"]:
    try:
        with tf.device(bad):
            tf.constant(0)
        print("ok", bad)
    except Exception as e:
        print(bad, type(e).__name__)
