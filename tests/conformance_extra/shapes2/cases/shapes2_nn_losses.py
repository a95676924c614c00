# Static shapes of cross-entropy / loss ops and embedding_lookup with unknown batch dims.
from prelude import tf, np, rnd

lg = tf.placeholder(tf.float32, [None, 4], name="lg")
lb = tf.placeholder(tf.float32, [None, 4], name="lb")
sl = tf.placeholder(tf.int32, [None], name="sl")
e = tf.get_variable("emb", [10, 6])
for t in [tf.nn.softmax_cross_entropy_with_logits_v2(labels=lb, logits=lg), tf.nn.sparse_softmax_cross_entropy_with_logits(labels=sl, logits=lg),
          tf.nn.sigmoid_cross_entropy_with_logits(labels=lb, logits=lg), tf.losses.mean_squared_error(lb, lg), tf.nn.l2_loss(lg),
          tf.nn.embedding_lookup(e, sl), tf.nn.embedding_lookup(e, tf.placeholder(tf.int32, [2, None])), tf.nn.moments(lg, [0])[0],
          tf.nn.moments(lg, [1], keep_dims=True)[1], tf.nn.dropout(lg, rate=0.5), tf.nn.xw_plus_b(lg, tf.ones([4, 2]), tf.ones([2])),
          tf.nn.sparse_softmax_cross_entropy_with_logits(labels=tf.placeholder(tf.int32, [2, None]), logits=tf.placeholder(tf.float32, [2, 3, 5]))]:
    print(t.shape, t.dtype.name)
for f in [lambda: tf.nn.sparse_softmax_cross_entropy_with_logits(labels=tf.placeholder(tf.int32, [None, 1]), logits=lg),
          lambda: tf.nn.softmax_cross_entropy_with_logits_v2(labels=tf.placeholder(tf.float32, [None, 3]), logits=lg),
          lambda: tf.nn.sparse_softmax_cross_entropy_with_logits(labels=tf.placeholder(tf.int32, [3]), logits=tf.placeholder(tf.float32, [2, 4]))]:
    try:
        print("ok", f().shape)
    except Exception as e2:
        print(type(e2).__name__)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(sess.run(tf.shape(tf.nn.embedding_lookup(e, sl)), {sl: [1, 2, 3]}).tolist())
    try:
        sess.run(tf.nn.sparse_softmax_cross_entropy_with_logits(labels=sl, logits=lg), {sl: [1, 2], lg: np.ones((3, 4))})
    except Exception as e2:
        print("run", type(e2).__name__)
