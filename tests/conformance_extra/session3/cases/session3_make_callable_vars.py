# make_callable with variables, updates and feeds.
from prelude import tf, np, rnd

v = tf.Variable(0.0, name="v")
x = tf.placeholder(tf.float32, [], name="x")
upd = v.assign_add(x)
with tf.Session() as sess:
    sess.run(v.initializer)
    f = sess.make_callable(upd, feed_list=[x])
    print(rnd(f(1.0)), rnd(f(2.5)))
    g = sess.make_callable(v)
    print(rnd(g()))
    h = sess.make_callable([v, upd.op], feed_list=[x])
    r = h(1.0)
    print(type(r).__name__, r[1])
    print(rnd(g()))
    k = sess.make_callable(v.initializer)
    print(k())
    print(rnd(g()))
    m = sess.make_callable({"v": v, "u": upd}, [x])
    r = m(4.0)
    print(sorted(r), rnd(r["u"]))
sess2 = tf.Session()
c = sess2.make_callable(v)
try:
    c()
except Exception as e:
    print(type(e).__name__)
sess2.close()
