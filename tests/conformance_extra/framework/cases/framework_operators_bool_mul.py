# `*` on bool tensors multiplies as int32 and casts back; op names of the casts.
from prelude import tf, np, rnd

b = tf.constant([True, False, True], name="b")
c = tf.constant([True, True, False], name="c")
r = b * c
print(r.name, r.dtype.name, r.op.type, r.shape.as_list())
print([(op.name, op.type) for op in tf.get_default_graph().get_operations()])
print(r.op.inputs[0].op.type, r.op.inputs[0].dtype.name, r.op.inputs[0].op.name)
r2 = b * True
r3 = False * b
r4 = b * tf.constant(2)
print(r2.name, r3.name, r4.name, r2.dtype.name, r3.dtype.name, r4.dtype.name)
with tf.Session() as sess:
    print(rnd(sess.run([r, r2, r3, r4])))
try:
    b + c
except Exception as e:
    print(type(e).__name__)
try:
    b - c
except Exception as e:
    print(type(e).__name__)
try:
    b / c
except Exception as e:
    print(type(e).__name__, "__truediv__" in str(e))
print((b & c).op.type, (b | c).op.type, (b ^ c).op.type, (~b).op.type)
