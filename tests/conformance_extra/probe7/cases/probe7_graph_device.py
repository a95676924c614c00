# Device functions and strings: nested device scopes, device(None), functions, merge rules, colocate overrides.
from prelude import tf, np, rnd

def t(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, (str(e).splitlines() or [""])[0][:250])

with tf.device("/job:ps/task:1"):
    a = tf.constant(1.0, name="a")
    with tf.device("/cpu:0"):
        b = tf.constant(1.0, name="b")
        with tf.device(None):
            c = tf.constant(1.0, name="c")
        with tf.device(""):
            c2 = tf.constant(1.0, name="c2")
    with tf.device("/job:worker"):
        d = tf.constant(1.0, name="d")
    with tf.device("/device:GPU:1"):
        e = tf.constant(1.0, name="e")
for n in [a, b, c, c2, d, e]:
    t(n.op.name, lambda: n.device)
def fn(op):
    return "/cpu:0" if op.type == "Const" else "/gpu:0"
with tf.device(fn):
    f1 = tf.constant(1.0, name="f1")
    f2 = tf.add(f1, f1, name="f2")
    with tf.device("/job:x"):
        f3 = tf.identity(f1, name="f3")
t("f1", lambda: f1.device)
t("f2", lambda: f2.device)
t("f3", lambda: f3.device)
with tf.device(lambda op: None):
    t("fn_none", lambda: tf.constant(1.0).device)
with tf.device(tf.DeviceSpec(job="j", device_type="CPU", device_index=2)):
    t("spec", lambda: tf.constant(1.0).device)
t("bad", lambda: tf.device("/foo:bar").__enter__())
t("bad2", lambda: tf.device("gpu:0").__enter__())
with tf.device("/gpu:0"):
    with tf.colocate_with(a):
        g1 = tf.identity(a, name="g1")
    with tf.colocate_with(a, ignore_existing=True):
        g2 = tf.identity(a, name="g2")
t("g1", lambda: (g1.device, g1.op.colocation_groups()))
t("g2", lambda: (g2.device, g2.op.colocation_groups()))
with tf.device("/cpu:*"):
    t("star", lambda: tf.constant(1.0).device)
with tf.device("CPU:0"):
    t("short", lambda: tf.constant(1.0).device)
with tf.device("/replica:2"):
    t("replica", lambda: tf.constant(1.0).device)
t("spec_str", lambda: tf.DeviceSpec.from_string("/job:a/replica:0/task:1/device:GPU:3").to_string())
t("spec_merge", lambda: tf.DeviceSpec.from_string("/job:a").make_merged_spec(tf.DeviceSpec.from_string("/cpu:0")).to_string())
t("spec_replace", lambda: tf.DeviceSpec(job="a").replace(task=3).to_string())
t("spec_fields", lambda: (tf.DeviceSpec.from_string("/gpu:1").device_type, tf.DeviceSpec.from_string("/gpu:1").device_index))
v = tf.Variable(1.0, name="v")
with tf.device("/gpu:0"):
    with tf.colocate_with(v):
        t("v_coloc", lambda: (tf.identity(v).device, tf.identity(v).op.colocation_groups()))
with tf.Session(config=tf.ConfigProto(allow_soft_placement=True)) as s:
    t("run_soft", lambda: s.run(e))
with tf.Session() as s:
    t("run_hard", lambda: s.run(e))
