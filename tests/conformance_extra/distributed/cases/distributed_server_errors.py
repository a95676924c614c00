# tf.train.Server bad input: ambiguous job/task, unknown job, bad task index, bad cluster type.
import socket

from prelude import tf, np, rnd


def free_port():
    with socket.socket() as s:
        s.bind(("localhost", 0))
        return s.getsockname()[1]


def attempt(label, fn):
    try:
        fn()
        print(label, "ok")
    except Exception as e:  # noqa: BLE001
        print(label, type(e).__name__)


cluster = {"ps": ["localhost:%d" % free_port()],
           "worker": ["localhost:%d" % free_port(), "localhost:%d" % free_port()]}
attempt("no job", lambda: tf.train.Server(cluster, start=False))
attempt("no task", lambda: tf.train.Server(cluster, job_name="worker", start=False))
attempt("unknown job", lambda: tf.train.Server(cluster, job_name="chief", task_index=0, start=False))
attempt("bad index", lambda: tf.train.Server(cluster, job_name="worker", task_index=4, start=False))
attempt("list", lambda: tf.train.Server(["localhost:1"], start=False))
attempt("int", lambda: tf.train.Server(5, start=False))
