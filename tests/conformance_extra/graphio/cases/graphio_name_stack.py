# graph._name_stack and get_name_scope through nested, absolute, None and empty scopes.
from prelude import tf, np

g = tf.Graph()
with g.as_default():
    print(repr(g._name_stack), repr(g.get_name_scope()))
    with g.name_scope("a") as s:
        print(repr(s), repr(g._name_stack))
        with g.name_scope("b/") as s2:
            print(repr(s2), repr(g._name_stack))
            with g.name_scope("c") as s3:
                print(repr(s3), repr(g._name_stack))
        with g.name_scope(None) as s4:
            print(repr(s4), repr(g._name_stack))
            print(tf.constant(0, name="top").name)
        with g.name_scope("") as s5:
            print(repr(s5), repr(g._name_stack))
        with g.name_scope(s) as s6:
            print(repr(s6), repr(g._name_stack))
        print(repr(g._name_stack))
    with g.name_scope("a") as s7:
        print(repr(s7), repr(g._name_stack))
    with g.name_scope("a_1/") as s8:
        print(repr(s8), repr(g._name_stack))
    with g.name_scope("a") as s9:
        print(repr(s9))
    for bad in ["-bad", "a b", "a//b"]:
        try:
            with g.name_scope(bad) as s10:
                print(repr(bad), repr(s10))
        except Exception as ex:
            print(repr(bad), type(ex).__name__)
