"""bot.fast_load's place in Rasa: installed over ``RasaModel.load`` for DIET and TED, Rasa's
own load kept for fine-tuning, a model without a prediction example, and any failure.

That the quick load gives the same weights and predictions as Rasa's is checked on the
trained model by ``benchmarks/fast_load_check.py`` (two full loads: too slow for here).
"""
import pytest

pytest.importorskip("rasa")

from rasa.core.policies.ted_policy import TED  # noqa: E402
from rasa.nlu.classifiers.diet_classifier import DIET  # noqa: E402
from rasa.utils.tensorflow.model_data import RasaModelData  # noqa: E402
from rasa.utils.tensorflow.models import RasaModel  # noqa: E402

from bot import fast_load  # noqa: E402


@pytest.fixture
def installed():
    rasa_load = RasaModel.__dict__["load"]
    fast_load.install()
    fast_load.install()                     # twice: still Rasa's own underneath
    yield rasa_load
    fast_load.uninstall()
    assert RasaModel.__dict__["load"] is rasa_load


def test_install_puts_the_quick_load_in_place_for_diet_and_ted(installed):
    assert fast_load._ORIGINAL is installed
    for model_class in (DIET, TED):
        assert model_class.load.__func__ is fast_load.fast_load


def _record_rasa_load(monkeypatch):
    calls = []

    def rasa_load(cls, *args, **kwargs):
        calls.append((cls, args, kwargs))
        return "loaded by Rasa"

    monkeypatch.setattr(fast_load, "_ORIGINAL", classmethod(rasa_load))
    return calls


def test_fine_tuning_and_no_prediction_example_keep_rasas_load(installed, monkeypatch):
    calls = _record_rasa_load(monkeypatch)
    example = RasaModelData(data={"text": {}})
    assert DIET.load("file", example, example, True, config={}) == "loaded by Rasa"
    assert TED.load("file", example, None, False) == "loaded by Rasa"
    assert DIET.load("file", example, RasaModelData(), False) == "loaded by Rasa"
    assert [c[0] for c in calls] == [DIET, TED, DIET]
    assert calls[0][1] == ("file", example, example, True) and calls[0][2] == {"config": {}}


def test_a_failed_quick_load_falls_back_to_rasas(installed, monkeypatch, caplog):
    calls = _record_rasa_load(monkeypatch)

    class Broken(RasaModel):
        def __init__(self, *args, **kwargs):
            raise RuntimeError("cannot build")

    example = RasaModelData(data={"text": {"sentence": []}})
    assert Broken.load("file", example, example, False, config={}) == "loaded by Rasa"
    assert calls and calls[0][0] is Broken
    assert "Rasa's own load" in caplog.text


def test_the_rasa_server_installs_it_before_rasa_starts(monkeypatch):
    import rasa.__main__

    import bot.rasa_server

    seen = []
    monkeypatch.setattr(rasa.__main__, "main",
                        lambda: seen.append(RasaModel.load.__func__ is fast_load.fast_load))
    monkeypatch.setattr("sys.argv", ["bot.rasa_server", "--version"])
    # Its other process-wide settings stay out of this test process.
    monkeypatch.setattr(bot.rasa_server.schema_check, "install", lambda: None)
    monkeypatch.setattr(bot.rasa_server, "quiet", lambda: None)
    monkeypatch.setattr(bot.rasa_server.logging, "captureWarnings", lambda capture: None)
    try:
        bot.rasa_server.main()
    finally:
        fast_load.uninstall()
    assert seen == [True]


class _Warming:
    """Stands in for a DIET/TED model at the warm-up: records how it was traced."""

    _run_eagerly = False

    def __init__(self, plain_trace_fails):
        self.plain_trace_fails = plain_trace_fails
        self.prepared_for_prediction = True
        self.traces = []

    def predict_step(self, batch_in):
        return batch_in

    @staticmethod
    def _dynamic_signature(batch_in):
        return None

    def run_inference(self, data):
        plain = self._tf_predict_step is not None
        self.traces.append("plain" if plain else "rasa")
        if plain and self.plain_trace_fails:
            raise TypeError("a tensor used as a Python bool")


def test_the_warm_up_traces_without_autograph_and_falls_back_to_rasas_trace(caplog):
    quick = _Warming(plain_trace_fails=False)
    fast_load._warm_up(quick, "data", ("batch",))
    assert quick.traces == ["plain"] and quick._tf_predict_step is not None
    assert quick._tf_predict_step._autograph is False

    failing = _Warming(plain_trace_fails=True)
    fast_load._warm_up(failing, "data", ("batch",))
    assert failing.traces == ["plain", "rasa"] and failing._tf_predict_step is None
    assert failing.prepared_for_prediction is False
    assert "without AutoGraph failed" in caplog.text
