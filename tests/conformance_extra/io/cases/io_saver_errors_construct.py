# Saver construction errors and empty var lists.
from prelude import tf, np, rnd

try:
    tf.train.Saver()
except Exception as e:
    print(type(e).__name__)
s = tf.train.Saver(allow_empty=True)
print(s.saver_def.filename_tensor_name if s.saver_def else None)
v = tf.Variable(1.0, name="v")
try:
    tf.train.Saver([v, v])
except Exception as e:
    print(type(e).__name__)
try:
    tf.train.Saver({"a": v, "b": v})
    print("ok")
except Exception as e:
    print(type(e).__name__)
try:
    tf.train.Saver({"a": 3})
except Exception as e:
    print(type(e).__name__)
try:
    tf.train.Saver([tf.constant(1.0)])
except Exception as e:
    print(type(e).__name__)
s2 = tf.train.Saver([v])
with tf.Session() as sess:
    sess.run(v.initializer)
    try:
        s2.save(sess, "")
    except Exception as e:
        print(type(e).__name__)
    try:
        s2.save(tf.constant(1.0), "x")
    except Exception as e:
        print(type(e).__name__)
