# Saver options: var_list dict/list, max_to_keep, last_checkpoints, latest_checkpoint, checkpoint state, errors.
from prelude import tf, np, rnd
import os

def t(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "!!", type(e).__name__, (str(e).splitlines() or [""])[0][:250].replace(os.getcwd(), "CWD"))

a = tf.Variable([1.0, 2.0], name="a")
b = tf.Variable(3, name="b")
sv = tf.train.Saver(max_to_keep=2)
sd = tf.train.Saver({"x": a, "y/z": b})
t("saver_def_fields", lambda: (sv.saver_def.filename_tensor_name, sv.saver_def.save_tensor_name, sv.saver_def.restore_op_name, sv.saver_def.max_to_keep, sv.saver_def.sharded, sv.saver_def.version))
t("sd_def", lambda: (sd.saver_def.filename_tensor_name, sd.saver_def.restore_op_name))
t("bad_varlist", lambda: tf.train.Saver([a, a]))
t("bad_dict", lambda: tf.train.Saver({"x": 3}))
t("empty_list", lambda: tf.train.Saver([]))
t("dup_name", lambda: tf.train.Saver({"x": a, "x2": a}))
t("tensor_in_list", lambda: type(tf.train.Saver([a.value()])).__name__)
with tf.Session() as s:
    s.run(tf.global_variables_initializer())
    d = os.path.join(os.getcwd(), "ck")
    for step in range(4):
        p = sv.save(s, os.path.join(d, "model"), global_step=step)
        print("saved", os.path.relpath(p))
    t("last", lambda: [os.path.relpath(x) for x in sv.last_checkpoints])
    t("latest", lambda: os.path.relpath(tf.train.latest_checkpoint(d)))
    t("files", lambda: sorted(os.listdir(d)))
    st = tf.train.get_checkpoint_state(d)
    t("state", lambda: (os.path.relpath(st.model_checkpoint_path), [os.path.relpath(x) for x in st.all_model_checkpoint_paths]))
    t("ckpt_file", lambda: open(os.path.join(d, "checkpoint")).read().replace(d, "D").splitlines())
    t("exists", lambda: tf.train.checkpoint_exists(os.path.join(d, "model-3")))
    t("exists_old", lambda: tf.train.checkpoint_exists(os.path.join(d, "model-0")))
    p2 = sd.save(s, os.path.join(d, "dict"), write_meta_graph=False, write_state=False)
    t("dict_vars", lambda: sorted(tf.train.list_variables(p2)))
    t("state_after", lambda: os.path.relpath(tf.train.latest_checkpoint(d)))
    s.run(tf.assign(a, [0.0, 0.0]))
    sd.restore(s, p2)
    t("restored", lambda: rnd(s.run(a)))
    t("restore_none", lambda: sv.restore(s, None))
    t("restore_missing", lambda: sv.restore(s, os.path.join(d, "nope")))
    t("latest_missing", lambda: tf.train.latest_checkpoint(os.path.join(d, "zz")))
    t("save_bad_sess", lambda: sv.save(None, os.path.join(d, "m")))
    t("global_step_tensor", lambda: os.path.relpath(sv.save(s, os.path.join(d, "gs"), global_step=tf.train.get_or_create_global_step(), write_meta_graph=False)))
