# tf.image.resize in TF1 (the v1 signature): method strings, unsupported v2-only methods, 3-D inputs.
from prelude import tf, np, rnd

img = tf.constant(np.arange(1 * 4 * 6 * 1, dtype=np.float32).reshape(1, 4, 6, 1) ** 1.5)
outs = []
names = ["bilinear", "nearest", "bicubic", "area"]
for m in names:
    outs.append(tf.image.resize(img, [3, 4], method=m))
outs.append(tf.image.resize(img[0], [8, 9], method="bicubic"))
outs.append(tf.image.resize(img, tf.constant([5, 2]), method="area", align_corners=False))
for m, t in zip(names + ["3d", "t"], outs):
    print(m, t.op.type, t.dtype.name, t.shape.as_list())
with tf.Session() as sess:
    for v in sess.run(outs):
        print(rnd(v[0, :, :, 0] if v.ndim == 4 else v[:, :, 0], 3))
for m in ["lanczos3", "lanczos5", "gaussian", "mitchellcubic", "BILINEAR"]:
    try:
        tf.image.resize(img, [3, 4], method=m)
        print(m, "ok")
    except Exception as e:
        print(m, type(e).__name__)
for kw in ({"antialias": True}, {"align_corners": True, "method": "area"}):
    try:
        tf.image.resize(img, [3, 4], **kw)
        print("ok")
    except Exception as e:
        print(type(e).__name__)
