"""The survey results page in the console: per statement, charts, comments, CSV."""
from __future__ import annotations

import html
from typing import List

from bot.channels import CHANNELS
from bot.surveys.report import SurveyResult


def _pct(value) -> str:
    return "no answers" if value is None else f"{value:.0f}%"


def result_html(result: SurveyResult) -> str:
    if not result.responses:
        return f"<h2>{html.escape(result.title)}</h2><p>No responses yet.</p>"
    rows = "".join(
        f"<tr><td>{html.escape(s.text)}</td><td>{_pct(s.share_agree)}</td><td>{s.answered}</td>"
        f"<td>{html.escape(s.ascof or '')}</td></tr>" for s in result.statements)
    channels = ", ".join(f"{CHANNELS.get(c, c)}: {n}" for c, n in result.channels.items())
    charts = "".join(
        f'<img src="/console/surveys/{result.survey}-{kind}.svg" alt="{html.escape(alt)}" '
        'loading="lazy" class="chart">'
        for kind, alt in (("agree", f"Bar chart: share who agree with each statement, {result.title}"),
                          ("trend", f"Line chart: share who agree, month by month, {result.title}"),
                          ("channels", f"Bar chart: responses by channel, {result.title}")))
    comments = "".join(f"<li>{html.escape(c)}</li>" for c in result.comments[-20:])
    return (f"<h2>{html.escape(result.title)}</h2>"
            f"<p>{result.responses} responses ({html.escape(channels)}).</p>"
            "<table><thead><tr><th>Statement</th><th>Agree</th><th>Answered</th>"
            f"<th>National measure</th></tr></thead><tbody>{rows}</tbody></table>{charts}"
            + (f"<h3>Latest comments (personal details removed)</h3><ul>{comments}</ul>"
               if comments else ""))


def page_html(results: List[SurveyResult]) -> str:
    intro = ("<p>Answers are anonymous. \"Agree\" counts strongly agree and agree, out of "
             "everyone who answered on the scale. <a href=\"/console/surveys.csv\">Download "
             "all figures as CSV</a>.</p>")
    return intro + "".join(result_html(r) for r in results)
