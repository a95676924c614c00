# DeviceSpec parse/to_string/merge/replace.
from prelude import tf, np, rnd
import os


def t(label, f):
    try:
        r = f()
    except Exception as e:  # noqa: BLE001
        print(label, "!!", type(e).__name__, (str(e).splitlines() or [""])[0][:200].replace(os.getcwd(), "CWD"))
        return
    print(label, "->", r)

D = tf.DeviceSpec
t("parse", lambda: D.from_string("/job:ps/replica:1/task:2/device:GPU:3").to_string())
t("fields", lambda: (lambda d: (d.job, d.replica, d.task, d.device_type, d.device_index))(D.from_string("/job:ps/task:2/cpu:1")))
t("lower", lambda: D.from_string("/gpu:2").to_string())
t("star", lambda: (lambda d: (d.device_type, d.device_index, d.to_string()))(D.from_string("/device:CPU:*")))
t("bare", lambda: D.from_string("CPU:0").to_string())
t("empty", lambda: D.from_string("").to_string())
t("bad", lambda: D.from_string("/foo:1"))
t("bad_idx", lambda: D.from_string("/job:a/task:x"))
t("ctor", lambda: D(job="w", task=1, device_type="gpu", device_index=0).to_string())
t("replace", lambda: D.from_string("/job:a/task:1").replace(job="b", device_type="CPU").to_string())
t("merge", lambda: D.from_string("/job:a/task:1").make_merged_spec(D.from_string("/cpu:0/task:3")).to_string())
t("merge_none", lambda: D.from_string("/job:a").make_merged_spec(D()).to_string())
t("eq", lambda: D.from_string("/job:a/cpu:0") == D(job="a", device_type="CPU", device_index=0))
t("hash_eq", lambda: hash(D.from_string("/job:a")) == hash(D(job="a")))
t("parse_dup", lambda: D.from_string("/cpu:0/gpu:1").to_string())
t("repr_type", lambda: type(D.from_string("/cpu:0")).__name__)
t("job_only_str", lambda: D.from_string("/job:localhost/replica:0/task:0/device:CPU:0").to_string())
t("none_idx", lambda: D(device_type="CPU").to_string())
t("int_str", lambda: D(task="3").to_string())
