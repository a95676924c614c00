# decode_csv: record_defaults types, required fields, field_delim, na_value, select_cols, quoting, errors.
from prelude import tf, np, rnd

rec = tf.placeholder(tf.string, [None])
cols = tf.decode_csv(rec, record_defaults=[[0], [0.0], ["x"], [tf.constant(0, tf.int64)], [0.0]])
print([c.dtype.name for c in cols], [c.shape for c in cols], cols[0].op.type, cols[0].name)
with tf.Session() as sess:
    out = sess.run(cols, {rec: ["1,2.5,abc,7,1e3", ",,,,", '3,-1,"q,u",8,inf']})
    print([rnd(o) if o.dtype.kind == "f" else o.tolist() for o in out])
    for bad in [["1,2,3"], ["a,1,x,1,1"], ["1,2,x,1,1,6"], ["1,x,x,1,1"], ["99999999999,1,x,1,1"]]:
        try:
            sess.run(cols, {rec: bad})
            print("ok")
        except Exception as e:
            print(bad, type(e).__name__)
req = tf.decode_csv(["1;2"], record_defaults=[tf.constant([], tf.int32), [5]], field_delim=";")
with tf.Session() as sess:
    print([o.tolist() for o in sess.run(req)])
    try:
        sess.run(tf.decode_csv([";2"], record_defaults=[tf.constant([], tf.int32), [5]], field_delim=";"))
    except Exception as e:
        print("required missing", type(e).__name__)
na = tf.decode_csv(["NA,4", "1,NA"], record_defaults=[[7], [8.0]], na_value="NA")
sel = tf.decode_csv(["1,2,3,4", "5,6,7,8"], record_defaults=[[0], [0.0]], select_cols=[1, 3])
sc = tf.decode_csv("a|b|c", record_defaults=[[""], [""], [""]], field_delim="|")
print([t.shape for t in sc])
noq = tf.decode_csv(['"a",b'], record_defaults=[[""], [""]], use_quote_delim=False)
mat = tf.decode_csv([["1,2"], ["3,4"]], record_defaults=[[0], [0]])
print([t.shape for t in mat])
with tf.Session() as sess:
    print([rnd(o) for o in sess.run(na)])
    print([rnd(o) for o in sess.run(sel)])
    print(sess.run(sc))
    print([o.tolist() for o in sess.run(noq)])
    print([o.tolist() for o in sess.run(mat)])
for label, f in [("bad select", lambda: tf.decode_csv(["1,2"], [[0], [0]], select_cols=[1, 0])),
                 ("select len", lambda: tf.decode_csv(["1,2"], [[0], [0]], select_cols=[1])),
                 ("delim len", lambda: tf.decode_csv(["1,2"], [[0]], field_delim=",,")),
                 ("bool default", lambda: tf.decode_csv(["1"], [[True]])),
                 ("2 default", lambda: tf.decode_csv(["1"], [[1, 2]]))]:
    try:
        t = f()
        with tf.Session() as sess:
            print(label, "ok", [o.tolist() for o in sess.run(t)])
    except Exception as e:
        print(label, type(e).__name__)
