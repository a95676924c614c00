# colocate_with(variable) for default variables: devices, _class attrs, colocation_groups of new ops.
from prelude import tf, np, rnd

with tf.device("/job:ps/task:1"):
    v = tf.Variable([1.0, 2.0], name="v")
with tf.device("/job:worker/task:0"):
    with tf.colocate_with(v):
        a = tf.identity(v, name="a")
        b = tf.add(v, 1.0, name="b")
        u = v.assign([3.0, 4.0], name="u")
    with tf.colocate_with(v.op):
        c = tf.identity(v, name="c")
    with tf.colocate_with(a):
        d = tf.identity(a, name="d")
    e = tf.identity(v, name="e")
    with tf.colocate_with(v, ignore_existing=True):
        f = tf.identity(v, name="f")
    with tf.colocate_with(None, ignore_existing=True):
        h = tf.identity(v, name="h")
for op in tf.get_default_graph().get_operations():
    try:
        cls = op.get_attr("_class")
    except ValueError as err:
        cls = type(err).__name__
    print(op.name, op.type, repr(op.device), op.colocation_groups(), cls)
with tf.Session() as sess:
    pass
print(type(v.op).__name__, v.op.type, v.value().op.type, v.read_value().op.type)
