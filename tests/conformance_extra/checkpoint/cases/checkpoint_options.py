# CheckpointOptions attributes.
from prelude import tf, np, rnd

o = tf.train.CheckpointOptions()
print(o.experimental_io_device, o.experimental_enable_async_checkpoint, o.enable_async)
o = tf.train.CheckpointOptions(experimental_io_device="/job:localhost")
print(o.experimental_io_device)
