# Device functions, partial device spec merging, device(None) reset, device("").
from prelude import tf, np

def by_type(op):
    return "/cpu:0" if op.type == "Const" else "/job:ps/task:1"

with tf.device(by_type):
    a = tf.constant(1.0, name="a")
    b = tf.identity(a, name="b")
print(repr(a.device), repr(b.device))
with tf.device("/job:worker"):
    with tf.device("/task:2"):
        with tf.device("/cpu:0"):
            c = tf.constant(1.0, name="c")
        d = tf.constant(1.0, name="d")
        with tf.device("/job:ps"):
            e = tf.constant(1.0, name="e")
        with tf.device(None):
            f = tf.constant(1.0, name="f")
            with tf.device("/gpu:1"):
                f2 = tf.constant(1.0, name="f2")
        with tf.device(""):
            h = tf.constant(1.0, name="h")
for t in (c, d, e, f, f2, h):
    print(t.op.name, repr(t.device))
with tf.device("/device:GPU:0"):
    with tf.device(lambda op: ""):
        i = tf.constant(1.0, name="i")
    with tf.device(lambda op: "/cpu:1"):
        j = tf.constant(1.0, name="j")
print(repr(i.device), repr(j.device))
with tf.device(tf.DeviceSpec(job="w", device_type="CPU", device_index=0)):
    k = tf.constant(1.0, name="k")
print(repr(k.device))
with tf.device("/job:w/replica:0/task:0"):
    with tf.device("/device:CPU:*"):
        m = tf.constant(1.0, name="m")
print(repr(m.device))
with tf.device("cpu:0"):
    n = tf.constant(1.0, name="n")
print(repr(n.device))
with tf.device("/gpu:0"):
    n2 = tf.constant(1.0, name="n2")
n2.op._set_device("/cpu:0")
print(repr(n2.device))
