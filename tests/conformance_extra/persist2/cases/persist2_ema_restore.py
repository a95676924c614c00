# ExponentialMovingAverage with default variables: shadow names, variables_to_restore, restoring averages.
import os
import tempfile
from prelude import tf, np, rnd

tmp = tempfile.mkdtemp()
with tf.Graph().as_default():
    w = tf.Variable([1.0, 2.0], name="w")
    ema = tf.train.ExponentialMovingAverage(0.5)
    upd = ema.apply([w])
    avg = ema.average(w)
    print(avg.name, avg.op.type, ema.average_name(w))
    print(sorted(ema.variables_to_restore().keys()))
    s = tf.train.Saver()
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        sess.run(w.assign([3.0, 4.0]))
        sess.run(upd)
        print(rnd(sess.run(avg)))
        p = s.save(sess, os.path.join(tmp, "m"))
print(tf.train.list_variables(p))
with tf.Graph().as_default():
    w = tf.Variable([0.0, 0.0], name="w")
    ema = tf.train.ExponentialMovingAverage(0.5)
    vr = ema.variables_to_restore()
    print(sorted((k, v.name) for k, v in vr.items()))
    s = tf.train.Saver(vr)
    with tf.Session() as sess:
        s.restore(sess, p)
        print(rnd(sess.run(w)))
