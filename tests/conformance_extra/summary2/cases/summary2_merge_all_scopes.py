# merge_all: key argument, scope filtering (regexp), name argument, re-calling after new summaries.
from prelude import tf, np, rnd

x = tf.placeholder(tf.float32, [])
with tf.name_scope("train"):
    tf.summary.scalar("loss", x)
    tf.summary.histogram("w", tf.stack([x, x + 1]))
with tf.name_scope("eval"):
    tf.summary.scalar("loss", x * 2, collections=["eval_summ"])
    tf.summary.scalar("acc", x, collections=["eval_summ", tf.GraphKeys.SUMMARIES])
tf.summary.scalar("top", x)
m_all = tf.summary.merge_all()
m_train = tf.summary.merge_all(scope="train")
m_eval = tf.summary.merge_all("eval_summ", name="eval_merge")
m_re = tf.summary.merge_all(scope="e.*")
m_none = tf.summary.merge_all("nothing")
print(m_all.name, m_train.name, m_eval.name, m_re.name, m_none)
print([i.name for i in m_all.op.inputs])
print([i.name for i in m_train.op.inputs], [i.name for i in m_eval.op.inputs], [i.name for i in m_re.op.inputs])
with tf.Session() as sess:
    for m in (m_all, m_train, m_eval, m_re):
        print([(v.tag, v.WhichOneof("value")) for v in tf.Summary.FromString(sess.run(m, {x: 2.0})).value])
tf.summary.scalar("late", x)
print(len(tf.summary.merge_all().op.inputs), len(tf.get_collection(tf.GraphKeys.SUMMARIES)))
