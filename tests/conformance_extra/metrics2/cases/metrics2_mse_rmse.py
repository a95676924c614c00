# mean_squared_error / root_mean_squared_error / mean_absolute_error / mean_relative_error metrics: names and values.
from prelude import tf, np, rnd

labels = tf.placeholder(tf.float32, [None, 2])
preds = tf.placeholder(tf.float32, [None, 2])
mse, mse_u = tf.metrics.mean_squared_error(labels, preds)
rmse, rmse_u = tf.metrics.root_mean_squared_error(labels, preds)
mae, mae_u = tf.metrics.mean_absolute_error(labels, preds, weights=[[1.0, 0.5]])
mre, mre_u = tf.metrics.mean_relative_error(labels, preds, normalizer=tf.constant([[2.0, 4.0], [1.0, 0.0]]))
for t in (mse, mse_u, rmse, rmse_u, mae, mae_u, mre, mre_u):
    print(t.name, t.dtype.name, t.shape)
print([v.name for v in tf.local_variables()])
m_int, m_int_u = tf.metrics.mean_squared_error(tf.constant([1, 2]), tf.constant([3, 2]))
print(m_int.dtype.name, m_int_u.dtype.name)
with tf.Session() as sess:
    sess.run(tf.local_variables_initializer())
    f1 = {labels: [[1.0, 2.0], [3.0, 4.0]], preds: [[1.5, 2.0], [2.0, 6.0]]}
    f2 = {labels: [[0.0, 0.0], [1.0, 1.0]], preds: [[1.0, -1.0], [2.0, 3.0]]}
    print(rnd(sess.run([mse_u, rmse_u, mae_u, mre_u], f1)))
    print(rnd(sess.run([mse_u, rmse_u, mae_u, mre_u], f2)))
    print(rnd(sess.run([mse, rmse, mae, mre])))
    print(rnd(sess.run([m_int_u, m_int])))
