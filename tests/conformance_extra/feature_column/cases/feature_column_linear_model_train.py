# Training a linear_model with gradient descent on a squared loss.
from prelude import tf, np, rnd

fc = tf.feature_column
cols = [fc.numeric_column("x"), fc.categorical_column_with_identity("k", 3),
        fc.crossed_column(["s", "t"], 5)]
feats = {"x": tf.constant([[1.0], [2.0], [3.0], [4.0]]), "k": tf.constant([[0], [1], [2], [1]]),
         "s": tf.constant([["a"], ["b"], ["a"], ["b"]]), "t": tf.constant([["u"], ["u"], ["v"], ["v"]])}
y = tf.constant([[1.0], [3.0], [2.0], [5.0]])
pred = fc.linear_model(feats, cols)
loss = tf.reduce_mean(tf.square(pred - y))
train = tf.train.GradientDescentOptimizer(0.1).minimize(loss)
with tf.Session() as s:
    s.run(tf.global_variables_initializer())
    for _ in range(20):
        s.run(train)
    print(rnd(s.run(loss), 4))
    for v in tf.trainable_variables():
        print(v.name, rnd(s.run(v).ravel(), 4))
