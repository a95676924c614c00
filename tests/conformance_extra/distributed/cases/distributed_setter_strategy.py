# replica_device_setter with a custom ps_strategy callable (called once per ps op) and a bad strategy.
from prelude import tf, np, rnd

with tf.Graph().as_default():
    calls = []

    def always_one(op):
        calls.append(op.name)
        return 1

    with tf.device(tf.train.replica_device_setter(ps_tasks=2, ps_strategy=always_one)):
        a = tf.Variable(1.0, name="a")
        b = tf.Variable(tf.zeros([2]), name="b")
        c = a + 1.0
    print(repr(a.device), repr(b.device), repr(c.device), calls)

with tf.Graph().as_default():
    sizes = {}

    def by_name(op):
        return len(op.name) % 3

    with tf.device(tf.train.replica_device_setter(ps_tasks=3, ps_strategy=by_name)):
        for name in ["x", "yy", "zzz", "wwww"]:
            v = tf.Variable(1.0, name=name)
            print(name, repr(v.device))

for bad in [5, "rr"]:
    try:
        tf.train.replica_device_setter(ps_tasks=2, ps_strategy=bad)
        print("no error")
    except Exception as e:  # noqa: BLE001
        print(type(e).__name__)
