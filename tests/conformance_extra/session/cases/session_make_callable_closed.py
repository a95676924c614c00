# Callables from make_callable after the session closes, with and without
# feed_list / accept_options; a second session on the same graph still works.
from prelude import tf, np

x = tf.placeholder(tf.int32, shape=[], name="x")
y = x * 2
c = tf.constant(3)
s = tf.Session()
f1 = s.make_callable(c)
f2 = s.make_callable(y, feed_list=[x])
f3 = s.make_callable(c, accept_options=True)
print(f1(), f2(4), f3())
s.close()
for fn in [f1, lambda: f2(4), f3]:
    try:
        fn()
        print("ok")
    except Exception as e:
        print(type(e).__name__)
with tf.Session() as s2:
    g = s2.make_callable([y, c], [x])
    print([int(v) for v in g(5)])
    try:
        s2.make_callable(y)()
    except Exception as e:
        print(type(e).__name__)
s3 = tf.Session()
s3.close()
try:
    s3.make_callable(c)
    print("made")
except Exception as e:
    print(type(e).__name__)
