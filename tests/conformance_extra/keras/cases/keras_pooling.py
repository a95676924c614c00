# MaxPooling2D / AveragePooling2D names and static shapes.
from prelude import tf, np, rnd

print(tf.keras.layers.MaxPooling2D()(tf.placeholder(tf.float32, [None, 8, 8, 1])))
print(tf.keras.layers.AveragePooling2D(pool_size=2, strides=1, padding="same")(tf.placeholder(tf.float32, [2, 5, 5, 3])))
print(tf.keras.layers.MaxPool2D((3, 3))(tf.placeholder(tf.float32, [2, 7, 7, 3])))
print(tf.keras.layers.AvgPool2D(2, padding="same")(tf.placeholder(tf.float32, [None, 5, None, 3])))
