"""A question about how the team will reach the person: "so you won't phone me? how would
they get in touch", "how will the team contact me then", "will they ring me?". Asked after a
disclosure, it is answered (how they will be contacted, and the safe way to give an email or
a time), never read as an answer to the form's question or as a new disclosure."""
from __future__ import annotations

import re


ASKS_HOW_CONTACTED = re.compile(
    r"\b(how|when|where) (would|will|do|does|can|could|are|is|should) (they|the team|you|your team|"
    r"someone|anyone|somebody|the council|social services|the social worker|a social worker)"
    r" (be )?(get|getting|going to get|going to) ?(in touch|contact|reach|hold of|ring|call|phone)|"
    r"\b(how|when|where) (would|will|do|does|can|could|are|is|should) (they|the team|you|your team|"
    r"someone|anyone|somebody|the council|social services|a social worker|the social worker)"
    r" (be )?(contact|contacting|reach|reaching|find|get hold of|let me know|tell me|speak to)( me| us)?\b|"
    r"\b(so )?(you|they|the team|nobody|no one|noone) (won'?t|will not|wont|aren'?t going to|are not going to)"
    r" (phone|ring|call|contact)( me| us)?\b.{0,30}\?|"
    r"\b(will|would|are|do) (they|you|the team|someone|somebody) (phone|ring|call|email|text|write to|"
    r"contact|get in touch with|be getting in touch with|going to (phone|ring|call|contact)) (me|us)\b.{0,20}\?")


def asks_how_contacted(text: str) -> bool:
    """True when the message asks how (or whether) the team will get in touch."""
    plain = re.sub(r"\s+", " ", (text or "").lower().replace("\u2019", "'"))
    return bool(ASKS_HOW_CONTACTED.search(plain))
