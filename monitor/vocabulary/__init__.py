"""The domain vocabulary: periods, event kinds, metric names and the payload of each event
kind. Sources, extraction, rules, the store and the web speak it; nothing else reads a period
label or spells an event kind."""
