# tf.train.ClusterSpec odd inputs: empty task lists, non-string addresses, job order, repr-free comparisons.
from prelude import tf, np, rnd


def attempt(label, fn):
    try:
        r = fn()
        print(label, "ok", r)
    except Exception as e:  # noqa: BLE001
        print(label, type(e).__name__)


attempt("empty list", lambda: tf.train.ClusterSpec({"ps": []}).as_dict())
attempt("empty list jobs", lambda: tf.train.ClusterSpec({"ps": []}).jobs)
attempt("empty list num", lambda: tf.train.ClusterSpec({"ps": []}).num_tasks("ps"))
attempt("empty dict", lambda: tf.train.ClusterSpec({"ps": {}}).as_dict())
attempt("bool empty job", lambda: bool(tf.train.ClusterSpec({"ps": []})))
attempt("int addr", lambda: tf.train.ClusterSpec({"ps": [1234]}).as_dict())
attempt("bytes job", lambda: tf.train.ClusterSpec({b"ps": ["a:1"]}).jobs)
attempt("none addr", lambda: tf.train.ClusterSpec({"ps": [None]}).as_dict())
attempt("float key", lambda: tf.train.ClusterSpec({"ps": {1.0: "a:1"}}).as_dict())
attempt("str index", lambda: tf.train.ClusterSpec({"ps": ["a:1"]}).task_address("ps", "0"))
spec = tf.train.ClusterSpec({"b": ["x:1"], "a": ["y:1"], "c": {3: "z:1"}})
print(spec.jobs, [j.name for j in spec.as_cluster_def().job])
attempt("eq dict", lambda: spec == {"b": ["x:1"]})
attempt("to ClusterSpec from spec", lambda: tf.train.ClusterSpec(spec).job_tasks("c"))
