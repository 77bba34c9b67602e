"""What a typed reply at a question means, without Rasa.

The form engine treats every message as an answer first. These small parsers say when a
reply is really a request about the conversation, a yes or no, a number on a scale, a name,
who the conversation is about, or contact details. Each returns None when it is not sure,
so the bot asks again instead of guessing.
"""
from bot.answers.about import About, parse_about
from bot.answers.contact import Contact, parse_contact, read_back
from bot.answers.names import parse_name
from bot.answers.requests import Request, classify_request, match_button
from bot.answers.scales import out_of_ten, parse_scale
from bot.answers.yes_no import yes_no

__all__ = ["About", "parse_about", "Contact", "parse_contact", "read_back", "parse_name",
           "Request", "classify_request", "match_button", "out_of_ten", "parse_scale",
           "yes_no"]
