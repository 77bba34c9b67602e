"""The self-assessment and the carer's assessment: the questions in every voice (questions),
the record the council keeps (JSON, ``schema/``) and the summary people keep (summary: HTML,
PDF). Runs in the action server; the gateway only serves saved summaries."""
