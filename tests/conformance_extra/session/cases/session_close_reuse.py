# Session close semantics: run, make_callable, partial_run_setup and eval
# after close; two sessions keep independent state; with-block reuse.
from prelude import tf, np

v = tf.Variable(1, name="v")
inc = tf.assign_add(v, 1)
s1 = tf.Session()
s2 = tf.Session()
s1.run(v.initializer)
s2.run(v.initializer)
s1.run(inc)
s1.run(inc)
print(s1.run(v), s2.run(v))
f = s1.make_callable(v)
print(f())
s1.close()
for fn in [lambda: s1.run(v), f, lambda: v.eval(session=s1),
           lambda: s1.partial_run_setup([v.value()], [])]:
    try:
        fn()
        print("ok")
    except Exception as e:
        print(type(e).__name__)
print(s2.run(v))
s2.close()
s3 = tf.Session()
with s3:
    print(tf.get_default_session() is s3)
try:
    s3.run(v)
except Exception as e:
    print(type(e).__name__)
try:
    tf.Session(graph=5)
except Exception as e:
    print(type(e).__name__)
s4 = tf.Session(graph=tf.Graph())
try:
    s4.run(tf.constant(1))
except Exception as e:
    print(type(e).__name__)
s4.close()
