# merge_all in a fresh graph, merge of an empty list, scope argument,
# summaries created in a different graph.
from prelude import tf, np

g = tf.Graph()
with g.as_default():
    print(tf.summary.merge_all())
    a = tf.summary.scalar("a", tf.constant(1.0))
    with tf.name_scope("sc"):
        b = tf.summary.scalar("b", tf.constant(2.0))
    c = tf.summary.scalar("sc_c", tf.constant(3.0))
    m = tf.summary.merge_all(scope="sc")
    with tf.Session() as sess:
        print([v.tag for v in tf.Summary.FromString(sess.run(m)).value])
    try:
        e = tf.summary.merge([])
        print(e.name)
        with tf.Session() as sess:
            print(len(sess.run(e)))
    except Exception as ex:
        print(type(ex).__name__)
    try:
        tf.summary.merge(None)
    except Exception as ex:
        print(type(ex).__name__)
with tf.Graph().as_default():
    print(tf.summary.merge_all())
    print(tf.summary.merge_all(key="other"))
