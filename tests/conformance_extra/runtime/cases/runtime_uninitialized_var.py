# FailedPreconditionError for uninitialized variables: which variable is named.
from prelude import tf, np

with tf.variable_scope("model"):
    w = tf.get_variable("w", [2], initializer=tf.zeros_initializer())
    b = tf.Variable(1.0, name="b")
v = tf.Variable([1, 2], name="v")
out = tf.reduce_sum(w) + b
with tf.Session() as sess:
    for fetch in [w, b, v + 1, w.read_value()]:
        try:
            sess.run(fetch)
        except tf.errors.OpError as e:
            first = e.message
            print(type(e).__name__, e.error_code, e.op is not None)
            print("model/w" in first, "model/b" in first,
                  "uninitialized" in first.lower())
    sess.run(w.initializer)
    print(sess.run(w).tolist())
    try:
        sess.run(out)
    except tf.errors.FailedPreconditionError as e:
        print(type(e).__name__, "model/b" in e.message, "model/w" in e.message)
    try:
        w.eval()
        print(b.eval())
    except tf.errors.FailedPreconditionError as e:
        print(type(e).__name__, "model/b" in e.message)
