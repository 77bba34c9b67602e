"""Experience surveys: the four surveys (definitions), typed-answer mapping (answers).

Answers are stored anonymously through bot.store.save_survey; the report and charts for
the council read them back.
"""
