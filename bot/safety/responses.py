"""What the person sees when the safety net answers: one block, 999 first, numbers to tap.

``response_for`` builds the block for a category (or a kind) from the taxonomy's helplines
and the council's own numbers, for office hours or out of hours. Out of hours it always
names who can help now. ``check_in_question`` is the one direct question asked when the net
is unsure. Every sentence here passes the plain-language gate (tests/safety/test_responses.py).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Dict, List, Mapping, Optional, Tuple

from bot import settings
from bot.safety import taxonomy
from bot.texts import CARRY_ON, NO, STOP_FOR_NOW, TALK_TO_A_PERSON, YES

Number = Tuple[str, str, str, str]  # (label, number, "tel" | "sms", href)

DANGER_HEADING = "If anyone is in danger now, call 999"

BUTTONS = [CARRY_ON, STOP_FOR_NOW, TALK_TO_A_PERSON]

# "I'd rather not say" is not a no (round seventeen: its payload was /deny, so it was kept as
# No): the button sends its own words, which every reader of the direct question takes as
# that answer (bot/answers/check_in.py RATHER_NOT; the NLU command reader routes it as a No
# would go, and the actions tell the two apart).
RATHER_NOT_SAY = "I'd rather not say"
# The safety-now step's questions after a clear statement (bot/crisis_care.py asks them):
# here so that the cooldown can tell a No to them (not safe, not called) from a No to the
# direct question without importing crisis_care (bot/safety/cooldown.py).
ARE_YOU_SAFE = "Are you safe right now?"
CALLED_999 = "Have you called 999?"
CHECK_IN_BUTTONS = [YES, NO, {"title": RATHER_NOT_SAY, "payload": RATHER_NOT_SAY}]

CHECK_IN_QUESTIONS = {
    "suicide": "Are you thinking about ending your life?",
    "safeguarding": "Is anyone hurting you or taking your money?",
    "crisis": "Is someone in danger right now?",
    # safety14: self-neglect is not someone else's harm: never asked as the abuse question.
    "self_neglect": "Is anyone not able to eat, keep warm or look after themselves?",
}


# Round sixteen: "i wanted to ask something about my nan. shes 88 and has a lady come in 3
# times a day from an agency" was met with "Is anyone hurting you...?": asked about the
# person they named, never the person typing.
SAFEGUARDING_ABOUT = "Is anyone hurting your {who}, or taking money from them?"


@dataclass(frozen=True)
class SafetyResponse:
    heading: str
    lines: List[str]
    numbers: List[Number]
    buttons: List[Dict[str, str]] = field(default_factory=lambda: [dict(b) for b in BUTTONS])
    category: Optional[str] = None
    kind: Optional[str] = None

    def text(self) -> str:
        """The block as plain text (for channels without rich messages)."""
        heading = self.heading + "."
        return "\n".join([heading] + [line for line in self.lines if line != heading])


# Sentences for each response key. "{name}" is filled from the numbers. "open" lines are
# said in office hours, "closed" lines out of hours; "always" lines in both.
TEXTS: Dict[str, Dict[str, List[str]]] = {
    "crisis_mental_health": {
        "always": [
            "If you have hurt yourself or taken something, call 999 now.",
            "I am glad you told me. You do not have to face this alone.",
            "Samaritans will listen, day or night. Call free on {samaritans}.",
            "If you would rather text, send SHOUT to {shout}.",
            "For urgent help with your mental health, call NHS {nhs_111}. "
            "Choose the mental health option.",
        ],
        "open": ["You can also call our care and support team on {council_adult_social_care}."],
        "closed": ["Our office is closed now. Samaritans and NHS {nhs_111} can help you now."],
    },
    "crisis_medical": {
        "always": [
            "Call 999 now if someone is not breathing, will not wake, "
            "has chest pain or may have had a stroke.",
            "Stay with them if it is safe. The 999 call handler will tell you what to do.",
            "If you are not sure it is an emergency, call NHS {nhs_111_medical}.",
        ],
        "open": ["When they are safe, you can call our care and support team on "
                 "{council_adult_social_care}."],
        "closed": ["NHS {nhs_111_medical} is open day and night. Our out of hours team is on "
                   "{council_out_of_hours}."],
    },
    "crisis_danger_at_home": {
        "always": [
            "If there is a fire or smoke, get everyone out and call 999.",
            "If you smell gas, open the windows. Do not use switches or flames. "
            "Call {gas_emergency}.",
            "No heat, food or water? Our out of hours team can help now: "
            "{council_out_of_hours}.",
        ],
        "open": ["You can also call our care and support team on {council_adult_social_care}."],
        "closed": [],
    },
    "crisis_missing_adult": {
        "always": [
            "If someone at risk is missing, call 999 now. Do not wait.",
            "Tell them about the person's health, what they are wearing "
            "and places they like to go.",
        ],
        "open": ["Then call our care and support team on {council_adult_social_care}."],
        "closed": ["Our out of hours team can help now on {council_out_of_hours}."],
    },
    "crisis_violence": {
        "always": [
            "If someone is being hurt now, call 999.",
            "If you cannot talk, call 999 from a mobile and press 55 when asked.",
            "Call the free domestic abuse helpline, day or night: {domestic_abuse}.",
        ],
        "open": ["You can tell our safeguarding team on {council_safeguarding}."],
        "closed": ["Our out of hours team can help now on {council_out_of_hours}."],
    },
    "safeguarding_general": {
        "always": [
            "If anyone is in danger now, call 999.",
            "Thank you for telling me. You have done the right thing.",
            "No one should be hurt, taken from or left without care.",
        ],
        "open": ["You can tell our safeguarding team on {council_safeguarding}. "
                 "They will listen and ask what you would like to happen."],
        "closed": ["Our office is closed now. Our out of hours team can help now on "
                   "{council_out_of_hours}."],
    },
    "safeguarding_domestic": {
        "always": [
            "If anyone is in danger now, call 999.",
            "Thank you for telling me. What is happening is not your fault.",
            "Call the free domestic abuse helpline, day or night: {domestic_abuse}.",
            "Men can call the Men's Advice Line on {mens_advice}.",
        ],
        "open": ["You can also tell our safeguarding team on {council_safeguarding}."],
        "closed": ["Our out of hours team can help now on {council_out_of_hours}."],
    },
    "safeguarding_financial": {
        "always": [
            "If anyone is in danger now, call 999.",
            "Thank you for telling me. No one should take money or things that are not theirs.",
            "Tell the bank now, so it can stop more money going.",
        ],
        "open": ["You can tell our safeguarding team on {council_safeguarding}. "
                 "They will ask what you would like to happen."],
        "closed": ["Our office is closed now. Our out of hours team can help now on "
                   "{council_out_of_hours}. You can call the police on {police_101}."],
    },
    "safeguarding_modern_slavery": {
        "always": [
            "If anyone is in danger now, call 999.",
            "No one should be made to work, or have their papers taken.",
            "Call the modern slavery (forced work) helpline, day or night: {modern_slavery}.",
        ],
        "open": ["You can also tell our safeguarding team on {council_safeguarding}."],
        "closed": ["Our out of hours team can help now on {council_out_of_hours}."],
    },
    "safeguarding_self_neglect": {
        "always": [
            "If anyone is in danger now, call 999.",
            "Thank you for telling me. It is kind to worry about them.",
            "We can talk with them about help at home, in a way that suits them.",
        ],
        "open": ["Call our care and support team on {council_adult_social_care}."],
        "closed": ["Our office is closed now. If it cannot wait, our out of hours team "
                   "can help now on {council_out_of_hours}."],
    },
    "safeguarding_exploitation": {
        "always": [
            "If anyone is in danger now, call 999.",
            "Thank you for telling me. No one should be used or taken over by others.",
            "You can call the police on {police_101} when it is not an emergency.",
        ],
        "open": ["You can tell our safeguarding team on {council_safeguarding}."],
        "closed": ["Our out of hours team can help now on {council_out_of_hours}."],
    },
    "route_carer_strain": {
        "always": [
            "That sounds really hard. You are doing a lot.",
            "You can have a break. We can help plan who steps in if you cannot.",
        ],
        "open": ["Our care and support team can talk it through: {council_adult_social_care}."],
        "closed": ["Our office is closed now. Samaritans will listen, day or night, "
                   "on {samaritans}."],
    },
    "route_grief": {
        "always": [
            "I am sorry. That sounds very hard.",
            "It can help to talk. We can find a local group or someone to listen.",
            "Samaritans will listen, day or night, on {samaritans}.",
        ],
        "open": ["Our care and support team is on {council_adult_social_care}."],
        "closed": [],
    },
    "route_money_worry": {
        "always": [
            "Money worries are hard. You are not alone with this.",
            "We can help you find out what help with money you can get.",
        ],
        "open": ["Our care and support team can talk it through: {council_adult_social_care}."],
        "closed": ["Our office is closed now. You can call us on {council_adult_social_care} "
                   "when we open."],
    },
    "route_complaint": {
        "always": [
            "I am sorry things have gone wrong. You have a right to complain.",
            "Tell us what happened and what you would like us to do.",
        ],
        "open": ["Our care and support team can take your complaint: "
                 "{council_adult_social_care}."],
        "closed": ["Our office is closed now. You can call us on {council_adult_social_care} "
                   "when we open."],
    },
}


def _config(council: Any) -> Dict[str, Any]:
    """The whole council configuration from a settings module, a full config or a section."""
    if council is None:
        council = settings
    if hasattr(council, "council") and callable(council.council):
        council = council.council()
    if not isinstance(council, Mapping):
        raise TypeError("council must be bot.settings or a dict from council.yml")
    if "council" in council and isinstance(council["council"], Mapping):
        return dict(council)
    return {"council": dict(council), "crisis_lines": dict(council.get("crisis_lines") or {})}


def _number_for(key: str, config: Dict[str, Any]) -> Optional[Number]:
    line = taxonomy.helpline(key)
    if "council_field" in line:
        number = str((config.get("council") or {}).get(line["council_field"]) or "").strip()
    else:
        override = (config.get("crisis_lines") or {}).get(line.get("council_key", key))
        number = str(override or line["number"]).strip()
    if not number:
        return None
    digits = "".join(ch for ch in number if ch.isdigit() or ch == "+")
    if line.get("sms"):
        body = line.get("sms_body")
        href = f"sms:{digits}" + (f"?body={body}" if body else "")
        return (line["label"], number, "sms", href)
    return (line["label"], number, "tel", f"tel:{digits}")


def response_for(category_or_kind: str, *, is_open: bool, council: Any = None) -> SafetyResponse:
    """The answer block for a category ("suicide_method") or a kind ("crisis").

    ``council``: ``bot.settings``, the dict from ``settings.council()``, or its "council"
    section. Numbers: 999 first for crisis and safeguarding, then the category's helplines;
    office-hours council numbers are swapped for the out-of-hours one when closed.
    """
    info = taxonomy.category_info(category_or_kind)
    config = _config(council)
    keys: List[str] = []
    if info["kind"] in ("crisis", "safeguarding"):
        keys.append("emergency")
    for key in info["helplines"]:
        line = taxonomy.helpline(key)
        if not is_open and line.get("office_hours"):
            key = "council_out_of_hours" if info["kind"] != "route" else key
        if key not in keys:
            keys.append(key)
    texts = TEXTS[info["response"]]
    wanted = texts["always"] + (texts["open"] if is_open else texts["closed"])
    names = set()
    for sentence in wanted:
        names.update(part.split("}")[0] for part in sentence.split("{")[1:])
    for name in sorted(names):
        if name not in keys:
            keys.append(name)
    numbers: List[Number] = []
    values: Dict[str, str] = {}
    for key in keys:
        found = _number_for(key, config)
        if found:
            numbers.append(found)
            values[key] = found[1]
    lines = [s.format(**values) for s in wanted if _fillable(s, values)]
    heading = DANGER_HEADING if info["kind"] != "route" else _route_heading(info["category"])
    return SafetyResponse(heading, lines, numbers, [dict(b) for b in BUTTONS],
                          info["category"], info["kind"])


def _fillable(sentence: str, values: Dict[str, str]) -> bool:
    try:
        sentence.format(**values)
        return True
    except KeyError:
        return False


def _route_heading(category: str) -> str:
    return {"carer_strain": "You do not have to carry this alone",
            "grief": "I am here to listen",
            "money_worry": "Help with money worries",
            "complaint": "How to complain"}[category]


def check_in_question(kind: str, about: Optional[str] = None) -> Tuple[str, List[Dict[str, str]]]:
    """The one direct question for possible danger, with yes / no / rather-not-say buttons.

    ``kind``: "suicide" (or a suicide category), "safeguarding" (or an abuse category), or
    "crisis" (any other danger to life). ``about``: the family member the message is about
    ("nan"), for the abuse question.
    """
    key = kind
    if kind not in CHECK_IN_QUESTIONS:  # "self_neglect" is a category with its own question
        if kind.startswith("suicide"):
            key = "suicide"
        else:
            key = taxonomy.category_info(kind)["kind"]
            key = key if key in CHECK_IN_QUESTIONS else "crisis"
    if about and key == "safeguarding":
        return SAFEGUARDING_ABOUT.format(who=about), [dict(b) for b in CHECK_IN_BUTTONS]
    return CHECK_IN_QUESTIONS[key], [dict(b) for b in CHECK_IN_BUTTONS]


def all_texts(council: Any = None) -> Dict[str, str]:
    """Every sentence and button the safety net can show, for the plain-language gate."""
    out: Dict[str, str] = {}
    for category in taxonomy.categories():
        for is_open in (True, False):
            response = response_for(category, is_open=is_open, council=council)
            hours = "open" if is_open else "closed"
            out[f"safety.{category}.{hours}/heading"] = response.heading + "."
            for i, line in enumerate(response.lines):
                out[f"safety.{category}.{hours}/{i}"] = line
            for label, number, _, _ in response.numbers:
                out[f"safety.{category}.{hours}/number:{number}"] = label + "."
    for kind, question in CHECK_IN_QUESTIONS.items():
        out[f"safety.check_in.{kind}"] = question
    out["safety.check_in.about"] = SAFEGUARDING_ABOUT.format(who="nan")
    for button in BUTTONS + CHECK_IN_BUTTONS:
        out[f"safety.button:{button['title']}"] = button["title"]
    return out
