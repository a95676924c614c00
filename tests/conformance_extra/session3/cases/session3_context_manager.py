# tf.Session as context manager, as_default, get_default_session inside and eval/run.
from prelude import tf, np, rnd

v = tf.Variable(4.0, name="v")
print(tf.get_default_session() is None)
with tf.Session() as sess:
    print(tf.get_default_session() is sess)
    v.initializer.run()
    print(rnd(v.eval()))
    v.load(5.0)
    print(rnd(tf.get_default_session().run(v)))
print(tf.get_default_session() is None)
sess = tf.Session()
with sess.as_default():
    print(tf.get_default_session() is sess)
    v.initializer.run()
    print(rnd(v.eval()))
print(tf.get_default_session() is None)
print(rnd(sess.run(v)))
try:
    v.eval()
except Exception as e:
    print(type(e).__name__)
inner = tf.Session()
with sess.as_default():
    with inner.as_default():
        print(tf.get_default_session() is inner)
        try:
            v.eval()
        except Exception as e:
            print(type(e).__name__)
    print(rnd(v.eval()))
sess.close()
inner.close()
