# tf.device placement strings for distributed jobs: nesting, partial specs, DeviceSpec, op.device values.
from prelude import tf, np, rnd

with tf.Graph().as_default():
    with tf.device("/job:ps/task:0"):
        a = tf.constant(1.0, name="a")
        with tf.device("/cpu:0"):
            b = tf.constant(1.0, name="b")
        with tf.device("/job:worker"):
            c = tf.constant(1.0, name="c")
        with tf.device(None):
            d = tf.constant(1.0, name="d")
        with tf.device("/task:3"):
            e = tf.constant(1.0, name="e")
        with tf.device(""):
            f = tf.constant(1.0, name="f")
    with tf.device("/job:worker/replica:0/task:1/device:CPU:0"):
        g = tf.constant(1.0, name="g")
    with tf.device("/job:ps/task:1/device:GPU:2"):
        h = tf.constant(1.0, name="h")
    with tf.device("job:ps"):
        i = tf.constant(1.0, name="i")
    with tf.device(tf.DeviceSpec(job="ps", task=2, device_type="CPU", device_index=0)):
        j = tf.constant(1.0, name="j")
    for t in [a, b, c, d, e, f, g, h, i, j]:
        print(t.op.name, repr(t.device), repr(t.op.device))
    spec = tf.DeviceSpec.from_string("/job:ps/task:3/device:CPU:0")
    print(spec.job, spec.task, spec.device_type, spec.device_index, spec.replica)
    print(spec.to_string())
    print(tf.DeviceSpec(job="worker", task=1).to_string())
    for res in (False, True):
        with tf.device("/job:ps/task:0"):
            v = tf.Variable(1.0, name="v", use_resource=res)
        print(repr(v.device), repr(v.initializer.device), repr(v.value().device),
              repr(v.read_value().device))
        with tf.device("/job:worker/task:0"):
            r = v * 2.0
            rr = v.read_value()
            a = v.assign(3.0)
        print(repr(r.device), repr(rr.device), repr(a.device))
    nd = [n for n in tf.get_default_graph().as_graph_def().node if n.name in ("a", "h")]
    print([(n.name, n.device) for n in nd])
