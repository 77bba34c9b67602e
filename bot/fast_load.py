"""Loads DIET's and TED's TensorFlow models without Rasa's one-step training (issue 17).

Rasa 3.6 builds a trained model's weights before restoring them by *training it for one
step* on one example (``RasaModel.load`` in rasa/utils/tensorflow/models.py: ``compile``,
``fit`` on a one-example batch, then ``load_weights``). That step traces the whole training
graph (losses, gradients, the optimizer) and the weights it changes are overwritten at
once by ``load_weights``: it was 92% of the Rasa server's start-up CPU
(benchmarks/PROFILE.md), 60-90 s of CPU before the assistant could answer.

``fast_load`` does what the model needs for predicting instead: one eager prediction on the
same example creates every variable a prediction reads (the label embeddings of
``prepare_for_predict`` and the text or dialogue encoder of ``batch_predict``), the
checkpoint is restored into them, and the label embeddings computed with the untrained
weights are thrown away, so Rasa's own warm-up prediction (the ``run_inference`` call
stock ``load`` ends with) computes them from the restored weights and traces the predict
graph, as before, but without AutoGraph's source rewriting (``_warm_up`` says why that
gives the same graph). A variable made later (none is, for prediction) would still be
restored when made: TensorFlow's object-based checkpoints restore on creation.

It checks that every variable the model made was restored from the checkpoint
(``assert_existing_objects_matched``) and falls back to Rasa's own ``load`` if not, or if
anything in it fails. What stays unrestored is only training state that a prediction
never reads (the optimizer's moment estimates). Fine-tuning (``rasa train --finetune``)
and a model without a prediction example keep Rasa's own ``load``.
``benchmarks/fast_load_check.py`` compares the two loads: every weight, the intent
rankings of the NLU examples and held-out messages, and TED's action probabilities over
the test stories.

Why a patch of ``RasaModel.load`` and not a custom DIET/TED class named in config.yml:
a class name in the config changes the model's fingerprint and forces a full retraining
(13-23 minutes on the development machine), and the same patch serves both DIET and
TED. ``install()`` is called by ``bot/rasa_server.py`` before Rasa starts; nothing else
in Rasa is changed, and a model trained with or without it is the same model.
"""
from __future__ import annotations

import logging
from typing import Any, Optional

logger = logging.getLogger(__name__)

_ORIGINAL: Optional[Any] = None     # RasaModel.load as Rasa defines it (its classmethod)


def _build_for_prediction(model: Any, predict_data_example: Any) -> Any:
    """Makes every variable a prediction reads, with one eager prediction on one example."""
    from rasa.utils.train_utils import create_data_generators

    generator, _ = create_data_generators(model_data=predict_data_example, batch_sizes=1,
                                          epochs=1, shuffle=False)
    batch_in = generator[0][0]
    model._training = False
    model.prepare_for_predict()             # label embeddings: the label encoder's weights
    model.batch_predict(batch_in)           # the text or dialogue encoder's weights
    model._training = None
    # Computed with untrained weights: recomputed after the restore by the warm-up below.
    model.prepared_for_prediction = False
    model.all_labels_embed = None
    return batch_in


def _warm_up(model: Any, predict_data_example: Any, batch_in: Any) -> None:
    """Rasa's warm-up prediction, with the predict graph traced without AutoGraph.

    AutoGraph rewrites the Python source of every function a trace passes through (about
    a third of the load's CPU); DIET's and TED's prediction code branches and loops on
    Python values only, which a plain trace runs as Python, so the graph is the same. A
    branch on a tensor would make the plain trace fail (never a different graph), and
    then Rasa's own AutoGraph trace is used.
    """
    import tensorflow as tf

    if not model._run_eagerly:
        model._tf_predict_step = tf.function(
            model.predict_step, input_signature=model._dynamic_signature(batch_in),
            autograph=False)
        try:
            model.run_inference(predict_data_example)
            return
        except Exception:                       # noqa: BLE001: Rasa's own trace below
            logger.warning("Tracing %s without AutoGraph failed; tracing it as Rasa does.",
                           type(model).__name__, exc_info=True)
            model._tf_predict_step = None
            model.prepared_for_prediction = False
    model.run_inference(predict_data_example)


def _rasa_load(cls: Any, *args: Any, **kwargs: Any) -> Any:
    assert _ORIGINAL is not None
    return _ORIGINAL.__func__(cls, *args, **kwargs)


def fast_load(cls: Any, model_file_name: str, model_data_example: Any,
              predict_data_example: Any = None, finetune_mode: bool = False,
              *args: Any, **kwargs: Any) -> Any:
    """``RasaModel.load`` without the one-step ``fit``; same weights, same predictions."""
    if finetune_mode or predict_data_example is None or not predict_data_example.data:
        return _rasa_load(cls, model_file_name, model_data_example, predict_data_example,
                          finetune_mode, *args, **kwargs)
    import tensorflow as tf
    from rasa.utils.tensorflow.constants import LEARNING_RATE, RUN_EAGERLY

    try:
        model = cls(*args, **kwargs)
        config = kwargs.get("config", {})
        # As Rasa's load: the checkpoint holds the optimizer, so the same one is attached.
        model.compile(optimizer=tf.keras.optimizers.Adam(config.get(LEARNING_RATE, 0.001)),
                      run_eagerly=config.get(RUN_EAGERLY))
        batch_in = _build_for_prediction(model, predict_data_example)
        status = model.load_weights(model_file_name)
        status.assert_existing_objects_matched()   # every variable made was restored
        status.expect_partial()                    # the optimizer's slots are not needed
    except Exception:                              # noqa: BLE001: Rasa's own way still works
        logger.warning("Loading %s the quick way failed; using Rasa's own load.",
                       cls.__name__, exc_info=True)
        return _rasa_load(cls, model_file_name, model_data_example, predict_data_example,
                          finetune_mode, *args, **kwargs)
    # Rasa's own warm-up: label embeddings from the restored weights, predict graph traced.
    _warm_up(model, predict_data_example, batch_in)
    logger.debug("Loaded %s without the one-step fit.", cls.__name__)
    return model


def install() -> None:
    """Puts ``fast_load`` in place of ``RasaModel.load`` (DIET, TED); idempotent."""
    global _ORIGINAL
    from rasa.utils.tensorflow.models import RasaModel

    if _ORIGINAL is None:
        _ORIGINAL = RasaModel.__dict__["load"]
    RasaModel.load = classmethod(fast_load)     # type: ignore[method-assign]


def uninstall() -> None:
    """Rasa's own ``load`` again (for comparisons)."""
    from rasa.utils.tensorflow.models import RasaModel

    if _ORIGINAL is not None:
        RasaModel.load = _ORIGINAL              # type: ignore[method-assign]
