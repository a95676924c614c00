"""TF1 SavedModels: `tf.saved_model.builder.SavedModelBuilder`, `simple_save` and
`tf.saved_model.loader.load`, in TensorFlow's directory layout and proto format.

    export_dir/saved_model.pb            SavedModel proto (or saved_model.pbtxt)
    export_dir/variables/variables.*     a V2 checkpoint written by a sharded Saver
    export_dir/assets/                   asset files, when there are any
"""
