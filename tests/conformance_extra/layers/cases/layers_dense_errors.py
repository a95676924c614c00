# tf.layers.dense on inputs it cannot take: unknown last dimension, rank 1, unknown rank.
from prelude import tf, np, rnd

for shape in ([None, None], [3, None], [4]):
    p = tf.placeholder(tf.float32, shape)
    try:
        tf.layers.dense(p, 2)
        print(shape, "ok")
    except ValueError as e:
        print(shape, type(e).__name__)
p = tf.placeholder(tf.float32)
try:
    tf.layers.dense(p, 2)
    print("unknown rank ok")
except ValueError as e:
    print("unknown rank", type(e).__name__)
print([v.name for v in tf.global_variables()])
ok = tf.layers.dense(tf.placeholder(tf.float32, [None, 5]), 3)
print(ok.shape.as_list(), [v.name for v in tf.global_variables()])
try:
    tf.layers.Dense(0)
    print("zero units ok")
except ValueError as e:
    print("zero units", type(e).__name__)
try:
    tf.layers.Dense(-2)
    print("negative units ok")
except ValueError as e:
    print("negative units", type(e).__name__)
