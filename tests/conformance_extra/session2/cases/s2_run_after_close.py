# Running a closed session: error class and message; closing twice;
# with-block closes the session.
from prelude import tf, np

c = tf.constant(1)
sess = tf.Session()
print(sess.run(c))
sess.close()
sess.close()
try:
    sess.run(c)
except Exception as e:
    print(type(e).__name__, str(e))
with tf.Session() as s2:
    print(s2.run(c))
try:
    s2.run(c)
except Exception as e:
    print(type(e).__name__, str(e))
try:
    c.eval(session=s2)
except Exception as e:
    print(type(e).__name__, str(e))
s3 = tf.Session()
s3.__enter__()
print(tf.get_default_session() is s3)
s3.__exit__(None, None, None)
print(tf.get_default_session() is None)
try:
    s3.run(c)
except Exception as e:
    print(type(e).__name__)
