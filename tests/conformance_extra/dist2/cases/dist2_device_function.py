# tf.device(function) placing default-variable ops by type; nested device function and string scopes.
from prelude import tf, np, rnd

seen = []


def by_type(op):
    seen.append(op.type)
    if op.type in ("VarHandleOp", "AssignVariableOp"):
        return "/job:ps/task:0/device:CPU:0"
    if op.type == "ReadVariableOp":
        return "/job:ps/task:1"
    return ""


with tf.device(by_type):
    v = tf.Variable([1.0, 2.0], name="v")
    with tf.device("/job:worker"):
        y = tf.square(v, name="y")
        with tf.device(lambda op: "/device:CPU:1" if op.type == "Sum" else ""):
            s = tf.reduce_sum(y, name="s")
    a = v.assign_add([1.0, 1.0], name="aa")
    with tf.device(None):
        n = tf.negative(s, name="n")
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type, repr(op.device))
print(sorted(set(seen)))
print(repr(v.device), repr(v.handle.device), repr(a.device))
with tf.Graph().as_default():
    with tf.device(lambda op: None):
        try:
            tf.constant(1.0, name="k")
            print("none ok")
        except Exception as e:
            print("none", type(e).__name__)
