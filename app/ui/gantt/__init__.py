"""The Gantt page's editing: commands built from gestures, actions, dialogs."""
