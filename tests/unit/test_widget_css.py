"""The widget's styles live twice: as a constructable stylesheet inside widget.js (no CSP
change needed on a council page) and as widget.css for browsers without constructable
stylesheets. They must say the same thing."""
import json
import re
from pathlib import Path

STATIC = Path(__file__).resolve().parents[2] / "bot" / "web" / "static"


def widget_css_in_script() -> str:
    script = (STATIC / "widget.js").read_text()
    block = script.split("/* WIDGET_CSS START */")[1].split("/* WIDGET_CSS END */")[0]
    return "\n".join(json.loads(s) for s in re.findall(r'"(?:[^"\\]|\\.)*"', block))


def test_widget_css_file_matches_the_script():
    css = widget_css_in_script()
    assert ".care-chat-launcher{position:fixed" in css
    in_file = re.sub(r"^/\*.*?\*/", "", (STATIC / "widget.css").read_text(), flags=re.S)
    assert in_file.strip() == css.strip()


def test_widget_sets_no_inline_styles():
    script = (STATIC / "widget.js").read_text()
    assert "createElement(\"style\")" not in script
    assert ".style." not in script and "setAttribute(\"style\"" not in script
