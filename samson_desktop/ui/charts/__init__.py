"""Charts for the workshop window: a radar with a bar view of the same data one click away.

The bar view (``charts.bars``, drawn with pyqtgraph) is imported when a panel first shows it.
"""

from .panel import ChartPanel
from .radar import RadarChart
from .series import ChartSeries

__all__ = ["ChartPanel", "ChartSeries", "RadarChart"]
