# Variable.load and .eval with default and explicit sessions.
from prelude import tf, np, rnd

v = tf.Variable([1.0, 2.0], name="v")
x = tf.Variable(5, name="x")
sess = tf.Session()
with sess.as_default():
    sess.run(tf.global_variables_initializer())
    print(rnd(v.eval()))
    v.load([3.0, 4.0])
    print(rnd(v.eval()), rnd(sess.run(v)))
    x.load(7)
    print(x.eval())
v.load(np.array([8.0, 9.0]), sess)
print(rnd(v.eval(session=sess)))
try:
    v.load([1.0, 2.0, 3.0], sess)
except Exception as e:  # noqa: BLE001
    print("bad shape", type(e).__name__)
print(rnd(v.eval(session=sess)))
try:
    v.load([1.0, 2.0])
except Exception as e:  # noqa: BLE001
    print("no session", type(e).__name__)
try:
    v.eval()
except Exception as e:  # noqa: BLE001
    print("eval no session", type(e).__name__)
sess.close()
