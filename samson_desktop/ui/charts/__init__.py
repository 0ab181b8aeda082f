"""Charts for the workshop window: a radar with a bar view of the same data one click away."""

from .bars import BarChart
from .panel import ChartPanel
from .radar import RadarChart
from .series import ChartSeries

__all__ = ["BarChart", "ChartPanel", "ChartSeries", "RadarChart"]
