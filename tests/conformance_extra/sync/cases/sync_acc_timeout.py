# take_grad blocks until enough gradients arrive: RunOptions.timeout_in_ms ends the wait.
from prelude import tf, np, rnd

acc = tf.ConditionalAccumulator(tf.float32, shape=[2])
ap = acc.apply_grad([2.0, 4.0])
take = acc.take_grad(2)
opts = tf.RunOptions(timeout_in_ms=200)
with tf.Session() as sess:
    sess.run(ap)
    try:
        sess.run(take, options=opts)
    except tf.errors.DeadlineExceededError as e:
        print(type(e).__name__)
    print(sess.run(acc.num_accumulated()))
    sess.run(ap)
    print(rnd(sess.run(take, options=opts)))
with tf.Session(config=tf.ConfigProto(operation_timeout_in_ms=200)) as sess:
    try:
        sess.run(take)
    except tf.errors.DeadlineExceededError as e:
        print(type(e).__name__)
