"""A small convnet's forward pass on synthetic images, the TF1 way.

Draws a few 16x16 grayscale shapes in NumPy, round-trips them through PNG with tf.image
when Pillow is installed (`pip install tensorweave[image]`), converts them to float32 and
runs conv2d -> relu -> max_pool -> dense -> softmax with seeded random weights.

    python examples/convnet_forward.py
"""

import numpy as np

import tensorweave.compat.v1 as tf

SIZE = 16
CLASSES = ["square", "cross", "ring"]


def draw(kind, offset):
    """One uint8 [SIZE, SIZE, 1] image of a shape shifted by `offset` pixels."""
    yy, xx = np.mgrid[:SIZE, :SIZE] - SIZE / 2 + 0.5 - offset
    if kind == "square":
        mask = (np.abs(yy) < 5) & (np.abs(xx) < 5)
    elif kind == "cross":
        mask = (np.abs(yy) < 1.5) | (np.abs(xx) < 1.5)
    else:
        mask = np.abs(np.hypot(yy, xx) - 5) < 1.5
    return (mask * 255).astype(np.uint8)[:, :, None]


def have_pillow():
    try:
        import PIL  # noqa: F401
    except ImportError:
        return False
    return True


def main():
    images = np.stack([draw(kind, off) for off in (0, 1) for kind in CLASSES])
    tf.set_random_seed(42)

    if have_pillow():
        # Each image goes through PNG bytes and back, as if read from disk.
        decoded = [tf.image.decode_png(tf.image.encode_png(img), channels=1) for img in images]
        batch_u8 = tf.stack(decoded)
        source = "PNG round trip"
    else:
        batch_u8 = tf.constant(images)
        source = "NumPy arrays (Pillow not installed)"
    x = tf.image.convert_image_dtype(batch_u8, tf.float32)  # uint8 [0, 255] -> [0, 1]
    x.set_shape([len(images), SIZE, SIZE, 1])

    h = tf.layers.conv2d(x, filters=8, kernel_size=3, padding="same", activation=tf.nn.relu,
                         name="conv1")
    h = tf.layers.max_pooling2d(h, pool_size=2, strides=2, name="pool1")
    h = tf.layers.conv2d(h, filters=16, kernel_size=3, padding="same", activation=tf.nn.relu,
                         name="conv2")
    h = tf.nn.max_pool(h, ksize=[1, 2, 2, 1], strides=[1, 2, 2, 1], padding="VALID")
    flat = tf.layers.flatten(h)
    logits = tf.layers.dense(flat, len(CLASSES), name="logits")
    probs = tf.nn.softmax(logits)
    predicted = tf.argmax(probs, axis=1)

    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        pixels, p, classes = sess.run([x, probs, predicted])

    print("images from:", source)
    print("input", pixels.shape, pixels.dtype.name, "range [%.1f, %.1f]" % (pixels.min(), pixels.max()))
    for t in (h, flat, logits, probs):
        print("%-28s %s" % (t.name, t.shape.as_list()))
    print("probabilities sum to 1:", bool(np.allclose(p.sum(axis=1), 1.0, atol=1e-5)))
    print("predicted classes (untrained):", [CLASSES[c] for c in classes])


if __name__ == "__main__":
    main()
