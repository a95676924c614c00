# non_max_suppression variants: selected indices, padded, with scores, thresholds; shapes and dtypes.
from prelude import tf, np, rnd

boxes = tf.constant([[0, 0, 1, 1], [0, 0.1, 1, 1.1], [0, -0.1, 1, 0.9], [0, 10, 1, 11],
                     [0, 10.1, 1, 11.1], [0, 100, 1, 101]], tf.float32)
scores = tf.constant([0.9, 0.75, 0.6, 0.95, 0.5, 0.3])
outs = [tf.image.non_max_suppression(boxes, scores, 3), tf.image.non_max_suppression(boxes, scores, 10, 0.5),
        tf.image.non_max_suppression(boxes, scores, 10, iou_threshold=0.95),
        tf.image.non_max_suppression(boxes, scores, 10, score_threshold=0.55)]
sel, sc = tf.image.non_max_suppression_with_scores(boxes, scores, 4)
outs += [sel, sc]
idx, nv = tf.image.non_max_suppression_padded(boxes, scores, 5, pad_to_max_output_size=True)
outs += [idx, nv]
ov = tf.constant([[1.0, 0.7, 0.2], [0.7, 1.0, 0.0], [0.2, 0.0, 1.0]])
outs.append(tf.image.non_max_suppression_overlaps(ov, tf.constant([0.5, 0.9, 0.3]), 3, overlap_threshold=0.6))
for t in outs:
    print(t.dtype.name, t.shape.as_list())
with tf.Session() as sess:
    for v in sess.run(outs):
        print(rnd(v, 4))
try:
    tf.image.non_max_suppression(tf.zeros([3, 3]), tf.zeros([3]), 2)
    print("ok")
except Exception as e:
    print(type(e).__name__)
