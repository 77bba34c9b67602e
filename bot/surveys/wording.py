"""What the bot says around the survey questions."""

ASK_WHICH = "Thank you for helping us do better. Which would you like to tell us about?"
ASK_WHICH_AGAIN = "Please pick one of the buttons, so I ask the right questions."
STATEMENT_PROMPT = "How much do you agree?"
NOT_CAUGHT = ("Sorry, I did not catch that. Please pick a button, or type something like "
              "\"agree\" or \"not really\". You can also skip this one.")
NOT_CAUGHT_YES_NO = "Sorry, I did not catch that. Please say yes or no. You can also skip this one."
WHICH_NUMBER = ("Do you mean {n} out of 5, or the answer that is number {n} in the list? "
                "Please tap the one you mean.")
COMMENT_THANKS = "Thank you. The team will read what you wrote."
COMMENT_GOOD = "Thank you. It is good to hear what is working well."
COMMENT_WRONG = ("I am sorry about what has gone wrong. The team will read what you wrote. "
                 "If you want to make a complaint, type complaint.")
ASK_COMMENTS = "Is there anything else you would like to tell us? You can skip this."
ASK_CONTACT_OK = ("Your answers do not say who you are. Would you like someone from the "
                  "council to contact you about what you said?")
ASK_CONTACT = "What is the best phone number or email address to reach you?"
THANKS = "Thank you. Your answers are saved, and they do not say who you are."
THANKS_CONTACT = "Thank you. Your answers are saved. Someone will contact you soon."
SKIP_BUTTON = "Skip this one"
YES_BUTTON = "Yes please"
NO_BUTTON = "No thanks"
WHAT_NEXT = "Is there anything else I can help with?"
# "what does 'the person I care for' mean here, my mum or my brother?": a question about the
# sentence, answered, and the same sentence again (round nine: it was saved as "Neither").
ABOUT_THE_SENTENCE = ("Answer in the way that fits you best. If you help more than one "
                      "person, think of the one you help most. Or tap Skip this one.")
CHANGED_TO = "OK. I have changed {n} to: {label}."
