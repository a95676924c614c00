# Saver(reshape=True) restoring default variables with a different shape of the same size.
import os
import tempfile
from prelude import tf, np, rnd

tmp = tempfile.mkdtemp()
with tf.Graph().as_default():
    v = tf.Variable(np.arange(6, dtype=np.float32).reshape(2, 3), name="v")
    with tf.Session() as sess:
        sess.run(v.initializer)
        p = tf.train.Saver().save(sess, os.path.join(tmp, "m"))
for reshape, shape in ((True, [3, 2]), (True, [6]), (False, [3, 2]), (True, [4])):
    with tf.Graph().as_default() as g:
        w = tf.Variable(np.zeros(shape, np.float32), name="v")
        s = tf.train.Saver(reshape=reshape)
        print(reshape, shape, sorted(set(o.type for o in g.get_operations() if o.name.startswith("save/"))))
        with tf.Session() as sess:
            try:
                s.restore(sess, p)
                print(rnd(sess.run(w)))
            except Exception as e:  # noqa: BLE001
                print(type(e).__name__)
