# replica_device_setter(cluster=...): the ps job comes from ps_device and tasks are counted; Server with an empty job.
from prelude import tf, np, rnd
for cl, kw in [({"param": ["a:1", "b:1"]}, dict(ps_device="/job:param")),
               ({"param": ["a:1", "b:1"], "ps": ["c:1"]}, dict(ps_device="/job:param")),
               ({"ps": ["a:1", "b:1"]}, dict(ps_device="/task:1")),
               ({"ps": ["a:1", "b:1"]}, dict(ps_device="")),
               ({"ps": []}, {}), ({"ps": {3: "a:1"}}, {}),
               ({"param": ["a:1"]}, dict(ps_device="/job:ps")),
               ({"ps": ["a:1", "b:1"]}, dict(ps_tasks=5)),
               ]:
    try:
        f = tf.train.replica_device_setter(cluster=cl, **kw)
    except Exception as e:
        print(cl, kw, type(e).__name__)
        continue
    if f is None:
        print(cl, kw, None)
        continue
    with tf.Graph().as_default():
        with tf.device(f):
            vs = [tf.Variable(1.0, name="v%d" % i) for i in range(5)]
        print(cl, kw, [v.device for v in vs], vs[0].value().device)
try:
    tf.train.Server({"ps": []}, job_name="ps", task_index=0)
except Exception as e:
    print(type(e).__name__)
