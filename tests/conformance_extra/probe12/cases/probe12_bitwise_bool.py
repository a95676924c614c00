# ~ & | ^ on bool and integer tensors: op types, names, values and errors.
from prelude import tf, np, rnd

p = tf.constant([True, True, False, False], name="p")
q = tf.constant([True, False, True, False], name="q")
ex = [p & q, p | q, p ^ q, ~p, True & p, False | q, True ^ q]
for e in ex:
    print(e.op.type, e.op.name, e.dtype.name)
with tf.Session() as s:
    print([v.tolist() for v in s.run(ex)])
i = tf.constant([5, 3], name="i")
j = tf.constant([3, 6], name="j")
for fn in [lambda: i & j, lambda: i | j, lambda: i ^ j, lambda: ~i, lambda: 1 & i]:
    try:
        e = fn()
        with tf.Session() as s:
            print(e.op.type, e.op.name, e.dtype.name, s.run(e).tolist())
    except Exception as ex_:
        print("ERR", type(ex_).__name__, str(ex_)[:200])
f = tf.constant([1.0])
for fn in [lambda: f & f, lambda: ~f, lambda: p & i]:
    try:
        e = fn()
        print(e.op.type)
    except Exception as ex_:
        print("ERR", type(ex_).__name__, str(ex_)[:200])
