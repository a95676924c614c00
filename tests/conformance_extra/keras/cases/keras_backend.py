# tf.keras.backend settings and clear_session resetting the graph and Keras names.
from prelude import tf, np, rnd

kb = tf.keras.backend
print(kb.floatx(), kb.epsilon(), kb.image_data_format())
print([tf.keras.layers.Dense(1).name, tf.keras.layers.Dense(1).name, tf.keras.layers.Conv2D(1, 1).name,
       tf.keras.layers.Activation("relu").name, tf.keras.layers.BatchNormalization().name])
tf.keras.layers.Dense(1)(tf.placeholder(tf.float32, [None, 2]))
print(len(tf.global_variables()))
g = tf.get_default_graph()
kb.clear_session()
print(tf.get_default_graph() is g, len(tf.global_variables()))
print([tf.keras.layers.Dense(1).name, tf.keras.Sequential().name, tf.keras.layers.MaxPooling2D().name])
print(kb.int_shape(tf.placeholder(tf.float32, [None, 3])), kb.is_keras_tensor(tf.keras.Input((2,))))
for name in ["get_session", "set_session", "learning_phase"]:
    print(name, hasattr(kb, name))
