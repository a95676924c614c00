# K-means clustering: assignment by argmin distance, new centroids via unsorted_segment_sum, updated with tf.assign.
from prelude import tf, np, rnd

rs = np.random.RandomState(4)
pts = np.concatenate([rs.randn(10, 2) + [0, 0], rs.randn(10, 2) + [5, 5], rs.randn(10, 2) + [0, 6]]).astype(np.float32)
k = 3
points = tf.constant(pts, name="points")
centroids = tf.Variable(tf.gather(points, [0, 10, 20]), name="centroids")
expanded_p = tf.expand_dims(points, 0)
expanded_c = tf.expand_dims(centroids, 1)
dist = tf.reduce_sum(tf.square(expanded_p - expanded_c), 2)
assignments = tf.argmin(dist, 0, output_type=tf.int32)
sums = tf.unsorted_segment_sum(points, assignments, k)
counts = tf.unsorted_segment_sum(tf.ones_like(points[:, :1]), assignments, k)
means = sums / tf.maximum(counts, 1.0)
update = tf.assign(centroids, means)
inertia = tf.reduce_sum(tf.reduce_min(dist, 0))
print(dist.shape, assignments.dtype.name, sums.shape, update.op.type, update.dtype.name)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    prev = None
    for it in range(10):
        _, inn, a = sess.run([update, inertia, assignments])
        print(it, "%.4g" % inn)
        if prev is not None and (prev == a).all():
            print("converged at", it)
            break
        prev = a
    print(rnd(np.sort(sess.run(centroids), 0), 3))
    print(np.bincount(sess.run(assignments), minlength=k).tolist())
    print(sess.run(tf.unsorted_segment_max(points[:, 0], assignments, k + 1)).tolist()[-1] < -1e30)
