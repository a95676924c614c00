# Ref variable assign ops: return values, chaining, use_locking, validate_shape, read_value.
from prelude import tf, np, rnd
tf.disable_v2_behavior()

v = tf.Variable([1.0, 2.0], name="v")
a1 = v.assign([3.0, 4.0])
a2 = v.assign_add([1.0, 1.0], name="add")
a3 = v.assign_sub([0.5, 0.5], read_value=False)
a4 = tf.assign(v, [9.0, 9.0], use_locking=True)
print(type(a1).__name__, a1.name, a1.dtype, a1.op.type, a2.name, a2.op.type)
print(type(a3).__name__, a3.name, a3.type)
print(a4.op.get_attr("use_locking"), a1.op.get_attr("validate_shape"))
print([i.name for i in a1.op.inputs], [i.dtype for i in a1.op.inputs])
chain = tf.assign_add(a1, [10.0, 10.0])
print(chain.op.inputs[0].name, chain.dtype)
u = tf.Variable([1.0], name="u", validate_shape=False)
grow = tf.assign(u, [1.0, 2.0, 3.0], validate_shape=False)
print(u.shape, grow.shape)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(sess.run(a1).tolist(), sess.run(a2).tolist(), sess.run(a3), sess.run(v).tolist())
    print(sess.run(chain).tolist(), sess.run(v).tolist())
    print(sess.run(grow).tolist(), sess.run(u).tolist())
    print(sess.run([v.assign(v * 2.0), v.initialized_value()]) is not None)
    try:
        sess.run(tf.assign(v, [1.0, 2.0, 3.0]))
    except Exception as e:
        print("err", type(e).__name__)
try:
    tf.assign(v, [[1.0]])
except ValueError as e:
    print("ValueError", str(e)[:80])
