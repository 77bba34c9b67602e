"""One line in the person's own language: call us and ask for a free interpreter.

The bot only understands English. When someone writes in another language, the answer says
so in English and in their language, with the council's number. Written by hand, one short
sentence each, the number filled in from council.yml. They are not run through the English
plain-language check (it cannot read them); tests check each has the number and the word
for interpreter.
"""
from __future__ import annotations

from typing import Dict, Optional

# "Please call {phone} and ask for a free interpreter."
CALL_FOR_AN_INTERPRETER: Dict[str, str] = {
    "pl": "Prosimy zadzwonić pod numer {phone} i poprosić o bezpłatnego tłumacza.",
    "cy": "Ffoniwch {phone} a gofynnwch am gyfieithydd am ddim. Mae croeso i chi siarad Cymraeg.",
    "ar": "يرجى الاتصال بالرقم {phone} وطلب مترجم مجاني.",
    "ur": "براہ کرم {phone} پر فون کریں اور مفت ترجمان مانگیں۔",
    "pa": "ਕਿਰਪਾ ਕਰਕੇ {phone} 'ਤੇ ਫ਼ੋਨ ਕਰੋ ਅਤੇ ਮੁਫ਼ਤ ਦੁਭਾਸ਼ੀਏ ਦੀ ਮੰਗ ਕਰੋ।",
    "bn": "অনুগ্রহ করে {phone} নম্বরে ফোন করুন এবং একজন বিনামূল্যের দোভাষী চান।",
    "hi": "कृपया {phone} पर फ़ोन करें और मुफ़्त दुभाषिया माँगें।",
    "gu": "કૃપા કરીને {phone} પર ફોન કરો અને મફત દુભાષિયો માંગો.",
    "zh": "请拨打 {phone}，要求免费的口译员。",
    "ro": "Vă rugăm să sunați la {phone} și să cereți un interpret gratuit.",
    "pt": "Ligue para {phone} e peça um intérprete gratuito.",
    "es": "Llame al {phone} y pida un intérprete gratuito.",
    "lt": "Skambinkite {phone} ir paprašykite nemokamo vertėjo.",
    "fr": "Appelez le {phone} et demandez un interprète gratuit.",
    "it": "Chiami il {phone} e chieda un interprete gratuito.",
    "tr": "Lütfen {phone} numarasını arayın ve ücretsiz bir tercüman isteyin.",
}
# The word for "interpreter" in each line, for the tests.
INTERPRETER_WORD: Dict[str, str] = {
    "pl": "tłumacza", "cy": "gyfieithydd", "ar": "مترجم", "ur": "ترجمان", "pa": "ਦੁਭਾਸ਼ੀਏ",
    "bn": "দোভাষী", "hi": "दुभाषिया", "gu": "દુભાષિયો", "zh": "口译员", "ro": "interpret",
    "pt": "intérprete", "es": "intérprete", "lt": "vertėjo", "fr": "interprète",
    "it": "interprete", "tr": "tercüman",
}


def in_their_language(language: Optional[str], phone: str) -> Optional[str]:
    line = CALL_FOR_AN_INTERPRETER.get(language or "")
    return line.format(phone=phone) if line else None
