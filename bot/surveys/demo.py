"""Made-up survey responses, so the report can be seen without real ones.

Clearly fictional: seeded random answers over the last six months and three channels.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone
from typing import List

from bot import store
from bot.channels import CHANNELS
from bot.surveys.definitions import SCALE, SURVEYS, TEXT, YES_NO

WEIGHTS = [("strongly_agree", 30), ("agree", 35), ("neither", 12), ("disagree", 10),
           ("strongly_disagree", 5), ("prefer_not_to_say", 3), ("skipped", 5)]
COMMENTS = ["The carers are kind and on time.", "It took a long time to get a call back.",
            "I would like more help at weekends.", "skipped", "skipped",
            "Please ring me on 07700 900123 about my mum.", "The lunch club is lovely."]
CHANNEL_WEIGHTS = list(zip(CHANNELS, (60, 25, 15)))     # web, telegram, staff


def _pick(rng: random.Random, weighted):
    return rng.choices([w[0] for w in weighted], weights=[w[1] for w in weighted])[0]


def generate(n: int = 300, seed: int = 7, now: datetime = None) -> List[dict]:
    rng = random.Random(seed)
    now = now or datetime.now(tz=timezone.utc)
    rows = []
    keys = list(SURVEYS)
    for _ in range(n):
        key = rng.choices(keys, weights=[50, 30, 10, 10])[0]
        answers = {}
        for st in SURVEYS[key].statements:
            if st.kind == SCALE:
                answers[st.code] = _pick(rng, WEIGHTS)
            elif st.kind == YES_NO:
                answers[st.code] = rng.choice(["yes", "no", "skipped"])
            elif st.kind == TEXT:
                answers[st.code] = rng.choice(["Choosing my own staff.", "skipped"])
        answers["comments"] = rng.choice(COMMENTS)
        rows.append({"survey": key, "channel": _pick(rng, CHANNEL_WEIGHTS), "answers": answers,
                     "created_at": now - timedelta(days=rng.randint(0, 180))})
    return rows


def load_demo(n: int = 300, seed: int = 7) -> int:
    rows = generate(n, seed)
    for row in rows:
        store.save_survey(row["survey"], row["channel"], row["answers"],
                          created_at=row["created_at"])
    return len(rows)
