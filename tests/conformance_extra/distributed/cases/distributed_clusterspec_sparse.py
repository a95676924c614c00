# tf.train.ClusterSpec with dicts of task index -> address (sparse jobs): job_tasks gaps, as_dict, indices.
from prelude import tf, np, rnd

spec = tf.train.ClusterSpec({"worker": {1: "w1:2222", 3: "w3:2222"}, "ps": {0: "p0:2222"}})
print(sorted(spec.jobs))
print(spec.num_tasks("worker"), spec.task_indices("worker"))
print(spec.task_address("worker", 3))
print(spec.job_tasks("worker"))
print(sorted(spec.as_dict().items()))
dense = tf.train.ClusterSpec({"worker": {0: "a:1", 1: "b:1"}})
print(dense.as_dict(), type(dense.as_dict()["worker"]).__name__)
rev = tf.train.ClusterSpec({"worker": {2: "c:1", 0: "a:1", 1: "b:1"}})
print(rev.as_dict(), rev.task_indices("worker"), rev.job_tasks("worker"))
mixed = tf.train.ClusterSpec({"ps": ["p:1"], "worker": {5: "w5:1"}})
print(sorted(mixed.as_dict().items()), mixed.num_tasks("worker"))
try:
    spec.task_address("worker", 0)
    print("no error")
except Exception as e:  # noqa: BLE001
    print("missing index", type(e).__name__)
try:
    spec.task_address("worker", 7)
    print("no error")
except Exception as e:  # noqa: BLE001
    print("index past end", type(e).__name__)
eq = tf.train.ClusterSpec({"worker": [ "a:1", "b:1"]}) == dense
print(eq)
