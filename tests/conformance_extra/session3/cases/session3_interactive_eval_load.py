# InteractiveSession with a default variable: initializer.run, eval, load, op.run, assign ops.
from prelude import tf, np, rnd

g = tf.Graph()
with g.as_default():
    v = tf.Variable([1.0, 2.0], name="v")
    inc = v.assign_add([1.0, 1.0])
sess = tf.InteractiveSession(graph=g)
try:
    v.eval()
except Exception as e:
    print(type(e).__name__)
v.initializer.run()
print(rnd(v.eval()))
v.load([5.0, 6.0])
print(rnd(v.eval()))
v.load(np.array([7.0, 8.0]), sess)
print(rnd(v.eval()))
inc.op.run()
print(rnd(v.eval()))
print(rnd(inc.eval()))
try:
    v.load([1.0, 2.0, 3.0])
except Exception as e:
    print(type(e).__name__)
print(rnd(v.eval()))
print(rnd(v.value().eval()), rnd(v.read_value().eval()))
sess.close()
try:
    v.eval()
except Exception as e:
    print(type(e).__name__)
