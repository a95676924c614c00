# draw_bounding_boxes with default and explicit colors on float images.
from prelude import tf, np, rnd

img = tf.zeros([1, 5, 6, 3])
boxes = tf.constant([[[0.0, 0.0, 0.5, 0.5], [0.4, 0.4, 1.0, 1.0]]])
d1 = tf.image.draw_bounding_boxes(img, boxes)
d2 = tf.image.draw_bounding_boxes(img, boxes, colors=tf.constant([[0.5, 0.25, 1.0, 1.0]]))
d3 = tf.image.draw_bounding_boxes(tf.zeros([1, 4, 4, 1]), boxes[:, :1])
for t in (d1, d2, d3):
    print(t.op.type, t.dtype.name, t.shape.as_list())
with tf.Session() as sess:
    v1, v2, v3 = sess.run([d1, d2, d3])
    for c in range(3):
        print(rnd(v1[0, :, :, c], 3))
        print(rnd(v2[0, :, :, c], 3))
    print(rnd(v3[0, :, :, 0], 3))
