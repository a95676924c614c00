# Using a closed session with variables: run, eval, load, make_callable, initializer.run.
from prelude import tf, np, rnd

v = tf.Variable(1.0, name="v")
sess = tf.Session()
sess.run(v.initializer)
sess.close()
try:
    sess.run(v)
except Exception as e:
    print(type(e).__name__)
try:
    sess.run(v.initializer)
except Exception as e:
    print(type(e).__name__)
try:
    v.eval(session=sess)
except Exception as e:
    print(type(e).__name__)
try:
    v.load(3.0, sess)
except Exception as e:
    print(type(e).__name__)
try:
    v.initializer.run(session=sess)
except Exception as e:
    print(type(e).__name__)
try:
    sess.partial_run_setup([v.value()])
except Exception as e:
    print(type(e).__name__)
sess.close()
print("closed twice ok")
