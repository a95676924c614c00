# Seed: ../shared/seeds/004_e1404e1d50e21962.txt (Danijar Hafner, "What is a
# TensorFlow Session?"), reader comment by "Paul Gradie" answering "Is it
# possible to reuse the variable value (which had been trained) in a new
# session?" with a tf.train.Saver save/restore sketch.
# The comment is pseudo-code: its bodies are "...#train model" lines. Added:
# the import line, one variable `v` (the saver needs at least one variable) and
# a "training" step (assign 7.0), the actual save/restore calls from the
# comment, and prints of the value before and after restore. `save_file` is
# relative ('./model.ckpt'), so it lands in the working directory (the test runs
# this script in a temporary directory).
# ruff: noqa  (kept as the document wrote it)
# fmt: off
import tensorweave.compat.v1 as tf

v = tf.Variable(1.0, name='v')
train = v.assign(7.0)

# The file path to save the data
save_file = './model.ckpt'

#Class used to do the saving
saver = tf.train.Saver()

###Start session and train model/variables###
with tf.Session() as sess:
    #train model
    sess.run(tf.global_variables_initializer())
    sess.run(train)
    #Save the model (and its variables) using the save method
    saver.save(sess, save_file)

#start session
with tf.Session() as sess:
    #load previous session
    saver.restore(sess, save_file)
    print(sess.run(v))
