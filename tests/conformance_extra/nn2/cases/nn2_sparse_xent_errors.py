# sparse_softmax_cross_entropy_with_logits: label rank/shape/dtype errors and run-time bad labels.
from prelude import tf, np, rnd


def err(f):
    try:
        r = f()
        print("ok", r.op.type, r.dtype.name, r.shape.as_list())
    except Exception as e:
        print(type(e).__name__)


logits = tf.constant([[1.0, 2.0, 3.0], [0.0, 0.0, 0.0]])
x = tf.nn.sparse_softmax_cross_entropy_with_logits(labels=[2, 1], logits=logits, name="sxe")
print(x.op.type, x.name, x.dtype.name, x.shape.as_list())
x3 = tf.nn.sparse_softmax_cross_entropy_with_logits(labels=tf.constant([[0, 1]], tf.int64),
                                                    logits=tf.ones([1, 2, 4]))
print(x3.op.type, x3.name, x3.shape.as_list())
err(lambda: tf.nn.sparse_softmax_cross_entropy_with_logits(labels=[[2], [1]], logits=logits))
err(lambda: tf.nn.sparse_softmax_cross_entropy_with_logits(labels=[2, 1, 0], logits=logits))
err(lambda: tf.nn.sparse_softmax_cross_entropy_with_logits(labels=[2.0, 1.0], logits=logits))
err(lambda: tf.nn.sparse_softmax_cross_entropy_with_logits(labels=2, logits=tf.ones([3])))
err(lambda: tf.nn.sparse_softmax_cross_entropy_with_logits(labels=[1, 2], logits=tf.constant([[1, 2, 3], [1, 2, 3]])))
err(lambda: tf.nn.sparse_softmax_cross_entropy_with_logits(logits, [2, 1]))
lab = tf.placeholder(tf.int32, [None])
lg = tf.placeholder(tf.float32, [None, 3])
y = tf.nn.sparse_softmax_cross_entropy_with_logits(labels=lab, logits=lg)
lab_u = tf.placeholder(tf.int32)
lg_u = tf.placeholder(tf.float32)
yu = tf.nn.sparse_softmax_cross_entropy_with_logits(labels=lab_u, logits=lg_u)
print(y.shape.as_list(), yu.shape)
g = tf.gradients(tf.reduce_sum(y), lg)[0]
val = np.array([[1.0, 2.0, 3.0], [3.0, 2.0, 1.0]], np.float32)
with tf.Session() as sess:
    print(rnd(sess.run([x, x3]), 4))
    print(rnd(sess.run([y, g], {lab: [0, 0], lg: val}), 4))
    for bad in ([3, 0], [-1, 0]):
        try:
            print(rnd(sess.run(y, {lab: bad, lg: val}), 4))
        except Exception as e:
            print(type(e).__name__)
    try:
        sess.run(y, {lab: [0], lg: val})
    except Exception as e:
        print(type(e).__name__)
    try:
        sess.run(yu, {lab_u: [[0]], lg_u: val})
    except Exception as e:
        print(type(e).__name__)
