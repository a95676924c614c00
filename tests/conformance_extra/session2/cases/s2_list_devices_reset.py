# list_devices names and types of the CPU device; Session.reset on a local
# target; sess_str / target.
from prelude import tf, np

with tf.Session() as sess:
    devs = sess.list_devices()
    cpus = [d for d in devs if d.device_type == "CPU"]
    print(len(cpus) >= 1)
    print(cpus[0].name)
    print(type(cpus[0].memory_limit_bytes).__name__)
    print(sess.sess_str == "")
    print(type(sess.graph_def).__name__)
v = tf.Variable(1.0, name="v")
s = tf.Session()
s.run(v.initializer)
print(s.run(v))
try:
    tf.Session.reset("")
    print("reset ok")
except Exception as e:
    print(type(e).__name__)
s.close()
