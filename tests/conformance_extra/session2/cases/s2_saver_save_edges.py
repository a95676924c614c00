# Saver.save edges: global_step as a tensor/variable, write_meta_graph,
# write_state=False, latest_filename, save into a missing directory.
import os
import tempfile
from prelude import tf, np

d = tempfile.mkdtemp()
os.chdir(d)
v = tf.Variable(4.0, name="v")
gs = tf.Variable(7, name="gs", trainable=False)
saver = tf.train.Saver([v, gs])
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(os.path.basename(saver.save(sess, "a", global_step=gs)))
    print(os.path.basename(saver.save(sess, "b", global_step=np.int64(3), write_meta_graph=False)))
    print(os.path.basename(saver.save(sess, "c", write_state=False)))
    print(os.path.basename(saver.save(sess, "e", latest_filename="other")))
    print(os.path.exists("b-3.meta"), os.path.exists("a-7.meta"))
    print(os.path.basename(tf.train.latest_checkpoint(".")))
    print(os.path.basename(tf.train.latest_checkpoint(".", latest_filename="other")))
    try:
        saver.save(sess, os.path.join("no", "such", "dir", "x"))
        print("saved")
    except Exception as e:
        print(type(e).__name__)
    try:
        saver.save(tf.Session(graph=tf.Graph()), "z")
    except Exception as e:
        print(type(e).__name__)
    try:
        saver.save(sess, "f", global_step="bad")
    except Exception as e:
        print(type(e).__name__)
