"""Resume codes: always with a digit and a letter, and recognised however they are typed."""
import subprocess
import sys

import pytest

from bot import store
from bot.nlu.resume_code import code_message
from reader_cases import meant


def test_the_code_finder_does_not_need_the_data_layer():
    out = subprocess.run([sys.executable, "-c", "import sys, bot.nlu.resume_code; "
                          "print('sqlalchemy' in sys.modules, 'bot.store' in sys.modules)"],
                         capture_output=True, text=True, check=True)
    assert out.stdout.split()[-2:] == ["False", "False"]


def test_codes_always_mix_letters_and_digits():
    for _ in range(2000):
        code = store.new_code()
        raw = code.replace("-", "")
        assert any(c.isdigit() for c in raw) and any(c.isalpha() for c in raw)


CODES = [
    ("carry on HX4K-7KDM-9QPR-T2MW", "HX4K-7KDM-9QPR-T2MW"),
    ("hx4k 7kdm 9qpr t2mw", "HX4K-7KDM-9QPR-T2MW"),
    ("my code is hx4k7kdm9qprt2mw", "HX4K-7KDM-9QPR-T2MW"),
    ("Continue with KJXA-G2BD-MMNP-QR3T please", "KJXA-G2BD-MMNP-QR3T"),
    ("code: 6382-UNVW-XYZ2-3468", "6382-UNVW-XYZ2-3468"),
    ("hi its peggys daughter again, code is hx4k-7kdm-9qpr-t2mw", "HX4K-7KDM-9QPR-T2MW"),
    ("hello, the lady gave me this HX4K 7KDM 9QPR T2MW can we carry on", "HX4K-7KDM-9QPR-T2MW"),
    ("back again! hx4k7kdm9qprt2mw thanks love", "HX4K-7KDM-9QPR-T2MW"),
]
NOT_CODES = [
    "carry on please", "the cat sat", "I want to carry on but my dad fell 2nd time",
    "carry on CAT-DOG", "my mum has 3 cats and a dog called Rex",
    "carry on HX4-7KD",                                  # the old, short codes are gone
    "carry on HX4K-7KDM-9QPR-T2M",                       # one character short
    "carry on HX4K-7KDM-9QPR-T2MO",                      # O is not in the alphabet
    "carry on CATS-DOGS-MICE-RATS",                      # no digit: words, not a code
    "what have they been told when we came back 2day", # everyday words, not a code
]


@pytest.mark.parametrize("text, code", meant(CODES, NOT_CODES))
def test_code_messages_and_others_left_alone(text, code):
    assert code_message(text) == code
