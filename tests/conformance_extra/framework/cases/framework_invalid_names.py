# Invalid op names and scope names raise ValueError.
from prelude import tf, np

for n in ["ok_name", "with space", "-dash", "_under", ".dot", "a-b.c_d", "1num", "x:0", "a//b", "UPPER", "a>b"]:
    try:
        t = tf.constant(1, name=n)
        print(repr(n), "ok", t.name)
    except Exception as e:
        print(repr(n), type(e).__name__)
for n in ["good", "bad scope", "_x", "-y", ".z", "1a", "a.b-c"]:
    try:
        with tf.name_scope(n) as s:
            t = tf.constant(1, name="k")
        print(repr(n), "ok", s, t.name)
    except Exception as e:
        print(repr(n), type(e).__name__)
with tf.name_scope("outer"):
    for n in ["_x", "-y", ".z"]:
        try:
            with tf.name_scope(n) as s:
                pass
            print(repr(n), "ok", s)
        except Exception as e:
            print(repr(n), type(e).__name__)
