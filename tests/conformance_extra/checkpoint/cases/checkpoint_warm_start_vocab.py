# warm_start with VocabInfo: rows (axis 0) and columns (axis 1) remapped by vocabulary.
from prelude import tf, np, rnd
import os, tempfile

d = tempfile.mkdtemp()
old_vocab, new_vocab = os.path.join(d, "old.txt"), os.path.join(d, "new.txt")
with open(old_vocab, "w") as f:
    f.write("apple\nbanana\ncherry\n")
with open(new_vocab, "w") as f:
    f.write("cherry\nkiwi\napple\nbanana\n")
with tf.Graph().as_default():
    tf.get_variable("emb", initializer=tf.reshape(tf.range(6, dtype=tf.float32), [3, 2]))
    tf.get_variable("logits", initializer=tf.reshape(tf.range(6, dtype=tf.float32), [2, 3]))
    with tf.Session() as s:
        s.run(tf.global_variables_initializer())
        p = tf.train.Saver().save(s, os.path.join(d, "m"))
for old_size in (-1, 2):
    with tf.Graph().as_default():
        emb = tf.get_variable("emb", shape=[5, 2], initializer=tf.zeros_initializer())
        out = tf.get_variable("logits", shape=[2, 4], initializer=tf.zeros_initializer())
        tf.train.warm_start(p, var_name_to_vocab_info={
            "emb": tf.train.VocabInfo(new_vocab, 4, 1, old_vocab, old_vocab_size=old_size),
            "logits": tf.train.VocabInfo(new_vocab, 3, 1, old_vocab, old_vocab_size=old_size, axis=1)})
        with tf.Session() as s:
            s.run(tf.global_variables_initializer())
            print(rnd(s.run(emb)), rnd(s.run(out)))
with tf.Graph().as_default():
    emb = tf.get_variable("emb", shape=[5, 2], initializer=tf.zeros_initializer(),
                          partitioner=tf.fixed_size_partitioner(3))
    info = tf.train.VocabInfo(new_vocab, 3, 2, old_vocab,
                              backup_initializer=tf.random_normal_initializer(seed=1))
    tf.train.warm_start(p, vars_to_warm_start=["emb"], var_name_to_vocab_info={"emb": info})
    with tf.Session() as s:
        s.run(tf.global_variables_initializer())
        print([rnd(x, 4) for x in s.run(list(emb))])
for kwargs in (dict(shape=[9, 2]), dict(shape=[5, 2], dtype=tf.float64)):
    with tf.Graph().as_default():
        tf.get_variable("emb", initializer=tf.zeros_initializer(), **kwargs)
        try:
            tf.train.warm_start(p, var_name_to_vocab_info={
                "emb": tf.train.VocabInfo(new_vocab, 4, 1, old_vocab)})
        except Exception as e:  # noqa: BLE001
            print(type(e).__name__)
with tf.Graph().as_default():
    tf.get_variable("emb", shape=[5, 2])
    try:
        tf.train.warm_start(p, var_name_to_vocab_info={"typo": tf.train.VocabInfo(new_vocab, 4, 1, old_vocab)})
    except Exception as e:  # noqa: BLE001
        print(type(e).__name__)
