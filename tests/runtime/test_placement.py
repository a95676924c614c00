"""Session placement: log_device_placement output."""

import tensorweave.compat.v1 as tf

CPU = "/job:localhost/replica:0/task:0/device:CPU:0"


def test_log_device_placement_prints_on_stdout_generators_last_and_again_when_the_graph_grows(
        capsys):
    a = tf.constant(1.0, name="a")
    b = tf.add(a, a, name="b")
    sess = tf.Session(config=tf.ConfigProto(log_device_placement=True))
    assert capsys.readouterr().out == ""  # placed on the first run, not at creation
    sess.run(b)
    assert capsys.readouterr().out == "b: (AddV2): %s\na: (Const): %s\n" % (CPU, CPU)
    sess.run(b)
    assert capsys.readouterr().out == ""
    c = tf.multiply(b, 2.0, name="c")
    sess.run(c)
    lines = capsys.readouterr().out.splitlines()
    assert [line.split(":")[0] for line in lines] == ["b", "c", "a", "c/y"]
    sess.close()


def test_no_placement_log_by_default(capsys):
    with tf.Session() as sess:
        sess.run(tf.constant(1.0) + 1.0)
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err == ""
