# ClusterSpec API: from dict/ClusterDef/ClusterSpec, as_dict, job_tasks, num_tasks, task_indices, task_address.
from prelude import tf, np, rnd

cs = tf.train.ClusterSpec({"worker": ["w0:1", "w1:1", "w2:1"], "ps": {0: "p0:1", 3: "p3:1"}})
print(sorted(cs.jobs))
print(cs.num_tasks("worker"), cs.num_tasks("ps"))
print(cs.task_indices("worker"), cs.task_indices("ps"))
print(cs.job_tasks("worker"), cs.job_tasks("ps"))
print(cs.task_address("ps", 3), cs.task_address("worker", 0))
d = cs.as_dict()
print(sorted(d), d["worker"], d["ps"])
cd = cs.as_cluster_def()
print(type(cd).__name__, [j.name for j in cd.job], [sorted(j.tasks.items()) for j in cd.job])
cs2 = tf.train.ClusterSpec(cd)
print(cs2 == cs, cs2 != cs, sorted(cs2.as_dict()))
cs3 = tf.train.ClusterSpec(cs)
print(cs3 == cs, bool(cs3), bool(tf.train.ClusterSpec({})))
for job, idx in [("ps", 1), ("ps", 9), ("nojob", 0), ("worker", -1), ("worker", 3)]:
    try:
        print(cs.task_address(job, idx))
    except Exception as e:
        print(job, idx, type(e).__name__)
for fn in (cs.num_tasks, cs.task_indices, cs.job_tasks):
    try:
        fn("nojob")
    except Exception as e:
        print(fn.__name__, type(e).__name__)
cd2 = tf.train.ClusterDef()
j = cd2.job.add()
j.name = "chief"
j.tasks[0] = "c:1"
print(tf.train.ClusterSpec(cd2).as_dict())
print(tf.train.ClusterSpec({"a": ["x:1"]}).as_cluster_def() == tf.train.ClusterSpec({"a": {0: "x:1"}}).as_cluster_def())
