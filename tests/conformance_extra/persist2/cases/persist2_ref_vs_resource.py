# Saver restore ops: disable_resource_variables gives ref VariableV2/Assign, default gives AssignVariableOp.
from prelude import tf, np, rnd

with tf.Graph().as_default() as g:
    a = tf.Variable([1.0], name="a")
    tf.train.Saver()
    print(a.op.type, sorted(set(o.type for o in g.get_operations() if o.name.startswith("save/"))))
    print(type(a).__name__)
tf.disable_resource_variables()
with tf.Graph().as_default() as g:
    a = tf.Variable([1.0], name="a")
    tf.train.Saver()
    print(a.op.type, sorted(set(o.type for o in g.get_operations() if o.name.startswith("save/"))))
    print(type(a).__name__)
    b = tf.get_variable("b", shape=[2], use_resource=True)
    tf.train.Saver([b], name="rs")
    print(b.op.type, sorted(set(o.type for o in g.get_operations() if o.name.startswith("rs/"))))
tf.enable_resource_variables()
with tf.Graph().as_default() as g:
    a = tf.Variable([1.0], name="a")
    print(a.op.type, tf.resource_variables_enabled())
