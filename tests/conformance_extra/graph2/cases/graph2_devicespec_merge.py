# DeviceSpec from_string/to_string/make_merged_spec/replace on unusual inputs.
from prelude import tf, np

for s in ["", "/cpu:0", "/CPU:0", "/job:a/task:1", "/device:GPU:*", "/replica:2", "gpu:3",
          "/job:a/replica:0/task:0/device:TPU:4", "/job:a/cpu:1"]:
    d = tf.DeviceSpec.from_string(s)
    print(repr(s), repr(d.to_string()), d.job, d.replica, d.task, d.device_type, d.device_index)
base = tf.DeviceSpec.from_string("/job:a/task:1/device:CPU:0")
over = tf.DeviceSpec.from_string("/job:b/device:GPU:2")
print(base.make_merged_spec(over).to_string(), base.to_string())
print(over.make_merged_spec(base).to_string())
print(base.replace(task=3).to_string(), base.replace(device_type="GPU").to_string())
print(tf.DeviceSpec(job="x", task=2).to_string(), tf.DeviceSpec().to_string() == "")
print(base == tf.DeviceSpec.from_string("/job:a/task:1/cpu:0"), base == over)
for bad in ["/job:a/cpu:0/gpu:1", "/foo:bar", "/job:a/task:x"]:
    try:
        print(repr(bad), tf.DeviceSpec.from_string(bad).to_string())
    except Exception as e:
        print(repr(bad), type(e).__name__)
