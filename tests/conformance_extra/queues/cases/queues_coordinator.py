# Coordinator: request_stop, should_stop, wait_for_stop, join re-raising a thread's exception, clear_stop.
import threading
from prelude import tf, np, rnd

coord = tf.train.Coordinator()
print(coord.should_stop(), coord.joined)
def worker(c, n):
    with c.stop_on_exception():
        if n == 2:
            raise ValueError("boom")
        c.wait_for_stop()
threads = [threading.Thread(target=worker, args=(coord, i)) for i in range(3)]
for t in threads:
    t.start()
try:
    coord.join(threads)
    print("no error")
except Exception as e:
    print("join", type(e).__name__, str(e))
print(coord.should_stop(), coord.joined)
coord.clear_stop()
print(coord.should_stop())
coord2 = tf.train.Coordinator()
coord2.request_stop()
print(coord2.should_stop(), coord2.wait_for_stop(0.01))
coord2.join([])
print("joined empty")
coord3 = tf.train.Coordinator(clean_stop_exception_types=(tf.errors.OutOfRangeError,))
try:
    raise tf.errors.OutOfRangeError(None, None, "end")
except Exception as e:
    coord3.request_stop(e)
coord3.join()
print("clean stop", coord3.should_stop())
coord4 = tf.train.Coordinator()
def stopper():
    try:
        raise RuntimeError("bad")
    except Exception as e:
        coord4.request_stop(e)
t = threading.Thread(target=stopper)
coord4.register_thread(t)
t.start()
try:
    coord4.join()
except Exception as e:
    print(type(e).__name__, str(e))
try:
    coord4.raise_requested_exception()
except Exception as e:
    print("requested", type(e).__name__)
coord5 = tf.train.Coordinator()
print(coord5.wait_for_stop(0.01))
with coord5.stop_on_exception():
    raise tf.errors.OutOfRangeError(None, None, "eof")
print(coord5.should_stop())
coord5.join()
print("ok")
