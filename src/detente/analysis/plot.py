"""Dyad plots (analysis stage): cooperation vs conflict bars and the Goldstein mean line, as PNG or SVG.

Uses matplotlib's object API with the Agg canvas: no display and no global pyplot state.
"""

from __future__ import annotations

from pathlib import Path

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from detente.errors import DetenteError
from detente.records.analysis import DyadSeries

PLOT_FORMATS = ("png", "svg")
"""File suffixes :func:`plot_dyad` writes."""


def plot_dyad(series: DyadSeries, path: Path | str) -> Path:
    """Draw ``series`` to ``path`` (PNG or SVG, chosen by the suffix); returns the path.

    Cooperation counts are drawn upwards and conflict counts downwards, per period; the line on
    the right axis is the period's mean Goldstein weight (gaps where a period has no events).

    Raises:
        UsageError: D802 for a suffix other than .png or .svg.
        StoreError: D504 when the file cannot be written.
    """
    out = Path(path)
    suffix = out.suffix.lower().lstrip(".")
    if suffix not in PLOT_FORMATS:
        raise DetenteError.make("D802", value=out.suffix or str(out), choices=".png, .svg")
    fig = Figure(figsize=(max(6.0, 0.35 * len(series.points) + 2.0), 4.0), layout="constrained")
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    labels = [p.period for p in series.points]
    xs = list(range(len(labels)))
    ax.bar(xs, [p.verbal_cooperation for p in series.points], color="#9ecae1", label="verbal cooperation")
    ax.bar(xs, [p.material_cooperation for p in series.points], bottom=[p.verbal_cooperation for p in series.points],
           color="#3182bd", label="material cooperation")
    ax.bar(xs, [-p.verbal_conflict for p in series.points], color="#fcae91", label="verbal conflict")
    ax.bar(xs, [-p.material_conflict for p in series.points], bottom=[-p.verbal_conflict for p in series.points],
           color="#de2d26", label="material conflict")
    ax.axhline(0, color="black", linewidth=0.6)
    ax.set_ylabel("events (conflict below zero)")
    ax.set_xticks(xs, labels, rotation=60, ha="right", fontsize=7)
    right = ax.twinx()
    means = [p.goldstein_mean if p.goldstein_mean is not None else float("nan") for p in series.points]
    right.plot(xs, means, color="black", marker="o", markersize=3, linewidth=1.2, label="Goldstein mean")
    right.set_ylim(-10.5, 10.5)
    right.set_ylabel("Goldstein mean")
    handles, names = ax.get_legend_handles_labels()
    more, more_names = right.get_legend_handles_labels()
    ax.legend(handles + more, names + more_names, fontsize=7, loc="upper left")
    fact = series.factuality.value if series.factuality else "all"
    ax.set_title(f"{series.a} - {series.b} by {series.by} ({fact} events, n={series.total})")
    try:
        fig.savefig(out, format=suffix)
    except OSError as err:
        raise DetenteError.make("D504", path=str(out), reason=err.strerror or str(err)) from err
    return out
