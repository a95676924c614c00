# Feeding and fetching around default variables: feed the read, fetch variable/handle/initializer.
from prelude import tf, np, rnd

v = tf.Variable([1.0, 2.0], name="v")
y = v * 2.0
rv = v.value()
with tf.Session() as sess:
    sess.run(v.initializer)
    print(rnd(sess.run(y)), rnd(sess.run(y, {rv: [5.0, 5.0]})))
    r = sess.run(v.initializer)
    print(r)
    print(rnd(sess.run({"v": v, "l": [v, y]})))
    try:
        h = sess.run(v.handle)
        print("handle", type(h).__name__)
    except Exception as e:  # noqa: BLE001
        print("handle", type(e).__name__)
    try:
        sess.run(y, {v: [3.0, 3.0]})
        print("feed var ok")
    except Exception as e:  # noqa: BLE001
        print("feed var", type(e).__name__)
    print(rnd(sess.run(v.assign([7.0, 8.0]).read_value())), rnd(sess.run(v)))
