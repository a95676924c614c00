# ClusterSpec constructor errors and odd inputs.
from prelude import tf, np, rnd

for arg in [["a:1"], "ps", 5, {"ps": "a:1"}, {"ps": [1]}, {1: ["a:1"]}, {"ps": {0: 5}}, None]:
    try:
        cs = tf.train.ClusterSpec(arg)
        print("ok", repr(arg), cs.as_dict())
    except Exception as e:
        print(repr(arg), type(e).__name__)
cs = tf.train.ClusterSpec({"ps": ("a:1", "b:1")})
print(cs.as_dict(), cs.job_tasks("ps"))
cs = tf.train.ClusterSpec({"ps": []})
print(cs.as_dict(), cs.num_tasks("ps"), cs.jobs)
try:
    print(cs.job_tasks("ps"))
except Exception as e:
    print(type(e).__name__)
