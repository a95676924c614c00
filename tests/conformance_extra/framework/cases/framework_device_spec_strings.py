# DeviceSpec parsing, printing, merging and replace.
from prelude import tf, np

for s in ["/cpu:0", "/gpu:1", "/job:ps", "/job:ps/task:2", "/job:w/replica:1/task:0/device:GPU:3",
          "/device:CPU:*", "CPU:0", "/device:cpu:0", "/job:a/cpu:1", "", "/task:1/job:x"]:
    d = tf.DeviceSpec.from_string(s)
    print(repr(s), repr(d.to_string()), d.job, d.replica, d.task, d.device_type, d.device_index)
d = tf.DeviceSpec(job="ps", replica=0, task=1, device_type="GPU", device_index=0)
print(d.to_string())
print(d.replace(job="worker").to_string(), d.to_string())
print(tf.DeviceSpec(device_type="cpu").to_string())
a = tf.DeviceSpec.from_string("/job:ps/cpu:0")
b = tf.DeviceSpec.from_string("/task:3/gpu:1")
print(a.make_merged_spec(b).to_string(), b.make_merged_spec(a).to_string())
print(a == tf.DeviceSpec.from_string("/job:ps/device:CPU:0"), a == b)
print(hash(a) == hash(tf.DeviceSpec.from_string("/job:ps/device:CPU:0")))
for bad in ["/foo:1", "/job:ps/bar", "/gpu:x"]:
    try:
        tf.DeviceSpec.from_string(bad)
        print("ok", bad)
    except Exception as e:
        print(type(e).__name__)
with tf.device(tf.DeviceSpec(job="ps", task=0)):
    x = tf.constant(1.0)
print(repr(x.device))
with tf.device("/device:CPU:0"):
    with tf.device(tf.DeviceSpec(device_type="GPU", device_index=0)):
        y = tf.constant(1.0)
print(repr(y.device))
with tf.device(lambda op: "/cpu:0" if op.type == "Const" else "/gpu:0"):
    z = tf.constant(1.0)
    w = z + 1.0
print(repr(z.device), repr(w.device))
with tf.device("/job:x"):
    with tf.device(""):
        q = tf.constant(1.0)
print(repr(q.device))
