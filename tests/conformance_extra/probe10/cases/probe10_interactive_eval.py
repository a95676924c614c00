# InteractiveSession with .eval()/.run() on ref variables, initializers, Variable.load.
from prelude import tf, np, rnd
tf.disable_v2_behavior()

sess = tf.InteractiveSession()
w = tf.Variable([[1.0, 2.0]], name="w")
w.initializer.run()
print(w.eval().tolist(), (w * 2).eval().tolist(), tf.get_default_session() is sess)
w.load([[5.0, 6.0]])
print(w.eval().tolist(), w.eval(session=sess).tolist())
tf.assign(w, [[0.0, 1.0]]).op.run()
print(sess.run(w).tolist())
u = tf.Variable(3.0, name="u")
print(sess.run(tf.report_uninitialized_variables()).tolist(), sess.run(tf.is_variable_initialized(u)))
tf.variables_initializer([u]).run()
print(u.eval(), sess.run(tf.assert_variables_initialized()) is None)
try:
    tf.Variable(1.0, name="z").eval()
except tf.errors.FailedPreconditionError as e:
    print("FailedPreconditionError", e.message[:60])
sess.close()
