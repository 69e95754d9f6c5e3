"""The rule functions of the analysis (docs/journey-format.md), one small function per rule.

Each function reads a ``RuleContext`` and the rule's thresholds and yields ``Hit`` values; the
catalogue (``core.rule_catalogue``) declares ids, categories, severities and thresholds, and
``core.analysis`` turns hits into findings. Every function makes one pass over the steps (plus
dictionary look-ups), so the analysis stays linear in the number of steps.
"""

from journeymap.core.rules.context import Hit, RuleCheck, RuleContext

__all__ = ["Hit", "RuleCheck", "RuleContext"]
