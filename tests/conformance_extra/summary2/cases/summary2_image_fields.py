# Image summaries: tags per max_outputs, height/width/colorspace, uint8 pixels decoded back from PNG.
from prelude import tf, np, rnd

u8 = tf.constant(np.arange(2 * 3 * 4 * 3).reshape(2, 3, 4, 3).astype(np.uint8))
i1 = tf.summary.image("rgb", u8)
i2 = tf.summary.image("one", u8, max_outputs=1)
i3 = tf.summary.image("gray", tf.zeros([5, 2, 2, 1]), max_outputs=2)
i4 = tf.summary.image("rgba", tf.ones([1, 1, 2, 4]), family="imgs")
for t in (i1, i2, i3, i4):
    print(t.name, t.op.type, t.op.get_attr("max_images"), t.op.get_attr("T").name)
with tf.Session() as sess:
    outs = sess.run([i1, i2, i3, i4])
    for blob in outs:
        for v in tf.Summary.FromString(blob).value:
            im = v.image
            print(v.tag, im.height, im.width, im.colorspace, im.encoded_image_string[:4])
    first = tf.Summary.FromString(outs[0]).value[1].image.encoded_image_string
    dec = sess.run(tf.image.decode_png(first))
    print(dec.shape, dec.dtype, dec[0, :2].tolist(), bool((dec == sess.run(u8)[1]).all()))
