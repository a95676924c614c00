# Uninitialized ref variables: error classes, report_uninitialized_variables, is_variable_initialized.
from prelude import tf, np, rnd

tf.disable_v2_behavior()
v = tf.Variable(tf.zeros([2]), name="v")
w = tf.get_variable("w", [3], initializer=tf.ones_initializer())
y = v * 2
with tf.Session() as sess:
    for fetch in [v, y, v.value(), w.read_value()]:
        try:
            sess.run(fetch)
            print("no error")
        except Exception as e:  # noqa: BLE001
            print(type(e).__name__, isinstance(e, tf.errors.OpError))
    try:
        sess.run(tf.assign_add(v, [1.0, 1.0]))
    except Exception as e:  # noqa: BLE001
        print("assign_add", type(e).__name__)
    r = tf.report_uninitialized_variables()
    print(r.dtype, r.shape, sess.run(r).tolist())
    print(sess.run(tf.is_variable_initialized(v)))
    sess.run(v.initializer)
    print(sess.run(r).tolist(), sess.run(tf.is_variable_initialized(v)))
    print(sess.run(y).tolist())
    sess.run(tf.variables_initializer([w]))
    print(sess.run(w).tolist(), sess.run(tf.report_uninitialized_variables()).tolist())
    print(sess.run(tf.assert_variables_initialized()) is None)
with tf.Session() as sess2:
    try:
        sess2.run(y)
    except Exception as e:  # noqa: BLE001
        print("second session", type(e).__name__)
    init = tf.global_variables_initializer()
    print(init.type, init.name)
    sess2.run(init)
    print(sess2.run(y).tolist())
