# tf.data pipeline with an initializable iterator over placeholders feeding a model; epochs end with OutOfRangeError.
from prelude import tf, np, rnd

rng = np.random.RandomState(0)
train_x = rng.uniform(-1, 1, size=(10, 3)).astype(np.float32)
train_y = (train_x @ np.array([[1.0], [-2.0], [0.5]], np.float32) + 0.25).astype(np.float32)

features_ph = tf.placeholder(train_x.dtype, train_x.shape, name="features")
labels_ph = tf.placeholder(train_y.dtype, train_y.shape, name="labels")
batch_size = tf.placeholder(tf.int64, [], name="batch_size")
dataset = tf.data.Dataset.from_tensor_slices((features_ph, labels_ph))
dataset = dataset.map(lambda f, l: (f * 1.0, l)).batch(batch_size)
iterator = dataset.make_initializable_iterator()
fx, fy = iterator.get_next()
print(fx.shape.as_list(), fy.shape.as_list(), fx.dtype.name)
print(iterator.initializer.type)
print([s.as_list() for s in tf.data.get_output_shapes(dataset)], [t.name for t in tf.data.get_output_types(dataset)])
w = tf.get_variable("w", [3, 1], initializer=tf.zeros_initializer())
b = tf.get_variable("b", [1], initializer=tf.zeros_initializer())
pred = tf.matmul(fx, w) + b
loss = tf.losses.mean_squared_error(fy, pred)
print(loss.op.name, loss.shape.as_list(), [t.name for t in tf.get_collection(tf.GraphKeys.LOSSES)])
gs = tf.train.get_or_create_global_step()
train = tf.train.AdamOptimizer(0.1).minimize(loss, global_step=gs)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for epoch in range(3):
        sess.run(iterator.initializer, {features_ph: train_x, labels_ph: train_y, batch_size: 4})
        losses = []
        while True:
            try:
                _, l = sess.run([train, loss])
                losses.append(rnd(l))
            except tf.errors.OutOfRangeError:
                break
        print("epoch", epoch, losses, sess.run(gs))
    sess.run(iterator.initializer, {features_ph: train_x, labels_ph: train_y, batch_size: 10})
    print(sess.run(fx).shape, rnd(sess.run(w)[:, 0]))
    try:
        sess.run(fx)
    except tf.errors.OutOfRangeError as e:
        print(type(e).__name__)
