"""Survey results: figures match a hand-computed example; charts and CSV are produced."""
import csv
from datetime import datetime, timezone
import io

from bot.surveys import charts, report
from bot.surveys.demo import generate


def at(month):
    return datetime(2026, month, 15, tzinfo=timezone.utc)


# Hand-computed: "happy" has 5 answers on the scale (2 strongly agree, 1 agree, 1 neither,
# 1 disagree) plus one "prefer not to say" and one skip: 3 agree of 5 answered = 60%.
# September: strongly agree, agree, neither -> 2 of 3 = 66.7%. October: strongly agree,
# disagree -> 1 of 2 = 50%. Web: 3 of 3 on the scale (100%); Telegram and staff: 0 of 1.
ROWS = [
    {"survey": "client", "channel": "web", "created_at": at(9), "answers": {"happy": "strongly_agree", "comments": "Lovely staff. Ring 07700 900123"}},
    {"survey": "client", "channel": "web", "created_at": at(9), "answers": {"happy": "agree"}},
    {"survey": "client", "channel": "telegram", "created_at": at(9), "answers": {"happy": "neither"}},
    {"survey": "client", "channel": "web", "created_at": at(10), "answers": {"happy": "strongly_agree"}},
    {"survey": "client", "channel": "staff", "created_at": at(10), "answers": {"happy": "disagree"}},
    {"survey": "client", "channel": "web", "created_at": at(10), "answers": {"happy": "prefer_not_to_say"}},
    {"survey": "client", "channel": "web", "created_at": at(10), "answers": {"happy": "skipped"}},
    {"survey": "carer", "channel": "web", "created_at": at(10), "answers": {"happy": "strongly_disagree"}},
]


def client_result():
    return report.summarise(report.rows_to_responses(ROWS), "client")


def test_figures_match_the_hand_computed_example():
    result = client_result()
    happy = next(s for s in result.statements if s.code == "happy")
    assert result.responses == 7
    assert (happy.answered, happy.agree, happy.share_agree) == (5, 3, 60.0)
    assert happy.counts["prefer_not_to_say"] == 1 and happy.counts["skipped"] == 1
    assert happy.by_month == {"2026-09": 66.7, "2026-10": 50.0}
    assert happy.by_channel == {"staff": 0.0, "telegram": 0.0, "web": 100.0}
    assert result.channels == {"web": 5, "telegram": 1, "staff": 1}
    assert happy.ascof.startswith("Overall satisfaction")
    kindness = next(s for s in result.statements if s.code == "kindness")
    assert kindness.share_agree is None and kindness.counts["skipped"] == 7


def test_comments_are_listed_without_personal_details():
    assert client_result().comments == ["Lovely staff. Ring [phone]"]


def test_csv_export_has_every_split():
    text = report.to_csv([client_result()])
    lines = text.splitlines()
    assert lines[0].startswith("survey,statement,ascof,split,value,share_agree_percent")
    assert any(",all,all,60.0,5,3," in l for l in lines)
    assert any(",month,2026-09,66.7" in l for l in lines)
    assert any(",channel,web,100.0" in l for l in lines)


def test_charts_are_written_with_labelled_axes(tmp_path):
    results = report.summarise_all(report.rows_to_responses(generate(120, seed=3)))
    written = charts.all_charts(results, tmp_path)
    assert len(written) == 4 * 3 * 2  # four surveys, three charts, PNG and SVG
    for path in written:
        assert path.stat().st_size > 5000, path
    svg = (tmp_path / "client-agree.svg").read_text()
    assert "People who agree (%)" in svg and "Statement" in svg
    trend = (tmp_path / "client-trend.svg").read_text()
    assert "Month" in trend and "People who agree (%)" in trend
    assert (tmp_path / "client-agree.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_demo_data_is_anonymous_and_varied():
    rows = generate(200, seed=1)
    assert {r["survey"] for r in rows} == {"client", "carer", "safeguarding", "direct_payments"}
    assert {r["channel"] for r in rows} == {"web", "telegram", "staff"}
    assert all(set(r) == {"survey", "channel", "answers", "created_at"} for r in rows)


def test_csv_cells_never_start_a_formula():
    rows = [{"survey": "client", "channel": "=HYPERLINK(\"http://x\")", "answers": {"happy": "agree"},
             "created_at": datetime(2026, 1, 5, tzinfo=timezone.utc)}]
    text = report.to_csv(report.summarise_all(report.rows_to_responses(rows)))
    for row in csv.reader(io.StringIO(text)):
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@")), cell
    assert "'=HYPERLINK" in text
