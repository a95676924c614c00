# warm_start argument errors and VocabInfo.
from prelude import tf, np, rnd
import os, tempfile

d = tempfile.mkdtemp()
with tf.Graph().as_default():
    a = tf.get_variable("a", initializer=tf.constant([1.0, 2.0]))
    with tf.Session() as s:
        s.run(a.initializer)
        p = tf.train.Saver().save(s, os.path.join(d, "m"))
with tf.Graph().as_default():
    a = tf.get_variable("a", initializer=tf.zeros([2]))
    for arg in (5, ["a", a]):
        try:
            tf.train.warm_start(p, vars_to_warm_start=arg)
        except Exception as e:  # noqa: BLE001
            print(type(e).__name__)
    try:
        tf.train.warm_start(p, var_name_to_prev_var_name={"typo": "a"})
    except Exception as e:  # noqa: BLE001
        print(type(e).__name__)
    tf.train.warm_start(p, vars_to_warm_start=None)
    print("none ok")
vi = tf.train.VocabInfo(new_vocab="new.txt", new_vocab_size=3, num_oov_buckets=1, old_vocab="old.txt")
print(vi.new_vocab_size, vi.num_oov_buckets, vi.old_vocab_size, vi.backup_initializer, vi.axis)
try:
    tf.train.VocabInfo("n", 3, 0, "o", axis=2)
except Exception as e:  # noqa: BLE001
    print(type(e).__name__)
