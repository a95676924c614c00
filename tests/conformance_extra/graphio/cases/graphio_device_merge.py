# Nested tf.device with strings, DeviceSpecs and functions; canonical strings in op.device/node_def.
from prelude import tf, np

def fn(op):
    return tf.DeviceSpec(device_type="GPU", device_index=1)

with tf.device("/job:ps/replica:1"):
    with tf.device(tf.DeviceSpec(task=3)):
        a = tf.constant(1.0, name="a")
        with tf.device(fn):
            b = tf.constant(1.0, name="b")
            with tf.device("/cpu:*"):
                c = tf.constant(1.0, name="c")
        with tf.device("/job:worker/device:cpu:2"):
            d = tf.constant(1.0, name="d")
    with tf.device("/gpu:0"):
        with tf.device(lambda op: "/job:x"):
            e = tf.constant(1.0, name="e")
with tf.device("/device:GPU:*"):
    f = tf.constant(1.0, name="f")
with tf.device("/job:localhost/replica:0/task:0/device:CPU:0"):
    h = tf.constant(1.0, name="h")
for t in (a, b, c, d, e, f, h):
    print(t.op.name, repr(t.device), repr(t.op.node_def.device))
gd = tf.get_default_graph().as_graph_def()
print(sorted((n.name, n.device) for n in gd.node))
for bad in ["/gpu:x", "/job:a/job:b", "nonsense", "/device:GPU"]:
    try:
        with tf.device(bad):
            tf.constant(1.0)
        print(bad, "ok")
    except Exception as ex:
        print(bad, type(ex).__name__)
with tf.Graph().as_default():
    try:
        with tf.device(lambda op: None):
            tf.constant(1.0, name="bad_fn")
        print("none fn ok")
    except Exception as ex:
        print("none fn", type(ex).__name__)
