# Saver relative save paths, global_step formatting, write_meta_graph, state.
from prelude import tf, np, rnd
import os


def t(label, f):
    try:
        r = f()
    except Exception as e:  # noqa: BLE001
        print(label, "!!", type(e).__name__, (str(e).splitlines() or [""])[0][:200].replace(os.getcwd(), "CWD"))
        return
    print(label, "->", r)

v = tf.Variable([1.0, 2.0], name="v")
gs = tf.train.get_or_create_global_step()
sv = tf.train.Saver()
with tf.Session() as s:
    s.run(tf.global_variables_initializer())
    t("rel", lambda: sv.save(s, "model"))
    t("rel_dir", lambda: (os.makedirs("sub", exist_ok=True), sv.save(s, "sub/model", global_step=7))[1])
    t("gs_tensor", lambda: sv.save(s, "sub/model", global_step=gs))
    t("gs_np", lambda: sv.save(s, "sub/model", global_step=np.int64(12)))
    t("gs_float", lambda: sv.save(s, "sub/model", global_step=3.0))
    t("gs_str", lambda: sv.save(s, "sub/model", global_step="9"))
    t("latest_fname", lambda: sv.save(s, "sub/model", global_step=1, latest_filename="other"))
    t("files", lambda: sorted(os.listdir("sub")))
    t("ckpt_content", lambda: open("sub/checkpoint").read().splitlines())
    t("other_content", lambda: open("sub/other").read().splitlines())
    t("no_meta", lambda: sv.save(s, "sub/x", write_meta_graph=False, write_state=False))
    t("files2", lambda: sorted(f for f in os.listdir("sub") if f.startswith("x")))
    t("meta_suffix", lambda: sv.save(s, "sub/y", meta_graph_suffix="mg"))
    t("files3", lambda: sorted(f for f in os.listdir("sub") if f.startswith("y")))
    t("no_dir", lambda: sv.save(s, "nodir/m"))
    t("last", lambda: sv.last_checkpoints)
    t("state", lambda: tf.train.get_checkpoint_state("sub").model_checkpoint_path)
    t("state_other", lambda: tf.train.get_checkpoint_state("sub", "other").all_model_checkpoint_paths[:])
    t("latest", lambda: tf.train.latest_checkpoint("sub"))
    t("write_mg", lambda: (sv.export_meta_graph("z.meta") is not None, os.path.exists("z.meta")))
    t("exists", lambda: (tf.train.checkpoint_exists("sub/model-7"), tf.train.checkpoint_exists("sub/model-99")))
