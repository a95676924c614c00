# Feeding a variable's value tensor (fetched directly) and tensors derived
# from variables without initializing the variable.
from prelude import tf, np

v = tf.Variable([1.0, 2.0], name="v", use_resource=False)
w = v * 3.0
with tf.Session() as sess:
    print(sess.run(v.value(), {v.value(): [10.0, 20.0]}).tolist())
    print(sess.run(tf.identity(w), {w: [5.0, 6.0]}).tolist())
    try:
        sess.run(w)
    except Exception as e:
        print(type(e).__name__)
    sess.run(v.initializer)
    print(sess.run(w).tolist())
    print(sess.run(w, {w: [0.0, 0.0]}).tolist())
    try:
        sess.run(w, {v.value(): [1.0, 2.0, 3.0]})
    except Exception as e:
        print(type(e).__name__)
