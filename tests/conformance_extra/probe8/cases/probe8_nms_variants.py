# non_max_suppression v1/v2/v3/v4/v5 with thresholds, padding, soft-nms, errors.
from prelude import tf, np, rnd

sess = tf.Session()


def sh(x):
    return x.shape.as_list() if x.shape.ndims is not None else None


def _msg(e):
    """The kernel's own message: the line after "Node: ..." in a graph execution error."""
    lines = str(e).splitlines() or [""]
    for i, line in enumerate(lines[:-1]):
        if line.startswith("Node: "):
            return lines[i + 1][:200]
    return lines[0][:200]


def t(label, f, feed=None):
    """Build with f(); print static info, then run and print the value or the error."""
    try:
        r = f()
    except Exception as e:  # noqa: BLE001
        print(label, "build!!", type(e).__name__, (str(e).splitlines() or [""])[0][:200])
        return
    rs = r if isinstance(r, (list, tuple)) else [r]
    for x in rs:
        if hasattr(x, "dtype") and hasattr(x, "op"):
            print(label, x.op.type, x.dtype.name, sh(x))
    try:
        v = sess.run(r, feed)
        print(label, "=", rnd(v))
    except Exception as e:  # noqa: BLE001
        print(label, "run!!", type(e).__name__, _msg(e))
boxes = tf.constant([[0, 0, 1, 1], [0, 0.1, 1, 1.1], [0, -0.1, 1, 0.9], [0, 10, 1, 11], [0, 10.1, 1, 11.1], [0, 100, 1, 101]], tf.float32)
scores = tf.constant([0.9, 0.75, 0.6, 0.95, 0.5, 0.3])
t("nms", lambda: tf.image.non_max_suppression(boxes, scores, 3, 0.5))
t("nms_all", lambda: tf.image.non_max_suppression(boxes, scores, 10, 0.5))
t("nms_iou0", lambda: tf.image.non_max_suppression(boxes, scores, 10, 0.0))
t("nms_iou1", lambda: tf.image.non_max_suppression(boxes, scores, 10, 1.0))
t("nms_score", lambda: tf.image.non_max_suppression(boxes, scores, 10, 0.5, score_threshold=0.6))
t("nms_iou_bad", lambda: tf.image.non_max_suppression(boxes, scores, 10, 1.5))
t("nms_scores_out", lambda: tf.image.non_max_suppression_with_scores(boxes, scores, 4, 0.5, soft_nms_sigma=0.5))
t("nms_scores_hard", lambda: tf.image.non_max_suppression_with_scores(boxes, scores, 4, 0.5))
t("nms_overlaps", lambda: tf.image.non_max_suppression_overlaps(tf.constant([[1.0, 0.8], [0.8, 1.0]]), [0.9, 0.8], 2, 0.5))
t("nms_bad_boxes", lambda: tf.image.non_max_suppression(tf.ones([3, 3]), tf.ones([3]), 2))
t("nms_bad_scores", lambda: tf.image.non_max_suppression(boxes, tf.ones([4]), 2))
t("nms_neg_max", lambda: tf.image.non_max_suppression(boxes, scores, -1))
t("nms_flipped", lambda: tf.image.non_max_suppression(tf.constant([[1.0, 1, 0, 0], [0, 0, 1, 1]]), [0.9, 0.8], 2, 0.5))
t("nms_ties", lambda: tf.image.non_max_suppression(tf.constant([[0.0, 0, 1, 1], [0, 2, 1, 3], [0, 4, 1, 5]]), [0.5, 0.5, 0.5], 3))
t("nms_empty", lambda: tf.image.non_max_suppression(tf.zeros([0, 4]), tf.zeros([0]), 3))
t("nms_name", lambda: tf.image.non_max_suppression(boxes, scores, 2, name="nms_x"))
t("combined", lambda: tf.image.combined_non_max_suppression(tf.reshape(boxes, [1, 6, 1, 4]), tf.reshape(scores, [1, 6, 1]), 3, 4))
