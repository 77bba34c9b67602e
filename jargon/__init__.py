"""Plain-language engine: a care and support jargon buster, readability and respectful words.

  glossary     the jargon buster (glossary.yml, plus a council's overlay file)
  wordlists    words to avoid (avoid.yml) and terms fine to use unexplained (allowed.yml)
  matcher      finds glossary terms and words to avoid in text with spaCy, with offsets
  readability  textstat figures per sentence and per message, offline
  check        one call returns every finding for a text, as data
  gate         the CI gate over everything the bot can say

Nothing here touches the network.
"""
