# GraphKeys constants and what tf functions put into them.
from prelude import tf, np, rnd
import os


def t(label, f):
    try:
        r = f()
    except Exception as e:  # noqa: BLE001
        print(label, "!!", type(e).__name__, (str(e).splitlines() or [""])[0][:200].replace(os.getcwd(), "CWD"))
        return
    print(label, "->", r)

K = tf.GraphKeys
for k in ["GLOBAL_VARIABLES", "LOCAL_VARIABLES", "MODEL_VARIABLES", "TRAINABLE_VARIABLES", "SUMMARIES", "QUEUE_RUNNERS", "TABLE_INITIALIZERS", "ASSET_FILEPATHS", "MOVING_AVERAGE_VARIABLES", "REGULARIZATION_LOSSES", "CONCATENATED_VARIABLES", "SAVERS", "WEIGHTS", "BIASES", "ACTIVATIONS", "UPDATE_OPS", "LOSSES", "SAVEABLE_OBJECTS", "RESOURCES", "LOCAL_RESOURCES", "TRAINABLE_RESOURCE_VARIABLES", "INIT_OP", "LOCAL_INIT_OP", "READY_OP", "READY_FOR_LOCAL_INIT_OP", "SUMMARY_OP", "GLOBAL_STEP", "EVAL_STEP", "TRAIN_OP", "COND_CONTEXT", "WHILE_CONTEXT", "VARIABLES"]:
    t(k, lambda: getattr(K, k))
g = tf.Graph()
with g.as_default():
    v = tf.Variable(1.0, name="v")
    l = tf.get_variable("l", [], collections=[K.LOCAL_VARIABLES])
    gs = tf.train.get_or_create_global_step()
    tf.losses.add_loss(tf.constant(1.0))
    tf.summary.scalar("s", v)
    tf.add_to_collection(K.REGULARIZATION_LOSSES, tf.constant(2.0))
    print(sorted(g.get_all_collection_keys()))
    print([x.name for x in tf.get_collection(K.GLOBAL_STEP)], [x.name for x in tf.losses.get_losses()])
    print([x.name for x in tf.losses.get_regularization_losses()], tf.losses.get_regularization_loss().name)
    print([x.name for x in tf.get_collection(K.TRAINABLE_VARIABLES)], [x.name for x in tf.local_variables()])
