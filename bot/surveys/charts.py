"""Bar and trend charts of survey results (PNG and SVG), with labelled axes.

matplotlib with the Agg backend: no display, no downloads (it ships its own fonts).
"""
from __future__ import annotations

import tempfile
import textwrap
from pathlib import Path
from typing import List

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

from bot.channels import CHANNELS  # noqa: E402
from bot.surveys.report import SurveyResult  # noqa: E402

GREEN, BLUE, ORANGE, GREY = "#00703c", "#1d70b8", "#f47738", "#505a5f"


def _label(text: str, width: int = 38) -> str:
    return "\n".join(textwrap.wrap(text.rstrip("."), width))


def bar_chart(result: SurveyResult, path: Path) -> List[Path]:
    """Share who agree with each statement, with the number who answered."""
    statements = result.statements
    fig, ax = plt.subplots(figsize=(9, 1.1 + 0.75 * max(len(statements), 1)))
    labels = [_label(s.text) for s in statements]
    values = [s.share_agree or 0 for s in statements]
    bars = ax.barh(range(len(statements)), values, color=GREEN)
    ax.set_yticks(range(len(statements)), labels)
    ax.invert_yaxis()
    ax.set_xlim(0, 100)
    ax.set_xlabel("People who agree (%)")
    ax.set_ylabel("Statement")
    ax.set_title(f"{result.title}: {result.responses} responses")
    for bar, s in zip(bars, statements):
        text = "no answers" if s.share_agree is None else f"{s.share_agree:.0f}% (n={s.answered})"
        ax.text(min(bar.get_width() + 1, 80), bar.get_y() + bar.get_height() / 2, text,
                va="center", fontsize=9)
    fig.tight_layout()
    return _save(fig, path)


def trend_chart(result: SurveyResult, path: Path) -> List[Path]:
    """Share who agree, month by month, one line per statement."""
    fig, ax = plt.subplots(figsize=(9, 4.5))
    months = result.months
    for s in result.statements:
        points = [(i, v) for i, m in enumerate(months) if (v := s.by_month.get(m)) is not None]
        if points:
            ax.plot([p[0] for p in points], [p[1] for p in points], marker="o",
                    label=_label(s.text, 45))
    ax.set_xticks(range(len(months)), months, rotation=45, ha="right")
    ax.set_ylim(0, 100)
    ax.set_xlabel("Month")
    ax.set_ylabel("People who agree (%)")
    ax.set_title(f"{result.title}: month by month")
    if result.statements and months:
        ax.legend(fontsize=7, loc="lower left", frameon=False)
    ax.grid(axis="y", color="#dddddd")
    fig.tight_layout()
    return _save(fig, path)


def channel_chart(result: SurveyResult, path: Path) -> List[Path]:
    """How many responses came through each channel."""
    fig, ax = plt.subplots(figsize=(6, 3))
    names = list(result.channels)
    ax.bar([CHANNELS.get(n, n) for n in names], [result.channels[n] for n in names],
           color=[BLUE, ORANGE, GREY][: len(names)] or BLUE)
    ax.set_xlabel("Channel")
    ax.set_ylabel("Responses")
    ax.set_title(f"{result.title}: responses by channel")
    fig.tight_layout()
    return _save(fig, path)


def _save(fig, path: Path) -> List[Path]:
    path.parent.mkdir(parents=True, exist_ok=True)
    written = []
    for suffix in (".png", ".svg"):
        target = path.with_suffix(suffix)
        fig.savefig(target, dpi=110)
        written.append(target)
    plt.close(fig)
    return written


def all_charts(results: List[SurveyResult], folder: Path) -> List[Path]:
    written: List[Path] = []
    for result in results:
        if not result.responses:
            continue
        written += bar_chart(result, folder / f"{result.survey}-agree")
        written += trend_chart(result, folder / f"{result.survey}-trend")
        written += channel_chart(result, folder / f"{result.survey}-channels")
    return written


def svg_bytes(kind: str, result: SurveyResult) -> bytes:
    """One chart as SVG, for the console page (kind: agree, trend or channels)."""
    draw = {"agree": bar_chart, "trend": trend_chart, "channels": channel_chart}[kind]
    with tempfile.TemporaryDirectory() as folder:
        written = draw(result, Path(folder) / "chart")
        return next(p for p in written if p.suffix == ".svg").read_bytes()
