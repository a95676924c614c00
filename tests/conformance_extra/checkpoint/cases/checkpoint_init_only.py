# restore(None) gives an initialization-only status.
from prelude import tf, np, rnd

v = tf.Variable([3.0, 4.0], name="v")
ckpt = tf.train.Checkpoint(v=v)
status = ckpt.restore(None)
print(type(status).__name__)
with tf.Session() as s:
    status.initialize_or_restore(s)
    print(rnd(s.run(v)))
for name in ("assert_consumed", "assert_existing_objects_matched", "assert_nontrivial_match",
             "run_restore_ops"):
    try:
        getattr(status, name)()
        print(name, "ok")
    except Exception as e:  # noqa: BLE001
        print(name, type(e).__name__)
print(status.expect_partial() is status)
