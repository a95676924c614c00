# update_checkpoint_state / get_checkpoint_state: relative and absolute paths, latest_filename, ordering.
import os
import tempfile
from prelude import tf, np, rnd

tmp = tempfile.mkdtemp()
d = os.path.join(tmp, "d")
os.makedirs(d)
tf.train.update_checkpoint_state(d, "model-3", all_model_checkpoint_paths=["model-1", "model-2"])
st = tf.train.get_checkpoint_state(d)
print(type(st).__name__, os.path.relpath(st.model_checkpoint_path, tmp))
print([os.path.relpath(p, tmp) for p in st.all_model_checkpoint_paths])
with open(os.path.join(d, "checkpoint")) as f:
    print(f.read().replace(tmp, "TMP"))
tf.train.update_checkpoint_state(d, os.path.join(d, "abs-5"), latest_filename="other")
st2 = tf.train.get_checkpoint_state(d, latest_filename="other")
print(os.path.relpath(st2.model_checkpoint_path, tmp), [os.path.relpath(p, tmp) for p in st2.all_model_checkpoint_paths])
print(tf.train.latest_checkpoint(d), tf.train.latest_checkpoint(d, "other"))
print(tf.train.get_checkpoint_state(os.path.join(tmp, "missing")))
with open(os.path.join(d, "broken"), "w") as f:
    f.write("this is not a proto")
try:
    r = tf.train.get_checkpoint_state(d, latest_filename="broken")
    print("parsed", r)
except Exception as e:  # noqa: BLE001
    print(type(e).__name__)
with open(os.path.join(d, "empty"), "w") as f:
    f.write("")
try:
    print("empty", tf.train.get_checkpoint_state(d, latest_filename="empty"))
except Exception as e:  # noqa: BLE001
    print(type(e).__name__)
