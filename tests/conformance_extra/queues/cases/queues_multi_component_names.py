# Named components: enqueue dicts, dequeue dicts, shapes per name, errors on wrong keys.
from prelude import tf, np, rnd

q = tf.FIFOQueue(6, [tf.int32, tf.string], shapes=[[], [2]], names=["id", "tags"])
print(q.names, q.dtypes, q.shapes)
e = q.enqueue({"id": 1, "tags": ["a", "b"]})
em = q.enqueue_many({"tags": [["c", "d"], ["e", "f"]], "id": [2, 3]})
d = q.dequeue()
dm = q.dequeue_many(2)
print(sorted(d.keys()), d["id"].name, d["tags"].shape, dm["tags"].shape)
with tf.Session() as sess:
    sess.run(e)
    sess.run(em)
    r = sess.run(d)
    print(r["id"], r["tags"].tolist())
    r = sess.run(dm)
    print(r["id"].tolist(), r["tags"].tolist())
for label, f in [("list", lambda: q.enqueue([1, ["a", "b"]])),
                 ("bad keys", lambda: q.enqueue({"id": 1, "tag": ["a", "b"]})),
                 ("missing", lambda: q.enqueue({"id": 1}))]:
    try:
        f()
        print(label, "ok")
    except Exception as ex:
        print(label, type(ex).__name__)
single = tf.FIFOQueue(3, tf.int32, names="only")
print(single.names)
with tf.Session() as sess:
    sess.run(single.enqueue({"only": 5}))
    print(sess.run(single.dequeue()))
t = tf.FIFOQueue(3, (tf.int32, tf.int64), shapes=([], [3]))
print(t.dtypes, t.shapes)
dd = t.dequeue()
print(type(dd).__name__, len(dd))
