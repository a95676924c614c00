# tf.train.ClusterSpec bad input: non-dict cluster, bad task containers, unknown job / task lookups.
from prelude import tf, np, rnd


def attempt(label, fn):
    try:
        r = fn()
        print(label, "ok", r)
    except Exception as e:  # noqa: BLE001
        print(label, type(e).__name__)


attempt("list", lambda: tf.train.ClusterSpec(["a:1"]))
attempt("string", lambda: tf.train.ClusterSpec("a:1"))
attempt("none", lambda: tf.train.ClusterSpec(None))
attempt("int tasks", lambda: tf.train.ClusterSpec({"ps": 3}))
attempt("str tasks", lambda: tf.train.ClusterSpec({"ps": "a:1"}))
attempt("str keys", lambda: tf.train.ClusterSpec({"ps": {"zero": "a:1"}}))
spec = tf.train.ClusterSpec({"ps": ["a:1"], "worker": ["b:1", "c:1"]})
attempt("num_tasks unknown", lambda: spec.num_tasks("chief"))
attempt("task_indices unknown", lambda: spec.task_indices("chief"))
attempt("task_address unknown job", lambda: spec.task_address("chief", 0))
attempt("task_address bad index", lambda: spec.task_address("worker", 5))
attempt("job_tasks unknown", lambda: spec.job_tasks("chief"))
attempt("neg index", lambda: spec.task_address("worker", -1))
