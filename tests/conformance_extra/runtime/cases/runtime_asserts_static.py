# Static checks of tf.debugging.assert_*: decided while building, not running.
from prelude import tf, np

try:
    tf.debugging.assert_equal(tf.constant([1, 2]), tf.constant([1, 3]), message="static")
    print("built")
except Exception as e:
    print(type(e).__name__, "static" in str(e))
ok = tf.debugging.assert_equal(tf.constant([1, 2]), tf.constant([1, 2]))
print(ok.type)
try:
    tf.debugging.assert_rank(tf.zeros([2, 3]), 3)
    print("built")
except Exception as e:
    print(type(e).__name__, "must have rank 3" in str(e))
try:
    tf.debugging.assert_type(tf.zeros([2]), tf.int32)
    print("built")
except Exception as e:
    print(type(e).__name__)
try:
    tf.debugging.assert_positive(tf.constant([1, -1]))
    print("built")
except Exception as e:
    print(type(e).__name__)
p = tf.placeholder(tf.float32, name="p")
r = tf.debugging.assert_rank(p, 2, message="rank-msg")
print(r.type)
r2 = tf.debugging.assert_rank_at_least(p, 1)
with tf.Session() as sess:
    sess.run(r, {p: np.zeros([2, 2])})
    print("rank ok")
    try:
        sess.run(r, {p: np.zeros([3])})
    except tf.errors.OpError as e:
        print(type(e).__name__, "rank-msg" in e.message, "must have rank 2" in e.message)
    try:
        sess.run(r2, {p: 1.0})
    except tf.errors.OpError as e:
        print(type(e).__name__, "must have rank at least 1" in e.message)
